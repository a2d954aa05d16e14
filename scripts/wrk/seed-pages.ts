// The seed's pages the serving benchmarks measure (prisma/seed/data.ts): its most shared claim and
// the person who made it.
import { slugify } from '../../lib/domain/slug';
import { routes } from '../../lib/routes';
import { claims as seedClaims, people as seedPeople, statements as seedStatements } from '../../prisma/seed/data';

export const claim = seedClaims.find(({ slug }) => slug === 'trump-we-have-defeated-isis-in-syria')!;
const speaker = seedStatements.find(({ key }) => key === claim.statement)!.speaker;
if (!('person' in speaker)) throw new Error(`the seed's claim ${claim.slug} is no longer a person's`);
export const personSlug = slugify(seedPeople.find(({ key }) => key === speaker.person)!.name);
export const claimPath = routes.claim(claim.slug);
