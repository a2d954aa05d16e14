import 'server-only';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { sha256Hex } from '../domain/archive';
import { claimMatcher, claimSearchWords, type ClaimOnRecord } from '../domain/intake/claim-match';
import { extractQuotes } from '../domain/intake/extract';
import { organizationNamed } from '../domain/intake/organization-name';
import { paragraphsOf } from '../domain/intake/quote-spans';
import type { SaidOn } from '../domain/intake/said-on';
import { slugify } from '../domain/slug';
import { AppError, FieldError, NotFoundError } from '../errors';
import type { PublicationStatus, Stance } from '../generated/prisma/enums';
import type { ArticleInput, CandidateInput } from '../validation/intake';
import { bringsNewOrganization, NEW_ROLE, type QuotedStatementInput } from '../validation/quoted-statement';
import { writeClaimAppearance } from './claim-appearances';
import { writeClaimProposal } from './claim-proposals';
import { writeCounterStatement } from './counter-statements';
import {
  findProposableSource,
  listProposableRoles,
  lookUpOrganizations,
  lookUpPeople,
  type LookupOption,
} from './proposal-lookups';
import { publishedClaim } from './published';
import { rankClaimsForQuery } from './search';
import { assertMayQuote, createSource, proposalWriteError, type ResolvedArchive } from './quoted-statements';
import type { RequestMetadata } from './sessions';
import type { CacheTag } from '../cache/tags';

// Article intake (issue 14): a pasted news article's candidate quotes, each with its speaker
// matched to the people, roles and organizations on record and the claims on record it may answer
// (readArticle, which saves nothing); then the quotes the editor accepted, all written in one
// transaction through the same writers as hand-made proposals (acceptIntake), citing the article
// as one source, found on record by its SHA-256 when the same text was pasted before.

/** The claims the search finds for one paragraph that the matcher ranks: the best by the search's own rank. */
const CLAIMS_PER_PASSAGE = 50;
/** The claims suggested for one quote. */
const SUGGESTIONS_SHOWN = 3;

export type IntakeCandidate = {
  quote: string;
  start: number;
  end: number;
  /** Who said it, as the article gives them. */
  speaker: { name: string | null; role: string | null } | null;
  saidOn: SaidOn | null;
  /** The person on record of that name, if any; else the speaker is proposed as new. */
  person: LookupOption | null;
  /** Their role on record that the article's words for it name, if any. */
  role: LookupOption | null;
  /** The organization the article's role names ("a UK Government spokesperson"), if on record. */
  organization: LookupOption | null;
  /** Else the name of the organization those words name, to propose as a new one ("UK Government"). */
  newOrganizationName: string | null;
  /** Claims on record it may answer, best first, with the stance it seems to take. */
  suggestions: { slug: string; summary: string; speaker: string; stance: Stance }[];
  /**
   * The claim on record this quote is (its speaker, its words), if any; `saidAgain` when this
   * article is another source than the claim's own, so that the quote may be recorded as a
   * repetition of it.
   */
  isClaim: { slug: string; summary: string; saidAgain: boolean } | null;
};

export type ArticleReading = {
  candidates: IntakeCandidate[];
  /** The source on record with this exact text: accepted quotes cite it rather than a copy. */
  sourceOnRecord: { id: string; title: string } | null;
};

// Accents and case aside: "Erdogan" in an article is "Erdoğan" on record.
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The person on record of `name`, tried whole and then by surname (an article may drop a middle name or an accent). */
async function matchPerson(name: string, actor: Actor): Promise<LookupOption | null> {
  const surname = name.split(/\s+/).at(-1)!;
  for (const query of [name, surname]) {
    const people = await lookUpPeople(query, actor);
    const exact = people.find((person) => folded(person.label) === folded(name));
    const sameEnds = people.find((person) => {
      const [first, last] = [folded(person.label).split(/\s+/), folded(name).split(/\s+/)];
      return first[0] === last[0] && first.at(-1) === last.at(-1);
    });
    if (exact ?? sameEnds) return (exact ?? sameEnds)!;
  }
  return null;
}

