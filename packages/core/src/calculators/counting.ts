import { type TargetGroupBasis, TargetGroupBasisList } from '../codelists/target-group-basis.js';
import { isIsoDate, toDayNumber } from '../reference-data/internal/iso-date.js';
import type { ParameterUsed, ReferenceDataError } from '../reference-data/parameter-table.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { ParameterId } from '../reference-data/tables.js';
import { readParameters } from './common.js';
import { add, cmp, div, fromNumber, mul, type Rational, rat, toExactString, toNumber, ZERO } from './internal/decimal.js';

/** Paid hours of one person over one period, e.g. from an LKS declaration or the payroll. */
export interface PaidHoursRecord {
  /** Reference without personal data (e.g. the declaration id), echoed in the result. */
  readonly id?: string;
  /** Loonheffingennummer of the payroll unit that paid the hours. */
  readonly payrollTaxNumber: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly paidHours: number;
  /** Target-group basis of the person on the period; without one the hours do not count. */
  readonly basis?: TargetGroupBasis;
}

/** Why a record adds nothing to the count. */
export type PaidHoursExclusion = 'NO_BASIS' | 'BASIS_DOES_NOT_COUNT' | 'OUTSIDE_YEAR' | 'INVALID_RECORD';

/** The count of one loonheffingennummer in one calendar year. */
export interface PayrollTaxNumberCount {
  readonly payrollTaxNumber: string;
  /** Paid hours that count, exact decimal (or fraction when a period crosses the year). */
  readonly countedPaidHours: string;
  /** `countedPaidHours / (25.5 × days in the year / 7)`, full precision. */
  readonly jobEquivalents: number;
  /** CNT-003, when the total paid hours of the tax number were given. */
  readonly quota?: QuotaApplicability;
}

/** CNT-003: whether the quota regime applies to a loonheffingennummer in a year. */
export interface QuotaApplicability {
  readonly ruleId: 'CNT-003';
  readonly severity: 'information';
  /** Total paid hours of all employees of the tax number in the year, as given. */
  readonly totalPaidHours: number;
  readonly thresholdPaidHours: string;
  /** `totalPaidHours > threshold` (the quota applies above, not at, the threshold). */
  readonly applies: boolean;
  readonly message: string;
  readonly messageEn: string;
  readonly parametersUsed: readonly ParameterUsed[];
}

/** Result of {@link countPaidHours}. */
export type PaidHoursCount =
  | {
      readonly ok: true;
      readonly year: number;
      readonly byPayrollTaxNumber: readonly PayrollTaxNumberCount[];
      /** Every record that added nothing, with the reason: nothing disappears silently. */
      readonly excluded: readonly { readonly index: number; readonly id?: string; readonly reason: PaidHoursExclusion }[];
      readonly parametersUsed: readonly ParameterUsed[];
    }
  | ReferenceDataError;

/**
 * CNT-003 for one loonheffingennummer: the quota applies when its employees' paid hours in
 * the year exceed the threshold (40,575 h, about 25 employees; reference data
 * `QUOTA_THRESHOLD_PAID_HOURS`, selected on 1 January of the year). Information only: the
 * current quota regime is UNCERTAIN (brief §7.6, §10.2).
 *
 * @example
 * ```ts
 * const q = assessQuota({ year: 2026, totalPaidHours: 52_000 });
 * // q.ok && q.applies === true
 * ```
 */
export function assessQuota(input: {
  readonly year: number;
  readonly totalPaidHours: number;
  readonly referenceData?: ReferenceData;
}): (QuotaApplicability & { readonly ok: true }) | ReferenceDataError {
  const p = readParameters(input.referenceData, `${input.year}-01-01`, [ParameterId.QUOTA_THRESHOLD_PAID_HOURS]);
  if (!p.ok) return p;
  const threshold = p.values[ParameterId.QUOTA_THRESHOLD_PAID_HOURS];
  const applies = cmp(fromNumber(input.totalPaidHours), threshold) > 0;
  const t = toExactString(threshold);
  return {
    ok: true,
    ruleId: 'CNT-003',
    severity: 'information',
    totalPaidHours: input.totalPaidHours,
    thresholdPaidHours: t,
    applies,
    message: applies
      ? `Met meer dan ${t} verloonde uren in ${input.year} valt dit loonheffingennummer onder de quotumregeling.`
      : `Met hoogstens ${t} verloonde uren in ${input.year} valt dit loonheffingennummer niet onder de quotumregeling.`,
    messageEn: applies
      ? `With more than ${t} paid hours in ${input.year} this payroll tax number falls under the quota regime.`
      : `With at most ${t} paid hours in ${input.year} this payroll tax number does not fall under the quota regime.`,
    parametersUsed: p.used,
  };
}

