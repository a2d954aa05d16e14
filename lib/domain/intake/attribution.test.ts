import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullName, speakerOfPhrase } from './attribution';

test('a subject phrase gives a name and the role the article puts before it or beside it', () => {
  assert.deepEqual(speakerOfPhrase('Foreign Minister Lena Holm'), { name: 'Lena Holm', role: 'Foreign Minister' });
  assert.deepEqual(speakerOfPhrase('Meanwhile the party’s chief whip'), { name: null, role: 'the party’s chief whip' });
  assert.deepEqual(speakerOfPhrase('Omar Haddad, a lawyer for the families,'), {
    name: 'Omar Haddad',
    role: 'a lawyer for the families',
  });
  assert.equal(speakerOfPhrase('But she'), 'pronoun');
  assert.deepEqual(speakerOfPhrase('On Friday she'), 'pronoun');
});

test('a surname alone is the one full name of the article that ends with it, else stays as it is', () => {
  assert.equal(fullName('Holm', ['Lena Holm', 'Omar Haddad']), 'Lena Holm');
  assert.equal(fullName('Holm', ['Lena Holm', 'Erik Holm']), 'Holm');
  assert.equal(fullName('Ana Ruiz', []), 'Ana Ruiz');
});