/** The organization a role's words name ("UK Government spokesperson", "France's defence minister"), if on record. */
async function matchOrganization(role: string, actor: Actor): Promise<LookupOption | null> {
  const words = role
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/[’']s\b/g, '')
    .split(/\s+/);
  // The role's leading words, longest first ("UK Government spokesperson", "UK Government"), then each capitalized word.
  const queries = [
    ...words.map((_, end) => words.slice(0, words.length - end).join(' ')).slice(0, 3),
    ...words.filter((word) => /^\p{Lu}/u.test(word)),
  ];
  for (const query of new Set(queries)) {
    const [first] = await lookUpOrganizations(query, actor);
    if (first) return first;
  }
  return null;
}

/** The role of `personId` whose title shares a word with the article's words for it. */
async function matchRole(personId: string, role: string, actor: Actor): Promise<LookupOption | null> {
  const words = new Set(folded(role).match(/\p{L}{4,}/gu) ?? []);
  const roles = await listProposableRoles(personId, actor);
  return roles.find((option) => (folded(option.label).match(/\p{L}{4,}/gu) ?? []).some((w) => words.has(w))) ?? null;
}

/**
 * The published claims the passages (the paragraphs that hold quotes) may answer: those the
 * search finds by each passage's words, any of them matching, the best CLAIMS_PER_PASSAGE of
 * each, for the pure matcher to rank. The search's indexes do the finding, so the record's size
 * does not matter; identical passages are searched once.
 */
async function claimsForPassages(passages: Iterable<string>): Promise<(ClaimOnRecord & { sourceId: string })[]> {
  // "or" joins the words as the search's query syntax does (websearch_to_tsquery); each is stemmed there.
  const queries = new Set([...passages].map((text) => claimSearchWords(text).join(' or ')).filter(Boolean));
  const found = await Promise.all([...queries].map((query) => rankClaimsForQuery(query, { correctSpelling: false })));
  const ids = new Set(found.flatMap((ranked) => ranked.slice(0, CLAIMS_PER_PASSAGE).map(({ claimId }) => claimId)));
  const claims = await db.claim.findMany({
    where: { id: { in: [...ids] }, ...publishedClaim },
    select: {
      slug: true,
      summary: true,
      statement: {
        select: {
          text: true,
          sourceId: true,
          speakerPerson: { select: { name: true } },
          speakerOrganization: { select: { name: true } },
        },
      },
      topics: { select: { topic: { select: { name: true } } } },
    },
  });
  return claims.map((claim) => ({
    slug: claim.slug,
    summary: claim.summary,
    quote: claim.statement.text,
    sourceId: claim.statement.sourceId,
    speaker: claim.statement.speakerPerson?.name ?? claim.statement.speakerOrganization?.name ?? '',
    topics: claim.topics.map(({ topic }) => topic.name),
  }));
}

/**
 * The article's candidate quotes in the order of the text, matched to the record. Saves nothing.
 */
export async function readArticle(article: ArticleInput, actor: Actor | null): Promise<ArticleReading> {
  assertCan(actor, 'counterStatement.propose');
  const text = article.articleText;
  const found = extractQuotes(text, article.articlePublishedOn ?? null);
  const paragraphs = paragraphsOf(text);
  const [claims, onRecord] = await Promise.all([
    claimsForPassages(found.map((span) => paragraphs[span.paragraph]?.text ?? span.text)),
    db.source.findUnique({ where: { archiveSha256: sha256Hex(text) }, select: { id: true } }),
  ]);
  const bySlug = new Map(claims.map((claim) => [claim.slug, claim]));
  const match = claimMatcher(claims, text);

  // Each name and role the article gives is looked up once, all at the same time: an article
  // of hundreds of quotes has a few dozen speakers at most.
  const lookUpEach = async (keys: Iterable<string>, look: (key: string) => Promise<LookupOption | null>) => {
    const unique = [...new Set(keys)];
    const found = await Promise.all(unique.map(look));
    return new Map(unique.map((key, index) => [key, found[index] ?? null]));
  };
  const speakers = found.map((span) => span.speaker ?? { name: null, role: null });
  const people = await lookUpEach(
    speakers.flatMap(({ name }) => (name ? [name] : [])),
    (name) => matchPerson(name, actor),
  );
  const personOf = (name: string | null) => (name ? (people.get(name) ?? null) : null);
  const roleKey = (personId: string, role: string) => `${personId} ${role}`;
  const [organizations, roles] = await Promise.all([
    lookUpEach(
      speakers.flatMap(({ name, role }) => (role && !personOf(name) ? [role] : [])),
      (role) => matchOrganization(role, actor),
    ),
    lookUpEach(
      speakers.flatMap(({ name, role }) => {
        const person = personOf(name);
        return person && role ? [roleKey(person.id, role)] : [];
      }),
      (key) => matchRole(key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1), actor),
    ),
  ]);

  const candidates: IntakeCandidate[] = [];
  for (const span of found) {
    const { name, role } = span.speaker ?? { name: null, role: null };
    const person = personOf(name);
    const organization = role && !person ? (organizations.get(role) ?? null) : null;
    const personRole = person && role ? (roles.get(roleKey(person.id, role)) ?? null) : null;
    const suggestions = match({
      quote: span.text,
      context: paragraphs[span.paragraph]?.text ?? span.text,
      speaker: person?.label ?? name,
    });
    const itself = suggestions.find((suggestion) => suggestion.isTheClaim);
    candidates.push({
      quote: span.text,
      start: span.start,
      end: span.end,
      speaker: span.speaker,
      saidOn: span.saidOn,
      person,
      role: personRole,
      organization,
      newOrganizationName: !name && role && !organization ? organizationNamed(role) : null,
      suggestions: suggestions
        .filter((suggestion) => !suggestion.isTheClaim)
        .slice(0, SUGGESTIONS_SHOWN)
        .map(({ slug, stance }) => ({
          slug,
          stance,
          summary: bySlug.get(slug)!.summary,
          speaker: bySlug.get(slug)!.speaker,
        })),
      isClaim: itself
        ? {
            slug: itself.slug,
            summary: bySlug.get(itself.slug)!.summary,
            saidAgain: bySlug.get(itself.slug)!.sourceId !== onRecord?.id,
          }
        : null,
    });
  }
  // Named only if the actor may cite it: another contributor's pending source is not theirs to see.
  const source = onRecord ? await findProposableSource(db, onRecord.id, actor) : null;
  return { candidates, sourceOnRecord: source && { id: source.id, title: source.label } };
}

