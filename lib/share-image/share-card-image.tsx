import 'server-only';
import { ImageResponse } from 'next/og';
import type { ShareCard } from '../domain/share-card';
import { SHARE_IMAGE_SIZE } from '../domain/share-image-url';
import type { Verdict } from '../generated/prisma/enums';
import { SHARE_IMAGE_FONT_FAMILY, SHARE_IMAGE_FONTS, hasGlyph } from './fonts';
import { toRenderableText } from './renderable-text';
import { toDisplayText, type Direction, type DisplayWord } from './visual-order';

// The share image of a claim (Open Graph and Twitter card), drawn by next/og from JSX with inline
// styles: satori supports flexbox and a subset of CSS, not Tailwind classes.

// The same hues as the verdict badges on the page, strong enough to read on a phone's preview.
const VERDICT_COLOURS: Record<Verdict, { background: string; text: string }> = {
  FALSE: { background: '#b91c1c', text: '#ffffff' },
  MOSTLY_FALSE: { background: '#c2410c', text: '#ffffff' },
  MIXED: { background: '#facc15', text: '#422006' },
  MOSTLY_TRUE: { background: '#65a30d', text: '#ffffff' },
  TRUE: { background: '#15803d', text: '#ffffff' },
  UNRATED: { background: '#57534e', text: '#ffffff' },
};

const flexDirectionOf = (direction: Direction) => (direction === 'rtl' ? 'row-reverse' : 'row');

// A plain function, not a component: satori cannot render a component that returns an array.
function renderWords(words: DisplayWord[]) {
  return words.map((word, index) => (
    <div key={index} style={{ display: 'flex' }}>
      {word.pieces.map((piece, pieceIndex) => (
        <span key={pieceIndex}>{piece}</span>
      ))}
    </div>
  ));
}

/** Text in any direction, drawn word by word in display order (see visual-order.ts). */
function BidiText({
  text,
  fontSize,
  fontWeight = 400,
  color,
}: {
  text: string;
  fontSize: number;
  fontWeight?: 400 | 700;
  color: string;
}) {
  const display = toDisplayText(toRenderableText(text, hasGlyph).text);
  const wordGap = Math.round(fontSize * 0.28);
  const row = (direction: Direction) =>
    ({ display: 'flex', flexWrap: 'wrap', flexDirection: flexDirectionOf(direction), columnGap: wordGap }) as const;
  return (
    <div style={{ ...row(display.direction), fontSize, fontWeight, color, lineHeight: 1.3 }}>
      {display.runs.map((run, index) =>
        run.direction === display.direction ? (
          renderWords(run.words)
        ) : (
          <div key={index} style={row(run.direction)}>
            {renderWords(run.words)}
          </div>
        ),
      )}
    </div>
  );
}

// A quote the fonts cannot draw whole (Chinese, say) is shown in its English translation, when it
// has one, rather than with replacement characters.
function quoteToShow(card: ShareCard): string {
  if (toRenderableText(card.quote, hasGlyph).complete || !card.translation) return card.quote;
  return card.translation;
}

function ShareCardImage({ card }: { card: ShareCard }) {
  const quote = quoteToShow(card);
  const colours = VERDICT_COLOURS[card.verdict];
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        padding: '48px 64px',
        background: '#fafaf9',
        color: '#1c1917',
        fontFamily: SHARE_IMAGE_FONT_FAMILY,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <div style={{ display: 'flex', fontSize: 28, fontWeight: 700, letterSpacing: 1 }}>
          COUNTERCHECK · FACT CHECK
        </div>
        <div
          style={{
            display: 'flex',
            padding: '10px 24px',
            borderRadius: 8,
            background: colours.background,
            color: colours.text,
            fontSize: 32,
            fontWeight: 700,
          }}
        >
          {`Verdict: ${card.verdictLabel.toUpperCase()}`}
        </div>
      </div>

      <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', paddingTop: 24, paddingBottom: 24 }}>
        <div
          style={{
            display: 'flex',
            alignSelf: 'flex-start',
            fontSize: 120,
            lineHeight: 1,
            color: '#a8a29e',
            marginRight: 20,
          }}
        >
          “
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1 }}>
          <BidiText text={quote} fontSize={quote.length > 110 ? 38 : 46} color="#1c1917" />
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 20 }}>
            <BidiText text={card.claimant} fontSize={30} fontWeight={700} color="#1c1917" />
            {card.claimantDetail ? <BidiText text={card.claimantDetail} fontSize={24} color="#44403c" /> : null}
          </div>
        </div>
      </div>

      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          columnGap: 12,
          rowGap: 8,
          borderTop: '2px solid #d6d3d1',
          paddingTop: 20,
        }}
      >
        <div style={{ display: 'flex', fontSize: 26, fontWeight: 700, marginRight: 8 }}>
          {card.counterStatementTotal}
        </div>
        {card.answeredBy.map((group) => (
          <div
            key={group.label}
            style={{
              display: 'flex',
              alignItems: 'center',
              columnGap: 8,
              padding: '4px 14px',
              borderRadius: 999,
              border: '2px solid #a8a29e',
              background: '#ffffff',
            }}
          >
            <BidiText text={group.label} fontSize={22} color="#1c1917" />
            <div style={{ display: 'flex', fontSize: 22, fontWeight: 700 }}>{String(group.count)}</div>
          </div>
        ))}
        {card.moreAffiliations > 0 ? (
          <div style={{ display: 'flex', fontSize: 22, color: '#44403c' }}>{`and ${card.moreAffiliations} more`}</div>
        ) : null}
      </div>
    </div>
  );
}

export function renderShareCardImage(card: ShareCard): ImageResponse {
  return new ImageResponse(<ShareCardImage card={card} />, { ...SHARE_IMAGE_SIZE, fonts: SHARE_IMAGE_FONTS });
}
