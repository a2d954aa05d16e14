// node scripts/next-patches.mjs (npm's postinstall runs it): three fixes to the installed Next.js that
// its configuration cannot make, all found profiling the cached claim page under wrk
// (docs/benchmarks.md, "Where a cached page's time goes"). Each replaces one exact piece of text in
// Next.js's compiled files; a file that has neither that text nor the replacement (another Next.js
// version) stops the install with the file's name, so that a Next.js upgrade is checked by hand
// rather than served unpatched. Plain JavaScript: it runs before tsx is installed.
//
// 1. The ETag of a cached page, once per page rather than once per request. Next.js hashes the
//    whole body of every response it serves from its page cache (generateEtags: a JavaScript loop
//    over each character, 0.3 to 0.7 ms a request here, the largest per-request cost of a cached
//    page and proportional to its size). The body is the very string kept in the cache, so the
//    ETag of the last bodies hashed is kept beside them: the same string, the same ETag, and a
//    304 still answers a matching If-None-Match. Turning generateEtags off would have dropped the
//    304s, and the ETags of public/ files with them.
// 2. The stylesheet written once more into every page's React payload for app/global-error.tsx
//    (vercel/next.js#98110, fixes proposed in #98241 and #98243): with experimental.inlineCss,
//    Turbopack's manifest lists the root layout's CSS under global-error too, and Next.js renders
//    it there as well: 26 KB of every page's HTML. Our global-error uses inline styles only (it
//    must not depend on the layout that failed), so it gets no stylesheet.
// 3. The bytes of a cached page, encoded once per page rather than once per request. Next.js keeps
//    a cached page's body as a string, and sent it with Buffer.byteLength(body) for its
//    Content-Length and res.end(body), which encodes it to UTF-8 again: two passes over 170 KB a
//    request. The bytes of the last bodies sent are kept beside them, as the ETags are.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How many bodies' ETags and bytes are kept: the pages read most, each kept as the string the cache holds. */
const BODIES_KEPT = 64;

const generateEtagStart = 'const generateETag = (payload, weak = false)=>{';
// It begins as the text it replaces does, which the ES module build prefixes with \`export\`.
const memoizedGenerateEtag = `const generateETag = (payload, weak = false)=>{
    const kept = etagsByBody.get(payload);
    if (kept !== undefined && kept.weak === weak) {
        etagsByBody.delete(payload);
        etagsByBody.set(payload, kept);
        return kept.etag;
    }
    const etag = hashETag(payload, weak);
    etagsByBody.set(payload, { weak, etag });
    if (etagsByBody.size > ${BODIES_KEPT}) etagsByBody.delete(etagsByBody.keys().next().value);
    return etag;
};
/** Countercheck (scripts/next-patches.mjs): the ETags of the last ${BODIES_KEPT} bodies hashed, by body. */
const etagsByBody = new Map();
const hashETag = (payload, weak = false)=>{`;

const sendBodyFind = `    if (payload) {
        res.setHeader('Content-Length', Buffer.byteLength(payload));
    }
    if (req.method === 'HEAD') {
        res.end(null);
        return;
    }
    if (payload !== null) {
        res.end(payload);
        return;
    }`;
const sendBodyBytes = `    const bytes = payload ? bytesOfBody(payload) : null;
    if (bytes) {
        res.setHeader('Content-Length', bytes.length);
    }
    if (req.method === 'HEAD') {
        res.end(null);
        return;
    }
    if (payload !== null) {
        res.end(bytes ?? payload);
        return;
    }`;
const sourceMapLine = '//# sourceMappingURL=send-payload.js.map';
const bytesOfBody = `/** Countercheck (scripts/next-patches.mjs): the UTF-8 bytes of the last ${BODIES_KEPT} bodies sent, by body. */
const bytesByBody = new Map();
function bytesOfBody(payload) {
    let bytes = bytesByBody.get(payload);
    if (bytes !== undefined) {
        bytesByBody.delete(payload);
    } else {
        bytes = Buffer.from(payload, 'utf8');
        if (bytesByBody.size >= ${BODIES_KEPT}) bytesByBody.delete(bytesByBody.keys().next().value);
    }
    bytesByBody.set(payload, bytes);
    return bytes;
}
${sourceMapLine}`;
const sendPayloadFiles = ['dist/server/send-payload.js', 'dist/esm/server/send-payload.js'];

export const PATCHES = [
  {
    why: 'one ETag hash per cached body, not per request',
    files: ['dist/server/lib/etag.js', 'dist/esm/server/lib/etag.js'],
    find: generateEtagStart,
    replace: memoizedGenerateEtag,
  },
  {
    why: 'no stylesheet for global-error (vercel/next.js#98110)',
    files: [
      'dist/compiled/next-server/app-page.runtime.prod.js',
      'dist/compiled/next-server/app-page-turbo.runtime.prod.js',
      'dist/compiled/next-server/app-page-turbo-experimental.runtime.prod.js',
    ],
    find: 'injectedCSS:new Set,injectedJS:new Set});return{GlobalError:a,styles:i}}',
    replace: 'injectedCSS:new Set,injectedJS:new Set});return{GlobalError:a,styles:null}}',
  },
  { why: "a cached body's bytes kept, by body", files: sendPayloadFiles, find: sourceMapLine, replace: bytesOfBody },
  { why: 'a cached body sent as its kept bytes', files: sendPayloadFiles, find: sendBodyFind, replace: sendBodyBytes },
];

/**
 * The file's text with the patch applied, the same text when it already was, or an error naming
 * the file when it has neither (a Next.js version these patches were not written for).
 */
export function applyPatch(text, { find, replace, why }, file) {
  if (text.includes(replace)) return text;
  const at = text.indexOf(find);
  if (at === -1 || text.indexOf(find, at + find.length) !== -1)
    throw new Error(`${file}: the text to patch (${why}) is not there once: check scripts/next-patches.mjs`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** Applies every patch to the Next.js installed at `nextDir`; returns how many files it changed. */
export function patchNext(nextDir) {
  let changed = 0;
  for (const patch of PATCHES) {
    for (const relative of patch.files) {
      const file = `${nextDir}/${relative}`;
      const text = readFileSync(file, 'utf8');
      const patched = applyPatch(text, patch, file);
      if (patched !== text) {
        writeFileSync(file, patched);
        changed++;
      }
    }
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const nextDir = fileURLToPath(new URL('../node_modules/next', import.meta.url));
  const changed = patchNext(nextDir);
  console.log(`next-patches: ${changed} file(s) of ${nextDir} patched`);
}
