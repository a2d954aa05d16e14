import { z } from 'zod';

// The query of an oEmbed request (https://oembed.com, section 2.2). Only JSON is served: a
// request for any other format is answered 501, as the spec asks, not 400.

const dimension = z.coerce.number().int().positive().max(10_000);

const oEmbedQuery = z.object({
  url: z.string().trim().min(1, 'url is required: the address of a claim page').max(2048),
  format: z.string().default('json'),
  maxwidth: dimension.optional(),
  maxheight: dimension.optional(),
});

export type OEmbedQuery = { url: string; maxwidth?: number; maxheight?: number };

export type OEmbedQueryResult = { ok: true; query: OEmbedQuery } | { ok: false; status: 400 | 501; message: string };

export function parseOEmbedQuery(searchParams: URLSearchParams): OEmbedQueryResult {
  const result = oEmbedQuery.safeParse({
    url: searchParams.get('url') ?? '',
    format: searchParams.get('format') ?? undefined,
    maxwidth: searchParams.get('maxwidth') ?? undefined,
    maxheight: searchParams.get('maxheight') ?? undefined,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.');
    return {
      ok: false,
      status: 400,
      message: field === 'url' ? issue!.message : `${field}: must be a positive whole number of pixels`,
    };
  }
  const { format, ...query } = result.data;
  if (format !== 'json')
    return { ok: false, status: 501, message: `format "${format}" is not supported: only json is` };
  return { ok: true, query };
}