export type AcceptedCandidate = { index: number; input: CandidateInput };

export type IntakeResult = {
  sourceId: string;
  /** What each accepted quote became, in the order of the text. */
  written: {
    index: number;
    kind: 'counterStatement' | 'claim' | 'repetition';
    /** The counter-statement's, the new claim's or the claim appearance's id. */
    id: string;
    /** The claim it answers or repeats, or the new claim's own. */
    claimSlug: string;
    status: PublicationStatus;
  }[];
  /** The cache tags of what readers see that these writes changed: the caller expires them. */
  invalidates: CacheTag[];
};

/** The quoted statement a candidate's fields describe, citing the article's source. */
const quotedStatementOf = (input: CandidateInput, article: ArticleInput, sourceId: string): QuotedStatementInput => ({
  ...input,
  sourceChoice: 'existing',
  sourceId,
  quoteLanguage: article.articleLanguage,
});

/** A refusal about candidate `index`'s field, placed next to that candidate's field in the form. */
function candidateError(index: number, error: unknown): unknown {
  if (error instanceof FieldError)
    return new FieldError(`c${index}.${error.field}`, error.code, `Quote ${index + 1}: ${error.message}`);
  if (error instanceof NotFoundError)
    return new FieldError(`c${index}.claimSlug`, 'not_found', `Quote ${index + 1}: ${error.message}`);
  return error;
}

