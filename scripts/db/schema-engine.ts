// Loads Prisma's schema engine compiled to wasm (@prisma/schema-engine-wasm) and runs it over a driver
// adapter: the Prisma CLI's native engine cannot be downloaded on our machines.
import { readFile } from 'node:fs/promises';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseConnection } from '../../lib/database';

export const FILTERS = { externalTables: [], externalEnums: [] };

// The wasm-bindgen glue has no typings worth importing; these are the calls our scripts make.
export type SchemaFile = { path: string; content: string };
export type DiffTarget =
  { tag: 'schemaDatasource'; files: SchemaFile[]; configDir: string } | { tag: 'schemaDatamodel'; files: SchemaFile[] };
export type MigrationList = {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  migrationDirectories: {
    path: string;
    migrationFile: { path: string; content: { tag: 'ok' | 'error'; value: string } };
  }[];
  shadowDbInitScript: string;
};
type MigrationHistory = { history: unknown; failedMigrationNames: string[]; editedMigrationNames: string[] };
export type SchemaEngine = {
  applyMigrations(input: {
    migrationsList: MigrationList;
    filters: typeof FILTERS;
  }): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: {
    from: DiffTarget;
    to: DiffTarget;
    script: true;
    exitCode: true;
    filters: typeof FILTERS;
  }): Promise<{ exitCode: number; stdout: string }>;
  diagnoseMigrationHistory(input: {
    migrationsList: MigrationList;
    optInToShadowDatabase: false;
    filters: typeof FILTERS;
  }): Promise<MigrationHistory>;
  free(): void;
};
type SchemaEngineClass = {
  new: (config: { datamodels: [string, string][] }, log: () => void, adapter: unknown) => Promise<SchemaEngine>;
};

// wasm-bindgen reports Rust panics through this global; without it a panic surfaces as
// "cannot read 'set_message'" and hides the real message.
export const panicRegistry = {
  message: '',
  set_message(message: string) {
    this.message = `RuntimeError: ${message}`;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

let schemaEngineClass: SchemaEngineClass | undefined;
/** The package's entry imports the .wasm as an ES module (a bundler target), so instantiate it by hand, once per process. */
async function loadSchemaEngine(): Promise<SchemaEngineClass> {
  if (schemaEngineClass) return schemaEngineClass;
  const glueSpecifier = '@prisma/schema-engine-wasm/schema_engine_bg';
  const glue = (await import(glueSpecifier)) as Record<string, unknown> & {
    __wbg_set_wasm(exports: unknown): void;
    SchemaEngine: SchemaEngineClass;
  };
  const wasmUrl = new URL('schema_engine_bg.wasm', import.meta.resolve(glueSpecifier));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(await readFile(wasmUrl)), {
    './schema_engine_bg.js': glue as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return (schemaEngineClass = glue.SchemaEngine);
}

/** Runs `run` with a schema engine for the schema at `schemaPath` over `connection`, then frees both. */
export async function withEngine<T>(
  schemaPath: string,
  connection: DatabaseConnection,
  run: (engine: SchemaEngine, files: SchemaFile[]) => Promise<T>,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngine();
  const content = await readFile(schemaPath, 'utf8');
  const engine = await SchemaEngineClass.new(
    { datamodels: [[schemaPath, content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(connection.factory),
  );
  try {
    return await run(engine, [{ path: schemaPath, content }]);
  } finally {
    engine.free();
    await connection.close();
  }
}
