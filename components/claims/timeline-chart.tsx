import type { ClaimTimeline } from '@/lib/domain/claim-timeline';
import { addDays, type DayInterval } from '@/lib/domain/delays';
import { axisFraction, type TimeAxis } from '@/lib/domain/time-axis';

// The claim and its answers on a time axis, drawn on the server: one row for the claim and one per
// country or organization, each dated statement a dot (a day) or a bar (a month or a year it is
// known only to). Sized in the units of a phone's width, so its text stays legible there; it
// scales up on a wider screen. The table beside it carries the same data for assistive technology,
// so the drawing is hidden from it.

const WIDTH = 360;
const MARGIN = 12;
const ROW_HEIGHT = 44;
const AXIS_HEIGHT = 28;
const PLOT_WIDTH = WIDTH - 2 * MARGIN;
const DOT_RADIUS = 5;

const xOf = (axis: TimeAxis, date: Date) => MARGIN + axisFraction(axis, date) * PLOT_WIDTH;

/** A tick label's widest ("16 Dec 2018") half, in the drawing's units. */
const HALF_LABEL = 36;
const anchorNear = (x: number) =>
  x < MARGIN + HALF_LABEL ? 'start' : x > WIDTH - MARGIN - HALF_LABEL ? 'end' : 'middle';

/** A day's dot at its middle; a longer interval a bar across every day it may be. */
function Mark({ axis, interval, y, tone }: { axis: TimeAxis; interval: DayInterval; y: number; tone: string }) {
  const x1 = xOf(axis, interval.first);
  const x2 = xOf(axis, addDays(interval.last, 1));
  if (interval.first.getTime() === interval.last.getTime()) {
    return <circle cx={(x1 + x2) / 2} cy={y} r={DOT_RADIUS} className={tone} />;
  }
  return (
    <rect
      x={x1}
      y={y - DOT_RADIUS}
      width={Math.max(x2 - x1, 2 * DOT_RADIUS)}
      height={2 * DOT_RADIUS}
      rx={DOT_RADIUS}
      fillOpacity={0.35}
      strokeWidth={1.5}
      className={tone}
    />
  );
}

export function TimelineChart({
  timeline,
  answers,
  axis,
}: {
  timeline: ClaimTimeline;
  /** The answers to draw: those the table beside it lists. */
  answers: ClaimTimeline['answers'];
  axis: TimeAxis;
}) {
  const rows = [
    {
      key: 'claim',
      label: `The claim (${timeline.claim.speakerName})`,
      intervals: timeline.claim.interval ? [timeline.claim.interval] : [],
      tone: 'fill-amber-600 stroke-amber-700',
    },
    ...timeline.parties
      .map((party) => ({
        key: party.key,
        label: party.label,
        intervals: answers.flatMap((answer) =>
          answer.party.key === party.key && answer.interval ? [answer.interval] : [],
        ),
        tone: 'fill-sky-700 stroke-sky-800',
      }))
      .filter((row) => row.intervals.length),
  ];
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const axisY = rows.length * ROW_HEIGHT + 4;
  const claimInterval = timeline.claim.interval;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-2xl text-[12px]"
      aria-hidden="true"
      focusable="false"
    >
      {claimInterval ? (
        // The claim's day (or month) behind every row: how far right of it an answer is, is the delay.
        <rect
          x={xOf(axis, claimInterval.first)}
          y={0}
          width={Math.max(xOf(axis, addDays(claimInterval.last, 1)) - xOf(axis, claimInterval.first), 1)}
          height={axisY}
          className="fill-amber-100"
        />
      ) : null}
      {rows.map((row, index) => {
        const top = index * ROW_HEIGHT;
        return (
          <g key={row.key}>
            <text x={MARGIN} y={top + 16} className="fill-stone-900 font-semibold">
              {row.label}
            </text>
            {row.intervals.map((interval, markIndex) => (
              <Mark key={markIndex} axis={axis} interval={interval} y={top + 31} tone={row.tone} />
            ))}
          </g>
        );
      })}
      <line x1={MARGIN} x2={WIDTH - MARGIN} y1={axisY} y2={axisY} className="stroke-stone-500" />
      {axis.ticks.map((tick) => {
        const x = xOf(axis, tick.at);
        return (
          <g key={tick.iso}>
            <line x1={x} x2={x} y1={axisY} y2={axisY + 5} className="stroke-stone-500" />
            {/* Centred on its tick, except near an edge, where it would be cut off. */}
            <text x={x} y={axisY + 19} textAnchor={anchorNear(x)} className="fill-stone-700">
              {tick.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
