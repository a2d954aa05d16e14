import type { DatePrecision, OrganizationKind, SourceKind, Stance, Verdict } from '../../lib/generated/prisma/enums';

// The tracker's first data, curated from the four articles in prisma/seed/articles/. Every quote
// is copied word for word from its article; the seed refuses to run if one is not found there.
// Records refer to each other by `key`; the seed turns keys into stable ids, which is what makes
// it idempotent. Nothing here is guessed: an outlet, headline, URL or date the capture does not
// give is left null, and the source's provenance note says what is known.

export type SeedPerson = { key: string; name: string; description: string; wikidataId?: string };
export type SeedOrganization = { key: string; name: string; kind: OrganizationKind; countryCode?: string };
export type SeedRole = {
  key: string;
  person: string;
  organization?: string;
  title: string;
  startDate?: string;
  endDate?: string;
};
export type SeedSource = {
  key: string;
  file: string;
  kind: SourceKind;
  outlet: string | null;
  title: string | null;
  publishedOn: string | null;
  provenanceNote: string;
};
export type SeedStatement = {
  key: string;
  source: string;
  text: string;
  speaker: { person: string; role?: string } | { organization: string };
  attribution?: string;
  saidOn?: string;
  saidOnPrecision?: DatePrecision;
};
export type SeedClaim = {
  slug: string;
  statement: string;
  summary: string;
  verdict: Verdict;
  verdictExplanation: string;
  topics: string[];
  counterStatements: { statement: string; stance: Stance; note?: string }[];
};
export type SeedTopic = { slug: string; name: string };

/** When the seed's claims were published: fixed, so that seeding twice writes the same rows. */
export const SEED_PUBLISHED_AT = new Date('2026-11-21T00:00:00Z');

export const people: SeedPerson[] = [
  {
    key: 'donald-trump',
    name: 'Donald Trump',
    description: 'President of the United States (2017–2021, and from 2025).',
    wikidataId: 'Q22686',
  },
  {
    key: 'florence-parly',
    name: 'Florence Parly',
    description: 'French politician, Minister of the Armed Forces from 2017 to 2022.',
  },
  { key: 'redur-khalil', name: 'Redur Khalil', description: 'Senior Kurdish official in north-east Syria.' },
  { key: 'mustafa-bali', name: 'Mustafa Bali', description: 'Spokesman of the Syrian Democratic Forces (SDF).' },
  { key: 'josh-earnest', name: 'Josh Earnest', description: 'White House spokesman under President Barack Obama.' },
  { key: 'vladimir-putin', name: 'Vladimir Putin', description: 'President of Russia.', wikidataId: 'Q7747' },
  {
    key: 'recep-tayyip-erdogan',
    name: 'Recep Tayyip Erdoğan',
    description: 'President of Turkey.',
    wikidataId: 'Q39259',
  },
];

export const organizations: SeedOrganization[] = [
  { key: 'united-states-government', name: 'United States government', kind: 'GOVERNMENT', countryCode: 'US' },
  { key: 'government-of-france', name: 'Government of France', kind: 'GOVERNMENT', countryCode: 'FR' },
  { key: 'uk-government', name: 'UK Government', kind: 'GOVERNMENT', countryCode: 'GB' },
  { key: 'government-of-russia', name: 'Government of Russia', kind: 'GOVERNMENT', countryCode: 'RU' },
  { key: 'government-of-turkey', name: 'Government of Turkey', kind: 'GOVERNMENT', countryCode: 'TR' },
  // Neither belongs to a state, so they are grouped under their own names, not under Syria.
  { key: 'syrian-democratic-forces', name: 'Syrian Democratic Forces', kind: 'ARMED_GROUP' },
  {
    key: 'kurdish-administration-north-east-syria',
    name: 'Kurdish-led administration in north-east Syria',
    kind: 'GOVERNMENT',
  },
];

export const roles: SeedRole[] = [
  {
    key: 'trump-president-2017',
    person: 'donald-trump',
    organization: 'united-states-government',
    title: 'President of the United States',
    startDate: '2017-01-20',
    endDate: '2021-01-20',
  },
  {
    key: 'parly-minister-armed-forces',
    person: 'florence-parly',
    organization: 'government-of-france',
    title: 'Minister of the Armed Forces',
    startDate: '2017-06-21',
    endDate: '2022-05-20',
  },
  {
    key: 'khalil-senior-official',
    person: 'redur-khalil',
    organization: 'kurdish-administration-north-east-syria',
    title: 'Senior Kurdish official',
  },
  {
    key: 'bali-sdf-spokesman',
    person: 'mustafa-bali',
    organization: 'syrian-democratic-forces',
    title: 'SDF spokesman',
  },
  {
    key: 'earnest-white-house-spokesman',
    person: 'josh-earnest',
    organization: 'united-states-government',
    title: 'White House spokesman',
  },
  {
    key: 'putin-president',
    person: 'vladimir-putin',
    organization: 'government-of-russia',
    title: 'President of Russia',
  },
  {
    key: 'erdogan-president',
    person: 'recep-tayyip-erdogan',
    organization: 'government-of-turkey',
    title: 'President of Turkey',
  },
];

