import type { DatePrecision } from '../generated/prisma/enums';
import { affiliationOf, type AffiliatedOrganization, type Affiliation } from './affiliation';
import { displayDate, type DisplayDate } from './dates';
import { dayInterval, delayBetween, type DayInterval, type Delay } from './delays';
import { buildTimeAxis, type TimeAxis } from './time-axis';

// A claim and its answers in time: when each was said, how long after the claim, and for each
// country or organization that answered, how long it took to answer first. Undated statements are
// kept (a reader sees they exist) but have no place on the axis and no delay.

/** A statement as the timeline needs it: who said it, for whom, and when, as precisely as known. */
export type DatedStatement = {
  speakerName: string;
  organization: AffiliatedOrganization | null;
  saidOn: Date | null;
  saidOnPrecision: DatePrecision;
};

export type TimelineAnswer = {
  /** The counter-statement's id: its anchor on the claim page. */
  id: string;
  speakerName: string;
  party: Affiliation;
  saidOn: DisplayDate | null;
  /** The days it may have been said on; null when its date is not known. */
  interval: DayInterval | null;
  /** Null when its date or the claim's is not known. */
  delay: Delay | null;
};

/** A country or organization that answered, with its first answer (its earliest possible date). */
export type PartyResponse = Affiliation & {
  answers: number;
  /** The first answer's date as stated; null when none of its answers is dated. */
  firstSaidOn: DisplayDate | null;
  /**
   * The days its first answer may have been said on: from the earliest day any answer may have
   * been said to the earliest last day, since whichever answer came first, it came by then.
   */
  firstInterval: DayInterval | null;
  delay: Delay | null;
};

export type ClaimTimeline = {
  claim: { speakerName: string; saidOn: DisplayDate | null; interval: DayInterval | null };
  /** Dated answers in time order, then the undated ones. */
  answers: TimelineAnswer[];
  /** First to answer first; parties with no dated answer last. */
  parties: PartyResponse[];
  /** Null when nothing is dated: there is nothing to place in time. */
  axis: TimeAxis | null;
};

const byInterval = (a: DayInterval | null, b: DayInterval | null): number => {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return a.first.getTime() - b.first.getTime() || a.last.getTime() - b.last.getTime();
};

function intervalOf(statement: DatedStatement): DayInterval | null {
  return statement.saidOn ? dayInterval(statement.saidOn, statement.saidOnPrecision) : null;
}

function displayOf(statement: DatedStatement): DisplayDate | null {
  return statement.saidOn ? displayDate(statement.saidOn, statement.saidOnPrecision) : null;
}

export function buildClaimTimeline(
  claim: DatedStatement,
  answers: readonly (DatedStatement & { id: string })[],
): ClaimTimeline {
  const claimInterval = intervalOf(claim);
  const delayTo = (interval: DayInterval | null) =>
    claimInterval && interval ? delayBetween({ ...claimInterval, precision: claim.saidOnPrecision }, interval) : null;

  const timelineAnswers: TimelineAnswer[] = answers
    .map((answer) => {
      const interval = intervalOf(answer);
      return {
        id: answer.id,
        speakerName: answer.speakerName,
        party: affiliationOf(answer.organization),
        saidOn: displayOf(answer),
        interval,
        delay: delayTo(interval),
      };
    })
    .sort((a, b) => byInterval(a.interval, b.interval) || a.speakerName.localeCompare(b.speakerName));

  const parties = new Map<string, PartyResponse>();
  // Answers are in time order, so a party's first dated answer is the first one met.
  for (const answer of timelineAnswers) {
    const party = parties.get(answer.party.key) ?? {
      ...answer.party,
      answers: 0,
      firstSaidOn: answer.saidOn,
      firstInterval: answer.interval,
      delay: null,
    };
    party.answers += 1;
    if (answer.interval && party.firstInterval && answer.interval.last < party.firstInterval.last) {
      party.firstInterval = { first: party.firstInterval.first, last: answer.interval.last };
    }
    parties.set(answer.party.key, party);
  }
  for (const party of parties.values()) party.delay = delayTo(party.firstInterval);

  const dated = [claimInterval, ...timelineAnswers.map((answer) => answer.interval)].filter(
    (interval): interval is DayInterval => interval !== null,
  );
  return {
    claim: { speakerName: claim.speakerName, saidOn: displayOf(claim), interval: claimInterval },
    answers: timelineAnswers,
    parties: [...parties.values()].sort(
      (a, b) => byInterval(a.firstInterval, b.firstInterval) || a.label.localeCompare(b.label),
    ),
    axis: dated.length ? buildTimeAxis(dated) : null,
  };
}
