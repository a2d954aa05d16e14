import { PeopleIndex, PEOPLE_METADATA } from '@/components/people/people-index';

// /people: the list's first page, cached whole. Its later pages are at /people/_page/<cursor>
// (app/(public)/people/%5Fpage/[page]).
export const metadata = PEOPLE_METADATA;

export default function PeoplePage() {
  return <PeopleIndex />;
}
