import { fileURLToPath } from 'node:url';
import { CACHE_MEMORY_BYTES } from './lib/cache/memory-bound.js';
import { PAGE_POLICY } from './lib/security/page-script-policy.js';

// HSTS only where the site is served over https (browsers ignore it over http anyway, but a
// development server must not pin localhost to https). The config is read before the app's
// modules, so it looks at the one variable itself; lib/env.ts validates it when the app starts.
const servedOverHttps = (process.env.SITE_URL ?? '').trim().toLowerCase().startsWith('https:');

// What every response carries: no MIME sniffing, no full URLs in Referer to other sites, no
// powerful browser features (the app uses none), its own browsing context group, and HSTS.
const everyResponse = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(servedOverHttps ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A deployment's build (npm run build:standalone, docs/scale-out.md): a server.js with only the
  // node_modules it loads, served by `node .next/standalone/server.js`. Only when asked for, because
  // `npm start`, the tests and the benchmarks serve the build with `next start`, which on a
  // standalone build still serves it but warns at every start that it "does not work with output:
  // standalone", and the copy costs each of their builds time and about 120 MB.
  output: process.env.BUILD_STANDALONE === '1' ? 'standalone' : undefined,
  // PGlite loads its wasm and extension bundles from its package folder at run time: bundling it
  // breaks those paths, so the server requires both packages from node_modules instead.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  poweredByHeader: false,
  // Public pages and responses are kept in Next.js's cache and refreshed by tag when the record
  // changes (lib/cache/, docs/caching.md). Without Partial Prefetching: a page that is not yet
  // cached is rendered whole on its first request (no fallback shell), so readers without
  // JavaScript and link-preview crawlers always get the complete page.
  cacheComponents: true,
  partialPrefetching: false,
  // Every view of a list and every search is a page cached whole (lib/list-views.ts). The page cache
  // is kept in memory only, in Next.js's LRU of this size (lib/cache/memory-bound.js), and never
  // written under .next/ (isrFlushToDisk below), where nothing would bound it. The build's own pages
  // stay on disk and are read there when not in memory.
  cacheMaxMemorySize: CACHE_MEMORY_BYTES,
  // Next.js's own file-system page cache, which also keeps each cached page's script-src (hashes of
  // its inline scripts) with the page (docs/security.md, "Content-Security-Policy").
  cacheHandler: fileURLToPath(new URL('./lib/cache/page-cache-handler.js', import.meta.url)),
  // The `'use cache'` reads, kept past their revalidation time (served while refreshed) until they
  // expire, so that what was read keeps being served while the database is down (docs/failures.md).
  cacheHandlers: { default: fileURLToPath(new URL('./lib/cache/data-cache-handler.js', import.meta.url)) },
  experimental: {
    isrFlushToDisk: false,
    // forbidden() (lib/auth/page-guard.ts): a signed-in account without a page's permission gets a
    // real 403 with app/forbidden.tsx, not a 200.
    authInterrupts: true,
    // The stylesheet (about 6 KB gzip, Tailwind) comes inside the HTML instead of a render-blocking
    // request of its own, which on a phone's slow connection costs a round trip before the first
    // paint (docs/benchmarks.md, "The claim page on a phone").
    inlineCss: true,
  },
  // Link-preview and crawler clients that read metadata from <head> only: Next.js renders pages whole
  // for them, without streaming. Cached pages have it in <head> for everyone; pages rendered per
  // request (lists) stream it to browsers. Next.js's own list (its html-bots.js), which this replaces,
  // and the fediverse servers, chat apps and embed services it lacks. Not every client: a client on
  // this list is never served a cached page.
  htmlLimitedBots: new RegExp(
    [
      '[\\w-]+-Google|Google-[\\w-]+|Chrome-Lighthouse|Slurp|DuckDuckBot|baiduspider|yandex|sogou|bitlybot|tumblr|vkShare',
      'quora link preview|redditbot|ia_archiver|Bingbot|BingPreview|applebot|facebookexternalhit|facebookcatalog',
      'Twitterbot|LinkedInBot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|Yeti|googleweblight',
      'Mastodon|Pleroma|Akkoma|Misskey|Bluesky|Cardyb|TelegramBot|Iframely|Embedly|Synapse',
    ].join('|'),
    'i',
  ),
  // The claim page with every counter-statement moved from ?show=all to a path of its own, which
  // can be cached (app/(public)/claims/[slug]/all/page.tsx); links already shared keep working.
  async redirects() {
    return [
      {
        source: '/claims/:slug',
        has: [{ type: 'query', key: 'show', value: 'all' }],
        destination: '/claims/:slug/all',
        permanent: true,
      },
    ];
  },
  // Framing: only the embed routes may be shown inside other sites' iframes. Everything else
  // refuses to be framed (clickjacking): CSP frame-ancestors, and X-Frame-Options for browsers
  // that predate it. The second source matches every path that does not start with /embed/.
  // The app's pages also refuse plugins, a <base> that would redirect relative URLs, and forms that
  // post elsewhere (PAGE_POLICY). Their script-src is each page's own, so it is not here: hashes kept
  // with a cached page by the cache handler, sent as a second policy that browsers enforce beside
  // this one; a nonce from proxy.ts for a page rendered per request, whose policy replaces this one
  // (docs/security.md, "Content-Security-Policy").
  async headers() {
    return [
      { source: '/:path*', headers: everyResponse },
      {
        source: '/embed/:path*',
        // The embed documents carry no script and no external resource: allow nothing but their own inline style.
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *" },
        ],
      },
      {
        source: '/:path((?!embed/).*)',
        headers: [
          { key: 'Content-Security-Policy', value: PAGE_POLICY },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
