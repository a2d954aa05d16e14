import { z } from 'zod';
import { OrganizationKind, SourceKind, Stance, Verdict } from '../generated/prisma/enums';
import { decodeCursor } from '../domain/cursor';
import { urlSpellings } from '../domain/url-spelling';
import { AS_OF_DESCRIPTION, asOfDay } from './as-of';
import { claimFilterParams } from './claim-filters';
import { claimKeysetCursor, nameCursor, relevanceCursor } from './cursors';
import { idSegment, slugSegment } from './url-segments';

// The public API's parameters and responses, defined once: the route handlers parse requests with
// these schemas, the serializers (lib/api/serialize.ts) are typed by them, and the OpenAPI document
// (lib/api/openapi.ts) is generated from them. `.meta({ id })` makes a schema a named component.
//
// Field and component names here are a published contract: clients parse them. The code calls the
// record a counter-statement, but the API keeps the names it was published with (`rebuttals`,
// `rebuttalCount`, `rebuttalId`, the `Rebuttal` component), as the export keeps its `rebuttal`
// record type and `rebuttal_*` CSV columns and claim pages their `#rebuttal-` anchors.

// --- Parameters -------------------------------------------------------------------------------

/**
 * A page cursor as the API takes it: one that this list hands out, holding what its schema allows.
 * The DAL treats a cursor it cannot read as "first page", which on a web page is harmless; an API
 * client looping on `next` would then loop forever, so here a cursor that is not one of ours is refused.
 */
const cursorParamOf = (content: z.ZodType) =>
  claimFilterParams.cursor
    .min(1)
    .refine((cursor) => decodeCursor(cursor, content) !== undefined, 'is not a cursor this API handed out')
    .meta({ description: "Where the page starts: copy it from the previous page's `links.next`." });

/** Query of GET /claims: the filters of the /claims page, strictly, plus the cursor. */
export const claimListQuery = z.strictObject({
  ...Object.fromEntries(Object.entries(claimFilterParams).map(([name, schema]) => [name, schema.optional()])),
  cursor: cursorParamOf(z.union([claimKeysetCursor, relevanceCursor])).optional(),
} as { [K in keyof typeof claimFilterParams]: z.ZodOptional<(typeof claimFilterParams)[K]> });

/** Query of the other paged lists (people, organizations, topics, alphabetical): only the cursor. */
export const pageQuery = z.strictObject({ cursor: cursorParamOf(nameCursor).optional() });

/** Query of a single resource: no parameters. */
export const noQuery = z.strictObject({});

/** A claim's query: none for today's record, or the day of an earlier one (lib/validation/as-of.ts). */
export const claimQuery = z.strictObject({ asOf: asOfDay.optional().meta({ description: AS_OF_DESCRIPTION }) });

export const slugPath = z.object({
  slug: slugSegment.meta({ description: "The resource's slug, as in its URL." }),
});
export const sourceIdPath = z.object({ id: idSegment.meta({ description: "The source's id." }) });

// --- Responses --------------------------------------------------------------------------------

const apiUrl = z.url().meta({ description: 'This resource in the API.' });
const htmlUrl = z.url().meta({ description: "This resource's page on the site." });
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ description: 'A calendar date as precise as it is known: YYYY-MM-DD, YYYY-MM or YYYY.' });
const isoDay = z.iso.date();
const timestamp = z.iso.datetime();

export const verdictValue = z.enum(urlSpellings(Verdict)).meta({ id: 'Verdict' });
export const stanceValue = z.enum(urlSpellings(Stance)).meta({ id: 'Stance' });
const sourceKindValue = z.enum(urlSpellings(SourceKind));
const organizationKindValue = z.enum(urlSpellings(OrganizationKind));

const country = z.object({ code: z.string().length(2), name: z.string() }).meta({ id: 'Country' });
const organizationRef = z
  .object({ slug: z.string(), name: z.string(), countryCode: z.string().length(2).nullable(), url: apiUrl, htmlUrl })
  .meta({ id: 'OrganizationRef' });

