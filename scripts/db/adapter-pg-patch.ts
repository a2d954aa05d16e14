// Two fixes to @prisma/adapter-pg for the schema engine's use, both at the adapter level. Written
// against the version below: adapter-pg-patch.test.ts fails when package.json pins another, since
// the patch reaches into the adapter's internals (performIO, client, onError).
//
// 1. It throws on PostgreSQL's internal "char" type (OID 18), which the engine's catalog queries
//    return (pg_constraint.contype, for one). Decode it as text (OID 25), then report the column
//    as Character, which the engine expects and PGlite's adapter reports: reported as Text, the
//    engine panics on any CHECK constraint.
// 2. Its executeScript splits a migration on every ";", which breaks function bodies and comments.
//    Send the script whole instead: PostgreSQL runs a multi-statement simple query atomically.
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlQueryable } from '@prisma/driver-adapter-utils';

export const PATCHED_ADAPTER_PG_VERSION = '7.10.1';

const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;
type PgResult = { fields: { dataTypeID: number }[]; rows: unknown[][] };
type PgAdapterInternals = {
  performIO(query: SqlQuery): Promise<PgResult>;
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

export function patchPgAdapter(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  // queryRaw returns the same rows array that performIO produced, so it keys the hand-over.
  const charColumnsByRows = new WeakMap<object, number[]>();
  const patch = <T extends SqlQueryable & { executeScript?: (script: string) => Promise<void> }>(adapter: T): T => {
    const internals = adapter as unknown as PgAdapterInternals;
    const performIO = internals.performIO.bind(adapter);
    internals.performIO = async (query) => {
      const result = await performIO(query);
      const charColumns = result.fields.flatMap((field, index) =>
        field.dataTypeID === INTERNAL_CHAR_OID ? [index] : [],
      );
      for (const index of charColumns) result.fields[index]!.dataTypeID = TEXT_OID;
      if (charColumns.length) charColumnsByRows.set(result.rows, charColumns);
      return result;
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const resultSet = await queryRaw(query);
      for (const index of charColumnsByRows.get(resultSet.rows) ?? [])
        resultSet.columnTypes[index] = ColumnTypeEnum.Character;
      return resultSet;
    };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  return Object.assign(factory, {
    connect: async () => patch(await connect()),
    connectToShadowDb: async () => patch(await connectToShadowDb()),
  });
}
