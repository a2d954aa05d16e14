import 'server-only';
import { Prisma } from '../generated/prisma/client';
import type { AnswerFilters } from '../validation/answer-filters';

// The who-answered-whom view's filters (lib/validation/answer-filters.ts) in SQL, shared by its
// counts and its medians: the claims answered, as /claims filters them.

/** `AND …` conditions on the claim `c`, for each filter in force (none: no condition). */
export function answeredClaimConditions(filters: AnswerFilters): Prisma.Sql {
  const conditions = [
    filters.from ? Prisma.sql`c.claimed_on >= ${filters.from}::date` : null,
    filters.to ? Prisma.sql`c.claimed_on <= ${filters.to}::date` : null,
    filters.topic
      ? Prisma.sql`EXISTS (SELECT 1 FROM claim_topics ct JOIN topics t ON t.id = ct.topic_id
                            WHERE ct.claim_id = c.id AND t.slug = ${filters.topic})`
      : null,
  ].filter((condition) => condition !== null);
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}