export const sourceRefSchema = z
  .object({
    id: z.uuid(),
    url: apiUrl,
    htmlUrl: htmlUrl.meta({ description: 'Our archived copy of the source, with its quotes highlighted.' }),
    kind: sourceKindValue,
    outlet: z
      .string()
      .nullable()
      .meta({ description: 'null when the source does not name its outlet: unknown, never guessed.' }),
    title: z.string().nullable(),
    originalUrl: z.url().nullable().meta({ description: 'Where the source was published, when known.' }),
    publishedOn: isoDay.nullable(),
  })
  .meta({ id: 'SourceRef' });

export const statementSchema = z
  .object({
    id: z.uuid(),
    text: z.string().meta({ description: 'The verbatim quote.' }),
    language: z.string().meta({ description: 'BCP 47 language tag of the quote.' }),
    translation: z.string().nullable(),
    speaker: z.object({
      kind: z.enum(['person', 'organization']),
      name: z.string(),
      url: apiUrl.nullable(),
      htmlUrl: htmlUrl.nullable(),
      title: z.string().nullable().meta({ description: "The speaker's title when they spoke." }),
    }),
    attribution: z
      .string()
      .nullable()
      .meta({ description: 'How the source describes the speaker, e.g. "a UK Government spokesperson".' }),
    organization: organizationRef.nullable().meta({ description: 'The organization the speaker spoke for.' }),
    saidOn: partialDate.nullable(),
    verified: z
      .boolean()
      .meta({ description: "True when the quote was found verbatim in the source's archived text." }),
    source: sourceRefSchema,
  })
  .meta({ id: 'Statement' });

export const claimSummarySchema = z
  .object({
    slug: z.string(),
    url: apiUrl,
    htmlUrl,
    summary: z.string().max(75),
    verdict: verdictValue,
    verdictLabel: z.string(),
    claim: statementSchema,
    rebuttalCount: z.int().min(0),
    rebuttalsByAffiliation: z
      .array(z.object({ key: z.string(), label: z.string(), count: z.int().min(1) }))
      .meta({ description: 'How many counter-statements came from which country or organization, largest first.' }),
    appearances: z
      .object({
        count: z
          .int()
          .min(1)
          .meta({ description: 'How often the claim was made: its own statement and its repetitions.' }),
        firstSaidOn: partialDate
          .nullable()
          .meta({ description: 'The earliest dated appearance, as precise as known.' }),
        lastSaidOn: partialDate.nullable().meta({ description: 'The latest dated appearance, as precise as known.' }),
        label: z.string().nullable().meta({
          description:
            'As the site states it, e.g. "said 3 times, December 2018 to February 2019"; null when said once.',
        }),
      })
      .meta({ id: 'Appearances' }),
  })
  .meta({ id: 'ClaimSummary' });

export const repetitionSchema = z
  .object({ id: z.uuid(), htmlUrl, statement: statementSchema })
  .meta({ id: 'Repetition' });

export const counterStatementSchema = z
  .object({
    id: z.uuid(),
    htmlUrl,
    stance: stanceValue,
    note: z
      .string()
      .nullable()
      .meta({ description: "Editor's note: why this statement answers the claim, or what it leaves out." }),
    statement: statementSchema,
  })
  .meta({ id: 'Rebuttal' });

export const responseTimeSchema = z
  .object({
    key: z.string(),
    label: z.string().meta({ description: 'The country, or the organization when it has none.' }),
    countryCode: z.string().length(2).nullable(),
    rebuttalCount: z.int().min(1),
    firstAnsweredOn: partialDate
      .nullable()
      .meta({ description: 'The date of its first dated answer, as precise as known; null when none is dated.' }),
    delayDays: z.object({ min: z.int(), max: z.int() }).nullable().meta({
      description:
        'Days from the claim to its first answer, as the range the dates allow: min equals max when both are known to the day; a month- or year-precision date widens it. Negative: said before the claim. null when the claim or every answer is undated.',
    }),
    delayLabel: z
      .string()
      .nullable()
      .meta({ description: 'The delay as the claim page states it, e.g. "1 day", "41–71 days".' }),
  })
  .meta({ id: 'ResponseTime' });

