import { CorrectionsIndex, CORRECTIONS_METADATA } from '@/components/claims/corrections-index';

// /corrections: the list's first page, cached whole. Its later pages are at /corrections/_page/<cursor>
// (app/(public)/corrections/%5Fpage/[page]).
export const metadata = CORRECTIONS_METADATA;

export default function CorrectionsPage() {
  return <CorrectionsIndex />;
}
