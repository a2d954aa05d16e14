// tsx scripts/compile-hints.ts (`npm run build` runs it after `next build`): marks the framework's
// scripts, the ones every page loads and runs as it hydrates, with V8's explicit compile hint, so
// that Chrome compiles their functions while it downloads them, on a background thread, instead of
// one by one on the main thread when hydration first calls each.
//
// Why: on a throttled phone (docs/benchmarks.md, "The claim page on a phone") the one long task of
// every page was the framework's start (React DOM, Next.js's router and Turbopack's runtime: 140 KB
// gzip), and most of it was compiling functions lazily: the claim page's Total Blocking Time was
// 124 ms and the emptiest page's 118 ms, against a budget of 100. Marked, they were 24 and 19 ms.
// The hint is a comment (https://v8.dev/blog/explicit-compile-hints): Chrome 136 and later read it,
// other browsers ignore it. V8 asks for it to be used sparingly, since each function so marked is
// compiled whether it runs or not, so only the files Next.js loads on every page (its manifest's
// rootMainFiles) get it, not the routes' own chunks.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** V8's magic comment: every function in the file is compiled eagerly. It must be the first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The script with the hint as its first line; a script that has it already is left as it is. */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}

/** The scripts every page loads (build-manifest.json's rootMainFiles), relative to the build folder. */
export function everyPageScripts(buildManifest: { rootMainFiles?: unknown }): string[] {
  const files = buildManifest.rootMainFiles;
  const scripts = Array.isArray(files) && files.every((file) => typeof file === 'string' && file.endsWith('.js'));
  if (!scripts || files.length === 0)
    throw new Error('build-manifest.json lists no scripts as rootMainFiles: is this a build of the App Router?');
  return files as string[];
}

/** Marks the every-page scripts of the build in `distDir`; returns their paths relative to it. */
export function hintBuild(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: unknown;
  };
  const files = everyPageScripts(manifest);
  for (const file of files) {
    const script = path.join(distDir, file);
    const source = readFileSync(script, 'utf8');
    const hinted = withCompileHint(source);
    if (hinted !== source) writeFileSync(script, hinted);
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = fileURLToPath(new URL('../.next', import.meta.url));
  const files = hintBuild(distDir);
  console.log(`compile hints: ${files.length} scripts every page loads are compiled as they download`);
}
