import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { z } from 'zod';
import { anyInputText } from '../testing/arbitraries';
import { isStorableText } from './storable';

// Every zod schema in lib/validation, found by listing the folder so that a new one is covered
// too: for any input, parsing succeeds with text PostgreSQL can store, or fails with a zod error;
// it never throws anything else.

/**
 * Response schemas describe what the API writes, never parse a request; passwords, and the
 * password-or-code that confirms a two-factor change, are compared with a hash or a computed code, never stored.
 */
const NOT_REQUEST_INPUT = /^(api|storable)\.ts$/;
const REQUEST_SCHEMAS_IN_API = ['claimListQuery', 'pageQuery', 'noQuery', 'slugPath', 'sourceIdPath'];
const UNSTORED_FIELDS = new Set(['password', 'currentPassword', 'newPassword', 'confirmPassword', 'confirmation']);

async function validationSchemas(): Promise<[string, z.ZodType][]> {
  const files = readdirSync(import.meta.dirname).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const found: [string, z.ZodType][] = [];
  for (const file of files) {
    const exports: Record<string, unknown> = await import(`./${file}`);
    for (const [name, value] of Object.entries(exports)) {
      const isRequestSchema = !NOT_REQUEST_INPUT.test(file) || REQUEST_SCHEMAS_IN_API.includes(name);
      if (value instanceof z.ZodType && isRequestSchema) found.push([`${file} ${name}`, value]);
      // Families of schemas (each claim filter) are objects of them.
      else if (value && typeof value === 'object' && !(value instanceof z.ZodType) && isRequestSchema)
        for (const [key, member] of Object.entries(value))
          if (member instanceof z.ZodType) found.push([`${file} ${name}.${key}`, member]);
    }
  }
  return found;
}

/** The field names an object schema (or a pipe, union or optional around one) reads. */
function fieldNames(schema: z.ZodType): string[] {
  const def = schema.def as {
    type: string;
    shape?: object;
    in?: z.ZodType;
    innerType?: z.ZodType;
    options?: z.ZodType[];
  };
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'pipe' && def.in) return fieldNames(def.in);
  if (def.innerType) return fieldNames(def.innerType);
  if (def.options) return [...new Set(def.options.flatMap(fieldNames))];
  return [];
}

/** Every string in a parsed value, with the field it came from. */
function strings(value: unknown, field = ''): [string, string][] {
  if (typeof value === 'string') return [[field, value]];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, field));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, key));
  return [];
}

test('every validation schema parses any input into storable text or a zod error', async (t) => {
  const schemas = await validationSchemas();
  assert.ok(schemas.length > 40, `found only ${schemas.length} schemas`);
  for (const [name, schema] of schemas)
    await t.test(name, () => {
      const fields = fieldNames(schema);
      const field = fc.oneof(anyInputText, fc.array(anyInputText, { maxLength: 3 }));
      const input = fields.length
        ? fc.record(Object.fromEntries(fields.map((key) => [key, field])), { requiredKeys: [] })
        : fc.oneof(anyInputText, fc.integer(), fc.double());
      fc.assert(
        fc.property(input, (value) => {
          const parsed = schema.safeParse(value);
          if (!parsed.success) return assert.ok(parsed.error instanceof z.ZodError, name);
          for (const [key, text] of strings(parsed.data))
            if (!UNSTORED_FIELDS.has(key))
              assert.ok(isStorableText(text), `${name} let ${JSON.stringify(text)} through`);
        }),
        { numRuns: 200 },
      );
    });
});
