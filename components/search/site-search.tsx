import Form from 'next/form';
import { routes } from '@/lib/routes';
import { MAX_QUERY_LENGTH } from '@/lib/validation/claim-filters';

/** The header's search box: a GET form to /claims that works without JavaScript. */
export function SiteSearch() {
  return (
    <Form action={routes.claims()} role="search" className="flex items-center gap-2">
      <label htmlFor="site-search" className="text-sm font-medium">
        Search
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Claims, quotes, people…"
        className="w-44 rounded border border-stone-400 px-2 py-1 text-sm sm:w-56"
      />
      <button
        type="submit"
        className="rounded border border-stone-500 bg-stone-800 px-2 py-1 text-sm font-medium text-white"
      >
        Go
      </button>
    </Form>
  );
}
