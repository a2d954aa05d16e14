import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { COMPILE_HINT, everyPageScripts, hintBuild, withCompileHint } from './compile-hints';

test('the hint becomes the first line of a script, once', () => {
  const hinted = withCompileHint('(()=>{})();');
  assert.equal(hinted, `${COMPILE_HINT}(()=>{})();`);
  assert.equal(withCompileHint(hinted), hinted);
});

test('the scripts hinted are the ones the manifest says every page loads', () => {
  assert.deepEqual(everyPageScripts({ rootMainFiles: ['static/chunks/a.js', 'static/chunks/b.js'] }), [
    'static/chunks/a.js',
    'static/chunks/b.js',
  ]);
  assert.throws(() => everyPageScripts({}), /no scripts as rootMainFiles/);
  assert.throws(() => everyPageScripts({ rootMainFiles: ['static/chunks/a.css'] }), /no scripts as rootMainFiles/);
});

test("a build's every-page scripts are hinted and its other chunks left alone, and a second run changes nothing", () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'compile-hints-'));
  try {
    mkdirSync(path.join(dist, 'static/chunks'), { recursive: true });
    const write = (file: string, text: string) => writeFileSync(path.join(dist, file), text);
    const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
    write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/framework.js'] }));
    write('static/chunks/framework.js', 'framework();');
    write('static/chunks/route.js', 'route();');

    assert.deepEqual(hintBuild(dist), ['static/chunks/framework.js']);
    assert.equal(read('static/chunks/framework.js'), `${COMPILE_HINT}framework();`);
    assert.equal(read('static/chunks/route.js'), 'route();');
    hintBuild(dist);
    assert.equal(read('static/chunks/framework.js'), `${COMPILE_HINT}framework();`);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