export const sources: SeedSource[] = [
  {
    key: 'uk-france-dispute-2018',
    file: '2018-12-uk-france-dispute-syria-victory.txt',
    kind: 'NEWS_ARTICLE',
    outlet: null,
    title: "Mission unaccomplished: UK, France dispute Trump's claim of victory in Syria",
    publishedOn: null,
    provenanceNote:
      'The capture does not name its outlet, and no URL is known. It was published on 20 or 21 December 2018: it reports Trump\'s announcement "on Wednesday" (19 December) and Florence Parly\'s reply "on Thursday" (20 December).',
  },
  {
    key: 'rferl-us-urges-allies-2015',
    file: '2015-11-23-rferl-us-urges-allies.txt',
    kind: 'NEWS_ARTICLE',
    outlet: 'RFE/RL',
    title: 'U.S. Urges Allies To Step Up Efforts Against Islamic State',
    publishedOn: '2015-11-23',
    provenanceNote:
      "The outlet is named in the capture's footer. Dated by the meeting it reports, on 23 November 2015. No URL is known.",
  },
  {
    key: 'sdf-final-battle-2019',
    file: '2019-02-10-sdf-final-battle.txt',
    kind: 'NEWS_ARTICLE',
    outlet: null,
    title: 'US-backed Syrian forces launch final blast on ISIS',
    publishedOn: '2019-02-10',
    provenanceNote:
      'The capture does not name its outlet: an Azerbaijani news site, judging by its news ticker, which dates from April 2024. Its dateline reads 10:53 10.02.2019. No URL is known.',
  },
  {
    key: 'dawn-baghouz-2019',
    file: '2019-01-24-dawn-baghouz.txt',
    kind: 'NEWS_ARTICLE',
    outlet: 'Dawn',
    title: null,
    publishedOn: '2019-01-24',
    provenanceNote: 'The capture ends "Published in Dawn, January 24th, 2019" but has no headline. No URL is known.',
  },
];