/** The article's source: the one on record with this exact text (if the actor may cite it), else a new one. */
async function resolveArticleSource(
  tx: Transaction,
  article: ArticleInput,
  status: PublicationStatus,
  actor: Actor,
): Promise<ResolvedArchive & { sourceId: string }> {
  const text = article.articleText;
  const onRecord = await tx.source.findUnique({ where: { archiveSha256: sha256Hex(text) }, select: { id: true } });
  if (onRecord) {
    const source = await findProposableSource(tx, onRecord.id, actor);
    if (!source)
      throw new FieldError(
        'articleText',
        'conflict',
        "This exact text is archived already as a source that awaits someone else's review.",
      );
    return { sourceId: source.id, archiveText: source.archiveText };
  }
  assertCan(actor, 'source.create');
  const sourceId = await createSource(
    tx,
    {
      kind: 'NEWS_ARTICLE',
      outlet: article.articleOutlet ?? null,
      title: article.articleTitle ?? null,
      url: article.articleUrl ?? null,
      publishedOn: article.articlePublishedOn ?? null,
      language: article.articleLanguage,
      text,
    },
    status,
    actor,
  );
  return { sourceId, archiveText: text };
}

/**
 * Writes the accepted quotes of one article in one transaction, each through the writer of a
 * hand-made proposal (the verbatim check, history and review rules are theirs): an answer to a
 * claim on record, a new claim, or (editors only) a repetition of a claim on record. A
 * contributor's wait for review; an editor's are published.
 * A new person, role or organization named by several quotes is written once, with the first.
 */
export async function acceptIntake(
  { article, candidates }: { article: ArticleInput; candidates: AcceptedCandidate[] },
  actor: Actor | null,
  request: RequestMetadata,
): Promise<IntakeResult> {
  assertCan(actor, 'counterStatement.propose');
  for (const { index, input } of candidates) {
    if (input.answer.kind === 'claim') assertCan(actor, 'claim.propose');
    // Repetitions have no review step: a contributor's is refused next to the quote's choice, before anything is written.
    if (input.answer.kind === 'repetition' && !can(actor, 'claim.publish'))
      throw candidateError(
        index,
        new FieldError(
          'target',
          'forbidden',
          'Only editors record repetitions: accept it as an answer, or tell an editor.',
        ),
      );
    assertMayQuote({ ...input, sourceChoice: 'existing' }, actor);
  }
  const statusOf = (kind: CandidateInput['answer']['kind']): PublicationStatus =>
    kind === 'repetition' || can(actor, kind === 'claim' ? 'claim.publish' : 'counterStatement.publish')
      ? 'PUBLISHED'
      : 'SUBMITTED';
  try {
    return await db.$transaction(async (tx) => {
      const archive = await resolveArticleSource(tx, article, statusOf('counterStatement'), actor);
      const newRows: NewRows = { people: new Map(), roles: new Map(), organizations: new Map() };
      const written: IntakeResult['written'] = [];
      const invalidates = new Set<CacheTag>();
      for (const { index, input: candidate } of candidates) {
        const input = reuseNewRows(quotedStatementOf(candidate, article, archive.sourceId), newRows);
        const { answer } = candidate;
        const status = statusOf(answer.kind);
        try {
          const writes = { actor, status, request };
          const result =
            answer.kind === 'counterStatement'
              ? await writeCounterStatement(
                  tx,
                  { claimSlug: answer.claimSlug, input: { ...input, ...answer }, archive },
                  writes,
                ).then((written) => ({ ...written, id: written.counterStatementId, claimSlug: answer.claimSlug }))
              : answer.kind === 'repetition'
                ? await writeClaimAppearance(tx, { claimSlug: answer.claimSlug, input, archive }, writes).then(
                    (written) => ({ ...written, id: written.claimAppearanceId, status }),
                  )
                : await writeClaimProposal(tx, { input: { ...input, ...answer }, archive }, writes).then((written) => ({
                    ...written,
                    id: written.claimId,
                    claimSlug: written.slug,
                  }));
          const { id, claimSlug } = result;
          written.push({ index, kind: answer.kind, id, claimSlug, status: result.status });
          result.invalidates.forEach((tag) => invalidates.add(tag));
          await rememberNewRows(tx, { answer: answer.kind, id, input }, newRows);
        } catch (error) {
          throw candidateError(index, error);
        }
      }
      return { sourceId: archive.sourceId, written, invalidates: [...invalidates] };
    });
  } catch (error) {
    throw error instanceof AppError ? error : proposalWriteError(error);
  }
}

