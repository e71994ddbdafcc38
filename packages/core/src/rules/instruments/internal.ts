import { computeWageCostSubsidy, LKS_PARAMETERS } from '../../calculators/wage-cost-subsidy.js';
import type { Instrument } from '../../codelists/instrument.js';
import type { InstrumentGrant, Placement } from '../../documents/placement.js';
import { endOfMonthsInclusive } from '../../reference-data/internal/iso-date.js';
import {
  type ParameterTable,
  type ReferenceDataError,
  referenceDataError,
  splitPeriodAtAllBoundaries,
} from '../../reference-data/parameter-table.js';
import type { ReferenceData } from '../../reference-data/reference-data.js';
import { ParameterId } from '../../reference-data/tables.js';

/** A grant with its index in `instruments[]`. @internal */
export interface IndexedGrant {
  readonly grant: InstrumentGrant;
  readonly index: number;
}

/** A placement's grants that are not rejected or revoked, with their index. @internal */
export function collectLiveGrants(p: Placement): readonly IndexedGrant[] {
  const out: IndexedGrant[] = [];
  (p.instruments ?? []).forEach((grant, index) => {
    if (grant.status !== 'REJECTED' && grant.status !== 'REVOKED') out.push({ grant, index });
  });
  return out;
}

/** The path of a field of a grant. @internal */
export function grantPath(index: number, ...rest: readonly (string | number)[]): (string | number)[] {
  return ['instruments', index, ...rest];
}

/** Last day of the placement when known: actual end, else planned end. @internal */
export function placementEnd(p: Placement): string | undefined {
  return p.actualEndDate ?? p.plannedEndDate;
}

/** Whole calendar months needed to cover `from`..`to` (end inclusive): 2026-03-01..2026-08-31 → 6. @internal */
export function monthsCovering(from: string, to: string): number {
  if (to < from) return 0;
  let m = 1;
  while (m < 1200 && endOfMonthsInclusive(from, m) < to) m++;
  return m;
}

/** Last day of a grant, or far in the future when open-ended (for overlap tests). @internal */
export function grantEnd(g: InstrumentGrant): string {
  return g.period.to ?? '9999-12-31';
}

/** Whether two grants share at least one day. @internal */
export function overlaps(a: InstrumentGrant, b: InstrumentGrant): boolean {
  return a.period.from <= grantEnd(b) && b.period.from <= grantEnd(a);
}

/** Tables an LKS amount is computed with (brief §8.4), per instrument. @internal */
export const LKS_TABLES: Partial<Record<Instrument, readonly string[]>> = {
  LKS: LKS_PARAMETERS,
  LKS_FIXED_RATE: [ParameterId.WML_HOURLY_ADULT, ParameterId.LKS_FIXED_RATE_PCT_OF_WML],
};

/** The dates of a grant the parameters are read for: `from`..`to`, or `from` alone when open-ended. @internal */
export function computedPeriod(g: InstrumentGrant): { from: string; to: string } {
  return { from: g.period.from, to: g.period.to ?? g.period.from };
}

/** Formats cents as euros, Dutch (`€ 7,27`) or English (`€7.27`). @internal */
export function euro(cents: number, locale: 'nl' | 'en'): string {
  const s = (cents / 100).toFixed(2);
  return locale === 'nl' ? `€ ${s.replace('.', ',')}` : `€${s}`;
}

/**
 * A grant's computed period split where any of its LKS tables changes row (REF-003); the
 * REF-002 error of the first table, in table order, that is missing or lacks a row for a day of
 * the period; undefined for instruments without LKS tables. @internal
 */
export function splitLksPeriod(
  g: InstrumentGrant,
  tables: Readonly<Record<string, ParameterTable>>,
): { readonly ok: true; readonly parts: readonly { readonly from: string; readonly to: string }[] } | ReferenceDataError | undefined {
  const ids = LKS_TABLES[g.instrument];
  if (!ids) return undefined;
  const period = computedPeriod(g);
  const present: ParameterTable[] = [];
  let missing: string | undefined;
  for (const id of ids) {
    const table = tables[id];
    if (!table) {
      missing = id;
      break;
    }
    present.push(table);
  }
  const split = splitPeriodAtAllBoundaries(period, present);
  if (!split.ok || missing === undefined) return split;
  return referenceDataError(missing, period.from, 'UNKNOWN_TABLE');
}

/**
 * The LKS per hour (cents) for a grant on its first day, on both holiday-pay bases (whether a
 * municipality computes with holiday pay is its practice). Undefined when the grant lacks the
 * inputs or the reference data has no row (REF-002 reports that). @internal
 */
export function expectedLksCents(
  p: Placement,
  g: InstrumentGrant,
  referenceData: ReferenceData,
): { excl: number; incl: number } | undefined {
  const wage = p.contract?.hourlyWageCents;
  if (g.wageValuePct === undefined || wage === undefined) return undefined;
  const base = {
    date: g.period.from,
    wageValuePct: g.wageValuePct,
    hourlyWageCents: wage,
    wageIncludesHolidayPay: p.contract?.wageIncludesHolidayPay ?? false,
    referenceData,
  };
  const excl = computeWageCostSubsidy({ ...base, includeHolidayPay: false });
  const incl = computeWageCostSubsidy({ ...base, includeHolidayPay: true });
  if (!excl.ok || !incl.ok || !('totalPerHour' in excl) || !('totalPerHour' in incl)) return undefined;
  return { excl: excl.totalPerHour.cents, incl: incl.totalPerHour.cents };
}

/** The largest LKS per hour (cents) on a date: 70% of the minimum wage incl. holiday pay plus employer charges (INS-004). @internal */
export function maxLksCents(date: string, referenceData: ReferenceData): number | undefined {
  const r = computeWageCostSubsidy({ date, wageValuePct: 0, hourlyWageCents: 0, includeHolidayPay: true, referenceData });
  return r.ok && 'totalPerHour' in r ? r.totalPerHour.cents : undefined;
}
