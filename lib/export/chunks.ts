import { stringify } from 'csv-stringify/sync';
import type { ExportedClaim } from '../dal/export';
import type { StatementView } from '../dal/statement-view';
import { buildClaimReview } from '../domain/claim-review';
import { urlSpelling } from '../domain/url-spelling';
import type { ExportRecord } from '../validation/export-records';
import { counterStatementAnchor, routes } from '../routes';

// The three export formats as streams of text chunks, built from streams of rows: nothing holds
// more than one row (JSON Lines) or one claim (CSV, ClaimReview) at a time. No I/O here: the CLI
// writes the chunks to a file, the download route to the response.

/** JSON Lines: one record per line. */
export async function* jsonlChunks(records: AsyncIterable<ExportRecord>): AsyncGenerator<string> {
  for await (const record of records) yield `${JSON.stringify(record)}\n`;
}

/** The CSV's columns: one row per counter-statement, the claim's columns repeated on each. */
export const CSV_COLUMNS = [
  'claim_slug',
  'claim_url',
  'claim_summary',
  'verdict',
  'claimed_on',
  'topics',
  'claimant',
  'claimant_role',
  'claim_quote',
  'claim_language',
  'claim_translation',
  'claim_verified',
  'claim_source_title',
  'claim_source_outlet',
  'claim_source_published_on',
  'claim_source_url',
  'claim_source_archive_url',
  'times_said',
  'first_said_on',
  'last_said_on',
  'rebuttal_id',
  'rebuttal_url',
  'stance',
  'rebuttal_note',
  'rebuttal_speaker',
  'rebuttal_role',
  'rebuttal_organization',
  'rebuttal_country',
  'rebuttal_said_on',
  'rebuttal_quote',
  'rebuttal_language',
  'rebuttal_translation',
  'rebuttal_verified',
  'rebuttal_source_title',
  'rebuttal_source_outlet',
  'rebuttal_source_published_on',
  'rebuttal_source_url',
  'rebuttal_source_archive_url',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

const sourceCells = (statement: StatementView, siteUrl: string) => ({
  title: statement.source.title ?? '',
  outlet: statement.source.outlet ?? '',
  publishedOn: statement.source.publishedOn?.iso ?? '',
  url: statement.source.url ?? '',
  archiveUrl: `${siteUrl}${routes.source(statement.source.id)}`,
});

/** A claim's CSV rows: one per counter-statement, or one with empty counter-statement cells when it has none. */
export function claimCsvRows(claim: ExportedClaim, siteUrl: string): CsvRow[] {
  const claimUrl = `${siteUrl}${routes.claim(claim.slug)}`;
  const source = sourceCells(claim.claim, siteUrl);
  const claimCells = {
    claim_slug: claim.slug,
    claim_url: claimUrl,
    claim_summary: claim.summary,
    verdict: urlSpelling(claim.verdict),
    claimed_on: claim.claimedOn,
    topics: claim.topics.join(' '),
    claimant: claim.claim.speakerName,
    claimant_role: claim.claim.speakerRole ?? '',
    claim_quote: claim.claim.text,
    claim_language: claim.claim.language,
    claim_translation: claim.claim.translation ?? '',
    claim_verified: String(claim.claim.verified),
    claim_source_title: source.title,
    claim_source_outlet: source.outlet,
    claim_source_published_on: source.publishedOn,
    claim_source_url: source.url,
    claim_source_archive_url: source.archiveUrl,
    // How often and over what span the claim was made: each repetition is on the claim's page and in the ClaimReview JSON.
    times_said: String(claim.appearances.count),
    first_said_on: claim.appearances.first?.iso ?? '',
    last_said_on: claim.appearances.last?.iso ?? '',
  };
  const counterStatementRows = claim.counterStatements.map(({ id, stance, note, statement }) => {
    const answerSource = sourceCells(statement, siteUrl);
    return {
      ...claimCells,
      rebuttal_id: id,
      rebuttal_url: `${claimUrl}#${counterStatementAnchor(id)}`,
      stance: urlSpelling(stance),
      rebuttal_note: note ?? '',
      rebuttal_speaker: statement.speakerName,
      rebuttal_role: statement.speakerRole ?? '',
      rebuttal_organization: statement.organization?.name ?? '',
      rebuttal_country: statement.organization?.countryCode ?? '',
      rebuttal_said_on: statement.saidOn?.iso ?? '',
      rebuttal_quote: statement.text,
      rebuttal_language: statement.language,
      rebuttal_translation: statement.translation ?? '',
      rebuttal_verified: String(statement.verified),
      rebuttal_source_title: answerSource.title,
      rebuttal_source_outlet: answerSource.outlet,
      rebuttal_source_published_on: answerSource.publishedOn,
      rebuttal_source_url: answerSource.url,
      rebuttal_source_archive_url: answerSource.archiveUrl,
    };
  });
  if (counterStatementRows.length > 0) return counterStatementRows;
  const emptyCounterStatement = Object.fromEntries(
    CSV_COLUMNS.filter((column) => !(column in claimCells)).map((column) => [column, '']),
  );
  return [{ ...emptyCounterStatement, ...claimCells } as CsvRow];
}

// RFC 4180: CRLF between records, fields with commas, quotes or line breaks quoted, quotes doubled.
// Quotes and names are anyone's words: a cell starting with =, +, -, @, a tab or a carriage return
// gets a leading ' (OWASP's advice against CSV injection), so a spreadsheet shows it as text
// rather than running it as a formula.
const CSV_OPTIONS = { columns: [...CSV_COLUMNS], record_delimiter: 'windows', escape_formulas: true } as const;

/** CSV with a header row, a claim at a time. */
export async function* csvChunks(claims: AsyncIterable<ExportedClaim>, siteUrl: string): AsyncGenerator<string> {
  yield stringify([], { ...CSV_OPTIONS, header: true });
  for await (const claim of claims) yield stringify(claimCsvRows(claim, siteUrl), CSV_OPTIONS);
}

/** A JSON array of schema.org ClaimReview objects, one claim at a time. */
export async function* claimReviewChunks(
  claims: AsyncIterable<ExportedClaim>,
  siteUrl: string,
): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const claim of claims) {
    const review = buildClaimReview({ siteUrl, ...claim });
    yield `${first ? '\n' : ',\n'}${JSON.stringify(review)}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}
