import { z } from 'zod';
import { SLUG_PATTERN } from '../domain/slug';
import { storableText } from './storable';

// The schemas of what a URL's path names: pages, route handlers and the API parse their dynamic
// segments ([slug], [id], ...) with these (lib/route-params.ts), so that a segment PostgreSQL
// cannot compare (a NUL byte, broken Unicode) never reaches a query.

/** Any path segment: text PostgreSQL can store, of a length a URL segment has. */
export const urlSegment = storableText(500);

/** A record's slug, as the database's check constraints allow it. */
export const slugSegment = z.string().max(120).regex(SLUG_PATTERN);

/** A record's id. */
export const idSegment = z.uuid();
