/**
 * What the importer fills in per document type where sheets leave it out: fixed defaults
 * (a job-coach organisation is named by its KvK number, a paying municipality by its GM code)
 * and fields it computes with core's calculators (an LKS declaration's subsidy and the
 * parameter rows it used). A mapping's own columns and constants always win.
 */
import { computeWageCostSubsidyForPeriod, toLocalDateTime } from '@banenafspraak/core';
import { schemeOf } from './converters.js';
import type { FieldInfo } from './fields.js';
import type { MessageCode } from './messages.js';

/** A document being assembled from a row. */
export type Draft = Record<string | number, unknown>;

/** What a derivation may look at besides the row's document. */
export interface DeriveContext {
  /** The day rules judge by (`asOf`, or today in Europe/Amsterdam). */
  readonly asOf: string;
  /** Whether the sheet (or the mapping) fills this field path. */
  readonly fills: (path: string) => boolean;
}

export interface TypeSupport {
  /** Field path → value used when no column or constant fills the field. */
  readonly defaults: Readonly<Record<string, string>>;
  /**
   * Field path → how its cells are read when the schema only says "text": the identifier the
   * default scheme names (a municipality's name becomes its GM code, a KvK number written with
   * spaces is read as its digits).
   */
  readonly reads: Readonly<Record<string, Partial<Pick<FieldInfo, 'kind' | 'digits' | 'list'>>>>;
  /** Fields (with everything under them) that `derive` fills, so no column is required for them. */
  readonly derives: readonly string[];
  /** Computes the derived fields of a row's document, before validation; leaves them out when it cannot. */
  readonly derive: ((doc: Draft, context: DeriveContext) => void) | undefined;
  /** Derived fields the file is told about (a file-level note) when no column fills them. */
  readonly noteWhenDerived: Readonly<Record<string, MessageCode>>;
  /**
   * Columns that map to no field are masked in every output and reported as a warning: the
   * document has no place for what they hold (notes, names of persons).
   */
  readonly maskUnmapped: boolean;
}

const NONE: TypeSupport = { defaults: {}, reads: {}, derives: [], derive: undefined, noteWhenDerived: {}, maskUnmapped: false };

const record = (value: unknown): Draft | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Draft) : undefined;

/**
 * The subsidy of an LKS declaration as core's calculator computes it for the period, the paid
 * hours, the wage and the wage value, with the parameter rows it used. A sheet's own amount
 * stays, so LKD-001 reports it when it differs. When the calculator cannot compute (a cell is
 * missing or wrong, or the wage value gives no subsidy), nothing is filled: the cell's issue
 * and LKD-001 say why.
 */
function deriveDeclaration(doc: Draft): void {
  const period = record(doc.period);
  const { paidHours, wageValuePct, hourlyWageCents, wageIncludesHolidayPay, includeHolidayPay } = doc;
  if (typeof period?.from !== 'string' || typeof period.to !== 'string') return;
  if (typeof paidHours !== 'number' || typeof wageValuePct !== 'number' || typeof hourlyWageCents !== 'number') return;
  const r = computeWageCostSubsidyForPeriod({
    period: { from: period.from, to: period.to },
    paidHours,
    wageValuePct,
    hourlyWageCents,
    wageIncludesHolidayPay: wageIncludesHolidayPay === true,
    includeHolidayPay: includeHolidayPay === true,
  });
  if (!r.ok || !r.eligible) return;
  const given = record(doc.computed)?.amountCents;
  doc.computed = {
    amountCents: typeof given === 'number' ? given : r.total.cents,
    parametersUsed: r.parametersUsed.map((p) => ({ tableId: p.tableId, validFrom: p.validFrom, value: p.value })),
  };
}

/** Gives an organisation reference the scheme its identifier's shape names, when no column did. */
function withScheme(value: unknown): void {
  const org = record(value);
  if (org && org.scheme === undefined && typeof org.value === 'string') {
    const scheme = schemeOf(org.value);
    if (scheme !== undefined) org.scheme = scheme;
  }
}

/**
 * A contact moment's organisations get their scheme from their identifier (AM22 → AM, UWV →
 * UWV, 8 digits → KVK); the first "on behalf of" cell may list several. A sheet without a status column is a log of contacts: one on or before
 * the as-of day was held, a later one is planned. A cancelled contact cannot be told from the
 * date, so such a sheet needs a status column; an empty cell in one is reported, not guessed.
 */
function deriveContact(doc: Draft, context: DeriveContext): void {
  withScheme(doc.organisation);
  if (Array.isArray(doc.onBehalfOf)) {
    // The first "Namens" cell may name several organisations ("Gemeente Rotterdam, UWV").
    const behalf = doc.onBehalfOf.flatMap((org: unknown) => {
      const r = record(org);
      return r && Array.isArray(r.value) ? r.value.map((value: unknown) => ({ value })) : [org];
    });
    for (const org of behalf) withScheme(org);
    doc.onBehalfOf = behalf;
  }
  if (doc.status === undefined && !context.fills('status') && typeof doc.at === 'string') {
    doc.status = toLocalDateTime(doc.at).date <= context.asOf ? 'HELD' : 'PLANNED';
  }
}

const ORG_ID: Partial<Pick<FieldInfo, 'kind' | 'list'>> = { kind: 'org-id' };

const SUPPORT: Readonly<Record<string, TypeSupport>> = {
  JobCoachReport: {
    ...NONE,
    defaults: { 'author.scheme': 'KVK' },
    reads: { 'author.value': { kind: 'digits', digits: 8 } },
  },
  WageCostSubsidyDeclaration: {
    ...NONE,
    defaults: { 'financingParty.scheme': 'GM' },
    reads: { 'financingParty.value': { kind: 'gm-code' } },
    derives: ['computed'],
    derive: deriveDeclaration,
  },
  ContactMoment: {
    ...NONE,
    reads: {
      'organisation.value': ORG_ID,
      'onBehalfOf.0.value': { ...ORG_ID, list: true },
      'onBehalfOf.1.value': ORG_ID,
      'onBehalfOf.2.value': ORG_ID,
    },
    derives: ['status', 'organisation.scheme'],
    derive: deriveContact,
    noteWhenDerived: { status: 'csv-status-from-date' },
    maskUnmapped: true,
  },
};

/** The importer's defaults and derived fields of a document type. */
export function typeSupport(documentType: string): TypeSupport {
  return SUPPORT[documentType] ?? NONE;
}

/** Whether `path` is a derived field or lies under one. */
export function isDerived(support: TypeSupport, path: string): boolean {
  return support.derives.some((d) => path === d || path.startsWith(`${d}.`));
}
