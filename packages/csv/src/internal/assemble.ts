/**
 * Row → document: convert the mapped cells, place them at their (nested) paths, run core's
 * `validate`, and turn every issue into a sheet issue with row and column. This is the hot
 * path: one object per row and no allocation for rows without issues beyond the document.
 */
import { type DocumentDefinition, type Issue, type Locale, toLocalDateTime, validate } from '@banenafspraak/core';
import type { RowIssue } from '../types.js';
import type { Conversion } from './converters.js';
import { type DeriveContext, type TypeSupport, typeSupport } from './derived.js';
import { columnLetter } from './header-matching.js';
import { fieldLabel, importerCode } from './labels.js';
import { append, at } from './lists.js';
import { type MessageCode, message } from './messages.js';
import type { MappedColumn, Plan } from './plan.js';
import { FORMULA_START, holdsMask } from './privacy.js';
import { foldKey } from './values.js';

/** Outcome of one row; reused between rows by the caller. */
export interface RowOutcome {
  blank: boolean;
  valid: boolean;
  document: unknown;
  issues: RowIssue[];
}

const RULE_IDS: Partial<Record<MessageCode, string>> = { 'csv-bsn-padded': 'IDN-002' };

/** Excel's error values, in English and Dutch Excel: a formula failed, the cell has no value. */
const EXCEL_ERROR =
  /^#(?:DIV\/0!|N\/A|N\/B|VALUE!|WAARDE!|REF!|VERW!|NAME\?|NAAM\?|NUM!|GETAL!|NULL!|LEEG!|SPILL!|OVERLOOP!|CALC!|BEREKENEN!|GETTING_DATA|GEGEVENS_OPHALEN)$/i;

type Container = Record<string | number, unknown>;

/** Sets a value at a path, creating the objects (or lists, for a number segment) on the way. */
function setPath(target: Container, segments: readonly (string | number)[], value: unknown): void {
  let cur = target;
  let key = at(segments, 0);
  for (let i = 1; i < segments.length; i++) {
    const next = at(segments, i);
    let child = cur[key] as Container | undefined;
    if (child === undefined) {
      child = (typeof next === 'number' ? [] : {}) as Container;
      cur[key] = child;
    }
    cur = child;
    key = next;
  }
  cur[key] = value;
}

/** Removes holes left by list slots that had no cells (`instruments.1` without `instruments.0`). */
function compactArrays(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (!(i in value)) value.splice(i, 1);
    for (const v of value) compactArrays(v);
    return;
  }
  for (const v of Object.values(value)) if (v !== null && typeof v === 'object') compactArrays(v);
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.length > 0 && c.trim().length > 0) return false;
  return true;
}

