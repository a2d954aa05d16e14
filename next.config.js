/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and extension bundles from its package folder at run time: bundling it
  // breaks those paths, so the server requires both packages from node_modules instead.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  poweredByHeader: false,
};

export default nextConfig;
