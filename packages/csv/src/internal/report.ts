/**
 * Report building: counts per code, the issue cap, and the CSV outputs (report and invalid
 * rows) with restricted cells masked.
 */
import type { DocumentType, Locale } from '@banenafspraak/core';
import type { ColumnReport, FileReport, ImportReport, RowIssue } from '../types.js';
import type { BatchResult } from './batch.js';
import { fieldLabel } from './labels.js';
import { message } from './messages.js';
import { type Plan, type PlanNote, REPORT_COLUMNS, REPORT_COLUMNS_EN } from './plan.js';
import { FORMULA_START, MASKS, maskBsnShapes } from './privacy.js';
import { foldKey } from './values.js';

export class ReportBuilder {
  rows = 0;
  validRows = 0;
  invalidRows = 0;
  blankRows = 0;
  errors = 0;
  warnings = 0;
  information = 0;
  omitted = 0;
  /** Line breaks inside cells, for reconciling lines with records. */
  lineBreaks = 0;
  /** Columns with misread characters → the first row they were seen in. */
  readonly mojibake = new Map<number, number>();
  readonly errorsByCode: Record<string, number> = {};
  readonly warningsByCode: Record<string, number> = {};
  private readonly fileIssues: RowIssue[] = [];
  private readonly rowIssues: RowIssue[] = [];
  private kept = { error: 0, warning: 0, information: 0 };

  constructor(private readonly maxIssues: number) {}

  private count(issue: RowIssue): boolean {
    if (issue.severity === 'error') {
      this.errors++;
      this.errorsByCode[issue.code] = (this.errorsByCode[issue.code] ?? 0) + 1;
    } else if (issue.severity === 'warning') {
      this.warnings++;
      this.warningsByCode[issue.code] = (this.warningsByCode[issue.code] ?? 0) + 1;
    } else this.information++;
    if (this.kept[issue.severity] >= this.maxIssues) {
      this.omitted++;
      return false;
    }
    this.kept[issue.severity]++;
    return true;
  }

  addFileIssue(issue: RowIssue): void {
    if (this.count(issue)) this.fileIssues.push(issue);
  }

  /** Counts a batch (rows in file order). */
  addBatch(
    batch: Pick<BatchResult, 'rows' | 'validRows' | 'invalidRows' | 'blankRows' | 'issues'> & {
      lineBreaks?: number;
      mojibake?: BatchResult['mojibake'];
    },
  ): void {
    this.rows += batch.rows;
    this.validRows += batch.validRows;
    this.invalidRows += batch.invalidRows;
    this.blankRows += batch.blankRows;
    this.lineBreaks += batch.lineBreaks ?? 0;
    for (const [column, row] of batch.mojibake ?? []) if (!this.mojibake.has(column)) this.mojibake.set(column, row);
    for (const issue of batch.issues) if (this.count(issue)) this.rowIssues.push(issue);
  }

