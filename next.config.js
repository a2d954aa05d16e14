/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and extension bundles from its package folder at run time: bundling it
  // breaks those paths, so the server requires both packages from node_modules instead.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  poweredByHeader: false,
  // Framing: only the embed routes may be shown inside other sites' iframes. Everything else
  // refuses to be framed (clickjacking): CSP frame-ancestors, and X-Frame-Options for browsers
  // that predate it. The second source matches every path that does not start with /embed/.
  async headers() {
    return [
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
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
