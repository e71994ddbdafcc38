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
  const label = 230;
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
      s('text', { x: label - 8, y: y + 22, 'text-anchor': 'end', class: 'chart-label' }, b.label),
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
