import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noJsFormData } from './no-js-form';

const page = `
<form role="search" action="/claims"><input name="q" value="ignored"></form>
<form action="" encType="multipart/form-data" method="POST">
  <input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;60ab&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
  <input type="hidden" name="version" value="4"/>
  <input name="summary" value="Trump &amp; the &quot;caliphate&quot;"/>
  <textarea name="note">Line one
&lt;b&gt;two&lt;/b&gt;</textarea>
  <select name="verdict"><option value="false">False</option><option value="misleading" selected="">Misleading</option></select>
  <select name="stance"><option value="rebuts">Rebuts</option></select>
  <input type="checkbox" name="topics" value="isis" checked=""/>
  <input type="checkbox" name="topics" value="syria"/>
  <input name="disabled" value="x" disabled=""/>
  <button type="submit" name="go" value="1">Save</button>
</form>`;

test('sends what a browser without JavaScript sends: hidden and filled controls, chosen options, checked boxes only', () => {
  const data = noJsFormData(page, 'summary');
  assert.deepEqual(
    [...data.entries()],
    [
      ['$ACTION_1:0', '{"id":"60ab","bound":"$@1"}'],
      ['version', '4'],
      ['summary', 'Trump & the "caliphate"'],
      ['note', 'Line one\n<b>two</b>'],
      ['verdict', 'misleading'],
      ['stance', 'rebuts'],
      ['topics', 'isis'],
    ],
  );
});

test('names the control it looked for when the page has no such form', () => {
  assert.throws(() => noJsFormData(page, 'password'), /no POST form with a control named password/);
});
