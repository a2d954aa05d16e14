// The Content-Security-Policy of the app's pages (docs/security.md, "Content-Security-Policy").
// Every page gets PAGE_POLICY from next.config.js, and a script-src of its own: hashes of its
// inline scripts for a page kept whole in Next.js's page cache, computed from its HTML when the
// page enters the cache (lib/cache/page-cache-handler.js); a nonce for a page rendered for each
// request (lib/proxy/script-nonce.ts). Plain JavaScript: next.config.js and the cache handler are
// loaded by Node itself, outside the bundler, and import this file as it is.
import { createHash } from 'node:crypto';

/**
 * What every page's policy says besides its scripts: no plugins, no <base> that would redirect
 * relative URLs, no form that posts elsewhere, no framing by other sites.
 */
export const PAGE_POLICY = "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// An HTML tokenizer ends a script's raw text at the first "</script" followed by whitespace, "/"
// or ">", whatever the case; React and Next.js never write that sequence inside a script.
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
// Types a browser runs as script; any other type (application/ld+json) is a data block that a
// policy does not govern.
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

// The inline scripts Next.js 16 writes into a page: the Turbopack bootstrap (the page's chunk
// list), the start of the React Server Components payload, and its parts. Each hands a JSON value
// to a queue's push(), so it runs nothing but that push.
const NEXT_SCRIPT_STARTS = [
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
  '(self.__next_f=self.__next_f||[]).push(',
  'self.__next_f.push(',
];
// The rest of such a script: the pushed value, the closing parenthesis, perhaps a semicolon.
const PUSH_END = /^([\s\S]*)\);?$/;

/** Whether the attributes of a <script> tag make it an inline script the browser would run. */
function runsInline(attributes) {
  if (SRC_ATTRIBUTE.test(attributes)) return false;
  const type = TYPE_ATTRIBUTE.exec(attributes);
  return SCRIPT_TYPES.has((type ? (type[1] ?? type[2] ?? type[3]) : '').trim().toLowerCase());
}

/** The text of every inline script that the page's HTML would run, in document order. */
export function inlineScripts(html) {
  const scripts = [];
  for (const [, attributes, text] of html.matchAll(SCRIPT_ELEMENT)) {
    if (runsInline(attributes)) scripts.push(text);
  }
  return scripts;
}

/**
 * Whether a script is one of Next.js's own: a known queue's push() of one JSON value and nothing
 * more. Whatever else sits in the HTML as a script (markup that got past React's escaping) is
 * not allowed by the policy, so the hashes bless Next.js's scripts and never an injected one.
 */
export function isNextScript(text) {
  const start = NEXT_SCRIPT_STARTS.find((prefix) => text.startsWith(prefix));
  const argument = start === undefined ? null : PUSH_END.exec(text.slice(start.length));
  if (!argument) return false;
  try {
    JSON.parse(argument[1]);
    return true;
  } catch {
    return false;
  }
}

/** A CSP hash source for one script's text ('sha256-…', the digest of its UTF-8 bytes). */
export function scriptHashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy value for a cached page: scripts from this origin and Next.js's
 * inline scripts by hash, nothing else. With no 'unsafe-inline' and no 'unsafe-eval', no injected
 * script element, event-handler attribute (onerror=…) or javascript: URL runs.
 */
export function pageScriptPolicy(html) {
  const hashes = new Set(inlineScripts(html).filter(isNextScript).map(scriptHashSource));
  return ["script-src 'self'", ...hashes].join(' ');
}

/**
 * The script-src of a page rendered for one request: scripts from this origin and those carrying
 * the request's nonce, which Next.js adds to its own scripts. A development server also needs
 * 'unsafe-eval': React rebuilds server error stacks in the browser with eval.
 */
export function nonceScriptPolicy(nonce, { development = false } = {}) {
  return `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ''}`;
}
