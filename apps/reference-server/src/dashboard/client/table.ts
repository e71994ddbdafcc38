import { h } from './dom.js';
import { formatNumber, type Lang, text } from './i18n.js';

/** A column of a steering report as the server describes it (core's `ReportColumn`). */
export interface Column {
  readonly key: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly type: 'text' | 'integer' | 'decimal' | 'percent' | 'boolean';
}

type Row = object;

/** A cell's value in the page's language, by the column's type; a missing value is a dash. */
export function formatCell(lang: Lang, type: Column['type'], value: unknown, describe: (value: string) => string = (v) => v): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') {
    if (type === 'integer') return formatNumber(lang, value, 0);
    if (type === 'percent') return `${formatNumber(lang, value, 1)} %`;
    return formatNumber(lang, value);
  }
  if (typeof value === 'boolean') return text(lang, value ? 'harmonisation.yes' : 'harmonisation.no');
  return describe(String(value));
}

/**
 * A table of a steering report, its headers from the report's own columns (Dutch or English),
 * in a scrollable region reached with the keyboard.
 */
export function columnsTable(
  lang: Lang,
  options: {
    id: string;
    caption: string;
    columns: readonly Column[];
    rows: readonly Row[];
    totals?: readonly Row[];
    /** How a text cell reads (a region code as its name, a code as its label). */
    describe?: (key: string, value: string, row: Row) => string;
    /** `data-key` of a row, so a row can be found by what it is. */
    rowKey?: (row: Row) => string;
  },
): HTMLElement {
  const { columns } = options;
  const cellsOf = (row: Row, total: boolean) =>
    columns.map((c, i) => {
      const value = (row as Record<string, unknown>)[c.key];
      const content =
        total && i === 0 && (value === null || value === undefined)
          ? text(lang, 'progress.total')
          : formatCell(lang, c.type, value, (v) => options.describe?.(c.key, v, row) ?? v);
      const numeric = c.type !== 'text' && c.type !== 'boolean';
      return i === 0 ? h('th', { scope: 'row' }, content) : h('td', { class: numeric ? 'num' : undefined, 'data-column': c.key }, content);
    });
  const table = h(
    'table',
    { id: options.id },
    h('caption', {}, options.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...columns.map((c) =>
          h(
            'th',
            { scope: 'col', class: c.type === 'text' || c.type === 'boolean' ? undefined : 'num' },
            lang === 'en' ? c.labelEn : c.labelNl,
          ),
        ),
      ),
    ),
    h('tbody', {}, ...options.rows.map((r) => h('tr', { 'data-key': options.rowKey?.(r) }, ...cellsOf(r, false)))),
    options.totals?.length
      ? h('tfoot', {}, ...options.totals.map((r) => h('tr', { 'data-key': options.rowKey?.(r) }, ...cellsOf(r, true))))
      : null,
  );
  return h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': options.caption }, table);
}
