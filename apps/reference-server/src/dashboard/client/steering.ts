import type { BalanceReport, LeadTimeReport, LeadTimeRow, VacancyReport } from '@banenafspraak/core';
import { barChart } from './chart.js';
import { h } from './dom.js';
import { formatNumber, type Lang, type TextKey, text } from './i18n.js';
import { type CodeLabel, regionLabel } from './labels.js';
import { type Column, columnsTable } from './table.js';

const AM = /^AM\d{2}$/;
const pct = (lang: Lang, v: number | null | undefined) => (v === null || v === undefined ? '–' : `${formatNumber(lang, v, 1)} %`);
const empty = (lang: Lang, key: TextKey) => h('div', {}, h('p', { class: 'empty' }, text(lang, key)));
const indicative = (lang: Lang, key: TextKey, values: Record<string, string | number> = {}) =>
  h('p', { class: 'note' }, text(lang, key, values));

/** The measure of a lead-time row in words: "vacature ontvangen → eerste kandidaat voorgedragen". */
export const measureOf = (label: CodeLabel, r: Pick<LeadTimeRow, 'fromEvent' | 'toEvent'>) =>
  `${label('process-event', r.fromEvent)} → ${label('process-event', r.toEvent)}`;

/** A group value as the reader knows it: a region's name, otherwise the KvK number or period. */
const groupText = (label: CodeLabel, v: string) => (AM.test(v) ? regionLabel(label, v) : v);

/**
 * Lead times against the performance agreements: per measure the share within the norm as a
 * bar and the agreed share as a line, then the figures per group and the totals.
 */
export function leadTimesView(lang: Lang, report: LeadTimeReport, label: CodeLabel): HTMLElement {
  const t = (key: TextKey) => text(lang, key);
  if (report.totals.length === 0 && report.unmeasured.length === 0) return empty(lang, 'leadTimes.empty');
  const rowKey = (r: object) => {
    const row = r as LeadTimeRow;
    return `${row.fromEvent}>${row.toEvent}@${row.group ?? 'total'}`;
  };
  return h(
    'div',
    {},
    indicative(lang, 'leadTimes.indicative', { asOf: report.asOf }),
    report.totals.length
      ? barChart({
          id: 'lead-times-chart',
          title: t('leadTimes.chartTitle'),
          legend: t('leadTimes.chartLegend'),
          max: 100,
          bars: report.totals.map((r) => ({
            label: measureOf(label, r),
            value: r.withinNormPct ?? 0,
            target: r.targetSharePct,
            valueText: `${pct(lang, r.withinNormPct)} / ${pct(lang, r.targetSharePct)}`,
          })),
        })
      : null,
    columnsTable(lang, {
      id: 'lead-times-table',
      caption: t('leadTimes.tableCaption'),
      columns: report.columns as readonly Column[],
      rows: report.rows,
      totals: report.totals,
      rowKey,
      describe: (key, value, row) => {
        if (key === 'measureNl') return measureOf(label, row as LeadTimeRow);
        if (key === 'obligor') return t(value === 'EMPLOYER' ? 'leadTimes.employer' : 'leadTimes.public');
        if (key === 'group') return groupText(label, value);
        return value;
      },
    }),
    report.unmeasured.length
      ? h(
          'p',
          { class: 'note' },
          text(lang, 'leadTimes.unmeasured', {
            measures: report.unmeasured.map((u) => `${measureOf(label, u)} (${u.calendarId})`).join('; '),
          }),
        )
      : null,
  );
}

/**
 * The balance (Rotterdam model): per candidate source the actual share as a bar and the plans'
 * intended share as a line; the same per basis; then every source × basis cell.
 */
export function balanceView(lang: Lang, report: BalanceReport, label: CodeLabel): HTMLElement {
  const t = (key: TextKey) => text(lang, key);
  if (report.total === 0) return h('div', {}, empty(lang, 'balance.empty'), indicative(lang, 'balance.excluded', report.excluded));
  const shares = (id: string, caption: string, list: 'candidate-source' | 'target-group-basis', items: BalanceReport['bySource']) =>
    columnsTable(lang, {
      id,
      caption,
      columns: [
        { key: 'key', labelNl: caption, labelEn: caption, type: 'text' },
        { key: 'placements', labelNl: t('progress.placements'), labelEn: t('progress.placements'), type: 'integer' },
        { key: 'sharePct', labelNl: t('balance.share'), labelEn: t('balance.share'), type: 'percent' },
        { key: 'intendedSharePct', labelNl: t('balance.intended'), labelEn: t('balance.intended'), type: 'percent' },
      ],
      rows: items,
      rowKey: (r) => (r as { key: string }).key,
      describe: (key, value) => (key === 'key' && value !== 'UNKNOWN' ? label(list, value) : value),
    });
  return h(
    'div',
    {},
    indicative(lang, 'balance.indicative', { total: formatNumber(lang, report.total, 0) }),
    barChart({
      id: 'balance-chart',
      title: t('balance.chartTitle'),
      legend: t('balance.chartLegend'),
      max: 100,
      bars: report.bySource.map((s) => ({
        label: label('candidate-source', s.key),
        value: s.sharePct,
        target: s.intendedSharePct,
        valueText: s.intendedSharePct === null ? pct(lang, s.sharePct) : `${pct(lang, s.sharePct)} / ${pct(lang, s.intendedSharePct)}`,
      })),
    }),
    shares('balance-by-source', t('balance.bySource'), 'candidate-source', report.bySource),
    shares('balance-by-basis', t('balance.byBasis'), 'target-group-basis', report.byBasis),
    columnsTable(lang, {
      id: 'balance-table',
      caption: t('balance.tableCaption'),
      columns: report.columns as readonly Column[],
      rows: report.rows,
      rowKey: (r) => {
        const row = r as BalanceReport['rows'][number];
        return `${row.candidateSource}/${row.basis}`;
      },
      describe: (key, value) => {
        if (key === 'candidateSource') return label('candidate-source', value);
        if (key === 'basis') return label('target-group-basis', value);
        return value;
      },
    }),
    indicative(lang, 'balance.excluded', report.excluded),
  );
}

/** Vacancies: received, open, filled, not filled, open past the norm and time to fill, per group. */
export function vacanciesView(lang: Lang, report: VacancyReport, label: CodeLabel): HTMLElement {
  if (report.totals.received === 0 && report.rows.length === 0) return empty(lang, 'vacancies.empty');
  return h(
    'div',
    {},
    indicative(lang, 'vacancies.indicative', { norm: report.normWorkingDays, calendar: report.calendarId, asOf: report.asOf }),
    columnsTable(lang, {
      id: 'vacancies-table',
      caption: text(lang, 'vacancies.tableCaption'),
      columns: report.columns as readonly Column[],
      rows: report.rows,
      totals: [report.totals],
      rowKey: (r) => (r as { group: string | null }).group ?? 'total',
      describe: (key, value) => (key === 'group' ? groupText(label, value) : value),
    }),
  );
}
