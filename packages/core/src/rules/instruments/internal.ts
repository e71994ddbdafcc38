import { computeWageCostSubsidy } from '../../calculators/wage-cost-subsidy.js';
import { endOfMonthsInclusive } from '../../reference-data/internal/iso-date.js';
import type { Instrument } from '../../codelists/instrument.js';
import type { InstrumentGrant, Placement } from '../../documents/placement.js';
import { type ParameterTable, splitPeriodAtAllBoundaries } from '../../reference-data/parameter-table.js';
import type { ReferenceData } from '../../reference-data/reference-data.js';
import { ParameterId } from '../../reference-data/tables.js';
import type { RuleContext } from '../legacy.js';
import { scopeOf } from '../scope.js';

/** A grant with its index in `instruments[]`. @internal */
export interface IndexedGrant {
  readonly grant: InstrumentGrant;
  readonly index: number;
}

const NO_GRANTS: readonly IndexedGrant[] = Object.freeze([]);

/** Instrument lists several rules ask {@link liveGrants} for: shared, so one validation filters once. @internal */
export const GRANTS_LKS: readonly Instrument[] = Object.freeze(['LKS']);
/** @internal */
export const GRANTS_LKS_LKS_FIXED_RATE: readonly Instrument[] = Object.freeze(['LKS', 'LKS_FIXED_RATE']);

/** @internal */
export function collectLiveGrants(p: Placement): readonly IndexedGrant[] {
  const grants = p.instruments;
  if (grants === undefined || grants.length === 0) return NO_GRANTS;
  const out: IndexedGrant[] = [];
  for (let index = 0; index < grants.length; index++) {
    const grant = grants[index]!;
    if (grant.status !== 'REJECTED' && grant.status !== 'REVOKED') out.push({ grant, index });
  }
  return out;
}

/**
 * Grants that are not rejected or revoked, with their index, optionally of some instruments.
 * During `validate` the list is computed once per call (see `../scope.ts`). The result is
 * shared: do not change it. @internal
 */
export function liveGrants(p: Placement, instruments?: readonly Instrument[], ctx?: RuleContext): readonly IndexedGrant[] {
  const scope = scopeOf(p, ctx);
  let all: readonly IndexedGrant[];
  if (scope === undefined) all = collectLiveGrants(p);
  else if (scope.liveGrants !== undefined) all = scope.liveGrants as readonly IndexedGrant[];
  else scope.liveGrants = all = collectLiveGrants(p);
  if (!instruments || all.length === 0) return all;
  const matching = countOf(all, instruments);
  // All or none need no new list (the common case: one or two grants of one instrument).
  if (matching === 0) return NO_GRANTS;
  if (matching === all.length) return all;
  if (scope === undefined) return grantsOf(all, instruments);
  const byList = (scope.liveGrantsOf ??= new Map());
  let some = byList.get(instruments) as readonly IndexedGrant[] | undefined;
  if (some === undefined) byList.set(instruments, (some = grantsOf(all, instruments)));
  return some;
}

function countOf(all: readonly IndexedGrant[], instruments: readonly Instrument[]): number {
  let n = 0;
  for (let i = 0; i < all.length; i++) if (isOneOf(all[i]!.grant.instrument, instruments)) n++;
  return n;
}

/** `instruments.includes(instrument)` for the short constant lists, without the builtin call. */
function isOneOf(instrument: Instrument, instruments: readonly Instrument[]): boolean {
  for (let k = 0; k < instruments.length; k++) if (instruments[k] === instrument) return true;
  return false;
}

function grantsOf(all: readonly IndexedGrant[], instruments: readonly Instrument[]): readonly IndexedGrant[] {
  const out: IndexedGrant[] = [];
  for (let i = 0; i < all.length; i++) if (instruments.includes(all[i]!.grant.instrument)) out.push(all[i]!);
  return out;
}

/** What the LKS helpers computed for one grant during one validation. */
interface GrantFacts {
  boundary?: { value: string | undefined | 'REF-002' };
  expected?: { value: { excl: number; incl: number } | undefined };
}

interface InstrumentFacts {
  readonly grants: Map<InstrumentGrant, GrantFacts>;
  readonly maxLks: Map<string, number | undefined>;
}

function factsOf(p: Placement, ctx: RuleContext | undefined): InstrumentFacts | undefined {
  const scope = scopeOf(p, ctx);
  if (scope === undefined) return undefined;
  let facts = scope.grantFacts as InstrumentFacts | undefined;
  if (facts === undefined) scope.grantFacts = facts = { grants: new Map(), maxLks: new Map() };
  return facts;
}

function grantFacts(p: Placement, g: InstrumentGrant, ctx: RuleContext | undefined): GrantFacts | undefined {
  const facts = factsOf(p, ctx);
  if (facts === undefined) return undefined;
  let f = facts.grants.get(g);
  if (f === undefined) facts.grants.set(g, (f = {}));
  return f;
}

/** {@link lksBoundary} of a grant of `p`, computed once per validation. @internal */
export function lksBoundaryOf(p: Placement, g: InstrumentGrant, ctx: RuleContext): string | undefined | 'REF-002' {
  if (LKS_TABLES[g.instrument] === undefined) return undefined;
  const f = grantFacts(p, g, ctx);
  if (f === undefined) return lksBoundary(g, ctx.referenceData.tables);
  return (f.boundary ??= { value: lksBoundary(g, ctx.referenceData.tables) }).value;
}

/** {@link expectedLksCents} of a grant of `p`, computed once per validation. @internal */
export function expectedLksCentsOf(p: Placement, g: InstrumentGrant, ctx: RuleContext): { excl: number; incl: number } | undefined {
  const f = grantFacts(p, g, ctx);
  if (f === undefined) return expectedLksCents(p, g, ctx.referenceData);
  return (f.expected ??= { value: expectedLksCents(p, g, ctx.referenceData) }).value;
}

/** {@link maxLksCents} on a date, computed once per date per validation of `p`. @internal */
export function maxLksCentsOf(p: Placement, date: string, ctx: RuleContext): number | undefined {
  const facts = factsOf(p, ctx);
  if (facts === undefined) return maxLksCents(date, ctx.referenceData);
  if (facts.maxLks.has(date)) return facts.maxLks.get(date);
  const max = maxLksCents(date, ctx.referenceData);
  facts.maxLks.set(date, max);
  return max;
}

export function grantPath(index: number, ...rest: (string | number)[]): (string | number)[] {
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
  LKS: [ParameterId.WML_HOURLY_ADULT, ParameterId.LKS_CAP_PCT_OF_WML, ParameterId.LKS_EMPLOYER_CHARGES_PCT],
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

/** Whether the grant's computed period crosses a row boundary of its LKS tables (REF-003), and where. @internal */
export function lksBoundary(g: InstrumentGrant, tables: Readonly<Record<string, ParameterTable>>): string | undefined | 'REF-002' {
  const ids = LKS_TABLES[g.instrument];
  if (!ids) return undefined;
  const ts = ids.map((id) => tables[id]).filter((t): t is ParameterTable => t !== undefined);
  if (ts.length !== ids.length) return 'REF-002';
  const split = splitPeriodAtAllBoundaries(computedPeriod(g), ts);
  if (!split.ok) return 'REF-002';
  return split.parts[1]?.from;
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
