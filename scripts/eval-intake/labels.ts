import type { DatePrecision } from '../../lib/generated/prisma/enums';

// Every quote of the four seed articles (prisma/seed/articles/), labelled by hand for
// `npm run eval:intake`: the quoted words, who said them (a name, or the description the article
// gives an unnamed speaker), and when, where the article says so. A term in quotation marks (a
// "caliphate", a so-called "security zone", the IS "global network") is no one's quote and is not
// listed. One quote is listed that the extractor misses ("imminent assault": a term marker, "an",
// comes before it): the set says what is in the articles, not what the extractor finds.

export type LabelledQuote = {
  text: string;
  speaker: { name: string } | { description: string };
  saidOn: { isoDate: string; precision: DatePrecision } | null;
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
      },
      {
        text: 'But Islamic State has not been wiped from the map nor has its roots. It is necessary that the last pockets of this terrorist organisation be definitively defeated militarily.',
        speaker: { name: 'Florence Parly' },
        saidOn: day('2018-12-20'),
      },
      {
        text: 'huge progress (made) since military operations began',
        speaker: { description: 'UK Government spokesperson' },
        saidOn: null,
      },
      {
        text: 'much remains to be done and we must not lose sight of the threat they pose',
        speaker: { description: 'UK Government spokesperson' },
        saidOn: null,
      },
      {
        text: 'These developments in Syria do not signal the end of the Global Coalition or its campaign...we remain committed to the Global Coalition and the campaign to deny Daesh territory and ensure its enduring defeat',
        speaker: { description: 'UK Government spokesperson' },
        saidOn: null,
      },
      {
        text: 'We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.',
        speaker: { name: 'Donald Trump' },
        saidOn: day('2018-12-19'),
      },
      {
        text: 'The Pentagon has an order to get to move troops out of Syria as quickly as possible',
        speaker: { description: 'US official' },
        saidOn: null,
      },
      { text: 'we have every right to be afraid.', speaker: { name: 'Arin Sheikmos' }, saidOn: null },
      { text: 'imminent assault', speaker: { name: 'Recep Tayyip Erdogan' }, saidOn: null },
      { text: 'positive answers', speaker: { name: 'Recep Tayyip Erdogan' }, saidOn: null },
    ],
  },
  {
    file: '2015-11-23-rferl-us-urges-allies.txt',
    publishedOn: '2015-11-23',
    quotes: [
      { text: 'increase pressure', speaker: { name: 'Brett McGurk' }, saidOn: day('2015-11-23') },
      { text: 'at its core', speaker: { name: 'Brett McGurk' }, saidOn: day('2015-11-23') },
      {
        text: 'We need to do more as a coalition to coordinate our efforts and pressure ISIL across its global network',
        speaker: { name: 'Brett McGurk' },
        saidOn: day('2015-11-23'),
      },
      { text: 'go faster.', speaker: { name: 'John Kerry' }, saidOn: day('2015-11-23') },
      { text: 'pulling more than our weight', speaker: { name: 'Josh Earnest' }, saidOn: day('2015-11-23') },
      {
        text: 'We believe that there is more that can be done if countries are willing to contribute additional resources',
        speaker: { name: 'Josh Earnest' },
        saidOn: day('2015-11-23'),
      },
      { text: 'constructive possibilities.', speaker: { name: 'John Kerry' }, saidOn: day('2015-11-23') },
      { text: 'complicate', speaker: { name: 'John Kerry' }, saidOn: day('2015-11-23') },
      {
        text: "If certain entities perceive that whatever we're doing is going to help Assad to stay, that complicates issues",
        speaker: { name: 'John Kerry' },
        saidOn: day('2015-11-23'),
      },
      {
        text: 'So it has to be done in a way that manages the passions...among people who have been fighting Assad for four years.',
        speaker: { name: 'John Kerry' },
        saidOn: day('2015-11-23'),
      },
      { text: 'continue the conversation', speaker: { name: 'Josh Earnest' }, saidOn: day('2015-11-23') },
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
      },
      { text: 'final battle to crush IS', speaker: { name: 'Mustafa Bali' }, saidOn: day('2019-02-09') },
      {
        text: 'The battle is very fierce. Those remaining inside are the most experienced who are defending their last stronghold. According to this you can imagine the ferocity and size of the fighting.',
        speaker: { name: 'Mustafa Bali' },
        saidOn: null,
      },
      { text: 'mostly gone', speaker: { name: 'Donald Trump' }, saidOn: { isoDate: '2018-12-01', precision: 'MONTH' } },
      {
        text: 'It should be announced, probably some time next week, that we will have 100% of the caliphate.',
        speaker: { name: 'Donald Trump' },
        saidOn: day('2019-02-06'),
      },
    ],
  },
  {
    file: '2019-01-24-dawn-baghouz.txt',
    publishedOn: '2019-01-24',
    quotes: [
      { text: 'Geographically, the noose is tightening around IS', speaker: { name: 'Redur Khalil' }, saidOn: null },
      {
        text: 'But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.',
        speaker: { name: 'Redur Khalil' },
        saidOn: null,
      },
      {
        text: 'Our battle is still long and will be waged in several phases.',
        speaker: { name: 'Redur Khalil' },
        saidOn: null,
      },
      // Said at the start of their meeting in Moscow "on Wednesday", two paragraphs earlier.
      { text: 'dear friend', speaker: { name: 'Vladimir Putin' }, saidOn: day('2019-01-23') },
      {
        text: 'work on issues of regional security and actively cooperate on Syria',
        speaker: { name: 'Vladimir Putin' },
        saidOn: day('2019-01-23'),
      },
      {
        text: 'our solidarity makes a weighty contribution to the security of the region',
        speaker: { name: 'Recep Tayyip Erdogan' },
        saidOn: day('2019-01-23'),
      },
    ],
  },
];
