import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { DatePrecision } from '../generated/prisma/enums';
import { saidByCutoffs } from '../domain/as-of';

/**
 * The statements certainly said by the end of `day`, as a query's condition: the same rule as
 * isSaidBy (lib/domain/as-of.ts), from the same cutoffs, so that a page of statements can be cut in
 * the database. Undated statements never match.
 */
export function saidByWhere(day: Date): Prisma.StatementWhereInput {
  const cutoffs = saidByCutoffs(day);
  return {
    OR: Object.values(DatePrecision).map((precision) => ({
      saidOnPrecision: precision,
      saidOn: { lt: cutoffs[precision] },
    })),
  };
}
