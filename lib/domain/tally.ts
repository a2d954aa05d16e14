// Small counts shown as tables (a person's claims by verdict, answers by stance): in the scale's
// own order rather than the database's, leaving out what never occurs.

export type Tally<K extends string> = { key: K; count: number };

export function tallyInOrder<K extends string>(counts: readonly Tally<K>[], order: readonly K[]): Tally<K>[] {
  const byKey = new Map<K, number>();
  for (const { key, count } of counts) byKey.set(key, (byKey.get(key) ?? 0) + count);
  return order.flatMap((key) => {
    const count = byKey.get(key) ?? 0;
    return count > 0 ? [{ key, count }] : [];
  });
}

export const sumOf = (tallies: readonly { count: number }[]) =>
  tallies.reduce((total, tally) => total + tally.count, 0);
