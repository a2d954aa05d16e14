// npm run seed:synthetic -- [--claims 100000] [--counter-statements-per-claim 10] [--repetitions-per-claim 0.3]
//
// Fills the configured database with a realistic synthetic corpus for benchmarks: by default
// 100,000 claims, 1,000,000 counter-statements, 30,000 repetitions, 10,000 people, 1,000
// organizations and 100,000 sources whose archived texts contain their quotes (so every quote verifies). Every row is
// generated inside PostgreSQL with generate_series, in one transaction: minutes, not hours, and a
// failure leaves nothing behind. The curated seed is never touched: synthetic rows have
// `synthetic-` slugs and their own sources. Refuses a database that already has synthetic rows.
import { parseArgs } from 'node:util';
import { isLocalDatabase } from '../lib/database';
import { db, disconnectDb } from '../lib/db';
import type { Prisma } from '../lib/generated/prisma/client';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    'counter-statements-per-claim': { type: 'string', default: '10' },
    'repetitions-per-claim': { type: 'string', default: '0.3' },
  },
});
const claims = Number(values.claims);
const counterStatementsPerClaim = Number(values['counter-statements-per-claim']);
const repetitionsPerClaim = Number(values['repetitions-per-claim']);
if (
  !Number.isInteger(claims) ||
  claims < 10 ||
  !Number.isInteger(counterStatementsPerClaim) ||
  counterStatementsPerClaim < 0 ||
  !(repetitionsPerClaim >= 0)
) {
  console.error(
    'usage: npm run seed:synthetic -- [--claims N (at least 10)] [--counter-statements-per-claim N] [--repetitions-per-claim X (0 or more, may be a fraction)]',
  );
  process.exit(2);
}

// Proportions of the default corpus, scaled to the number of claims.
const size = {
  claims,
  counterStatements: claims * counterStatementsPerClaim,
  repetitions: Math.round(claims * repetitionsPerClaim),
  people: Math.max(10, Math.round(claims / 10)),
  organizations: Math.max(10, Math.round(claims / 100)),
  sources: claims,
  topics: 50,
};

// Vocabulary for text that reads like the real thing, so that search and its indexes meet
// realistic word frequencies. Arrays are 1-indexed in SQL: pick(list, n) = list[1 + n % length].
const sqlArray = (items: string[]) => `ARRAY[${items.map((item) => `'${item.replace(/'/g, "''")}'`).join(',')}]`;
const pick = (items: string[], expression: string) => `(${sqlArray(items)})[1 + ((${expression}) % ${items.length})]`;

