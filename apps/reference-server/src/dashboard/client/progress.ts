import type { ProgressReport } from '@banenafspraak/core';
import { h, s } from './dom.js';
import { formatNumber, type Lang, text } from './i18n.js';

/** Names of regions by AM code, in the page's language. */
export type RegionNames = ReadonlyMap<string, string>;

const regionLabel = (names: RegionNames, code: string) => {
  const name = names.get(code);
  return name ? `${name} (${code})` : code;
};

/**
 * A horizontal bar chart: per region a filled bar for the job equivalents and a vertical line
 * for the target. An image with a title and description; the table beside it is the text
 * alternative with the same figures.
 */
function chart(lang: Lang, report: ProgressReport, names: RegionNames): SVGSVGElement {
  const rowHeight = 40;
  const label = 230;
  const plot = 330;
  const top = 10;
  const width = label + plot + 90;
  const height = top + report.rows.length * rowHeight + 10;
  const max = Math.max(1, ...report.rows.flatMap((r) => [r.jobEquivalents, r.target ?? 0]));
  const x = (v: number) => label + (v / max) * plot;
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'progress-chart-title',
    'aria-describedby': 'progress-chart-desc',
    class: 'chart',
  });
  svg.append(s('title', { id: 'progress-chart-title' }, text(lang, 'progress.chartTitle')));
  report.rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    svg.append(
      s('text', { x: label - 8, y: y + 22, 'text-anchor': 'end', class: 'chart-label' }, regionLabel(names, r.key)),
      s('rect', { x: label, y: y + 6, width: plot, height: 24, class: 'chart-track' }),
      s('rect', { x: label, y: y + 6, width: Math.max(0, x(r.jobEquivalents) - label), height: 24, class: 'chart-bar' }),
      r.target === undefined ? '' : s('line', { x1: x(r.target), x2: x(r.target), y1: y + 1, y2: y + 35, class: 'chart-target' }),
      s(
        'text',
        { x: label + plot + 8, y: y + 22, class: 'chart-value' },
        r.target !== undefined
          ? `${formatNumber(lang, r.jobEquivalents)} / ${formatNumber(lang, r.target)}`
          : formatNumber(lang, r.jobEquivalents),
      ),
    );
  });
  return svg;
}

const pct = (lang: Lang, value: number | undefined) => (value === undefined ? '–' : `${formatNumber(lang, value, 1)} %`);

/** The progress section: a note, the chart and its table, what was not counted. */
export function progressView(lang: Lang, report: ProgressReport, names: RegionNames): HTMLElement {
  if (report.rows.length === 0) return h('div', {}, h('p', { class: 'empty' }, text(lang, 'progress.empty')));
  const t = (key: Parameters<typeof text>[1]) => text(lang, key);
  const table = h(
    'table',
    { id: 'progress-table' },
    h('caption', {}, t('progress.chartTitle')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('progress.region')),
        h('th', { scope: 'col', class: 'num' }, t('progress.jobEquivalents')),
        h('th', { scope: 'col', class: 'num' }, t('progress.placements')),
        h('th', { scope: 'col', class: 'num' }, t('progress.target')),
        h('th', { scope: 'col', class: 'num' }, t('progress.pct')),
      ),
    ),
    h(
      'tbody',
      {},
      ...report.rows.map((r) =>
        h(
          'tr',
          { 'data-key': r.key },
          h('th', { scope: 'row' }, regionLabel(names, r.key)),
          h('td', { class: 'num' }, formatNumber(lang, r.jobEquivalents)),
          h('td', { class: 'num' }, formatNumber(lang, r.placements)),
          h('td', { class: 'num' }, r.target === undefined ? t('progress.noTarget') : formatNumber(lang, r.target)),
          h('td', { class: 'num' }, pct(lang, r.progressPct)),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        { 'data-key': 'total' },
        h('th', { scope: 'row' }, t('progress.total')),
        h('td', { class: 'num' }, formatNumber(lang, report.totals.jobEquivalents)),
        h('td', { class: 'num' }, formatNumber(lang, report.totals.placements)),
        h('td', { class: 'num' }, report.totals.target === undefined ? t('progress.noTarget') : formatNumber(lang, report.totals.target)),
        h('td', { class: 'num' }, report.totals.target ? pct(lang, (report.totals.jobEquivalents / report.totals.target) * 100) : '–'),
      ),
    ),
  );
  return h(
    'div',
    {},
    h('p', { class: 'note' }, text(lang, 'progress.indicative', { hours: formatNumber(lang, report.hoursPerJob) })),
    // The caption is the chart's visible legend and its description for screen readers.
    h(
      'figure',
      { class: 'figure' },
      chart(lang, report, names),
      h('figcaption', { id: 'progress-chart-desc', class: 'note' }, text(lang, 'progress.chartDesc')),
    ),
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('progress.chartTitle') }, table),
    h(
      'p',
      { class: 'note' },
      text(lang, 'progress.excluded', { unpaid: report.excluded.unpaidType, basis: report.excluded.noCountingBasis }),
    ),
  );
}
