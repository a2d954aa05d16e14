import { affiliationOf, type AffiliatedOrganization } from './affiliation';
import type { ClaimTimeline } from './claim-timeline';
import { daysBetween, describeDelay, type Delay } from './delays';

// Who of the parties an editor expects to answer a claim has answered, and who is still silent.
// An expected organization has answered when the claim has an answer spoken for its party as the
// rest of the record groups answers (lib/domain/affiliation.ts): its country when it belongs to one
// ("Germany's government" is answered by the German foreign ministry too), else the organization.

export type ExpectedPartyAnswered = {
  organization: AffiliatedOrganization;
  /** The country or organization whose answers count for it, as the timeline names it. */
  partyLabel: string;
  /** How long after the claim its party first answered; null when a date is not known. */
  delay: Delay | null;
};

export type ExpectedParties = {
  answered: ExpectedPartyAnswered[];
  notAnswered: AffiliatedOrganization[];
  /**
   * Days from the claim to `asOf`, the time the silent ones have let pass, as the range the claim's
   * date allows ("30–60 days" for a claim known only to its month); null when its date is not known.
   */
  sinceClaim: { minDays: number; maxDays: number; label: string } | null;
};

/** `asOf`: the day the record is read as of (today, or an earlier day), midnight UTC as dates are stored. */
export function expectedPartiesOf(
  expected: readonly AffiliatedOrganization[],
  timeline: Pick<ClaimTimeline, 'claim' | 'parties'>,
  asOf: Date,
): ExpectedParties {
  const parties = new Map(timeline.parties.map((party) => [party.key, party]));
  const answered: ExpectedPartyAnswered[] = [];
  const notAnswered: AffiliatedOrganization[] = [];
  for (const organization of expected) {
    const party = parties.get(affiliationOf(organization).key);
    if (party) answered.push({ organization, partyLabel: party.label, delay: party.delay });
    else notAnswered.push(organization);
  }
  const claimDays = timeline.claim.interval;
  const sinceClaim = claimDays && {
    minDays: daysBetween(claimDays.last, asOf),
    maxDays: daysBetween(claimDays.first, asOf),
  };
  return {
    answered,
    notAnswered,
    sinceClaim: sinceClaim && { ...sinceClaim, label: describeDelay(sinceClaim.minDays, sinceClaim.maxDays) },
  };
}
