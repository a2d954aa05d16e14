import { affiliationOf, type Affiliation } from './affiliation';

// "Who answered whom": claimants (rows) against who answered them (columns), each cell the number
// of published counter-statements. Columns are affiliations, as on a claim page: a country when
// the answering organization has one, else the organization. The database sends one row per
// (claimant, answerer) pair of the shown ones, with zeros, and this shapes them into a table.

export type AnswerPairRow = {
  claimantSlug: string;
  claimantName: string;
  claimantTotal: number;
  /** Set when the answerer is a country; else the organization's slug and name are. */
  answererCountryCode: string | null;
  answererOrganizationSlug: string | null;
  answererOrganizationName: string | null;
  answererTotal: number;
  answers: number;
};

export type MatrixAnswerer = Affiliation & { organizationSlug: string | null; total: number };
export type MatrixClaimant = {
  slug: string;
  name: string;
  total: number;
  /** one per answerer, in the answerers' order */ cells: number[];
};
export type AnswerMatrix = { claimants: MatrixClaimant[]; answerers: MatrixAnswerer[] };

const byTotalThenLabel =
  <T extends { total: number }>(label: (item: T) => string) =>
  (a: T, b: T) =>
    b.total - a.total || label(a).localeCompare(label(b));

export function buildAnswerMatrix(rows: readonly AnswerPairRow[]): AnswerMatrix {
  const answerers = new Map<string, MatrixAnswerer>();
  const claimants = new Map<string, { slug: string; name: string; total: number; answers: Map<string, number> }>();
  for (const row of rows) {
    const affiliation = affiliationOf(
      row.answererCountryCode
        ? { slug: '', name: '', countryCode: row.answererCountryCode } // a country column: its organizations do not matter
        : { slug: row.answererOrganizationSlug ?? '', name: row.answererOrganizationName ?? '', countryCode: null },
    );
    if (!answerers.has(affiliation.key)) {
      answerers.set(affiliation.key, {
        ...affiliation,
        organizationSlug: row.answererCountryCode ? null : row.answererOrganizationSlug,
        total: row.answererTotal,
      });
    }
    const claimant = claimants.get(row.claimantSlug) ?? {
      slug: row.claimantSlug,
      name: row.claimantName,
      total: row.claimantTotal,
      answers: new Map(),
    };
    claimant.answers.set(affiliation.key, (claimant.answers.get(affiliation.key) ?? 0) + row.answers);
    claimants.set(row.claimantSlug, claimant);
  }
  const columns = [...answerers.values()].sort(byTotalThenLabel((answerer) => answerer.label));
  return {
    answerers: columns,
    claimants: [...claimants.values()]
      .sort(byTotalThenLabel((claimant) => claimant.name))
      .map(({ answers, ...claimant }) => ({
        ...claimant,
        cells: columns.map((column) => answers.get(column.key) ?? 0),
      })),
  };
}
