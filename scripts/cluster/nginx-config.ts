// nginx's configuration for the local cluster, from the templates in deploy/nginx/ (the reference
// edge a deployment fills by hand). Pure: the files' text from the templates' text and the cluster's
// ports and folders.
import path from 'node:path';
import { CLUSTER_HOST, type ClusterConfig } from './config';

/** The templates, by the file name nginx reads them under (local.conf is the main configuration). */
export const NGINX_TEMPLATES = ['countercheck.conf', 'countercheck-proxy.conf', 'bench.conf', 'local.conf'] as const;
export type NginxTemplates = Record<(typeof NGINX_TEMPLATES)[number], string>;

/**
 * `template` with each `{{name}}` replaced by `values[name]`. A placeholder without a value, or a
 * value no placeholder asks for, is an error: a typo on either side would otherwise pass unseen
 * into a configuration nginx may still accept.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const used = new Set<string>();
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {{${name}}}`);
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length) throw new Error(`no placeholder for ${unused.map((name) => `{{${name}}}`).join(', ')}`);
  return filled;
}

/** Where nginx keeps its files in the cluster's data folder; its own pid file is there too. */
export const nginxPrefix = (config: ClusterConfig) => path.join(config.dir, 'nginx');
/** Files in this folder are served by the static server (bench.conf) at their path under it. */
export const staticRoot = (config: ClusterConfig) => path.join(nginxPrefix(config), 'static');

const address = (port: number) => `${CLUSTER_HOST}:${port}`;

/** The files to write in nginxPrefix(config), by name; nginx is started with `-c <prefix>/local.conf`. */
export function renderLocalNginx(templates: NginxTemplates, config: ClusterConfig): NginxTemplates {
  const prefix = nginxPrefix(config);
  return {
    'countercheck.conf': fillTemplate(templates['countercheck.conf'], {
      cache_dir: path.join(prefix, 'cache'),
      cache_max_size: '1g',
      upstream_servers: config.appPorts.map((port) => `    server ${address(port)};`).join('\n'),
      listen: address(config.edgePort),
      server_name: CLUSTER_HOST,
      micro_cache_seconds: '1',
    }),
    'countercheck-proxy.conf': fillTemplate(templates['countercheck-proxy.conf'], {}),
    'bench.conf': fillTemplate(templates['bench.conf'], {
      static_listen: address(config.staticPort),
      static_root: staticRoot(config),
      uncached_listen: address(config.uncachedPort),
      single_listen: address(config.singlePort),
      first_upstream: address(config.appPorts[0]!),
    }),
    'local.conf': fillTemplate(templates['local.conf'], {
      prefix,
      // One worker per core: this machine's two.
      worker_processes: 'auto',
      mime_types: '/etc/nginx/mime.types',
    }),
  };
}