export const statements: SeedStatement[] = [
  // Mission unaccomplished (December 2018)
  {
    key: 'trump-defeated-isis',
    source: 'uk-france-dispute-2018',
    text: 'We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.',
    speaker: { person: 'donald-trump', role: 'trump-president-2017' },
    attribution: 'on Twitter',
    saidOn: '2018-12-19',
  },
  {
    key: 'parly-weakened',
    source: 'uk-france-dispute-2018',
    text: 'Islamic State has been weakened more than ever',
    speaker: { person: 'florence-parly', role: 'parly-minister-armed-forces' },
    attribution: 'on Twitter',
    saidOn: '2018-12-20',
  },
  {
    key: 'parly-not-wiped-from-map',
    source: 'uk-france-dispute-2018',
    text: 'But Islamic State has not been wiped from the map nor has its roots. It is necessary that the last pockets of this terrorist organisation be definitively defeated militarily.',
    speaker: { person: 'florence-parly', role: 'parly-minister-armed-forces' },
    attribution: 'on Twitter',
    saidOn: '2018-12-20',
  },
  {
    key: 'uk-huge-progress',
    source: 'uk-france-dispute-2018',
    text: 'huge progress (made) since military operations began',
    speaker: { organization: 'uk-government' },
    attribution: 'a spokesperson',
  },
  {
    key: 'uk-much-remains',
    source: 'uk-france-dispute-2018',
    text: 'much remains to be done and we must not lose sight of the threat they pose',
    speaker: { organization: 'uk-government' },
    attribution: 'a spokesperson',
  },
  {
    key: 'uk-not-end-of-coalition',
    source: 'uk-france-dispute-2018',
    text: 'These developments in Syria do not signal the end of the Global Coalition or its campaign...we remain committed to the Global Coalition and the campaign to deny Daesh territory and ensure its enduring defeat',
    speaker: { organization: 'uk-government' },
    attribution: 'a spokesperson',
  },
  {
    key: 'us-official-pentagon-order',
    source: 'uk-france-dispute-2018',
    text: 'The Pentagon has an order to get to move troops out of Syria as quickly as possible',
    speaker: { organization: 'united-states-government' },
    attribution: 'an unnamed official, speaking to the Wall Street Journal',
  },
  // RFE/RL (November 2015)
  {
    key: 'earnest-more-than-our-weight',
    source: 'rferl-us-urges-allies-2015',
    text: 'pulling more than our weight',
    speaker: { person: 'josh-earnest', role: 'earnest-white-house-spokesman' },
    saidOn: '2015-11-23',
  },
  // Final battle (February 2019)
  {
    key: 'bali-battle-very-fierce',
    source: 'sdf-final-battle-2019',
    text: 'The battle is very fierce. Those remaining inside are the most experienced who are defending their last stronghold. According to this you can imagine the ferocity and size of the fighting.',
    speaker: { person: 'mustafa-bali', role: 'bali-sdf-spokesman' },
    attribution: 'to the Associated Press, overnight',
    saidOn: '2019-02-10',
  },
  {
    key: 'trump-mostly-gone',
    source: 'sdf-final-battle-2019',
    text: 'mostly gone',
    speaker: { person: 'donald-trump', role: 'trump-president-2017' },
    saidOn: '2018-12-01',
    saidOnPrecision: 'MONTH',
  },
  {
    key: 'trump-100-percent-caliphate',
    source: 'sdf-final-battle-2019',
    text: 'It should be announced, probably some time next week, that we will have 100% of the caliphate.',
    speaker: { person: 'donald-trump', role: 'trump-president-2017' },
    saidOn: '2019-02-06',
  },
  // Dawn (January 2019)
  {
    key: 'khalil-noose-tightening',
    source: 'dawn-baghouz-2019',
    text: 'Geographically, the noose is tightening around IS',
    speaker: { person: 'redur-khalil', role: 'khalil-senior-official' },
  },
  {
    key: 'khalil-not-terminated',
    source: 'dawn-baghouz-2019',
    text: 'But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.',
    speaker: { person: 'redur-khalil', role: 'khalil-senior-official' },
  },
  {
    key: 'khalil-battle-still-long',
    source: 'dawn-baghouz-2019',
    text: 'Our battle is still long and will be waged in several phases.',
    speaker: { person: 'redur-khalil', role: 'khalil-senior-official' },
  },
  {
    key: 'putin-cooperate-on-syria',
    source: 'dawn-baghouz-2019',
    text: 'work on issues of regional security and actively cooperate on Syria',
    speaker: { person: 'vladimir-putin', role: 'putin-president' },
    attribution: 'of Russia and Turkey, at the start of his meeting with Erdoğan in the Kremlin',
    saidOn: '2019-01-23',
  },
  {
    key: 'erdogan-solidarity',
    source: 'dawn-baghouz-2019',
    text: 'our solidarity makes a weighty contribution to the security of the region',
    speaker: { person: 'recep-tayyip-erdogan', role: 'erdogan-president' },
    attribution: 'in translated comments, in Moscow',
    saidOn: '2019-01-23',
  },
];

export const topics: SeedTopic[] = [
  { slug: 'islamic-state', name: 'Islamic State' },
  { slug: 'syria', name: 'Syria' },
  { slug: 'us-withdrawal-from-syria', name: 'US withdrawal from Syria' },
  { slug: 'anti-is-coalition', name: 'Anti-IS coalition' },
  { slug: 'russia-turkey-relations', name: 'Russia–Turkey relations' },
];

