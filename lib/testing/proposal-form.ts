import type { CounterStatementField } from '../validation/counter-statements';

/**
 * A complete counter-statement form as a browser sends it (every field a string, blanks empty),
 * naming a new speaker and quoting `quote` from a pasted source text. Test-only.
 */
export function proposalForm(marker: string): Record<CounterStatementField, string> {
  return {
    speakerKind: 'newPerson',
    personId: '',
    roleId: '',
    roleTitle: '',
    roleOrganizationId: '',
    newPersonName: `Speaker ${marker}`,
    newPersonDescription: '',
    organizationId: '',
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
    stance: 'CONTRADICTS',
    note: '',
    unverifiedReason: '',
  };
}
