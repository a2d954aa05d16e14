import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeHtml, html, styleElement } from './html';

describe('html', () => {
  test('escapes every interpolated string, in text and in attributes', () => {
    const hostile = `"><script>alert('x')</script>&`;
    assert.equal(
      html`<a title="${hostile}">${hostile}</a>`.toString(),
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>',
    );
  });

  test('passes nested html through once, and lists of it joined', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    assert.equal(html`<ul>${items}</ul>`.toString(), '<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  test('renders nothing for null, undefined and false, and numbers as text', () => {
    assert.equal(html`[${null}${undefined}${false}${3}]`.toString(), '[3]');
  });

  test('escapeHtml leaves ordinary and non-Latin text alone', () => {
    assert.equal(escapeHtml('Ministre des Armées — وەزارەت'), 'Ministre des Armées — وەزارەت');
  });
});

describe('styleElement', () => {
  test('keeps the stylesheet as written: entities are not decoded inside <style>', () => {
    const css = 'body{font:15px "Segoe UI",sans-serif}a>b{content:\'&\'}';
    assert.equal(html`<head>${styleElement(css)}</head>`.toString(), `<head><style>${css}</style></head>`);
  });

  test('refuses a stylesheet that would end the element early, in any case', () => {
    for (const css of ['a{}</style><script>alert(1)</script>', 'a{}</STYLE >', 'a{}</style/']) {
      assert.throws(() => styleElement(css), /<\/style/, css);
    }
  });
});
