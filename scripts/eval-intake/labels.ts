import type { DatePrecision, Stance } from '../../lib/generated/prisma/enums';

// Every quote of the four seed articles (prisma/seed/articles/), labelled by hand for
// `npm run eval:intake`: the quoted words, who said them (a name, or the description the article
// gives an unnamed speaker), and when, where the article says so. A term in quotation marks (a
// "caliphate", a so-called "security zone", the IS "global network") is no one's quote and is not
// listed. One quote is listed that the extractor misses ("imminent assault": a term marker, "an",
// comes before it): the set says what is in the articles, not what the extractor finds.
//
// `claim` is what the quote is to the seed's claims (prisma/seed/data.ts), as the seed's editors
// recorded it: the claim itself, an answer to one or more claims with its stance on each, or null
// when no claim on record is answered (the intake then proposes a new claim). A fragment quoted
// apart from the fuller quote it belongs to ("the most experienced") answers as that quote does.

export type LabelledQuote = {
  text: string;
  speaker: { name: string } | { description: string };
  saidOn: { isoDate: string; precision: DatePrecision } | null;
  claim: { is: string } | { answers: Record<string, Stance> } | null;
};
export type LabelledArticle = {
  file: string;
  /** The report's date as the eval gives it to the extractor (the intake form asks the editor). */
  publishedOn: string;
  quotes: LabelledQuote[];
};

const day = (isoDate: string) => ({ isoDate, precision: 'DAY' as const });

