import { h, s } from './dom.js';

/** One bar: a label, the value, and optionally a norm or target drawn as a line across it. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly target?: number | null;
  /** What is written beside the bar (the formatted figures). */
  readonly valueText: string;
}

/**
 * A horizontal bar chart as SVG: a filled bar per row and a vertical line for its target. It
 * is an image with a title, described by the figure's visible caption (the legend); a table
 * with the same figures always goes with it as the text alternative.
 */
export function barChart(options: { id: string; title: string; legend: string; bars: readonly Bar[]; max?: number }): HTMLElement {
  const { id, bars } = options;
  const rowHeight = 40;
  const lines = bars.map((b) => labelLines(b.label));
  // The label column fits the longest line (about 8 user units per character at 14px), so
  // long measure names are never cut off at the image's left edge.
  const label = Math.max(120, 16 + CHAR_WIDTH * Math.max(0, ...lines.flat().map((l) => l.trimEnd().length)));
  const plot = 330;
  const top = 10;
  const width = label + plot + 130;
  const height = top + bars.length * rowHeight + 10;
  const max = options.max ?? Math.max(1, ...bars.flatMap((b) => [b.value, b.target ?? 0]));
  const x = (v: number) => label + (Math.min(Math.max(v, 0), max) / max) * plot;
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-legend`,
    class: 'chart',
    id,
  });
  svg.append(s('title', { id: `${id}-title` }, options.title));
  bars.forEach((b, i) => {
    const y = top + i * rowHeight;
    svg.append(
      chartLabel(label - 8, y, lines[i] ?? [b.label]),
      s('rect', { x: label, y: y + 6, width: plot, height: 24, class: 'chart-track' }),
      s('rect', { x: label, y: y + 6, width: x(b.value) - label, height: 24, class: 'chart-bar' }),
      b.target === undefined || b.target === null
        ? ''
        : s('line', { x1: x(b.target), x2: x(b.target), y1: y + 1, y2: y + 35, class: 'chart-target' }),
      s('text', { x: label + plot + 8, y: y + 22, class: 'chart-value' }, b.valueText),
    );
  });
  return h('figure', { class: 'figure' }, svg, h('figcaption', { id: `${id}-legend`, class: 'note' }, options.legend));
}

const CHAR_WIDTH = 8;
const MAX_LINE = 32;

/**
 * A label on one line, or on two when it is long: split at the arrow of a measure name, else
 * at the space nearest the middle. The first line keeps its trailing space, so the element's
 * text is still the whole label.
 */
function labelLines(label: string): string[] {
  if (label.length <= MAX_LINE) return [label];
  const arrow = label.indexOf(' → ');
  if (arrow > 0) return [label.slice(0, arrow + 1), label.slice(arrow + 1)];
  const middle = label.length / 2;
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [label];
  const at = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [label.slice(0, at + 1), label.slice(at + 1)];
}

function chartLabel(x: number, y: number, lines: readonly string[]): SVGElement {
  const first = lines.length === 1 ? y + 22 : y + 15;
  return s(
    'text',
    { x, y: first, 'text-anchor': 'end', class: 'chart-label' },
    ...lines.map((line, i) => s('tspan', { x, dy: i === 0 ? 0 : 16 }, line)),
  );
}
