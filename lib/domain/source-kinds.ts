import type { SourceKind } from '../generated/prisma/enums';

/** The kinds of source an editor can choose, in the order the form lists them. */
export const SOURCE_KINDS: readonly { kind: SourceKind; label: string }[] = [
  { kind: 'NEWS_ARTICLE', label: 'News article' },
  { kind: 'OFFICIAL_STATEMENT', label: 'Official statement' },
  { kind: 'TRANSCRIPT', label: 'Transcript' },
  { kind: 'SOCIAL_MEDIA_POST', label: 'Social media post' },
];