/** Why a record adds nothing to the count of a year, or `undefined` when it counts. */
function exclusionOf(r: PaidHoursRecord, yearStart: string, yearEnd: string): PaidHoursExclusion | undefined {
  if (!isIsoDate(r.period.from) || !isIsoDate(r.period.to) || r.period.to < r.period.from || !(r.paidHours >= 0)) return 'INVALID_RECORD';
  if (r.period.to < yearStart || r.period.from > yearEnd) return 'OUTSIDE_YEAR';
  if (r.basis === undefined) return 'NO_BASIS';
  if (TargetGroupBasisList.get(r.basis)?.countsForJobAgreement !== true) return 'BASIS_DOES_NOT_COUNT';
  return undefined;
}

/**
 * Counts toward the banenafspraak per loonheffingennummer for one calendar year (CNT-001):
 * only paid hours, only of people whose basis counts, hours of a period that crosses the year
 * boundary attributed pro rata by days. Job equivalents = counted hours / (25.5 × days in the
 * year / 7). With `totalPaidHours` per tax number, also says whether the quota applies
 * (CNT-003). Every record that adds nothing is listed with its reason. Label totals
 * "indicative": the official figures are UWV's (brief §10.2).
 *
 * @example
 * ```ts
 * const r = countPaidHours({
 *   year: 2026,
 *   records: [{ payrollTaxNumber: '123456782L01', period: { from: '2026-03-01', to: '2026-03-31' }, paidHours: 104, basis: 'PW_NO_WML_CAPACITY' }],
 * });
 * // r.ok → r.byPayrollTaxNumber[0].countedPaidHours === '104'
 * ```
 */
export function countPaidHours(input: {
  readonly year: number;
  readonly records: readonly PaidHoursRecord[];
  /** Total paid hours of all employees per loonheffingennummer in the year, for CNT-003. */
  readonly totalPaidHours?: Readonly<Record<string, number>>;
  readonly referenceData?: ReferenceData;
}): PaidHoursCount {
  const { year } = input;
  const yearStart = `${String(year).padStart(4, '0')}-01-01`;
  const yearEnd = `${String(year).padStart(4, '0')}-12-31`;
  const p = readParameters(input.referenceData, yearStart, [ParameterId.HOURS_PER_JOB]);
  if (!p.ok) return p;
  const hoursPerJob = p.values[ParameterId.HOURS_PER_JOB];
  const daysInYear = toDayNumber(yearEnd) - toDayNumber(yearStart) + 1;
  const totals = new Map<string, Rational>();
  const excluded: { index: number; id?: string; reason: PaidHoursExclusion }[] = [];
  for (const [index, r] of input.records.entries()) {
    const reason = exclusionOf(r, yearStart, yearEnd);
    if (reason !== undefined) {
      excluded.push({ index, ...(r.id !== undefined ? { id: r.id } : {}), reason });
      continue;
    }
    const days = toDayNumber(r.period.to) - toDayNumber(r.period.from) + 1;
    const from = r.period.from < yearStart ? yearStart : r.period.from;
    const to = r.period.to > yearEnd ? yearEnd : r.period.to;
    const inYear = toDayNumber(to) - toDayNumber(from) + 1;
    const hours = mul(fromNumber(r.paidHours), rat(BigInt(inYear), BigInt(days)));
    totals.set(r.payrollTaxNumber, add(totals.get(r.payrollTaxNumber) ?? ZERO, hours));
  }
  const used: ParameterUsed[] = [...p.used];
  const byPayrollTaxNumber: PayrollTaxNumberCount[] = [];
  const numbers = new Set([...totals.keys(), ...Object.keys(input.totalPaidHours ?? {})]);
  for (const payrollTaxNumber of [...numbers].sort()) {
    const counted = totals.get(payrollTaxNumber) ?? ZERO;
    const total = input.totalPaidHours?.[payrollTaxNumber];
    let quota: QuotaApplicability | undefined;
    if (total !== undefined) {
      const q = assessQuota({ year, totalPaidHours: total, ...(input.referenceData ? { referenceData: input.referenceData } : {}) });
      if (!q.ok) return q;
      const { ok: _ok, ...rest } = q;
      quota = rest;
      if (!used.some((u) => u.tableId === q.parametersUsed[0]?.tableId)) used.push(...q.parametersUsed);
    }
    byPayrollTaxNumber.push({
      payrollTaxNumber,
      countedPaidHours: toExactString(counted),
      jobEquivalents: toNumber(div(counted, mul(hoursPerJob, rat(BigInt(daysInYear), 7n)))),
      ...(quota ? { quota } : {}),
    });
  }
  return { ok: true, year, byPayrollTaxNumber, excluded, parametersUsed: used };
}
