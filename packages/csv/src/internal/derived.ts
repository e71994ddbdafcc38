/**
 * What the importer fills in per document type where sheets leave it out: fixed defaults
 * (a job-coach organisation is named by its KvK number, a paying municipality by its GM code)
 * and fields it computes with core's calculators (an LKS declaration's subsidy and the
 * parameter rows it used). A mapping's own columns and constants always win.
 */
import { computeWageCostSubsidyForPeriod } from '@banenafspraak/core';
import type { FieldInfo } from './fields.js';

/** A document being assembled from a row. */
export type Draft = Record<string | number, unknown>;

export interface TypeSupport {
  /** Field path → value used when no column or constant fills the field. */
  readonly defaults: Readonly<Record<string, string>>;
  /**
   * Field path → how its cells are read when the schema only says "text": the identifier the
   * default scheme names (a municipality's name becomes its GM code, a KvK number written with
   * spaces is read as its digits).
   */
  readonly reads: Readonly<Record<string, Pick<FieldInfo, 'kind' | 'digits'>>>;
  /** Fields (with everything under them) that `derive` fills, so no column is required for them. */
  readonly derives: readonly string[];
  /** Computes the derived fields of a row's document, before validation; leaves them out when it cannot. */
  readonly derive: ((doc: Draft) => void) | undefined;
}

const NONE: TypeSupport = { defaults: {}, reads: {}, derives: [], derive: undefined };

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

const SUPPORT: Readonly<Record<string, TypeSupport>> = {
  JobCoachReport: {
    defaults: { 'author.scheme': 'KVK' },
    reads: { 'author.value': { kind: 'digits', digits: 8 } },
    derives: [],
    derive: undefined,
  },
  WageCostSubsidyDeclaration: {
    defaults: { 'financingParty.scheme': 'GM' },
    reads: { 'financingParty.value': { kind: 'gm-code' } },
    derives: ['computed'],
    derive: deriveDeclaration,
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
