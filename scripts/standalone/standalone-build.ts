// The standalone build (npm run build:standalone, docs/scale-out.md): where its server is, what is
// copied beside it, and what must be found in it for the server to run from that folder alone.
// Pure (given a predicate for what exists), so that it is tested apart from a build.
import path from 'node:path';
import { shareImageFontFiles } from '../../lib/share-image/font-files';

/** Where `next build` writes the standalone server, its traced node_modules and its copy of .next. */
export const STANDALONE_DIR = '.next/standalone';
const SERVER = 'server.js';

/**
 * The command that serves a standalone build. Its server.js changes to its own folder and listens
 * on PORT and HOSTNAME (from the environment) instead of `next start`'s --port and --hostname.
 */
export function standaloneServerCommand(root: string): { command: string; args: string[] } {
  return { command: process.execPath, args: [path.join(root, STANDALONE_DIR, SERVER)] };
}

export type Copy = { from: string; to: string };

/**
 * What Next.js leaves out of the standalone folder for a CDN to serve, and documents copying beside
 * the server, which then serves it itself: the build's browser files, and public/ if the project has
 * one. Relative to the project's root.
 */
export function standaloneCopies(exists: (file: string) => boolean): Copy[] {
  return [
    { from: '.next/static', to: path.join(STANDALONE_DIR, '.next/static') },
    ...(exists('public') ? [{ from: 'public', to: path.join(STANDALONE_DIR, 'public') }] : []),
  ];
}

/** What the build records of next.config.js (.next/required-server-files.json's `config`) that names files. */
export type RecordedConfig = {
  /** Relative to the project's root. */
  distDir: string;
  /** Relative to distDir: Next.js rewrites next.config.js's absolute paths so. */
  cacheHandler?: string;
  cacheHandlers?: Record<string, string | undefined>;
  serverExternalPackages?: string[];
};

/**
 * The files the server loads at run time from outside its bundles, which tracing must have put in
 * the standalone folder (and the copy step, .next/static): the cache handlers (loaded by path), the
 * packages left unbundled (serverExternalPackages: PGlite's wasm, its data bundle and the pg_trgm
 * extension are read from its package folder), and the share image's fonts (read from
 * node_modules/@fontsource by lib/share-image/fonts.ts). Answers those missing, relative to the folder.
 */
export function missingFromStandalone(config: RecordedConfig, exists: (file: string) => boolean): string[] {
  const handlers = [config.cacheHandler, ...Object.values(config.cacheHandlers ?? {})].filter(
    (handler): handler is string => !!handler,
  );
  const required = [
    SERVER,
    path.join(config.distDir, 'static'),
    ...handlers.map((handler) => path.normalize(path.join(config.distDir, handler))),
    ...(config.serverExternalPackages ?? []).map((name) => path.join('node_modules', name, 'package.json')),
    ...(config.serverExternalPackages?.includes('@electric-sql/pglite')
      ? ['pglite.wasm', 'pglite.data', 'pg_trgm.tar.gz'].map((file) =>
          path.join('node_modules/@electric-sql/pglite/dist', file),
        )
      : []),
    ...shareImageFontFiles().map((file) => path.join('node_modules/@fontsource', file)),
  ];
  return required.filter((file) => !exists(path.join(STANDALONE_DIR, file)));
}

/**
 * A warning when the build's server would run on the embedded database at a relative PGLITE_DIR
 * (unset included): the standalone server runs in its own folder, so it would open an empty database
 * under .next/standalone/ rather than the one the build read, and lose it with the next build.
 */
export function relativePgliteWarning(env: Record<string, string | undefined>): string | undefined {
  if (env.DATABASE_URL?.trim() || path.isAbsolute(env.PGLITE_DIR?.trim() ?? '')) return undefined;
  return (
    `Without DATABASE_URL the server opens the embedded database at PGLITE_DIR, which the standalone ` +
    `server resolves from its own folder (${STANDALONE_DIR}): serve it with an absolute PGLITE_DIR ` +
    `(the database this build read), or with DATABASE_URL.`
  );
}
