import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { clusterConfig } from './config';
import { fillTemplate, NGINX_TEMPLATES, renderLocalNginx, type NginxTemplates } from './nginx-config';

const templates = Object.fromEntries(
  NGINX_TEMPLATES.map((name) => [name, readFileSync(new URL(`../../deploy/nginx/${name}`, import.meta.url), 'utf8')]),
) as NginxTemplates;
const config = clusterConfig({}, '/repo');
const rendered = renderLocalNginx(templates, config);

test('a template is filled, and a placeholder without a value or a value without a placeholder is refused', () => {
  assert.equal(
    fillTemplate('listen {{listen}}; # {{listen}}', { listen: '1.2.3.4:80' }),
    'listen 1.2.3.4:80; # 1.2.3.4:80',
  );
  assert.throws(() => fillTemplate('listen {{listen}};', {}), /no value for \{\{listen\}\}/);
  assert.throws(() => fillTemplate('listen 80;', { listen: '80' }), /no placeholder for \{\{listen\}\}/);
});

test('every template of deploy/nginx is filled whole for the local cluster', () => {
  for (const [name, text] of Object.entries(rendered)) assert.doesNotMatch(text, /\{\{|\}\}/, name);
});

test('the edge balances every app instance and listens on loopback at the edge port', () => {
  const edge = rendered['countercheck.conf'];
  assert.match(edge, /upstream countercheck_app \{\n {4}server 127\.0\.0\.1:3301;\n {4}server 127\.0\.0\.1:3302;\n/);
  assert.match(edge, /listen 127\.0\.0\.1:8088;/);
  assert.match(edge, /proxy_cache_path \/repo\/\.cluster\/nginx\/cache /);
});

test('every file nginx writes lies in the cluster folder, never in the system nginx paths', () => {
  const main = rendered['local.conf'];
  for (const directive of ['pid', 'error_log', 'access_log', 'client_body_temp_path', 'proxy_temp_path'])
    assert.match(main, new RegExp(`^\\s*${directive} /repo/\\.cluster/nginx/`, 'm'), directive);
  assert.match(main, /^daemon off;/m);
});

test('the benchmark servers: the static folder, every instance uncached, and the first instance alone', () => {
  const bench = rendered['bench.conf'];
  assert.match(bench, /listen 127\.0\.0\.1:8089;\s+root \/repo\/\.cluster\/nginx\/static;/);
  assert.match(bench, /listen 127\.0\.0\.1:8090;\s+location \/ \{\s+proxy_pass http:\/\/countercheck_app;/);
  assert.match(bench, /upstream countercheck_first \{\s+server 127\.0\.0\.1:3301;/);
  assert.doesNotMatch(bench, /proxy_cache /);
});
