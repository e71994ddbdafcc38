import type { ReportColumn } from '@banenafspraak/core';

/**
 * Downloads of a steering report: a table (the report's columns, Dutch headers) as CSV or as
 * an .xlsx workbook. Every row carries the column "Status cijfers" = "indicatief", so the
 * mark survives any copy of the rows; the workbook also has a sheet with the note.
 */
export interface ReportTable {
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly Record<string, unknown>[];
  /** Dutch note on how the figures were computed. */
  readonly note: string;
  /** Parameters of the request, shown in the workbook (Dutch labels). */
  readonly parameters: readonly (readonly [string, string])[];
}

const INDICATIVE_COLUMN: ReportColumn = { key: '__indicative', labelNl: 'Status cijfers', labelEn: 'Status of the figures', type: 'text' };
const INDICATIVE_VALUE = 'indicatief';

const dutchNumber = (n: number, decimals?: number) => (decimals === undefined ? String(n) : n.toFixed(decimals)).replace('.', ',');

/** A cell as Dutch text: decimal comma, no thousands separator (spreadsheets read it back), ja/nee. */
function csvCell(column: ReportColumn, value: unknown): string {
  if (column === INDICATIVE_COLUMN) return INDICATIVE_VALUE;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return dutchNumber(value);
  return String(value);
}

const quote = (s: string) => (/[";\r\n]/.test(s) || s.trim() !== s ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A leading =, +, - or @ would make a spreadsheet run a formula: prefix it (OWASP CSV injection).
 * Only a cell that is a negative number as a whole stays as it is (`-2+3` is a formula).
 */
const defuse = (s: string) => (/^[=+\-@\t\r]/.test(s) && !/^-\d+(?:,\d+)?$/.test(s) ? `'${s}` : s);

/**
 * CSV as Dutch spreadsheets read it: UTF-8 with BOM, `;` between fields, decimal comma,
 * CRLF line ends, Dutch headers.
 */
export function toCsv(table: ReportTable): string {
  const columns = [...table.columns, INDICATIVE_COLUMN];
  const lines = [columns.map((c) => quote(c.labelNl)).join(';')];
  for (const row of table.rows) lines.push(columns.map((c) => quote(defuse(csvCell(c, row[c.key])))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const NUMBER_FORMAT: Record<ReportColumn['type'], string | undefined> = {
  text: undefined,
  boolean: undefined,
  integer: '#,##0',
  decimal: '#,##0.0###',
  percent: '0.0',
};

/**
 * The table as an .xlsx workbook (exceljs): sheet "Rapportage" with the rows (numbers as
 * numbers, formatted; Excel shows them with the reader's Dutch separators), sheet
 * "Toelichting" with the indicative mark, the note and the parameters.
 */
export async function toXlsx(table: ReportTable): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '@banenafspraak/server';
  const sheet = workbook.addWorksheet('Rapportage');
  const columns = [...table.columns, INDICATIVE_COLUMN];
  sheet.columns = columns.map((c) => ({
    header: c.labelNl,
    key: c.key,
    width: Math.max(12, Math.min(40, c.labelNl.length + 2)),
    ...(NUMBER_FORMAT[c.type] ? { style: { numFmt: NUMBER_FORMAT[c.type] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of table.rows) {
    sheet.addRow(
      Object.fromEntries(
        columns.map((c) => {
          const v = c === INDICATIVE_COLUMN ? INDICATIVE_VALUE : row[c.key];
          return [c.key, typeof v === 'boolean' ? (v ? 'ja' : 'nee') : v === undefined ? null : v];
        }),
      ),
    );
  }
  const about = workbook.addWorksheet('Toelichting');
  about.columns = [
    { key: 'label', width: 24 },
    { key: 'value', width: 100 },
  ];
  about.addRow({ label: 'Status cijfers', value: 'Indicatief: geen officiële telling.' });
  about.addRow({ label: 'Toelichting', value: table.note });
  for (const [label, value] of table.parameters) about.addRow({ label, value });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayBuffer);
}
