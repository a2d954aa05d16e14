import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// The Prisma CLI wants a native schema engine that cannot be downloaded on our machines.
// `prisma generate` only checks that this path exists; migrations run through the wasm engine in
// scripts/db.ts instead, so any existing file will do.
const placeholderEngine = fileURLToPath(new URL('./package.json', import.meta.url));
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(process.env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = placeholderEngine;
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
