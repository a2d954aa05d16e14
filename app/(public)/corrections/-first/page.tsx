import { CorrectionsIndex, CORRECTIONS_METADATA } from '@/components/claims/corrections-index';

// /corrections asked for as a document without a cursor, served here: proxy.ts moves it to this path
// (lib/proxy/list-view.ts), so that the first page is cached whole, as the later ones are. The
// public URL stays /corrections; this path is never linked. The app's own navigations to /corrections stay
// on app/(public)/corrections/page.tsx.
export const metadata = CORRECTIONS_METADATA;

export default function CorrectionsFirstPage() {
  return <CorrectionsIndex />;
}