const FIRST_NAMES = [
  'Amira',
  'James',
  'Sophie',
  'Mehmet',
  'Olga',
  'Hassan',
  'Claire',
  'Dmitri',
  'Leila',
  'Thomas',
  'Nadia',
  'Karim',
  'Emma',
  'Yusuf',
  'Irina',
  'Omar',
  'Julia',
  'Pierre',
  'Zeynep',
  'Ali',
  'Marta',
  'Samir',
  'Anna',
  'Farid',
  'Hélène',
  'Rustam',
  'Sara',
  'Jean',
  'Ayşe',
  'Tariq',
];
const LAST_NAMES = [
  'Haddad',
  'Smith',
  'Dubois',
  'Yılmaz',
  'Ivanova',
  'Khalil',
  'Martin',
  'Petrov',
  'Rahimi',
  'Müller',
  'Nasser',
  'Brown',
  'Kaya',
  'Sokolov',
  'Barzani',
  'Laurent',
  'Hussein',
  'Novak',
  'Moreau',
  'Aziz',
  'Kowalski',
  'Rossi',
  'Garcia',
  'Jansen',
  'Demir',
  'Ahmadi',
  'Fischer',
  'Bali',
  'Parly',
  'Osman',
];
const TITLES = [
  'Minister of Defence',
  'Foreign Minister',
  'Spokesperson',
  'Military commander',
  'President',
  'Prime Minister',
  'Envoy',
  'Senior official',
  'Member of Parliament',
  'Press secretary',
];
const ORG_NAMES = [
  'Ministry of Defence',
  'Foreign Ministry',
  'Interior Ministry',
  'Armed Forces',
  'Presidential Office',
  'Parliament',
  'Liberation Front',
  'Observer Mission',
  'Press Agency',
  'Popular Party',
];
const ORG_KINDS = [
  'government',
  'government',
  'government',
  'armed_group',
  'government',
  'political_party',
  'armed_group',
  'international_body',
  'media_outlet',
  'political_party',
];
const COUNTRIES = [
  'FR',
  'GB',
  'US',
  'DE',
  'TR',
  'RU',
  'IQ',
  'SY',
  'IR',
  'IL',
  'EG',
  'SA',
  'JO',
  'LB',
  'IT',
  'ES',
  'NL',
  'BE',
  'PL',
  'UA',
  'CN',
  'IN',
  'PK',
  'AF',
  'QA',
  'AE',
  'CA',
  'AU',
  'JP',
  'KR',
];
const OUTLETS = [
  'Reuters',
  'AFP',
  'Associated Press',
  'BBC News',
  'Le Monde',
  'Al Jazeera',
  'Dawn',
  'RFE/RL',
  'The Guardian',
  'Der Spiegel',
  'Anadolu Agency',
  'Kurdistan 24',
  'Asharq Al-Awsat',
  'El País',
  'NHK',
];
const SUBJECTS = [
  'Our forces',
  'The coalition',
  'The ceasefire',
  'The government',
  'The militants',
  'The offensive',
  'The economy',
  'The border',
  'The withdrawal',
  'The agreement',
  'Inflation',
  'The election',
  'The caliphate',
  'Humanitarian aid',
  'The army',
];
const VERBS = [
  'has defeated',
  'will secure',
  'has not stopped',
  'is holding',
  'has abandoned',
  'will protect',
  'has reduced',
  'cannot control',
  'has doubled',
  'has ended',
  'is losing',
  'will rebuild',
];
const OBJECTS = [
  'the last pockets of resistance',
  'every village in the province',
  'the northern corridor',
  'the supply routes',
  'the refugee camps',
  'the oil fields',
  'the capital',
  'the negotiations',
  'the prisoners',
  'the reconstruction funds',
  'the security zone',
  'the airport',
];
const PLACES = [
  'Syria',
  'Iraq',
  'Raqqa',
  'Mosul',
  'Idlib',
  'the Euphrates valley',
  'Deir ez-Zor',
  'Kobani',
  'Aleppo',
  'Baghdad',
  'the border region',
  'Manbij',
];
const CODAS = [
  '',
  ' We are certain of it.',
  ' Anyone who says otherwise is mistaken.',
  ' The facts on the ground speak for themselves.',
  ' This is only the beginning.',
  ' Much remains to be done.',
];
const TOPICS = [
  'Islamic State',
  'Syria',
  'Iraq',
  'Ceasefires',
  'Refugees',
  'Elections',
  'Economy',
  'Energy',
  'Sanctions',
  'Border security',
  'Humanitarian aid',
  'Troop withdrawals',
  'Peace talks',
  'Terrorism',
  'Human rights',
];

// A deterministic scatter of n over 1..count (multiplicative hashing), so references look random
// but every run builds the same corpus.
const scatter = (n: string, prime: number, count: number) => `(1 + ((${n}::bigint * ${prime}) % ${count}))`;

/** Indexes dropped during the load and rebuilt from their own definitions afterwards: building a GIN index once is far faster than maintaining it through a million inserts. */
const REBUILT_INDEXES = ['statements_document_idx', 'claims_summary_trgm_idx', 'claims_summary_document_idx'];

