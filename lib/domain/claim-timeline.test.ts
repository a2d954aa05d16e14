import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildClaimTimeline, type DatedStatement } from './claim-timeline';
import { parseIsoDay, toIsoDay } from './dates';

const france = { slug: 'government-of-france', name: 'Government of France', countryCode: 'FR' };
const uk = { slug: 'uk-government', name: 'UK Government', countryCode: 'GB' };
const sdf = { slug: 'syrian-democratic-forces', name: 'Syrian Democratic Forces', countryCode: null };

const said = (
  speakerName: string,
  organization: DatedStatement['organization'],
  saidOn?: string,
  saidOnPrecision: DatedStatement['saidOnPrecision'] = 'DAY',
): DatedStatement => ({ speakerName, organization, saidOn: saidOn ? parseIsoDay(saidOn) : null, saidOnPrecision });

const answer = (id: string, statement: DatedStatement) => ({ id, ...statement });

// The seed's ISIS claim: France answered the next day, the SDF seven weeks on, the UK undated.
const isis = buildClaimTimeline(said('Donald Trump', null, '2018-12-19'), [
  answer('uk', said('UK Government', uk)),
  answer('sdf', said('Mustafa Bali', sdf, '2019-02-10')),
  answer('parly-2', said('Florence Parly', france, '2018-12-20')),
  answer('parly-1', said('Florence Parly', france, '2018-12-20')),
]);

test('each party that answered, first to answer first, with how long it took', () => {
  assert.deepEqual(
    isis.parties.map((party) => [party.label, party.answers, party.delay?.label ?? null]),
    [
      ['France', 2, '1 day'],
      ['Syrian Democratic Forces', 1, '53 days'],
      ['United Kingdom', 1, null],
    ],
  );
  assert.deepEqual(isis.parties[0]?.firstSaidOn, { label: '20 December 2018', iso: '2018-12-20' });
});

test('answers in time order (ties as given), the undated last and off the axis', () => {
  assert.deepEqual(
    isis.answers.map((item) => [item.id, item.saidOn?.iso ?? null, item.delay?.label ?? null]),
    [
      ['parly-2', '2018-12-20', '1 day'],
      ['parly-1', '2018-12-20', '1 day'],
      ['sdf', '2019-02-10', '53 days'],
      ['uk', null, null],
    ],
  );
  assert.equal(toIsoDay(isis.axis!.start), '2018-12-16');
  assert.deepEqual(isis.claim.saidOn, { label: '19 December 2018', iso: '2018-12-19' });
});

test('a claim known to the month gives every delay as a range', () => {
  const mostlyGone = buildClaimTimeline(said('Donald Trump', null, '2018-12-01', 'MONTH'), [
    answer('sdf', said('Mustafa Bali', sdf, '2019-02-10')),
  ]);
  assert.deepEqual(mostlyGone.claim.saidOn, { label: 'December 2018', iso: '2018-12' });
  assert.deepEqual(mostlyGone.parties[0]?.delay, { minDays: 41, maxDays: 71, label: '41–71 days' });
  assert.equal(toIsoDay(mostlyGone.claim.interval!.last), '2018-12-31');
});

test("a party's first answer is by the earliest last day of any of its answers", () => {
  // Said some day in January, and on 10 January: whichever came first came by the 10th.
  const timeline = buildClaimTimeline(said('Claimant', null, '2019-01-01'), [
    answer('month', said('A', sdf, '2019-01-01', 'MONTH')),
    answer('day', said('B', sdf, '2019-01-10')),
  ]);
  assert.deepEqual(timeline.parties[0]?.delay, { minDays: 0, maxDays: 9, label: '0–9 days' });
});

test('answers said before the claim, or on its day, are stated as such', () => {
  const timeline = buildClaimTimeline(said('Claimant', null, '2019-02-06'), [
    answer('before', said('Redur Khalil', sdf, '2019-01-23')),
    answer('same', said('Florence Parly', france, '2019-02-06')),
  ]);
  assert.deepEqual(
    timeline.parties.map((party) => [party.label, party.delay?.label]),
    [
      ['Syrian Democratic Forces', '14 days before the claim'],
      ['France', 'the same day'],
    ],
  );
});

test('with no claim date there are no delays, and with no date at all no axis', () => {
  const undatedClaim = buildClaimTimeline(said('Claimant', null), [answer('a', said('A', france, '2019-01-01'))]);
  assert.equal(undatedClaim.parties[0]?.delay, null);
  assert.ok(undatedClaim.axis, 'the answer still has its place in time');
  const nothingDated = buildClaimTimeline(said('Claimant', null), [answer('a', said('A', france))]);
  assert.equal(nothingDated.axis, null);
  assert.equal(nothingDated.parties[0]?.firstSaidOn, null);
  assert.deepEqual(buildClaimTimeline(said('Claimant', null, '2019-01-01'), []).parties, []);
});

test('speakers with no stated affiliation are one party', () => {
  const timeline = buildClaimTimeline(said('Claimant', null, '2019-01-01'), [
    answer('a', said('A', null, '2019-01-03')),
    answer('b', said('B', null, '2019-01-02')),
  ]);
  assert.deepEqual(
    timeline.parties.map((party) => [party.label, party.answers, party.delay?.label]),
    [['No stated affiliation', 2, '1 day']],
  );
});
