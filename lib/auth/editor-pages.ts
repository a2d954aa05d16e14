import type { Permission } from './permissions';

// Every editor page and what it asks of the visitor, for proxy.ts. With Cache Components a page's
// response has begun, with status 200, before the page's own guard runs (Next.js sends the page's
// shell first), so the answers with a status of their own, 307 to sign in and 403, are given by the
// proxy before rendering. Each page still calls requirePermission or requireSignedIn with the same
// need (lib/auth/editor-pages.test.ts checks that they agree), and the DAL checks every read and write.

export type PageNeed = Permission | 'signedIn';

const SEGMENT = '[^/]+';

const EDITOR_PAGES: readonly [pattern: string, need: PageNeed][] = [
  ['/account/password', 'signedIn'],
  ['/account/two-factor', 'signedIn'],
  ['/account/submissions', 'signedIn'],
  [`/account/submissions/${SEGMENT}`, 'signedIn'],
  ['/admin/audit', 'audit.read'],
  ['/admin/users', 'user.manage'],
  ['/review', 'review.decide'],
  ['/claims/new', 'claim.propose'],
  ['/intake', 'counterStatement.propose'],
  [`/claims/${SEGMENT}/edit`, 'claim.publish'],
  [`/claims/${SEGMENT}/counter-statements/new`, 'counterStatement.propose'],
  [`/claims/${SEGMENT}/counter-statements/${SEGMENT}/edit`, 'counterStatement.edit'],
  [`/claims/${SEGMENT}/repetitions/new`, 'claim.publish'],
  ['/organizations/new', 'organization.edit'],
  [`/organizations/${SEGMENT}/edit`, 'organization.edit'],
  ['/people/new', 'person.edit'],
  [`/people/${SEGMENT}/edit`, 'person.edit'],
  [`/sources/${SEGMENT}/edit`, 'source.edit'],
  [`/statements/${SEGMENT}/edit`, 'statement.edit'],
];

const MATCHERS = EDITOR_PAGES.map(([pattern, need]) => ({ regex: new RegExp(`^${pattern}/?$`), need }));

/** What the editor page at `pathname` asks of its visitor, or null for any other path. */
export function editorPageNeed(pathname: string): PageNeed | null {
  return MATCHERS.find(({ regex }) => regex.test(pathname))?.need ?? null;
}
