import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { z } from 'zod';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { anyIsoDay, anyText } from '../testing/arbitraries';
import { calendarDay, cutText, isoMoment, isStorableText, MAX_INT4, storableCount, storableText } from './storable';

/** What PostgreSQL's UTF-8 text takes: no NUL, and the string survives a round trip through UTF-8. */
const storableInPostgres = (text: string) =>
  !text.includes('\0') && Buffer.from(text, 'utf8').toString('utf8') === text;

test('storable text is exactly what survives UTF-8 without NUL', () => {
  fc.assert(fc.property(anyText(), (text) => assert.equal(isStorableText(text), storableInPostgres(text))));
  assert.equal(isStorableText('👩‍👩‍👧 مرحبا \u202E'), true);
  assert.equal(isStorableText('a\0b'), false);
  assert.equal(isStorableText('\uD800'), false);
  assert.equal(isStorableText('\uDC00\uD800'), false);
});

test('storableText either gives back the text, storable and within its cap, or fails with a zod error', () => {
  const schema = storableText(20);
  fc.assert(
    fc.property(anyText(40), (text) => {
      const parsed = schema.safeParse(text);
      if (parsed.success) {
        assert.equal(parsed.data, text);
        assert.ok(text.length <= 20 && isStorableText(text));
      } else assert.ok(parsed.error instanceof z.ZodError);
    }),
  );
});

test('cutText keeps a storable text storable: a prefix within the cap, never half an emoji', () => {
  fc.assert(
    fc.property(anyText(80).filter(isStorableText), fc.integer({ min: 0, max: 80 }), (text, max) => {
      const cut = cutText(text, max);
      assert.ok(cut.length <= max && text.startsWith(cut) && isStorableText(cut));
      assert.ok(cut.length >= Math.min(text.length, max) - 1);
    }),
  );
  assert.equal(cutText('ab😀', 3), 'ab');
});

test('a calendar day is a real day in years 1000-9999, and reads back as itself', () => {
  const schema = calendarDay();
  fc.assert(
    fc.property(fc.oneof(anyIsoDay, anyText(12)), (text) => {
      const parsed = schema.safeParse(text);
      if (!parsed.success) return;
      const year = Number(text.slice(0, 4));
      assert.ok(year >= 1000 && year <= 9999, text);
      assert.equal(toIsoDay(parseIsoDay(parsed.data)), text);
    }),
  );
  assert.equal(schema.safeParse('0000-01-01').success, false);
  assert.equal(schema.safeParse('0999-12-31').success, false);
  assert.equal(schema.safeParse('1000-01-01').success, true);
  assert.equal(schema.safeParse('9999-12-31').success, true);
  assert.equal(schema.safeParse('2019-02-29').success, false);
});

test('every day of years 1000-9999 is a calendar day', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
      (date) => {
        assert.equal(calendarDay().safeParse(toIsoDay(date)).success, true);
        assert.equal(isoMoment().safeParse(date.toISOString()).success, true);
      },
    ),
  );
  assert.equal(isoMoment().safeParse('0000-01-01T00:00:00Z').success, false);
});

test('a storable count is a safe integer from 0 to the largest int4', () => {
  fc.assert(
    fc.property(fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger(), fc.constant(2 ** 40)), (value) => {
      assert.equal(
        storableCount().safeParse(value).success,
        Number.isInteger(value) && value >= 0 && value <= MAX_INT4,
      );
    }),
  );
});
