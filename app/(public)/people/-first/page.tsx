import { PeopleIndex, PEOPLE_METADATA } from '@/components/people/people-index';

// /people asked for as a document without a cursor, served here: proxy.ts moves it to this path
// (lib/proxy/list-view.ts), so that the first page is cached whole, as the later ones are. The
// public URL stays /people; this path is never linked. The app's own navigations to /people stay
// on app/(public)/people/page.tsx.
export const metadata = PEOPLE_METADATA;

export default function PeopleFirstPage() {
  return <PeopleIndex />;
}
