// PostgreSQL's write-ahead-log positions (LSNs), as `pg_current_wal_lsn()::text` and
// `pg_last_wal_replay_lsn()::text` print them: two hexadecimal halves of a 64-bit byte offset,
// `16/B374D848`. Compared as numbers: as text, `9/0` would sort after `10/0`.

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

/** The byte offset an LSN names; throws on anything PostgreSQL would not print. */
export function parseWalPosition(lsn: string): bigint {
  const match = LSN.exec(lsn.trim());
  if (!match) throw new Error(`not a WAL position: ${JSON.stringify(lsn)}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/**
 * Whether a replica that has replayed the WAL up to `replayed` shows every commit up to `target`.
 * PostgreSQL answers null for a server started without recovery, which is no standby and replays
 * nothing: there is nothing to wait for.
 */
export function hasReplayed(replayed: string | null, target: string): boolean {
  return replayed === null || parseWalPosition(replayed) >= parseWalPosition(target);
}
