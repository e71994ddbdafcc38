import type { ProgressReport } from '@banenafspraak/core';
import { barChart } from './chart.js';
import { h } from './dom.js';
import { formatNumber, type Lang, text } from './i18n.js';
import { type CodeLabel, regionLabel } from './labels.js';

const pct = (lang: Lang, value: number | undefined) => (value === undefined ? '–' : `${formatNumber(lang, value, 1)} %`);

/** The progress section: a note, the chart and its table, what was not counted. */
export function progressView(lang: Lang, report: ProgressReport, label: CodeLabel): HTMLElement {
  if (report.rows.length === 0) return h('div', {}, h('p', { class: 'empty' }, text(lang, 'progress.empty')));
  const t = (key: Parameters<typeof text>[1]) => text(lang, key);
  // Paid hours (from declarations) and contract hours come with servers that count paid hours.
  const hours = report.rows.some((r) => r.paidHours !== undefined || r.contractHours !== undefined);
  const hoursCells = (r: { paidHours?: number; contractHours?: number }) =>
    hours
      ? [
          h('td', { class: 'num' }, r.paidHours === undefined ? '–' : formatNumber(lang, r.paidHours)),
          h('td', { class: 'num' }, r.contractHours === undefined ? '–' : formatNumber(lang, r.contractHours)),
        ]
      : [];
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
        hours && h('th', { scope: 'col', class: 'num' }, t('progress.paidHours')),
        hours && h('th', { scope: 'col', class: 'num' }, t('progress.contractHours')),
      ),
    ),
    h(
      'tbody',
      {},
      ...report.rows.map((r) =>
        h(
          'tr',
          { 'data-key': r.key },
          h('th', { scope: 'row' }, regionLabel(label, r.key)),
          h('td', { class: 'num' }, formatNumber(lang, r.jobEquivalents)),
          h('td', { class: 'num' }, formatNumber(lang, r.placements)),
          h('td', { class: 'num' }, r.target === undefined ? t('progress.noTarget') : formatNumber(lang, r.target)),
          h('td', { class: 'num' }, pct(lang, r.progressPct)),
          ...hoursCells(r),
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
        ...hoursCells(report.totals),
      ),
    ),
  );
  return h(
    'div',
    {},
    h('p', { class: 'note' }, text(lang, 'progress.indicative', { hours: formatNumber(lang, report.hoursPerJob) })),
    barChart({
      id: 'progress-chart',
      title: t('progress.chartTitle'),
      legend: t('progress.chartDesc'),
      bars: report.rows.map((r) => ({
        label: regionLabel(label, r.key),
        value: r.jobEquivalents,
        target: r.target,
        valueText:
          r.target === undefined
            ? formatNumber(lang, r.jobEquivalents)
            : `${formatNumber(lang, r.jobEquivalents)} / ${formatNumber(lang, r.target)}`,
      })),
    }),
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('progress.chartTitle') }, table),
    h(
      'p',
      { class: 'note' },
      text(lang, 'progress.excluded', { unpaid: report.excluded.unpaidType, basis: report.excluded.noCountingBasis }),
    ),
  );
}
