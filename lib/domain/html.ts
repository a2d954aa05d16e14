// HTML built as strings, for the documents that are not React pages (the embed card, feed
// content). Every value interpolated into `html` is escaped unless it is itself `html` output, so
// escaping is the default and cannot be forgotten at one call site.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** Markup that is already safe: only `html` and `styleElement` make one. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/**
 * A `<style>` element. Its content is raw text to the HTML parser, so entities are not decoded
 * there ("&quot;Segoe UI&quot;" would reach the CSS parser as written and void its rule): the
 * stylesheet goes in unescaped, and one that could end the element early is refused.
 */
export function styleElement(css: string): SafeHtml {
  if (/<\/style/i.test(css)) throw new Error('A stylesheet must not contain "</style"');
  return new SafeHtml(`<style>${css}</style>`);
}

type Interpolation = SafeHtml | string | number | null | undefined | false;

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.markup;
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** A tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: (Interpolation | readonly SafeHtml[])[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup +=
      (Array.isArray(value) ? value.map(render).join('') : render(value as Interpolation)) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(markup);
}
