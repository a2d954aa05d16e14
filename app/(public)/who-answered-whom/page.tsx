import type { Metadata } from 'next';
import { WhoAnsweredWhomView } from '@/components/who-answered-whom/who-answered-whom-view';

export const metadata: Metadata = {
  title: 'Who answered whom',
  description: 'Which claimants were answered by which countries and organizations, and how often.',
};

// Filtered by ?topic=&from=&to=, it is served from ./-query/[query] (proxy.ts moves the query there),
// so that this page and each filtered view are cached whole.
export default function WhoAnsweredWhomPage() {
  return <WhoAnsweredWhomView filters={{}} />;
}
