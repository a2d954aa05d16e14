import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEnv } from './env';

test('with nothing set, the embedded database in .data/pglite is the default', () => {
  const env = parseEnv({});
  assert.equal(env.DATABASE_URL, undefined);
  assert.equal(env.PGLITE_DIR, '.data/pglite');
});

test('a blank DATABASE_URL counts as unset', () => {
  assert.equal(parseEnv({ DATABASE_URL: '  ' }).DATABASE_URL, undefined);
});

test('accepts a postgres:// or postgresql:// URL', () => {
  assert.equal(
    parseEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test' }).DATABASE_URL,
    'postgresql://postgres@127.0.0.1:5432/test',
  );
  assert.ok(parseEnv({ DATABASE_URL: 'postgres://u:p@db.example:5432/x' }).DATABASE_URL);
});

test('a malformed DATABASE_URL fails with the variable named', () => {
  assert.throws(() => parseEnv({ DATABASE_URL: 'mysql://localhost/db' }), /DATABASE_URL/);
  assert.throws(() => parseEnv({ DATABASE_URL: 'not a url' }), /DATABASE_URL/);
});

test('with no SITE_URL, links point at the local server that `npm start` runs', () => {
  assert.equal(parseEnv({}).SITE_URL, 'http://localhost:3000');
  assert.equal(parseEnv({ SITE_URL: ' ' }).SITE_URL, 'http://localhost:3000');
});

test('with no SITE_URL, links follow the PORT served; a set SITE_URL wins over it', () => {
  assert.equal(parseEnv({ PORT: '3917' }).SITE_URL, 'http://localhost:3917');
  assert.equal(parseEnv({ PORT: '3917' }).PORT, 3917);
  assert.equal(
    parseEnv({ PORT: '3917', SITE_URL: 'https://countercheck.example' }).SITE_URL,
    'https://countercheck.example',
  );
  assert.equal(parseEnv({ PORT: '' }).SITE_URL, 'http://localhost:3000');
});

test('a PORT that is no port number fails with the variable named', () => {
  for (const bad of ['http', '0', '65536', '30.5']) {
    assert.throws(() => parseEnv({ PORT: bad }), /PORT/, bad);
  }
});

test('SITE_URL is kept as an origin, without a trailing slash', () => {
  assert.equal(parseEnv({ SITE_URL: 'https://countercheck.example' }).SITE_URL, 'https://countercheck.example');
  assert.equal(parseEnv({ SITE_URL: 'https://countercheck.example/' }).SITE_URL, 'https://countercheck.example');
  assert.equal(parseEnv({ SITE_URL: 'http://127.0.0.1:8080' }).SITE_URL, 'http://127.0.0.1:8080');
  assert.equal(parseEnv({ SITE_URL: 'HTTPS://Countercheck.Example:443' }).SITE_URL, 'https://countercheck.example');
});

test('SITE_URL must be an http(s) origin, and fails with the variable named', () => {
  for (const bad of [
    'countercheck.example',
    'ftp://countercheck.example',
    'javascript:alert(1)',
    'https://countercheck.example/app',
    'https://countercheck.example/?ref=x',
    'https://user:secret@countercheck.example',
  ]) {
    assert.throws(() => parseEnv({ SITE_URL: bad }), /SITE_URL/, bad);
  }
});

test('TRUSTED_PROXIES defaults to 0 (the socket), takes a small hop count, and refuses anything else by name', () => {
  assert.equal(parseEnv({}).TRUSTED_PROXIES, 0);
  assert.equal(parseEnv({ TRUSTED_PROXIES: ' ' }).TRUSTED_PROXIES, 0);
  assert.equal(parseEnv({ TRUSTED_PROXIES: '2' }).TRUSTED_PROXIES, 2);
  for (const bad of ['-1', '1.5', 'yes', '11']) {
    assert.throws(() => parseEnv({ TRUSTED_PROXIES: bad }), /TRUSTED_PROXIES/, bad);
  }
});

test('RATE_LIMITS overrides some limits; a bad one stops the start with the variable named', () => {
  assert.equal(parseEnv({}).RATE_LIMITS.search.points, 60);
  assert.deepEqual(parseEnv({ RATE_LIMITS: 'search=5/10' }).RATE_LIMITS.search, { points: 5, durationSeconds: 10 });
  assert.throws(() => parseEnv({ RATE_LIMITS: 'search=lots' }), /RATE_LIMITS/);
});

test('DATABASE_REPLICA_URLS: a comma-separated list of postgres URLs, blanks and spaces ignored', () => {
  const primary = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5441/countercheck' };
  assert.deepEqual(parseEnv(primary).DATABASE_REPLICA_URLS, []);
  assert.deepEqual(parseEnv({ ...primary, DATABASE_REPLICA_URLS: ' ' }).DATABASE_REPLICA_URLS, []);
  assert.deepEqual(
    parseEnv({ ...primary, DATABASE_REPLICA_URLS: ' postgresql://r1:5442/countercheck, ,postgres://r2/countercheck,' })
      .DATABASE_REPLICA_URLS,
    ['postgresql://r1:5442/countercheck', 'postgres://r2/countercheck'],
  );
});

test('a DATABASE_REPLICA_URLS entry that is no postgres URL fails with the variable named', () => {
  const primary = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5441/countercheck' };
  assert.throws(
    () => parseEnv({ ...primary, DATABASE_REPLICA_URLS: 'postgresql://r1/countercheck,mysql://r2/x' }),
    /DATABASE_REPLICA_URLS/,
  );
});

test('DATABASE_REPLICA_URLS is ignored with the embedded database, which has no replicas', () => {
  assert.deepEqual(parseEnv({ DATABASE_REPLICA_URLS: 'postgresql://r1/countercheck' }).DATABASE_REPLICA_URLS, []);
});
