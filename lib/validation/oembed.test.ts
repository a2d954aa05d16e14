import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseOEmbedQuery } from './oembed';

const parse = (query: string) => parseOEmbedQuery(new URLSearchParams(query));

describe('parseOEmbedQuery', () => {
  test('reads the url, format json (the default) and the maximum size', () => {
    assert.deepEqual(parse('url=https://x.test/claims/a&format=json&maxwidth=400&maxheight=300'), {
      ok: true,
      query: { url: 'https://x.test/claims/a', maxwidth: 400, maxheight: 300 },
    });
    assert.deepEqual(parse('url=https://x.test/claims/a'), {
      ok: true,
      query: { url: 'https://x.test/claims/a', maxwidth: undefined, maxheight: undefined },
    });
  });

  test('answers 400 without a url, or with a size that is no positive whole number', () => {
    for (const query of ['', 'url=', 'url=%20', 'url=u&maxwidth=0', 'url=u&maxheight=wide', 'url=u&maxwidth=1.5']) {
      const result = parse(query);
      assert.equal(result.ok, false, query);
      assert.equal(!result.ok && result.status, 400, query);
    }
    const missing = parse('');
    assert.match(!missing.ok ? missing.message : '', /url is required/);
  });

  test('answers 501 for xml or any format other than json', () => {
    for (const format of ['xml', 'yaml']) {
      const result = parse(`url=u&format=${format}`);
      assert.deepEqual(result, {
        ok: false,
        status: 501,
        message: `format "${format}" is not supported: only json is`,
      });
    }
  });
});