export const claims: SeedClaim[] = [
  {
    slug: 'trump-we-have-defeated-isis-in-syria',
    statement: 'trump-defeated-isis',
    summary: 'ISIS has been defeated in Syria',
    verdict: 'FALSE',
    verdictExplanation:
      "When Donald Trump tweeted this on 19 December 2018, Islamic State still held ground in eastern Syria. The next day France's defence minister said the group had not been wiped from the map, and a UK Government spokesperson said much remained to be done. In February 2019 the US-backed Syrian Democratic Forces were still fighting what their spokesman called a very fierce battle for the last IS enclave, and a senior Kurdish official warned that the end of IS territory would not mean the end of the organisation.",
    topics: ['islamic-state', 'syria', 'us-withdrawal-from-syria'],
    counterStatements: [
      { statement: 'parly-not-wiped-from-map', stance: 'CONTRADICTS' },
      {
        statement: 'parly-weakened',
        stance: 'QUALIFIES',
        note: 'France agrees the group is weaker, but not that it is defeated.',
      },
      { statement: 'uk-much-remains', stance: 'DISPUTES' },
      { statement: 'uk-not-end-of-coalition', stance: 'DISPUTES' },
      {
        statement: 'uk-huge-progress',
        stance: 'QUALIFIES',
        note: 'The UK credits the coalition with recovering most IS territory, in the same statement that says much remains to be done.',
      },
      {
        statement: 'bali-battle-very-fierce',
        stance: 'CONTRADICTS',
        note: 'Seven weeks after the tweet, the SDF was still fighting IS in Syria.',
      },
      {
        statement: 'khalil-not-terminated',
        stance: 'DISPUTES',
        note: 'Said a month after the tweet, as IS lost its last villages.',
      },
      { statement: 'khalil-battle-still-long', stance: 'DISPUTES' },
    ],
  },
  {
    slug: 'trump-isis-mostly-gone',
    statement: 'trump-mostly-gone',
    summary: 'IS militants in Syria are "mostly gone"',
    verdict: 'MIXED',
    verdictExplanation:
      'By December 2018 Islamic State had lost most of the territory it once held, so "mostly gone" fairly describes the map. Its fighters had not gone: in February 2019 the SDF described the battle for the last enclave as very fierce, and Kurdish officials warned that losing territory did not mean the organisation was finished.',
    topics: ['islamic-state', 'syria', 'us-withdrawal-from-syria'],
    counterStatements: [
      { statement: 'bali-battle-very-fierce', stance: 'QUALIFIES' },
      { statement: 'khalil-not-terminated', stance: 'QUALIFIES' },
      { statement: 'khalil-noose-tightening', stance: 'SUPPORTS', note: 'Agrees that IS is losing its territory.' },
    ],
  },
  {
    slug: 'trump-100-percent-of-the-caliphate',
    statement: 'trump-100-percent-caliphate',
    summary: 'The US will have "100% of the caliphate" within about a week',
    verdict: 'UNRATED',
    verdictExplanation:
      'A forecast, made on 6 February 2019, so not rated on its own terms. Four days later the SDF, fighting for the last IS enclave, described the battle as very fierce, and a senior Kurdish official had already warned that the end of IS territory would not mean the end of the organisation.',
    topics: ['islamic-state', 'syria'],
    counterStatements: [
      { statement: 'bali-battle-very-fierce', stance: 'QUALIFIES' },
      { statement: 'khalil-not-terminated', stance: 'QUALIFIES', note: 'Said two weeks before the forecast.' },
    ],
  },
  {
    slug: 'us-official-pentagon-ordered-to-leave-syria',
    statement: 'us-official-pentagon-order',
    summary: 'The Pentagon is ordered to move troops out of Syria as fast as possible',
    verdict: 'UNRATED',
    verdictExplanation:
      "An unnamed official's account of an order, reported by the Wall Street Journal. None of our sources confirms or disputes it yet.",
    topics: ['us-withdrawal-from-syria', 'syria'],
    counterStatements: [],
  },
  {
    slug: 'earnest-us-pulling-more-than-its-weight',
    statement: 'earnest-more-than-our-weight',
    summary: 'The US is pulling more than its weight in the anti-IS coalition',
    verdict: 'UNRATED',
    verdictExplanation:
      'Said by the White House spokesman on 23 November 2015 while urging allies to contribute more. None of our sources answers it yet.',
    topics: ['anti-is-coalition', 'islamic-state'],
    counterStatements: [],
  },
  {
    slug: 'putin-russia-turkey-actively-cooperate-on-syria',
    statement: 'putin-cooperate-on-syria',
    summary: 'Russia and Turkey actively cooperate on Syria',
    verdict: 'UNRATED',
    verdictExplanation:
      'Said as Putin welcomed Erdoğan to the Kremlin on 23 January 2019, while the two back opposite sides in Syria. None of our sources answers it yet.',
    topics: ['russia-turkey-relations', 'syria'],
    counterStatements: [],
  },
  {
    slug: 'erdogan-solidarity-contributes-to-regional-security',
    statement: 'erdogan-solidarity',
    summary: 'Turkish-Russian solidarity contributes much to regional security',
    verdict: 'UNRATED',
    verdictExplanation: 'Said by Erdoğan in Moscow on 23 January 2019. None of our sources answers it yet.',
    topics: ['russia-turkey-relations', 'syria'],
    counterStatements: [],
  },
];

/**
 * Claims that make the same point in other words, each pair linked once (either order). Curated from
 * the articles: the BBC's report of the SDF's final battle sets Trump's December claim that IS
 * militants were "mostly gone" beside his February promise of "100% of the caliphate", both after the
 * tweet "We have defeated ISIS in Syria" that France and the UK answered; Dawn reports Erdoğan
 * answering Putin's "actively cooperate on Syria" in the same terms, with "our solidarity".
 */
export const relatedClaims: [string, string][] = [
  ['trump-we-have-defeated-isis-in-syria', 'trump-isis-mostly-gone'],
  ['trump-we-have-defeated-isis-in-syria', 'trump-100-percent-of-the-caliphate'],
  ['trump-isis-mostly-gone', 'trump-100-percent-of-the-caliphate'],
  ['putin-russia-turkey-actively-cooperate-on-syria', 'erdogan-solidarity-contributes-to-regional-security'],
];
