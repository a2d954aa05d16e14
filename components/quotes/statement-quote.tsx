import type { StatementView } from '@/lib/dal/statement-view';
import { SourceCitation } from '@/components/sources/source-citation';
import { SpeakerName } from './speaker-name';
import { routes } from '@/lib/routes';

/**
 * A verbatim quote with who said it, in what role, when, and where it was quoted from. The
 * blockquote's cite points at the original when its URL is known, else at our archived copy.
 */
export function StatementQuote({
  statement,
  size = 'normal',
}: {
  statement: StatementView;
  size?: 'normal' | 'large';
}) {
  const cite = statement.source.url ?? routes.source(statement.source.id, { quote: statement.id });
  const textSize = size === 'large' ? 'text-2xl' : 'text-lg';
  return (
    <figure className="space-y-2">
      <blockquote
        cite={cite}
        lang={statement.language}
        className={`border-l-4 border-stone-400 pl-4 font-serif ${textSize} leading-snug`}
      >
        <p>{statement.text}</p>
      </blockquote>
      {statement.translation ? (
        <p className="pl-5 text-sm text-stone-700">
          <span className="font-semibold">English translation:</span> {statement.translation}
        </p>
      ) : null}
      <figcaption className="space-y-1 pl-5 text-sm">
        <p>
          <SpeakerName statement={statement} className="font-semibold" />
          {statement.speakerRole ? <>, {statement.speakerRole}</> : null}
          {statement.attribution ? <span className="text-stone-700"> ({statement.attribution})</span> : null}
          {', '}
          {statement.saidOn ? (
            <time dateTime={statement.saidOn.iso}>{statement.saidOn.label}</time>
          ) : (
            <span className="text-stone-700">date not given in the source</span>
          )}
        </p>
        <p>
          <SourceCitation source={statement.source} statementId={statement.id} />
        </p>
        {statement.verified ? null : (
          <p className="font-semibold text-red-800">
            Unverified: this quote was not found word for word in the archived source.
          </p>
        )}
      </figcaption>
    </figure>
  );
}
