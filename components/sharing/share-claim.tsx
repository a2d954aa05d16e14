import { buildShareLinks } from '@/lib/domain/share-links';
import { CopyLinkButton } from './copy-link-button';
import { NativeShareButton } from './native-share-button';

/**
 * Ways to pass a claim on: copy its link, the device's share sheet where there is one, and plain
 * links to each network's share page (no third-party script runs on our page).
 */
export function ShareClaim({ url, title, text }: { url: string; title: string; text: string }) {
  return (
    <section aria-labelledby="share-heading" className="space-y-3">
      <h2 id="share-heading" className="text-xl font-bold">
        Share this claim
      </h2>
      <div className="flex flex-wrap items-center gap-3">
        <CopyLinkButton url={url} />
        <NativeShareButton url={url} title={title} text={text} />
      </div>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {buildShareLinks({ url, title, text }).map((link) => (
          <li key={link.network}>
            <a href={link.href} rel="noopener noreferrer">
              <span className="sr-only">{link.network === 'email' ? 'Share by ' : 'Share on '}</span>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
