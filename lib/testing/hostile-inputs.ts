import { encodeCursor } from '../domain/cursor';

// What an attacker, a fuzzer or a broken client sends: the corpus the hostile-input spec
// (e2e/hostile-input.spec.ts) puts into every query parameter, path segment and form field. None of
// it may make the app answer 500. Values are plain strings; `hostileUrlValues` adds the spellings
// that only exist in a URL (percent-encodings that decode to no UTF-8 at all).

const ID = '0195f0c2-7d3a-7000-8000-000000000001';

/** The inputs that made pages fail before (issue 11): every route and form gets each of them. */
export const CORE_HOSTILE_STRINGS: readonly string[] = [
  '\0',
  'a\0b',
  '0000-01-01',
  String(2 ** 40),
  '\uD800',
  'x'.repeat(100_000),
];

export const HOSTILE_STRINGS: readonly string[] = [
  ...CORE_HOSTILE_STRINGS,
  // Empty, blank and control characters
  '',
  ' \t\n\r ',
  '\u0001\u0002\u0003\u001b[31m\u007f',
  '\u0085\u2028\u2029',
  '\uFEFF\u200B\u200D',
  // Broken and unusual Unicode
  '\uDFFF\uD800',
  'e\u0301\u0301\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'İıﬀẞ',
  // Right-to-left overrides and isolates
  '\u202Eevil.exe\u202C',
  '\u2066\u2067\u2068\u2069',
  'مرحبا \u202Dabc',
  // SQL, full-text and LIKE syntax
  "' OR '1'='1' --",
  "'; DROP TABLE claims; --",
  '%_\\',
  '!:*&|()<->"',
  '"unterminated',
  // HTML, script and URL tricks
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '//evil.example/',
  '../../../../etc/passwd',
  '{{7*7}}${7*7}',
  // Numbers
  '-1',
  '0',
  '2147483648',
  '9007199254740993',
  '1e309',
  'NaN',
  '-Infinity',
  '0x1F',
  // Dates
  '9999-12-31',
  '10000-01-01',
  '-0001-01-01',
  '2019-02-30',
  '0000-00-00',
  '1969-12-31T23:59:60Z',
  '+275760-09-13T00:00:00.000Z',
  // Long, but short enough to pass a server's header limit in a URL
  'ab '.repeat(2500),
];

/** Percent-encodings that name no UTF-8 text: invalid, truncated, overlong, surrogates. */
export const HOSTILE_URL_ENCODINGS: readonly string[] = [
  '%E0%A4%A',
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%',
  '%%',
  '%G0',
  '%00%00',
];

/** Cursors that decode to values a query cannot take (issue 11), and some that do not decode. */
export const HOSTILE_CURSORS: readonly string[] = [
  encodeCursor({ claimedOn: '2019-01-01', counterStatementCount: 2 ** 40, id: ID }),
  encodeCursor({ claimedOn: '0000-01-01', counterStatementCount: 1, id: ID }),
  encodeCursor({ claimedOn: '2019-01-01', counterStatementCount: -1, id: ID }),
  encodeCursor({ claimedOn: '2019-01-01', counterStatementCount: 1.5, id: ID }),
  encodeCursor({ name: '\0', id: ID }),
  encodeCursor({ name: 'a\uD800', id: ID }),
  encodeCursor({ name: 'x'.repeat(10_000), id: ID }),
  encodeCursor({ saidOn: '0000-01-01', id: ID }),
  encodeCursor({ createdAt: '0000-01-01T00:00:00Z', id: ID }),
  encodeCursor({ createdAt: '2019-01-01T00:00:00Z', id: 'x\0' }),
  encodeCursor({ id: `${ID}\0` }),
  encodeCursor([]),
  Buffer.from('null').toString('base64url'),
  Buffer.from('1e999').toString('base64url'),
  Buffer.from('{"name":').toString('base64url'),
];

/**
 * `value` as a form or a page's links spell it in a URL (URLSearchParams: a lone surrogate becomes
 * U+FFFD), so that a value the app accepts also passes its canonical-URL check and reaches a query.
 */
export const encodeUrlValue = (value: string): string => new URLSearchParams({ v: value }).toString().slice(2);

/**
 * A small subset of `values` that differs by `seed`, always with the first `core` values: for the
 * parameters and forms that are not a route's main one, so that the whole corpus is still covered
 * across them while the run stays short.
 */
export function rotatingSample<T>(values: readonly T[], seed: number, size: number, core = 0): T[] {
  const rest = values.slice(core);
  const picked = Array.from(
    { length: Math.min(size, rest.length) },
    (_, index) => rest[(seed * size + index) % rest.length]!,
  );
  return [...values.slice(0, core), ...picked];
}