export const relatedClaimSchema = z
  .object({
    slug: z.string(),
    url: apiUrl,
    htmlUrl,
    summary: z.string(),
    verdict: verdictValue,
    verdictLabel: z.string(),
    claimant: z.string().meta({ description: 'The person or organization who made the claim.' }),
    saidOn: partialDate.nullable().meta({ description: 'When the claim was said, as precise as known.' }),
  })
  .meta({ id: 'RelatedClaim' });

// No URLs: an organization that has said nothing on record has no page or API entry.
const expectedOrganization = z
  .object({ slug: z.string(), name: z.string(), countryCode: z.string().length(2).nullable() })
  .meta({ id: 'ExpectedOrganization' });

const dayRange = z.object({ min: z.int(), max: z.int() });

export const expectedPartiesSchema = z
  .object({
    answered: z.array(
      z.object({
        organization: expectedOrganization,
        answeredAs: z.string().meta({
          description: 'The party whose answer counts for it: its country when it has one, else itself.',
        }),
        delayDays: dayRange.nullable().meta({ description: 'As in responseTimes: its party’s first answer.' }),
        delayLabel: z.string().nullable(),
      }),
    ),
    notAnswered: z.array(expectedOrganization),
    daysSinceClaim: dayRange.nullable().meta({
      description:
        'Days from the claim to the day read (today), as the range the claim’s date allows; null when it is undated.',
    }),
  })
  .meta({ id: 'ExpectedParties' });

const topicRef = z.object({ slug: z.string(), name: z.string(), htmlUrl, claimsUrl: z.url() }).meta({ id: 'Topic' });

export const claimDetailSchema = claimSummarySchema
  .extend({
    verdictExplanation: z.string(),
    publishedAt: timestamp.nullable(),
    updatedAt: timestamp,
    topics: z.array(topicRef),
    rebuttals: z
      .array(counterStatementSchema)
      .meta({ description: 'The published counter-statements, grouped by country or organization.' }),
    responseTimes: z
      .array(responseTimeSchema)
      .meta({ description: 'Each country or organization that answered, first to answer first, undated last.' }),
    relatedClaims: z.array(relatedClaimSchema).meta({
      description: 'Published claims an editor linked with this one as the same point in other words, newest first.',
    }),
    expectedParties: expectedPartiesSchema.nullable().meta({
      description:
        'The organizations an editor expects to answer the claim, split into those that have (through their country when they have one) and those that have not; null when none is listed.',
    }),
    repetitions: z.array(repetitionSchema).meta({
      description:
        'Where and by whom the claim was said again (its further appearances), earliest first; the claim itself is its first appearance.',
    }),
    asOf: z
      .object({
        day: isoDay,
        htmlUrl: z.url().meta({ description: "The claim's page as of that day." }),
        verdictSavedAt: timestamp.nullable().meta({
          description:
            'When the revision that held the verdict in force then was saved; null when the claim had not been rated here by then, and `verdict` is then "unrated".',
        }),
      })
      .nullable()
      .meta({
        description:
          "Set when asked with ?asOf=: the record as it stood on that day. Rebuttals, response times and expected parties count only what had been said by its end (a statement dated to a month or a year once that period is over; undated ones never); verdict and verdictExplanation are those in force then. Null for today's record.",
      }),
  })
  .meta({ id: 'ClaimDetail' });

export const personSummarySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    url: apiUrl,
    htmlUrl,
    claimCount: z.int().min(0),
    answerCount: z.int().min(0).meta({ description: 'Their statements that answer published claims.' }),
  })
  .meta({ id: 'PersonSummary' });

const answerSchema = z.object({
  rebuttalId: z.uuid(),
  stance: stanceValue,
  htmlUrl,
  claim: z.object({ slug: z.string(), summary: z.string(), url: apiUrl }),
});

