import type { ClaimFilters } from './claim-filters';

// The filters of the who-answered-whom view: the claims counted, by topic and by the day they were
// made. They travel in the URL as /claims's filters do (parseClaimFilters: a bad value is dropped),
// so that a cell's link to /claims lists the very claims its number counts.

export type AnswerFilters = Pick<ClaimFilters, 'topic' | 'from' | 'to'>;

/** Only the filters of `filters` the view takes: a claims-list query may carry others. */
export function answerFiltersOf({ topic, from, to }: ClaimFilters): AnswerFilters {
  return Object.fromEntries(Object.entries({ topic, from, to }).filter(([, value]) => value !== undefined));
}