export const LABELLED_ARTICLES: LabelledArticle[] = [
  {
    file: '2018-12-uk-france-dispute-syria-victory.txt',
    // Published on 20 or 21 December 2018 (the articles' README): the eval gives the 20th.
    publishedOn: '2018-12-20',
    quotes: [
      {
        text: 'Islamic State has been weakened more than ever',
        speaker: { name: 'Florence Parly' },
        saidOn: day('2018-12-20'),
        claim: { answers: { 'trump-we-have-defeated-isis-in-syria': 'QUALIFIES' } },
      },
      {
        text: 'But Islamic State has not been wiped from the map nor has its roots. It is necessary that the last pockets of this terrorist organisation be definitively defeated militarily.',
        speaker: { name: 'Florence Parly' },
        saidOn: day('2018-12-20'),
        claim: { answers: { 'trump-we-have-defeated-isis-in-syria': 'CONTRADICTS' } },
      },
      {
        text: 'huge progress (made) since military operations began',
        speaker: { description: 'UK Government spokesperson' },
        saidOn: null,
        claim: { answers: { 'trump-we-have-defeated-isis-in-syria': 'QUALIFIES' } },
      },
      {
        text: 'much remains to be done and we must not lose sight of the threat they pose',
        speaker: { description: 'UK Government spokesperson' },
        saidOn: null,
        claim: { answers: { 'trump-we-have-defeated-isis-in-syria': 'DISPUTES' } },
      },
      {
        text: 'These developments in Syria do not signal the end of the Global Coalition or its campaign...we remain committed to the Global Coalition and the campaign to deny Daesh territory and ensure its enduring defeat',
        speaker: { description: 'UK Government spokesperson' },
        saidOn: null,
        claim: { answers: { 'trump-we-have-defeated-isis-in-syria': 'DISPUTES' } },
      },
      {
        text: 'We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.',
        speaker: { name: 'Donald Trump' },
        saidOn: day('2018-12-19'),
        claim: { is: 'trump-we-have-defeated-isis-in-syria' },
      },
      {
        text: 'The Pentagon has an order to get to move troops out of Syria as quickly as possible',
        speaker: { description: 'US official' },
        saidOn: null,
        claim: { is: 'us-official-pentagon-ordered-to-leave-syria' },
      },
      { text: 'we have every right to be afraid.', speaker: { name: 'Arin Sheikmos' }, saidOn: null, claim: null },
      { text: 'imminent assault', speaker: { name: 'Recep Tayyip Erdogan' }, saidOn: null, claim: null },
      { text: 'positive answers', speaker: { name: 'Recep Tayyip Erdogan' }, saidOn: null, claim: null },
    ],
  },
  {
    file: '2015-11-23-rferl-us-urges-allies.txt',
    publishedOn: '2015-11-23',
    quotes: [
      { text: 'increase pressure', speaker: { name: 'Brett McGurk' }, saidOn: day('2015-11-23'), claim: null },
      { text: 'at its core', speaker: { name: 'Brett McGurk' }, saidOn: day('2015-11-23'), claim: null },
      {
        text: 'We need to do more as a coalition to coordinate our efforts and pressure ISIL across its global network',
        speaker: { name: 'Brett McGurk' },
        saidOn: day('2015-11-23'),
        claim: null,
      },
      { text: 'go faster.', speaker: { name: 'John Kerry' }, saidOn: day('2015-11-23'), claim: null },
      {
        text: 'pulling more than our weight',
        speaker: { name: 'Josh Earnest' },
        saidOn: day('2015-11-23'),
        claim: { is: 'earnest-us-pulling-more-than-its-weight' },
      },
      {
        text: 'We believe that there is more that can be done if countries are willing to contribute additional resources',
        speaker: { name: 'Josh Earnest' },
        saidOn: day('2015-11-23'),
        claim: null,
      },
      { text: 'constructive possibilities.', speaker: { name: 'John Kerry' }, saidOn: day('2015-11-23'), claim: null },
      { text: 'complicate', speaker: { name: 'John Kerry' }, saidOn: day('2015-11-23'), claim: null },
      {
        text: "If certain entities perceive that whatever we're doing is going to help Assad to stay, that complicates issues",
        speaker: { name: 'John Kerry' },
        saidOn: day('2015-11-23'),
        claim: null,
      },
      {
        text: 'So it has to be done in a way that manages the passions...among people who have been fighting Assad for four years.',
        speaker: { name: 'John Kerry' },
        saidOn: day('2015-11-23'),
        claim: null,
      },
      { text: 'continue the conversation', speaker: { name: 'Josh Earnest' }, saidOn: day('2015-11-23'), claim: null },
    ],
  },
  {
    file: '2019-02-10-sdf-final-battle.txt',
    publishedOn: '2019-02-10',
    quotes: [
      {
        text: 'the most experienced',
        speaker: { description: 'spokesman for the Syrian Democratic Forces' },
        saidOn: null,
        claim: {
          answers: {
            'trump-we-have-defeated-isis-in-syria': 'CONTRADICTS',
            'trump-isis-mostly-gone': 'QUALIFIES',
            'trump-100-percent-of-the-caliphate': 'QUALIFIES',
          },
        },
      },
      { text: 'final battle to crush IS', speaker: { name: 'Mustafa Bali' }, saidOn: day('2019-02-09'), claim: null },
      {
        text: 'The battle is very fierce. Those remaining inside are the most experienced who are defending their last stronghold. According to this you can imagine the ferocity and size of the fighting.',
        speaker: { name: 'Mustafa Bali' },
        saidOn: null,
        claim: {
          answers: {
            'trump-we-have-defeated-isis-in-syria': 'CONTRADICTS',
            'trump-isis-mostly-gone': 'QUALIFIES',
            'trump-100-percent-of-the-caliphate': 'QUALIFIES',
          },
        },
      },
      {
        text: 'mostly gone',
        speaker: { name: 'Donald Trump' },
        saidOn: { isoDate: '2018-12-01', precision: 'MONTH' },
        claim: { is: 'trump-isis-mostly-gone' },
      },
      {
        text: 'It should be announced, probably some time next week, that we will have 100% of the caliphate.',
        speaker: { name: 'Donald Trump' },
        saidOn: day('2019-02-06'),
        claim: { is: 'trump-100-percent-of-the-caliphate' },
      },
    ],
  },
  {
    file: '2019-01-24-dawn-baghouz.txt',
    publishedOn: '2019-01-24',
    quotes: [
      {
        text: 'Geographically, the noose is tightening around IS',
        speaker: { name: 'Redur Khalil' },
        saidOn: null,
        claim: { answers: { 'trump-isis-mostly-gone': 'SUPPORTS' } },
      },
      {
        text: 'But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.',
        speaker: { name: 'Redur Khalil' },
        saidOn: null,
        claim: {
          answers: {
            'trump-we-have-defeated-isis-in-syria': 'DISPUTES',
            'trump-isis-mostly-gone': 'QUALIFIES',
            'trump-100-percent-of-the-caliphate': 'QUALIFIES',
          },
        },
      },
      {
        text: 'Our battle is still long and will be waged in several phases.',
        speaker: { name: 'Redur Khalil' },
        saidOn: null,
        claim: { answers: { 'trump-we-have-defeated-isis-in-syria': 'DISPUTES' } },
      },
      // Said at the start of their meeting in Moscow "on Wednesday", two paragraphs earlier.
      { text: 'dear friend', speaker: { name: 'Vladimir Putin' }, saidOn: day('2019-01-23'), claim: null },
      {
        text: 'work on issues of regional security and actively cooperate on Syria',
        speaker: { name: 'Vladimir Putin' },
        saidOn: day('2019-01-23'),
        claim: { is: 'putin-russia-turkey-actively-cooperate-on-syria' },
      },
      {
        text: 'our solidarity makes a weighty contribution to the security of the region',
        speaker: { name: 'Recep Tayyip Erdogan' },
        saidOn: day('2019-01-23'),
        claim: { is: 'erdogan-solidarity-contributes-to-regional-security' },
      },
    ],
  },
];