export const personDetailSchema = personSummarySchema
  .omit({ claimCount: true, answerCount: true })
  .extend({
    wikidataUrl: z.url().nullable(),
    roles: z.array(
      z.object({
        title: z.string(),
        organization: z.object({ slug: z.string(), name: z.string() }).nullable(),
        from: isoDay.nullable(),
        to: isoDay.nullable(),
      }),
    ),
    claimsByVerdict: z.array(z.object({ verdict: verdictValue, count: z.int().min(0) })),
    answersByStance: z.array(z.object({ stance: stanceValue, count: z.int().min(0) })),
    latestClaims: z.array(claimSummarySchema),
    claimsUrl: z.url().meta({ description: 'All their claims, paged.' }),
    latestCounterStatements: z.array(z.object({ statement: statementSchema, answers: z.array(answerSchema) })),
  })
  .meta({ id: 'PersonDetail' });

export const organizationSummarySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: organizationKindValue,
    country: country.nullable(),
    url: apiUrl,
    htmlUrl,
  })
  .meta({ id: 'OrganizationSummary' });

export const organizationDetailSchema = organizationSummarySchema
  .extend({
    latestClaims: z
      .array(claimSummarySchema)
      .meta({ description: 'The newest published claims made by its members or in its name.' }),
    answeredClaims: z
      .array(
        z.object({
          claim: z.object({ slug: z.string(), summary: z.string(), url: apiUrl }),
          answers: z.array(answerSchema.omit({ claim: true }).extend({ statement: statementSchema })),
        }),
      )
      .meta({ description: 'Its newest answers to published claims, grouped by the claim they answer.' }),
    answersUrl: z.url().meta({ description: 'All claims it answered, paged.' }),
  })
  .meta({ id: 'OrganizationDetail' });

export const sourceDetailSchema = sourceRefSchema
  .extend({
    language: z.string(),
    provenanceNote: z.string().nullable(),
    archiveText: z.string().meta({ description: 'The archived plain text that quotes are checked against.' }),
    archiveSha256: z.string().regex(/^[0-9a-f]{64}$/),
    archivedAt: timestamp,
    quotes: z.array(
      z.object({
        statementId: z.uuid(),
        speakerName: z.string(),
        start: z.int().min(0).meta({ description: 'Offset of the quote in archiveText, in UTF-16 code units.' }),
        end: z.int().min(0),
        claims: z.array(
          z.object({ slug: z.string(), summary: z.string(), url: apiUrl, htmlUrl, rebuttalId: z.uuid().nullable() }),
        ),
      }),
    ),
  })
  .meta({ id: 'SourceDetail' });

export const topicSchema = topicRef;

const links = z.object({
  self: z.url(),
  next: z.url().nullable().meta({ description: 'The next page; null on the last page.' }),
});

/** A paged list: its items and where the next page is. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), links });
/** One resource. */
export const one = <T extends z.ZodType>(item: T) => z.object({ data: item });

export const errorSchema = z
  .object({
    error: z.object({
      status: z.int().min(400).max(599),
      message: z.string(),
      issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

export type ApiError = z.infer<typeof errorSchema>['error'];
export type ApiStatement = z.infer<typeof statementSchema>;
export type ApiSourceRef = z.infer<typeof sourceRefSchema>;
export type ApiClaimSummary = z.infer<typeof claimSummarySchema>;
export type ApiClaimDetail = z.infer<typeof claimDetailSchema>;
export type ApiRelatedClaim = z.infer<typeof relatedClaimSchema>;
export type ApiRepetition = z.infer<typeof repetitionSchema>;
export type ApiResponseTime = z.infer<typeof responseTimeSchema>;
export type ApiExpectedParties = z.infer<typeof expectedPartiesSchema>;
export type ApiPersonSummary = z.infer<typeof personSummarySchema>;
export type ApiPersonDetail = z.infer<typeof personDetailSchema>;
export type ApiOrganizationSummary = z.infer<typeof organizationSummarySchema>;
export type ApiOrganizationDetail = z.infer<typeof organizationDetailSchema>;
export type ApiSourceDetail = z.infer<typeof sourceDetailSchema>;
export type ApiTopic = z.infer<typeof topicSchema>;
export type ApiList<T> = { data: T[]; links: { self: string; next: string | null } };
