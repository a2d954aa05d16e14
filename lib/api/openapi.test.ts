import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileErrors, validate } from '@readme/openapi-parser';
import { buildOpenApiDocument } from './openapi';

// The document is checked against the OpenAPI 3.1 specification's own schema by a real validator;
// lib/api/routes.test.ts checks that the API's real responses match it.

// zod-openapi's and openapi-types' typings of one document differ in details (server variables).
const asParserInput = (document: object) => structuredClone(document) as Parameters<typeof validate>[0];

test('the generated document is valid OpenAPI 3.1', async () => {
  const document = buildOpenApiDocument();
  assert.equal(document.openapi, '3.1.0');
  const result = await validate(asParserInput(document));
  assert.ok(result.valid, result.valid ? '' : compileErrors(result));
});

test('the validator would catch a broken document', async () => {
  const broken = structuredClone(buildOpenApiDocument()) as unknown as {
    paths: Record<string, { get: { responses?: unknown } }>;
  };
  broken.paths['/claims']!.get.responses = 'none';
  assert.equal((await validate(asParserInput(broken))).valid, false);
});

test('documents every endpoint with its parameters and error responses', () => {
  const document = buildOpenApiDocument();
  assert.deepEqual(Object.keys(document.paths ?? {}).sort(), [
    '/claims',
    '/claims/{slug}',
    '/organizations',
    '/organizations/{slug}',
    '/people',
    '/people/{slug}',
    '/sources/{id}',
    '/topics',
  ]);
  const listClaims = document.paths?.['/claims']?.get;
  const parameterNames = (listClaims?.parameters ?? []).map((parameter) => ('name' in parameter ? parameter.name : ''));
  assert.deepEqual(parameterNames, [
    'q',
    'person',
    'org',
    'country',
    'topic',
    'verdict',
    'from',
    'to',
    'rebutted',
    'sort',
    'cursor',
  ]);
  assert.deepEqual(Object.keys(listClaims?.responses ?? {}), ['200', '304', '400', '405']);
  assert.ok(document.paths?.['/claims/{slug}']?.get?.responses?.['404']);
});
