import { notFound } from 'next/navigation';
import { routeParams, type RouteParams } from './route-params';

// Apart from lib/route-params.ts because next/navigation only loads inside Next.js, and route
// handlers (and their tests) need the params check without it.

/** The page's params, or the not-found page when one cannot name anything: for pages and their metadata. */
export async function pageParams<P extends RouteParams>(params: Promise<P>): Promise<P> {
  return (await routeParams(params)) ?? notFound();
}