  build(
    documentType: DocumentType,
    file: FileReport,
    columns: readonly ColumnReport[],
    seconds: number,
    read: { lines: number; records: number },
    workerThreads: number,
  ): ImportReport {
    return {
      valid: this.invalidRows === 0 && this.fileIssues.every((i) => i.severity !== 'error'),
      documentType,
      file,
      stats: {
        rows: this.rows,
        validRows: this.validRows,
        invalidRows: this.invalidRows,
        blankRows: this.blankRows,
        lines: read.lines,
        records: read.records,
        lineBreaksInCells: this.lineBreaks,
        errors: this.errors,
        warnings: this.warnings,
        information: this.information,
        errorsByCode: sortKeys(this.errorsByCode),
        warningsByCode: sortKeys(this.warningsByCode),
        omittedIssues: this.omitted,
      },
      columns,
      issues: [...this.fileIssues, ...this.rowIssues],
      seconds: Math.round(seconds * 1000) / 1000,
      workerThreads,
    };
  }
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Turns a plan's notes into file-level issues. A note about a field names it as people do (the
 * standard's Dutch label, or its path in English); the message gives the path only where the
 * mapping needs it.
 */
export function planIssues(notes: readonly PlanNote[], locale: Locale, documentType: string): RowIssue[] {
  return notes.map((n) => {
    const field = n.path ? fieldLabel(documentType, n.path, locale) : undefined;
    return {
      row: null,
      column: n.column?.header ?? null,
      columnNumber: n.column ? n.column.index + 1 : null,
      columnLetter: n.column?.letter ?? null,
      ...(field !== undefined ? { field } : {}),
      severity: n.severity,
      code: n.code,
      path: n.path ? n.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [],
      message: message(n.code, locale, n.params),
    };
  });
}

/** Column reports from a plan. */
export function columnReports(plan: Plan): ColumnReport[] {
  return plan.columns.map((c) => ({
    number: c.index + 1,
    letter: c.letter,
    header: c.header,
    field: c.field?.path ?? null,
    matchedBy: c.matchedBy,
    restricted: c.restricted,
  }));
}

/**
 * Quotes a CSV cell when it needs it, and neutralises formulas the way OWASP recommends: a
 * cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so Excel shows it as
 * text and never runs it. The importer drops that `'` again on re-import.
 */
export function csvCell(value: string, delimiter: string): string {
  if (value === '') return value;
  const v = FORMULA_START.test(value) ? `'${value}` : value;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '"' || c === '\n' || c === '\r' || c === delimiter) return `"${v.replace(/"/g, '""')}"`;
  }
  return v;
}

/** Every column is masked (a row whose cells may have moved). */
export const ALL = 'all';

/** One CSV line of cells: restricted columns masked, BSN-shaped values masked anywhere. */
export function csvLine(
  cells: readonly string[],
  width: number,
  restricted: readonly number[] | typeof ALL,
  extra: readonly string[],
  delimiter: string,
  eol: string,
  locale: Locale,
): string {
  let line = '';
  for (let i = 0; i < width; i++) {
    let v = cells[i] ?? '';
    if (v !== '' && (restricted === ALL || restricted.includes(i))) v = MASKS[locale];
    else v = maskBsnShapes(v, locale);
    line += (i === 0 ? '' : delimiter) + csvCell(v, delimiter);
  }
  for (const e of extra) line += delimiter + csvCell(e, delimiter);
  return line + eol;
}

/**
 * Where an issue is, for people: `I Uren p/w (Uren per week): `, the column letter and header
 * and, when the header says it differently, the field's label.
 */
export function issuePlace(i: RowIssue): string {
  const field = i.field !== undefined && (i.column === null || foldKey(i.field) !== foldKey(i.column)) ? i.field : undefined;
  if (i.columnLetter) return `${i.columnLetter}${i.column ? ` ${i.column}` : ''}${field ? ` (${field})` : ''}: `;
  return field ? `${field}: ` : '';
}

/** The text of the issues column in report CSVs: `C Startdatum: message | …`. */
export function issuesText(issues: readonly RowIssue[]): string {
  return issues.map((i) => `${issuePlace(i)}${i.message} [${i.code}]`).join(' | ');
}

export function reportHeaderExtra(locale: Locale): string[] {
  const names = locale === 'en' ? REPORT_COLUMNS_EN : REPORT_COLUMNS;
  return [names.status, names.row, names.issues];
}

export function statusText(valid: boolean, issues: readonly RowIssue[], locale: Locale): string {
  if (!valid) return locale === 'en' ? 'invalid' : 'ongeldig';
  // Information ("name converted to code") is no reason to look at a row again; warnings are.
  return issues.some((i) => i.severity === 'warning')
    ? locale === 'en'
      ? 'valid with warnings'
      : 'geldig met meldingen'
    : locale === 'en'
      ? 'valid'
      : 'geldig';
}