async function load(tx: Prisma.TransactionClient) {
  const run = async (label: string, sql: string) => {
    const startedAt = performance.now();
    const rows = await tx.$executeRawUnsafe(sql);
    console.log(
      `  ${label.padEnd(44)} ${String(rows).padStart(9)} rows ${((performance.now() - startedAt) / 1000).toFixed(1).padStart(6)} s`,
    );
  };
  const indexDefinitions = await tx.$queryRawUnsafe<{ definition: string }[]>(
    `SELECT pg_get_indexdef(to_regclass(name)) AS definition FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NOT NULL`,
    REBUILT_INDEXES,
  );
  for (const name of REBUILT_INDEXES) await tx.$executeRawUnsafe(`DROP INDEX IF EXISTS "${name}"`);

  // Row numbers to ids, so later inserts can reference earlier rows by a computed number. Sources
  // with no statement scattered onto them are simply not inserted.
  for (const [table, count] of Object.entries({
    org: size.organizations,
    person: size.people,
    source: size.sources,
    statement: size.claims + size.counterStatements + size.repetitions,
    claim: size.claims,
    topic: size.topics,
  })) {
    await tx.$executeRawUnsafe(
      `CREATE TEMP TABLE synthetic_${table} ON COMMIT DROP AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${count}) AS n`,
    );
    await tx.$executeRawUnsafe(`ALTER TABLE synthetic_${table} ADD PRIMARY KEY (n)`);
  }

  await run(
    'organizations',
    `
    INSERT INTO organizations (id, slug, name, kind, country_code, updated_at)
    SELECT id, 'synthetic-organization-' || n, ${pick(ORG_NAMES, 'n')} || ' ' || n, ${pick(ORG_KINDS, 'n')}::organization_kind,
           CASE WHEN n % 10 IN (3, 6, 7) THEN NULL ELSE ${pick(COUNTRIES, 'n * 7')} END, now()
      FROM synthetic_org`,
  );
  await run(
    'people',
    `
    INSERT INTO people (id, slug, name, description, updated_at)
    SELECT id, 'synthetic-person-' || n, ${pick(FIRST_NAMES, 'n')} || ' ' || ${pick(LAST_NAMES, 'n / 30')}, 'Synthetic person for benchmarks.', now()
      FROM synthetic_person`,
  );
  // One role each, with the same row number as its person.
  await run(
    'roles',
    `
    INSERT INTO roles (id, person_id, organization_id, title, start_date, updated_at)
    SELECT p.id, p.id, o.id, ${pick(TITLES, 'p.n')}, DATE '2000-01-01' + (p.n % 3000), now()
      FROM synthetic_person p JOIN synthetic_org o ON o.n = ${scatter('p.n', 13, size.organizations)}`,
  );
  // Statements are composed first in a scratch table, so that each source's archive (its statements,
  // one paragraph each) and every quote's position in it are known before anything is inserted:
  // each table is then written once, with no updates. Claims' statements are 1..claims, then
  // counter-statements, then repetitions; one in ten speaks for an organization.
  await run(
    'statement texts (scratch)',
    `
    CREATE TEMP TABLE synthetic_statement_text ON COMMIT DROP AS
    SELECT s.n, s.id, composed.text, src.n AS source_n, src.id AS source_id, p.id AS person_id, o.id AS organization_id,
           COALESCE(sum(char_length(composed.text) + 2) OVER (PARTITION BY src.n ORDER BY s.n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS quote_start
      FROM synthetic_statement s
      CROSS JOIN LATERAL (SELECT ${pick(SUBJECTS, 's.n')} || ' ' || ${pick(VERBS, 's.n / 15')} || ' ' || ${pick(OBJECTS, 's.n / 180')} || ' in ' || ${pick(PLACES, 's.n / 7')} || '.' || ${pick(CODAS, 's.n / 11')} AS text) AS composed
      JOIN synthetic_person p ON p.n = ${scatter('s.n', 7919, size.people)}
      JOIN synthetic_org o ON o.n = ${scatter('s.n', 104729, size.organizations)}
      JOIN synthetic_source src ON src.n = ${scatter('s.n', 15485863, size.sources)}`,
  );
  await run(
    'sources',
    `
    INSERT INTO sources (id, kind, outlet, title, published_on, language, archive_text, archive_sha256, updated_at)
    SELECT src.id, 'news_article', CASE WHEN src.n % 12 = 0 THEN NULL ELSE ${pick(OUTLETS, 'src.n')} END,
           'Synthetic report ' || src.n, DATE '2000-01-01' + (src.n * 37 % 9500), 'en',
           archive.text, encode(sha256(convert_to(archive.text, 'UTF8')), 'hex'), now()
      FROM synthetic_source src
      JOIN (SELECT source_n, string_agg(text, E'\\n\\n' ORDER BY n) AS text FROM synthetic_statement_text GROUP BY source_n) AS archive
        ON archive.source_n = src.n`,
  );
  await run(
    'statements',
    `
    INSERT INTO statements (id, text, language, speaker_person_id, role_id, speaker_organization_id, attribution, said_on, source_id, quote_start, quote_end, updated_at)
    SELECT id, text, 'en',
           CASE WHEN n % 10 = 0 THEN NULL ELSE person_id END,
           CASE WHEN n % 10 = 0 THEN NULL ELSE person_id END,
           CASE WHEN n % 10 = 0 THEN organization_id END,
           CASE WHEN n % 10 = 0 THEN 'a spokesperson' END,
           DATE '2000-01-01' + (n * 53 % 9500),
           source_id, quote_start, quote_start + char_length(text), now()
      FROM synthetic_statement_text`,
  );
  await run(
    'topics',
    `
    INSERT INTO topics (id, slug, name, updated_at)
    SELECT id, 'synthetic-topic-' || n, ${pick(TOPICS, 'n')} || ' (' || n || ')', now() FROM synthetic_topic`,
  );
  // One claim in twenty is a draft, which readers must never see.
  await run(
    'claims',
    `
    INSERT INTO claims (id, slug, statement_id, summary, verdict, verdict_explanation, status, published_at, updated_at)
    SELECT c.id, 'synthetic-claim-' || c.n, st.id, left(st.text, 75),
           ${pick(['false', 'mostly_false', 'mixed', 'mostly_true', 'true', 'unrated'], 'c.n')}::verdict,
           'Synthetic verdict explanation for benchmarks.',
           CASE WHEN c.n % 20 = 0 THEN 'draft' ELSE 'published' END::publication_status,
           CASE WHEN c.n % 20 = 0 THEN NULL ELSE now() END, now()
      FROM synthetic_claim c JOIN synthetic_statement_text st ON st.n = c.n`,
  );
  await run(
    'claim topics',
    `
    INSERT INTO claim_topics (claim_id, topic_id)
    SELECT c.id, t.id FROM synthetic_claim c JOIN synthetic_topic t ON t.n IN (1 + c.n % ${size.topics}, 1 + (c.n * 7 + 3) % ${size.topics})
    ON CONFLICT DO NOTHING`,
  );
  // Four in five scattered over all claims; one in five on the hottest 1%, which so get hundreds,
  // as widely disputed claims do. One in fifty is a draft.
  const hotClaims = Math.max(1, Math.floor(size.claims / 100));
  await run(
    'rebuttals',
    `
    INSERT INTO rebuttals (id, claim_id, statement_id, stance, status, updated_at)
    SELECT gen_random_uuid(), c.id, s.id, ${pick(['contradicts', 'disputes', 'qualifies', 'supports'], 'r.n')}::stance,
           CASE WHEN r.n % 50 = 0 THEN 'draft' ELSE 'published' END::publication_status, now()
      FROM generate_series(1, ${size.counterStatements}) AS r(n)
      JOIN synthetic_claim c ON c.n = CASE WHEN r.n % 5 = 0 THEN ${scatter('r.n / 5', 2654435761, hotClaims)} ELSE ${scatter('r.n', 2654435761, size.claims)} END
      JOIN synthetic_statement s ON s.n = ${size.claims} + r.n`,
  );
  // Claims said again, each repetition its own statement (by whichever speaker the scatter gave it):
  // two in three scattered over all claims, one in three on the hottest 1%, which so get ten or so, as
  // a talking point does. One in fifty awaits review, which readers must never see counted.
  await run(
    'claim appearances',
    `
    INSERT INTO claim_appearances (id, claim_id, statement_id, status, updated_at)
    SELECT gen_random_uuid(), c.id, s.id,
           CASE WHEN a.n % 50 = 0 THEN 'submitted' ELSE 'published' END::publication_status, now()
      FROM generate_series(1, ${size.repetitions}) AS a(n)
      JOIN synthetic_claim c ON c.n = CASE WHEN a.n % 3 = 0 THEN ${scatter('a.n / 3', 40503, hotClaims)} ELSE ${scatter('a.n', 40503, size.claims)} END
      JOIN synthetic_statement s ON s.n = ${size.claims + size.counterStatements} + a.n`,
  );

  for (const { definition } of indexDefinitions) {
    const startedAt = performance.now();
    await tx.$executeRawUnsafe(definition);
    console.log(
      `  rebuilt ${definition.split(' ON ')[0]!.replace('CREATE INDEX ', '').padEnd(36)} ${((performance.now() - startedAt) / 1000).toFixed(1).padStart(6)} s`,
    );
  }
}

async function main(): Promise<number> {
  if (!isLocalDatabase()) {
    console.error('seed:synthetic writes a large corpus: it only runs against a database on this machine.');
    return 1;
  }
  if (await db.person.findFirst({ where: { slug: { startsWith: 'synthetic-' } }, select: { id: true } })) {
    console.error('This database already has a synthetic corpus; use a fresh database for another one.');
    return 1;
  }
  console.log(
    `seed:synthetic: ${Object.entries(size)
      .map(([name, count]) => `${count.toLocaleString('en')} ${name}`)
      .join(', ')}`,
  );
  const startedAt = performance.now();
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '512MB'`);
      await load(tx);
    },
    { timeout: 60 * 60 * 1000, maxWait: 60_000 },
  );
  // Fresh statistics, so the planner sees the corpus as it is now.
  await db.$executeRawUnsafe('ANALYZE');
  console.log(`seed:synthetic: done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  return 0;
}

const code = await main().catch((error: unknown) => {
  console.error('seed:synthetic failed, nothing was written:', error instanceof Error ? error.message : error);
  return 1;
});
await disconnectDb();
process.exit(code);
