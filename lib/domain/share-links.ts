// Plain share links for the networks readers use most: each is an ordinary link to the network's
// own share page, so the claim page loads no third-party script and tells no one who visited it.

export type ShareNetwork = 'x' | 'facebook' | 'linkedin' | 'whatsapp' | 'telegram' | 'email';

export type ShareLink = { network: ShareNetwork; label: string; href: string };

export type ShareContent = {
  /** The absolute URL being shared. */
  url: string;
  /** A one-line description to go with it, where the network takes one. */
  text: string;
  /** The subject line of an email. */
  title: string;
};

// encodeURIComponent, not URLSearchParams: the latter writes spaces as "+", which mailto: does
// not decode, so an email would arrive with plus signs between its words.
const encode = encodeURIComponent;

export function buildShareLinks({ url, text, title }: ShareContent): ShareLink[] {
  return [
    { network: 'x', label: 'X', href: `https://x.com/intent/post?text=${encode(text)}&url=${encode(url)}` },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}` },
    {
      network: 'linkedin',
      label: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}`,
    },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encode(`${text} ${url}`)}` },
    { network: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${encode(url)}&text=${encode(text)}` },
    { network: 'email', label: 'Email', href: `mailto:?subject=${encode(title)}&body=${encode(`${text}\n\n${url}`)}` },
  ];
}

/** What a shared claim says in a post or an email: the claim, who made it, and our verdict. */
export function claimShareText({
  summary,
  claimant,
  verdictLabel,
}: {
  summary: string;
  claimant: string;
  verdictLabel: string;
}): string {
  return `Fact check: “${summary}” (${claimant}). Our verdict: ${verdictLabel}.`;
}
