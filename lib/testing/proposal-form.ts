import type { ClaimAppearanceField } from '../validation/claim-appearances';
import type { ClaimProposalField } from '../validation/claim-proposal';
import type { CounterStatementField } from '../validation/counter-statements';
import type { QuotedStatementField } from '../validation/quoted-statement';

/**
 * The quoted statement of a proposal form as a browser sends it (every field a string, blanks
 * empty), naming a new speaker and quoting from a pasted source text unique to `marker`. Test-only.
 */
function quotedStatementForm(marker: string): Record<QuotedStatementField, string> {
  return {
    speakerKind: 'newPerson',
    personId: '',
    roleId: '',
    roleTitle: '',
    roleOrganizationId: '',
    newPersonName: `Speaker ${marker}`,
    newPersonDescription: '',
    organizationId: '',
    newOrganizationName: '',
    newOrganizationKind: '',
    newOrganizationCountryCode: '',
    sourceChoice: 'new',
    sourceId: '',
    sourceKind: 'NEWS_ARTICLE',
    sourceOutlet: 'Example Times',
    sourceTitle: 'A headline',
    sourceUrl: 'https://example.org/a',
    sourcePublishedOn: '2024-05-01',
    sourceLanguage: 'en',
    sourceText: `Archive ${marker}. She said: \u201cwe  will not\nsign it\u201d, and left.`,
    quote: '"we will not sign it"',
    quoteLanguage: 'en',
    translation: '',
    saidOn: '',
    saidOnPrecision: '',
    unverifiedReason: '',
  };
}

/** A complete counter-statement form (see quotedStatementForm). Test-only. */
export function proposalForm(marker: string): Record<CounterStatementField, string> {
  return { ...quotedStatementForm(marker), stance: 'CONTRADICTS', note: '' };
}

/** A complete new-claim form (see quotedStatementForm), topics apart as the browser sends them. Test-only. */
export function claimProposalForm(
  marker: string,
): Omit<Record<ClaimProposalField, string>, 'topics'> & { topics: string[] } {
  return {
    ...quotedStatementForm(marker),
    summary: 'She will not sign the treaty',
    verdict: 'MOSTLY_FALSE',
    verdictExplanation: 'She signed it a week later.',
    topics: [],
  };
}

/** A complete repetition form (see quotedStatementForm). Test-only. */
export function repetitionForm(marker: string): Record<ClaimAppearanceField, string> {
  return quotedStatementForm(marker);
}
