import fc from 'fast-check';
import { HOSTILE_STRINGS } from './hostile-inputs';

// fast-check arbitraries for the property tests of what comes from a request: text made of any
// UTF-16 code unit (NUL, lone surrogates and direction overrides included), the hostile corpus, and
// values shaped like what the schemas want, so that parses succeed often enough to be checked too.

/** Any UTF-16 code unit, weighted towards the ones that break things. */
const codeUnit = fc.oneof(
  fc.constantFrom('\0', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u202E', '\uFEFF', '\n', ' ', '-', '%'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(...'abcxyz0129-:T.@/'.split('')),
);

/** Any string, surrogate halves and NUL included. */
export const anyText = (maxLength = 60) => fc.string({ unit: codeUnit, maxLength });

/** ISO days, in and out of the years the database takes. */
export const anyIsoDay = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
  })
  .map(
    ({ year, month, day }) =>
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );

/** Strings a form field, a query parameter or a path segment may hold. */
export const anyInputText = fc.oneof(
  anyText(),
  fc.constantFrom(...HOSTILE_STRINGS),
  anyIsoDay,
  fc.uuid(),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('en', 'jane-doe', 'https://example.org/a', 'person', 'new', 'existing', 'FALSE', 'false', 'yes', '1'),
);

/** Anything JSON can hold, plus the hostile strings and numbers, nested. */
export const anyJson = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom('name', 'id', 'claimedOn', 'counterStatementCount', 'saidOn', 'createdAt'),
    fc.oneof(anyInputText, fc.integer(), fc.double(), fc.constant(null)),
  ),
);