function trimCell(text: string): string {
  if (text.length === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= 32 || last <= 32 || first === 160 || last === 160 ? text.trim() : text;
}

function relates(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

export interface ProcessorOptions {
  readonly locale: Locale;
  readonly asOf: string | undefined;
  readonly environment: 'production' | 'test';
  /**
   * Whether a row wider than the header means its cells moved (CSV: a delimiter in a cell).
   * In an `.xlsx` cells cannot move: a value beyond the header is only ignored, with a warning.
   */
  readonly cellsMayMove?: boolean;
}

/** Converts and validates rows against one plan. */
export class RowProcessor {
  private readonly conv: Conversion = {
    value: undefined,
    problem: undefined,
    problemParams: undefined,
    note: undefined,
    noteSeverity: 'warning',
  };
  private readonly hasListSlots: boolean;
  private readonly headerCount: number;
  private readonly validateOptions: { locale: Locale; asOf?: string; environment: 'production' | 'test' };
  private readonly labels = new Map<string, string>();
  /** Fields the importer computes for this type (see `derived.ts`). */
  private readonly derive: TypeSupport['derive'];
  private readonly derives: readonly string[];
  private readonly deriveContext: DeriveContext;

  constructor(
    private readonly plan: Plan,
    private readonly definition: DocumentDefinition,
    private readonly options: ProcessorOptions,
  ) {
    this.hasListSlots = plan.mapped.some((c) => c.field.segments.some((s) => typeof s === 'number'));
    this.headerCount = plan.columns.length;
    const support = typeSupport(definition.type);
    this.derive = support.derive;
    this.derives = support.derives;
    const filled = new Set([
      ...plan.mapped.flatMap((c) => [c.field.path, ...(c.with ?? []).map((w) => w.segments.join('.'))]),
      ...plan.fixed.map((f) => f.segments.join('.')),
    ]);
    this.deriveContext = {
      asOf: options.asOf ?? toLocalDateTime(new Date().toISOString()).date,
      fills: (path) => filled.has(path),
    };
    this.validateOptions = { locale: options.locale, environment: options.environment, ...(options.asOf ? { asOf: options.asOf } : {}) };
  }

  private cellIssue(
    row: number,
    col: MappedColumn,
    severity: RowIssue['severity'],
    code: MessageCode,
    params?: Record<string, string>,
  ): RowIssue {
    const ruleId = RULE_IDS[code];
    return {
      row,
      column: col.header,
      columnNumber: col.index + 1,
      columnLetter: col.letter,
      field: this.label(col.field.path),
      severity,
      code,
      ...(ruleId ? { ruleId } : {}),
      path: [...col.field.segments],
      message: message(code, this.options.locale, params),
    };
  }

  /** Processes one row into `out`. `row` is the spreadsheet row number. */
  process(cells: readonly string[], row: number, out: RowOutcome): void {
    out.valid = false;
    out.document = undefined;
    out.issues = [];
    out.blank = isBlank(cells);
    if (out.blank) return;
    const doc: Record<string | number, unknown> = {};
    for (const f of this.plan.fixed) setPath(doc, f.segments, f.value);
    const conv = this.conv;
    let issues: RowIssue[] | undefined;
    let failed: string[] | undefined;
    let cellsWithIssue: number[] | undefined;
    for (const col of this.plan.mapped) {
      let text = cells[col.index];
      text = text === undefined ? '' : trimCell(text);
      let direct: unknown;
      const filled = text !== '';
      if (text === '') {
        if (col.whenEmpty === undefined) continue;
        if (typeof col.whenEmpty === 'string') text = col.whenEmpty;
        else direct = col.whenEmpty;
      } else {
        // A report CSV put a ' before a formula-like cell (see csvCell); take it off again.
        if (text.charCodeAt(0) === 39 && FORMULA_START.test(text.slice(1))) text = text.slice(1);
        const refused = holdsMask(text)
          ? 'csv-masked-value'
          : text.charCodeAt(0) === 35 && EXCEL_ERROR.test(text)
            ? 'csv-excel-error'
            : undefined;
        if (refused !== undefined) {
          const params = refused === 'csv-excel-error' ? { value: text.toUpperCase() } : undefined;
          issues = append(issues, this.cellIssue(row, col, 'error', refused, params));
          failed = append(failed, col.field.path);
          cellsWithIssue = append(cellsWithIssue, col.index);
          continue;
        }
      }
      if (col.values !== undefined && direct === undefined) {
        const translated = col.values.get(text) ?? col.values.get(foldKey(text));
        if (translated !== undefined) {
          if (typeof translated === 'string') text = translated;
          else direct = translated;
        }
      }
      if (direct !== undefined) {
        setPath(doc, col.field.segments, direct);
        if (filled && col.with) for (const w of col.with) setPath(doc, w.segments, w.value);
        continue;
      }
      conv.problem = undefined;
      conv.note = undefined;
      col.convert(text, conv);
      if (conv.problem !== undefined) {
        issues = append(issues, this.cellIssue(row, col, 'error', conv.problem, conv.problemParams));
        failed = append(failed, col.field.path);
        cellsWithIssue = append(cellsWithIssue, col.index);
        continue;
      }
      if (conv.note !== undefined) {
        // Not marked as the cell's one issue: an error core finds in the same cell (a padded
        // BSN that fails the 11-proef) must still be reported, after the note.
        issues = append(issues, this.cellIssue(row, col, conv.noteSeverity, conv.note));
      }
      setPath(doc, col.field.segments, conv.value);
      if (filled && col.with) for (const w of col.with) setPath(doc, w.segments, w.value);
    }
    // A filled cell beyond the header means a delimiter inside a cell moved the cells after it:
    // every value from there on may sit in another field (a werkgeversinstructie in the
    // employer's name). The row is refused, never passed on with its values in the wrong place.
    let shifted = false;
    if (cells.length > this.headerCount) {
      for (let i = this.headerCount; i < cells.length; i++) {
        if (at(cells, i).trim() !== '') {
          shifted = this.options.cellsMayMove !== false;
          issues = append(issues, {
            row,
            column: null,
            columnNumber: i + 1,
            columnLetter: columnLetter(i + 1),
            severity: shifted ? 'error' : 'warning',
            code: 'csv-extra-cells',
            path: [],
            // A cell with a line break in a row this wide was not quoted: two lines joined.
            message: message(
              !shifted
                ? 'csv-extra-cells-ignored'
                : cells.some((c) => c.includes('\n') || c.includes('\r'))
                  ? 'csv-extra-cells-line-break'
                  : 'csv-extra-cells',
              this.options.locale,
            ),
          });
          break;
        }
      }
    }
    if (this.hasListSlots) compactArrays(doc);
    // A computed field (an LKS amount) depends on the row's other cells: when one of them
    // failed, that cell's issue explains why it is missing, and says what to fix.
    if (failed !== undefined) failed.push(...this.derives);

    let result: ReturnType<typeof validate>;
    try {
      this.derive?.(doc, this.deriveContext);
      result = validate(this.definition, doc, this.validateOptions);
    } catch {
      // core promises never to throw; if it does, the row is reported, not the import aborted.
      result = {
        valid: false,
        issues: [{ severity: 'error', code: 'csv-rule-failed', path: [], message: message('csv-rule-failed', this.options.locale) }],
      };
    }
    if (result.issues.length > 0) issues = this.placeIssues(result.issues, row, issues, failed, cellsWithIssue);
    out.valid = result.valid && failed === undefined && !shifted;
    out.document = out.valid ? result.value : undefined;
    out.issues = issues ?? [];
    if (out.issues.length > 1) out.issues.sort(byColumn);
  }

  private placeIssues(
    found: readonly Issue[],
    row: number,
    existing: RowIssue[] | undefined,
    failed: readonly string[] | undefined,
    cellsWithIssue: number[] | undefined,
  ): RowIssue[] {
    const issues = existing ?? [];
    const cells = cellsWithIssue ?? [];
    const seen = new Set<string>();
    // Most severe first, so the one issue a cell keeps is the one that matters.
    const ordered = [...found].sort((a, b) => rank(a.severity) - rank(b.severity));
    for (const issue of ordered) {
      const path = issue.path.join('.');
      if (failed?.some((f) => relates(f, path))) continue; // the cell's own issue says it already
      const col = this.columnFor(path);
      if (col) {
        if (cells.includes(col.index)) continue; // one issue per cell
        cells.push(col.index);
        issues.push({
          row,
          column: col.header,
          columnNumber: col.index + 1,
          columnLetter: col.letter,
          ...(path !== '' ? { field: this.label(path) } : {}),
          severity: issue.severity,
          code: issue.ruleId ?? importerCode(issue.code),
          ...(issue.ruleId ? { ruleId: issue.ruleId } : {}),
          path: issue.path,
          message: issue.message,
        });
      } else {
        const key = `${issue.code}|${path}`;
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push({
          row,
          column: null,
          columnNumber: null,
          columnLetter: null,
          ...(path !== '' ? { field: this.label(path) } : {}),
          severity: issue.severity,
          code: issue.ruleId ?? importerCode(issue.code),
          ...(issue.ruleId ? { ruleId: issue.ruleId } : {}),
          path: issue.path,
          message: issue.message,
        });
      }
    }
    return issues;
  }

  /** The field's label in the run's language, looked up once per path. */
  private label(path: string): string {
    let label = this.labels.get(path);
    if (label === undefined) {
      label = fieldLabel(this.definition.type, path.replace(/^\./, ''), this.options.locale) ?? path;
      this.labels.set(path, label);
    }
    return label;
  }

  private columnFor(path: string): MappedColumn | undefined {
    const exact = this.plan.byPath.get(path);
    if (exact) return exact;
    if (path === '') return undefined;
    // An issue about one value of a list cell (`topics.1`) goes to that cell.
    const item = /^(.+)\.\d+$/.exec(path);
    const list = item?.[1] !== undefined ? this.plan.byPath.get(item[1]) : undefined;
    if (list?.field.list) return list;
    // An issue about a whole object (`contract`) goes to the first column inside it.
    for (const col of this.plan.mapped) if (col.field.path.startsWith(`${path}.`)) return col;
    return undefined;
  }
}

function rank(s: RowIssue['severity']): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

/** Issues in column order; within a cell the error first. */
function byColumn(a: RowIssue, b: RowIssue): number {
  return (a.columnNumber ?? 1e9) - (b.columnNumber ?? 1e9) || rank(a.severity) - rank(b.severity);
}