/** The people, roles and organizations an earlier quote of the batch brought as new, by what names them. */
type NewRows = {
  people: Map<string, string>; // slug of a new person's name -> their id
  roles: Map<string, string>; // person id and role title -> the new role's id
  organizations: Map<string, string>; // slug of a new organization's name -> its id
};

/** A candidate naming a person, role or organization an earlier quote of the batch brought as new names that one instead. */
function reuseNewRows(input: QuotedStatementInput, rows: NewRows): QuotedStatementInput {
  let next = input;
  const organizationId = bringsNewOrganization(input)
    ? rows.organizations.get(slugify(input.newOrganizationName ?? ''))
    : undefined;
  if (organizationId)
    next =
      input.speakerKind === 'newOrganization'
        ? { ...next, speakerKind: 'organization', organizationId }
        : { ...next, roleOrganizationId: organizationId };
  const personId = next.speakerKind === 'newPerson' ? rows.people.get(slugify(next.newPersonName ?? '')) : undefined;
  if (personId) next = { ...next, speakerKind: 'person', personId, roleId: next.roleTitle ? NEW_ROLE : undefined };
  if (next.speakerKind === 'person' && next.roleId === NEW_ROLE && next.roleTitle) {
    const roleId = rows.roles.get(`${next.personId} ${next.roleTitle}`);
    if (roleId) next = { ...next, roleId };
  }
  return next;
}

async function rememberNewRows(
  tx: Transaction,
  { answer, id, input }: { answer: CandidateInput['answer']['kind']; id: string; input: QuotedStatementInput },
  rows: NewRows,
) {
  const select = {
    statement: {
      select: {
        speakerPersonId: true,
        speakerOrganizationId: true,
        roleId: true,
        role: { select: { organizationId: true } },
      },
    },
  };
  const { statement } =
    answer === 'claim'
      ? await tx.claim.findUniqueOrThrow({ where: { id }, select })
      : answer === 'repetition'
        ? await tx.claimAppearance.findUniqueOrThrow({ where: { id }, select })
        : await tx.counterStatement.findUniqueOrThrow({ where: { id }, select });
  const organizationId = statement.speakerOrganizationId ?? statement.role?.organizationId;
  if (bringsNewOrganization(input) && organizationId)
    rows.organizations.set(slugify(input.newOrganizationName ?? ''), organizationId);
  if (!statement.speakerPersonId) return;
  if (input.speakerKind === 'newPerson') rows.people.set(slugify(input.newPersonName ?? ''), statement.speakerPersonId);
  const broughtRole = input.speakerKind === 'newPerson' || input.roleId === NEW_ROLE;
  if (broughtRole && input.roleTitle && statement.roleId)
    rows.roles.set(`${statement.speakerPersonId} ${input.roleTitle}`, statement.roleId);
}
