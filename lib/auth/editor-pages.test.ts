import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { editorPageNeed } from './editor-pages';

const EDITOR_APP = path.join(process.cwd(), 'app', '(editor)');

/** Every page.tsx under app/(editor), as its route with each [param] filled in. */
async function editorPageFiles(): Promise<{ file: string; route: string }[]> {
  const entries = await readdir(EDITOR_APP, { recursive: true });
  return entries
    .filter((entry) => entry.endsWith(`${path.sep}page.tsx`))
    .map((entry) => ({
      file: path.join(EDITOR_APP, entry),
      route: `/${path.dirname(entry).split(path.sep).join('/')}`.replace(/\[[^\]]+\]/g, 'a-param'),
    }));
}

/** The need a page's own guard states: requirePermission('x', …) or requireSignedIn(…). */
function guardIn(source: string): string | null {
  const permission = /requirePermission\(\s*'([^']+)'/.exec(source)?.[1];
  if (permission) return permission;
  return /requireSignedIn\(/.test(source) ? 'signedIn' : null;
}

test("the proxy's table and every editor page's own guard agree, page for page", async () => {
  const pages = await editorPageFiles();
  assert.ok(pages.length >= 15, 'the editor pages are found');
  for (const { file, route } of pages) {
    const guard = guardIn(await readFile(file, 'utf8'));
    if (route.startsWith('/sign-in')) {
      assert.equal(guard, null);
      assert.equal(editorPageNeed(route), null, `${route}: signing in asks nothing`);
      continue;
    }
    assert.ok(guard, `${route} guards itself`);
    assert.equal(editorPageNeed(route), guard, `${route}: the proxy asks what the page asks`);
  }
});

test('every editor page is wrapped in editorPage, so a form posted without JavaScript survives an outage in any of its reads', async () => {
  for (const { file, route } of await editorPageFiles()) {
    assert.match(await readFile(file, 'utf8'), /^export default editorPage\(async function /m, route);
  }
});

test('public pages that share a prefix with editor pages are not taken for them', () => {
  for (const pathname of ['/claims', '/claims/new-claim-slug', '/claims/a/all', '/people/edit', '/sources/x', '/']) {
    assert.equal(editorPageNeed(pathname), null, pathname);
  }
  assert.equal(editorPageNeed('/claims/new'), 'claim.propose');
  assert.equal(editorPageNeed('/claims/a/counter-statements/b/edit'), 'counterStatement.edit');
});
