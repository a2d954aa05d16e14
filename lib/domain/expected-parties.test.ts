import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildClaimTimeline, type DatedStatement } from './claim-timeline';
import { parseIsoDay } from './dates';
import { expectedPartiesOf } from './expected-parties';

const france = { slug: 'government-of-france', name: 'Government of France', countryCode: 'FR' };
const frenchArmedForces = { slug: 'french-ministry-of-armed-forces', name: 'French Armed Forces', countryCode: 'FR' };
const germany = { slug: 'government-of-germany', name: 'Government of Germany', countryCode: 'DE' };
const sdf = { slug: 'syrian-democratic-forces', name: 'Syrian Democratic Forces', countryCode: null };
const kurdishCouncil = { slug: 'kurdish-council', name: 'Kurdish Council', countryCode: null };

const said = (
  organization: DatedStatement['organization'],
  saidOn: string | null,
  precision: DatedStatement['saidOnPrecision'] = 'DAY',
) => ({
  speakerName: organization?.name ?? 'Donald Trump',
  organization,
  saidOn: saidOn ? parseIsoDay(saidOn) : null,
  saidOnPrecision: precision,
});

// The ISIS claim: France answered the next day (through its armed forces' minister), the SDF later.
const isis = buildClaimTimeline(said(null, '2018-12-19'), [
  { id: 'parly', ...said(frenchArmedForces, '2018-12-20') },
  { id: 'bali', ...said(sdf, '2019-02-10') },
]);

test('an expected organization has answered when its country (or, without one, itself) has', () => {
  const parties = expectedPartiesOf([france, germany, sdf, kurdishCouncil], isis, parseIsoDay('2019-01-01'));
  assert.deepEqual(
    parties.answered.map((party) => [party.organization.name, party.partyLabel, party.delay?.label]),
    [
      ['Government of France', 'France', '1 day'],
      ['Syrian Democratic Forces', 'Syrian Democratic Forces', '53 days'],
    ],
  );
  assert.deepEqual(
    parties.notAnswered.map((organization) => organization.name),
    ['Government of Germany', 'Kurdish Council'],
  );
});

test('how long the silent ones have let pass: a day count, or a range when the claim is known to the month', () => {
  assert.deepEqual(expectedPartiesOf([germany], isis, parseIsoDay('2019-01-01')).sinceClaim, {
    minDays: 13,
    maxDays: 13,
    label: '13 days',
  });
  const mostlyGone = buildClaimTimeline(said(null, '2018-12-01', 'MONTH'), []);
  assert.deepEqual(expectedPartiesOf([germany], mostlyGone, parseIsoDay('2019-01-31')).sinceClaim, {
    minDays: 31,
    maxDays: 61,
    label: '31–61 days',
  });
});

test('a claim with no known date: who is silent, but no count of days', () => {
  const undated = buildClaimTimeline(said(null, null), []);
  const parties = expectedPartiesOf([germany], undated, parseIsoDay('2019-01-01'));
  assert.equal(parties.sinceClaim, null);
  assert.deepEqual(parties.notAnswered, [germany]);
});
