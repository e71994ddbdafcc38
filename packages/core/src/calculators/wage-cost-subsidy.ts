import { endOfMonthsInclusive, isIsoDate, toDayNumber } from '../reference-data/internal/iso-date.js';
import type { ParameterUsed, ReferenceDataError } from '../reference-data/parameter-table.js';
import { splitPeriodAtAllBoundaries } from '../reference-data/parameter-table.js';
import { defaultReferenceData, type ReferenceData } from '../reference-data/reference-data.js';
import { ParameterId } from '../reference-data/tables.js';
import {
  type CalculatorInputError,
  DEFAULT_ROUNDING_MODE,
  dedupeUsed,
  invalidInput,
  isNonNegative,
  type MoneyAmount,
  type RoundingMode,
  readParameters,
  toMoney,
} from './common.js';
import { add, cmp, div, fromNumber, max, min, mul, ONE, percent, type Rational, rat, sub, ZERO } from './internal/decimal.js';

/**
 * Input of {@link computeWageCostSubsidy}.
 *
 * @public
 */
export interface WageCostSubsidyInput {
  /** Date the hours are about (REF-001): the worked day or the subsidy month, never today. */
  readonly date: string;
  /** Established wage value, integer percent (0–100). */
  readonly wageValuePct: number;
  /** Contractual hourly wage (*rechtens geldend loon*) in cents. */
  readonly hourlyWageCents: number;
  /** Hours per week; when given the result has `perWeek`. */
  readonly hoursPerWeek?: number;
  /** Paid hours in the period; when given the result has `perPeriod`. */
  readonly paidHours?: number;
  /** Compute on the basis including holiday pay (WML and wage both × (1 + holiday pay %)). Default false. */
  readonly includeHolidayPay?: boolean;
  /** Whether `hourlyWageCents` already includes holiday pay. Default false. */
  readonly wageIncludesHolidayPay?: boolean;
  /** Rounding of the final cents amounts. Default `HALF_UP`. */
  readonly roundingMode?: RoundingMode;
  /** Reference data to read parameters from. Default {@link defaultReferenceData}. */
  readonly referenceData?: ReferenceData;
}

/**
 * The LKS amounts for one date (brief §8.4). All `*PerHour` amounts are per paid hour.
 *
 * @public
 */
export interface WageCostSubsidyComputation {
  readonly ok: true;
  readonly eligible: true;
  readonly date: string;
  /** Minimum wage used (incl. holiday pay when `holidayPayIncluded`). */
  readonly minimumWagePerHour: MoneyAmount;
  /** Wage used (incl. holiday pay when `holidayPayIncluded`). */
  readonly wagePerHour: MoneyAmount;
  /** `wageValuePct/100 × wage`. */
  readonly wageValueAmountPerHour: MoneyAmount;
  /** `min(max(0, WML − wageValueAmount), cap% × WML)`. */
  readonly basePerHour: MoneyAmount;
  /** Whether the 70 % cap applied (INS-004). */
  readonly capped: boolean;
  /** `employerCharges% × base` (INS-005). */
  readonly employerChargesPerHour: MoneyAmount;
  /** `base + employerCharges`. */
  readonly totalPerHour: MoneyAmount;
  /** `totalPerHour × hoursPerWeek`, rounded once. */
  readonly perWeek?: MoneyAmount;
  /** `totalPerHour × paidHours`, rounded once. */
  readonly perPeriod?: MoneyAmount;
  readonly holidayPayIncluded: boolean;
  readonly roundingMode: RoundingMode;
  /** Parameter rows used, for audit and recomputation. */
  readonly parametersUsed: readonly ParameterUsed[];
}

/**
 * The case is not eligible; the reason names the rule.
 *
 * @public
 */
export interface NotEligible {
  readonly ok: true;
  readonly eligible: false;
  /** Machine-readable reason, e.g. `WAGE_VALUE_AT_LEAST_100`. */
  readonly reason: string;
  /** Rule behind the reason, e.g. `INS-002`. */
  readonly ruleId: string;
  readonly message: string;
  readonly messageEn: string;
  readonly parametersUsed: readonly ParameterUsed[];
}

/**
 * Result of {@link computeWageCostSubsidy}.
 *
 * @public
 */
export type WageCostSubsidyResult = WageCostSubsidyComputation | NotEligible | ReferenceDataError | CalculatorInputError;

interface ExactLks {
  wml: Rational;
  wage: Rational;
  wageValueAmount: Rational;
  base: Rational;
  capped: boolean;
  charges: Rational;
  total: Rational;
  used: ParameterUsed[];
}

function validateCommon(input: {
  date: string;
  hourlyWageCents?: number;
  hoursPerWeek?: number;
  paidHours?: number;
}): CalculatorInputError | undefined {
  if (!isIsoDate(input.date))
    return invalidInput(['date'], 'Datum is geen geldige datum (JJJJ-MM-DD).', 'date is not a valid date (YYYY-MM-DD).');
  if (input.hourlyWageCents !== undefined && !(isNonNegative(input.hourlyWageCents) && Number.isInteger(input.hourlyWageCents)))
    return invalidInput(
      ['hourlyWageCents'],
      'Uurloon moet een geheel aantal centen ≥ 0 zijn.',
      'hourlyWageCents must be a whole number of cents ≥ 0.',
    );
  if (input.hoursPerWeek !== undefined && !isNonNegative(input.hoursPerWeek))
    return invalidInput(['hoursPerWeek'], 'Uren per week moet ≥ 0 zijn.', 'hoursPerWeek must be ≥ 0.');
  if (input.paidHours !== undefined && !isNonNegative(input.paidHours))
    return invalidInput(['paidHours'], 'Verloonde uren moet ≥ 0 zijn.', 'paidHours must be ≥ 0.');
  return undefined;
}

function notEligible(reason: string, ruleId: string, message: string, messageEn: string, used: ParameterUsed[] = []): NotEligible {
  return { ok: true, eligible: false, reason, ruleId, message, messageEn, parametersUsed: used };
}

/**
 * Tables an LKS amount is computed with (brief §8.4); the holiday-pay table joins them when
 * holiday pay is part of the basis. @internal
 */
export const LKS_PARAMETERS = [ParameterId.WML_HOURLY_ADULT, ParameterId.LKS_CAP_PCT_OF_WML, ParameterId.LKS_EMPLOYER_CHARGES_PCT] as const;

/** Reads the holiday-pay percentage only when it is `wanted`; read after the other tables, so audit order and the first REF-002 stay. */
function readHolidayPay(referenceData: ReferenceData | undefined, date: string, wanted: boolean) {
  return wanted ? readParameters(referenceData, date, [ParameterId.HOLIDAY_PAY_PCT]) : undefined;
}

function exactLks(input: WageCostSubsidyInput): ExactLks | ReferenceDataError {
  const includeHoliday = input.includeHolidayPay ?? false;
  const wageHasHoliday = input.wageIncludesHolidayPay ?? false;
  const p = readParameters(input.referenceData, input.date, LKS_PARAMETERS);
  if (!p.ok) return p;
  const holiday = readHolidayPay(input.referenceData, input.date, includeHoliday || wageHasHoliday);
  if (holiday && !holiday.ok) return holiday;
  const v = p.values;
  const holidayFactor = holiday ? add(ONE, percent(holiday.values.HOLIDAY_PAY_PCT)) : ONE;
  let wml = v.WML_HOURLY_ADULT;
  let wage = rat(BigInt(input.hourlyWageCents), 100n);
  if (includeHoliday) wml = mul(wml, holidayFactor);
  if (includeHoliday && !wageHasHoliday) wage = mul(wage, holidayFactor);
  if (!includeHoliday && wageHasHoliday) wage = div(wage, holidayFactor);
  const wageValueAmount = mul(percent(fromNumber(input.wageValuePct)), wage);
  const uncapped = max(ZERO, sub(wml, wageValueAmount));
  const cap = mul(percent(v.LKS_CAP_PCT_OF_WML), wml);
  const base = min(uncapped, cap);
  const charges = mul(percent(v.LKS_EMPLOYER_CHARGES_PCT), base);
  const used = holiday ? [...p.used, ...holiday.used] : p.used;
  return { wml, wage, wageValueAmount, base, capped: cmp(uncapped, cap) > 0, charges, total: add(base, charges), used };
}

function checkWageValue(wageValuePct: unknown): CalculatorInputError | NotEligible | undefined {
  if (typeof wageValuePct !== 'number' || !Number.isFinite(wageValuePct) || wageValuePct < 0)
    return invalidInput(['wageValuePct'], 'Loonwaarde moet een percentage ≥ 0 zijn.', 'wageValuePct must be a percentage ≥ 0.');
  if (wageValuePct >= 100)
    return notEligible(
      'WAGE_VALUE_AT_LEAST_100',
      'INS-002',
      'Geen loonkostensubsidie bij een loonwaarde van 100% of meer.',
      'No wage-cost subsidy at a wage value of 100% or more.',
    );
  return undefined;
}

/**
 * Computes the wage-cost subsidy (*loonkostensubsidie*, LKS) per paid hour on one date,
 * following brief §8.4: wage-value amount, base capped at 70 % of the minimum wage (INS-004),
 * employer charges 23.5 % (INS-005), total; per week and per period when hours are given.
 *
 * All intermediate values are exact; each money field is rounded once from its exact value.
 * Not eligible at `wageValuePct ≥ 100` (INS-002). A date without reference data returns REF-002.
 * For a period that may cross a minimum-wage boundary use {@link computeWageCostSubsidyForPeriod}.
 *
 * @example
 * ```ts
 * const r = computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 60, hourlyWageCents: 1471, hoursPerWeek: 24 });
 * if (r.ok && r.eligible) {
 *   r.totalPerHour.exactEuro; // '7.26674'
 *   r.perWeek?.cents;         // 17440
 * }
 * ```
 *
 * @public
 */
export function computeWageCostSubsidy(input: WageCostSubsidyInput): WageCostSubsidyResult {
  const bad = validateCommon(input) ?? checkWageValue(input.wageValuePct);
  if (bad) return bad;
  const mode = input.roundingMode ?? DEFAULT_ROUNDING_MODE;
  const x = exactLks(input);
  if ('ok' in x) return x;
  return {
    ok: true,
    eligible: true,
    date: input.date,
    minimumWagePerHour: toMoney(x.wml, mode),
    wagePerHour: toMoney(x.wage, mode),
    wageValueAmountPerHour: toMoney(x.wageValueAmount, mode),
    basePerHour: toMoney(x.base, mode),
    capped: x.capped,
    employerChargesPerHour: toMoney(x.charges, mode),
    totalPerHour: toMoney(x.total, mode),
    ...(input.hoursPerWeek !== undefined ? { perWeek: toMoney(mul(x.total, fromNumber(input.hoursPerWeek)), mode) } : {}),
    ...(input.paidHours !== undefined ? { perPeriod: toMoney(mul(x.total, fromNumber(input.paidHours)), mode) } : {}),
    holidayPayIncluded: input.includeHolidayPay ?? false,
    roundingMode: mode,
    parametersUsed: x.used,
  };
}

/**
 * Input of {@link computeWageCostSubsidyForPeriod}.
 *
 * @public
 */
export interface WageCostSubsidyPeriodInput extends Omit<WageCostSubsidyInput, 'date' | 'hoursPerWeek' | 'paidHours'> {
  /** The period (both ends inclusive). */
  readonly period: { readonly from: string; readonly to: string };
  /**
   * Hours: either `hoursPerWeek` (a part of `d` days gets `hoursPerWeek × d / 7` hours) or
   * `paidHours` for the whole period (spread over its calendar days pro rata).
   */
  readonly hoursPerWeek?: number;
  readonly paidHours?: number;
}

/**
 * One part of a period with constant parameters.
 *
 * @public
 */
export interface WageCostSubsidyPart {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** Paid hours attributed to the part (exact). */
  readonly paidHoursExact: string;
  readonly totalPerHour: MoneyAmount;
  /** Amount for the part, rounded for display; the period total is rounded once from the exact sum. */
  readonly amount: MoneyAmount;
  readonly parametersUsed: readonly ParameterUsed[];
}

/**
 * Result of {@link computeWageCostSubsidyForPeriod}.
 *
 * @public
 */
export type WageCostSubsidyPeriodResult =
  | {
      readonly ok: true;
      readonly eligible: true;
      readonly parts: readonly WageCostSubsidyPart[];
      /** Exact sum of the parts, rounded once. */
      readonly total: MoneyAmount;
      readonly roundingMode: RoundingMode;
      readonly parametersUsed: readonly ParameterUsed[];
    }
  | NotEligible
  | ReferenceDataError
  | CalculatorInputError;

/**
 * Computes the wage-cost subsidy for a period, split at every parameter boundary (REF-003):
 * a week from Monday 30 June to Sunday 6 July 2025 uses €14.06 for one day and €14.40 for six.
 *
 * Hours are attributed to parts pro rata by calendar days (a documented convention; pass
 * separate periods when the actual hours per part are known).
 *
 * @example
 * ```ts
 * const r = computeWageCostSubsidyForPeriod({
 *   period: { from: '2025-06-30', to: '2025-07-06' }, wageValuePct: 60, hourlyWageCents: 1440, hoursPerWeek: 24,
 * });
 * // r.ok && r.eligible → r.parts.length === 2
 * ```
 *
 * @public
 */
export function computeWageCostSubsidyForPeriod(input: WageCostSubsidyPeriodInput): WageCostSubsidyPeriodResult {
  const x = exactLksForPeriod(input);
  if (!x.ok || !x.eligible) return x;
  const mode = input.roundingMode ?? DEFAULT_ROUNDING_MODE;
  const parts = x.parts.map(
    (part): WageCostSubsidyPart => ({
      from: part.from,
      to: part.to,
      days: part.days,
      paidHoursExact: toMoney(part.hours, mode).exactEuro,
      totalPerHour: toMoney(part.lks.total, mode),
      amount: toMoney(part.amount, mode),
      parametersUsed: part.lks.used,
    }),
  );
  return { ok: true, eligible: true, parts, total: toMoney(x.total, mode), roundingMode: mode, parametersUsed: x.parametersUsed };
}

/** One part of a period with its exact figures. */
interface ExactPart {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly hours: Rational;
  readonly lks: ExactLks;
  readonly amount: Rational;
}

/**
 * {@link computeWageCostSubsidyForPeriod} before rounding: the exact parts and total. LKD-001
 * needs only the total in cents and the rows used, and formatting every part costs more than
 * the computation. @internal
 */
export function exactLksForPeriod(input: WageCostSubsidyPeriodInput):
  | {
      readonly ok: true;
      readonly eligible: true;
      readonly parts: readonly ExactPart[];
      readonly total: Rational;
      readonly parametersUsed: readonly ParameterUsed[];
    }
  | NotEligible
  | ReferenceDataError
  | CalculatorInputError {
  const { period } = input;
  if (!isIsoDate(period?.from) || !isIsoDate(period?.to) || period.to < period.from)
    return invalidInput(['period'], 'Periode moet geldige datums hebben met einde ≥ begin.', 'period needs valid dates with to ≥ from.');
  const { hoursPerWeek, paidHours } = input;
  const hours: { perWeek: number } | { inPeriod: number } | false =
    paidHours === undefined
      ? hoursPerWeek !== undefined && { perWeek: hoursPerWeek }
      : hoursPerWeek === undefined && { inPeriod: paidHours };
  if (!hours) return invalidInput(['hoursPerWeek'], 'Geef óf uren per week óf verloonde uren.', 'Give either hoursPerWeek or paidHours.');
  const bad = validateCommon({ date: period.from, ...input }) ?? checkWageValue(input.wageValuePct);
  if (bad) return bad;
  const rd = input.referenceData ?? defaultReferenceData;
  const needHoliday = (input.includeHolidayPay ?? false) || (input.wageIncludesHolidayPay ?? false);
  const tableIds: readonly ParameterId[] = needHoliday ? [...LKS_PARAMETERS, ParameterId.HOLIDAY_PAY_PCT] : LKS_PARAMETERS;
  const tables = [];
  for (const id of tableIds) {
    const t = rd.tables[id];
    if (!t) return readParameters(rd, period.from, [id]) as ReferenceDataError;
    tables.push(t);
  }
  const split = splitPeriodAtAllBoundaries(period, tables);
  if (!split.ok) return split;
  const totalDays = toDayNumber(period.to) - toDayNumber(period.from) + 1;
  const parts: ExactPart[] = [];
  let total = ZERO;
  const used: ParameterUsed[] = [];
  for (const part of split.parts) {
    const days = toDayNumber(part.to) - toDayNumber(part.from) + 1;
    const partHours =
      'perWeek' in hours
        ? mul(fromNumber(hours.perWeek), rat(BigInt(days), 7n))
        : mul(fromNumber(hours.inPeriod), rat(BigInt(days), BigInt(totalDays)));
    const x = exactLks({ ...input, date: part.from });
    if ('ok' in x) return x;
    const amount = mul(x.total, partHours);
    total = add(total, amount);
    used.push(...x.used);
    parts.push({ from: part.from, to: part.to, days, hours: partHours, lks: x, amount });
  }
  return { ok: true, eligible: true, parts, total, parametersUsed: dedupeUsed(used) };
}

/**
 * Input of {@link computeFixedRateSubsidy}.
 *
 * @public
 */
export interface FixedRateSubsidyInput {
  /** Date the hours are about (REF-001). */
  readonly date: string;
  /** First day of employment; the fixed rate applies at most 6 months from it (INS-006). */
  readonly employmentStart: string;
  readonly hoursPerWeek?: number;
  readonly paidHours?: number;
  /** Add employer charges (23.5 %) on top of the fixed rate. UNCERTAIN (brief §8.4), default false. */
  readonly includeEmployerCharges?: boolean;
  /** Compute on the minimum wage including holiday pay. Default false. */
  readonly includeHolidayPay?: boolean;
  readonly roundingMode?: RoundingMode;
  readonly referenceData?: ReferenceData;
}

/**
 * Amounts of the fixed-rate LKS on one date.
 *
 * @public
 */
export interface FixedRateSubsidyComputation {
  readonly ok: true;
  readonly eligible: true;
  readonly date: string;
  /** Last day the fixed rate may apply (start + max months, end inclusive). */
  readonly windowEnd: string;
  readonly minimumWagePerHour: MoneyAmount;
  /** `fixedRate% × WML`. */
  readonly basePerHour: MoneyAmount;
  /** Zero unless `includeEmployerCharges`. */
  readonly employerChargesPerHour: MoneyAmount;
  readonly totalPerHour: MoneyAmount;
  readonly perWeek?: MoneyAmount;
  readonly perPeriod?: MoneyAmount;
  readonly employerChargesIncluded: boolean;
  readonly holidayPayIncluded: boolean;
  readonly roundingMode: RoundingMode;
  readonly parametersUsed: readonly ParameterUsed[];
}

/**
 * Result of {@link computeFixedRateSubsidy}.
 *
 * @public
 */
export type FixedRateSubsidyResult = FixedRateSubsidyComputation | NotEligible | ReferenceDataError | CalculatorInputError;

/**
 * Computes the fixed-rate wage-cost subsidy (*forfaitaire loonkostensubsidie*): 50 % of the
 * minimum wage per hour, at most 6 months from the start of employment (INS-006). Whether
 * employer charges are added is UNCERTAIN, so it is an option (default off).
 *
 * @example
 * ```ts
 * const r = computeFixedRateSubsidy({ date: '2026-02-01', employmentStart: '2026-01-01' });
 * // r.ok && r.eligible → r.basePerHour.exactEuro === '7.355'
 * ```
 *
 * @public
 */
export function computeFixedRateSubsidy(input: FixedRateSubsidyInput): FixedRateSubsidyResult {
  const bad = validateCommon(input);
  if (bad) return bad;
  if (!isIsoDate(input.employmentStart))
    return invalidInput(['employmentStart'], 'Startdatum dienstverband is geen geldige datum.', 'employmentStart is not a valid date.');
  const mode = input.roundingMode ?? DEFAULT_ROUNDING_MODE;
  const withCharges = input.includeEmployerCharges ?? false;
  const withHoliday = input.includeHolidayPay ?? false;
  const p = readParameters(input.referenceData, input.date, [
    ParameterId.WML_HOURLY_ADULT,
    ParameterId.LKS_FIXED_RATE_PCT_OF_WML,
    ParameterId.LKS_FIXED_RATE_MAX_MONTHS,
  ]);
  if (!p.ok) return p;
  // Optional tables after the required ones, so audit order and the first REF-002 stay.
  const chargesPct = withCharges ? readParameters(input.referenceData, input.date, [ParameterId.LKS_EMPLOYER_CHARGES_PCT]) : undefined;
  if (chargesPct && !chargesPct.ok) return chargesPct;
  const holiday = readHolidayPay(input.referenceData, input.date, withHoliday);
  if (holiday && !holiday.ok) return holiday;
  const v = p.values;
  const used = [...p.used, ...(chargesPct?.used ?? []), ...(holiday?.used ?? [])];
  const months = Number(v.LKS_FIXED_RATE_MAX_MONTHS.n / v.LKS_FIXED_RATE_MAX_MONTHS.d);
  const windowEnd = endOfMonthsInclusive(input.employmentStart, months);
  if (input.date < input.employmentStart)
    return notEligible(
      'BEFORE_EMPLOYMENT_START',
      'INS-006',
      'De datum ligt vóór de start van het dienstverband.',
      'The date lies before the start of employment.',
      used,
    );
  if (input.date > windowEnd)
    return notEligible(
      'FIXED_RATE_PERIOD_EXCEEDED',
      'INS-006',
      `Forfaitaire loonkostensubsidie geldt maximaal ${months} maanden na de start van het dienstverband (tot en met ${windowEnd}); daarna is een vastgestelde loonwaarde nodig.`,
      `The fixed-rate subsidy applies at most ${months} months from the start of employment (up to ${windowEnd}); after that an established wage value is needed.`,
      used,
    );
  let wml = v.WML_HOURLY_ADULT;
  if (holiday) wml = mul(wml, add(ONE, percent(holiday.values.HOLIDAY_PAY_PCT)));
  const base = mul(percent(v.LKS_FIXED_RATE_PCT_OF_WML), wml);
  const charges = chargesPct ? mul(percent(chargesPct.values.LKS_EMPLOYER_CHARGES_PCT), base) : ZERO;
  const total = add(base, charges);
  return {
    ok: true,
    eligible: true,
    date: input.date,
    windowEnd,
    minimumWagePerHour: toMoney(wml, mode),
    basePerHour: toMoney(base, mode),
    employerChargesPerHour: toMoney(charges, mode),
    totalPerHour: toMoney(total, mode),
    ...(input.hoursPerWeek !== undefined ? { perWeek: toMoney(mul(total, fromNumber(input.hoursPerWeek)), mode) } : {}),
    ...(input.paidHours !== undefined ? { perPeriod: toMoney(mul(total, fromNumber(input.paidHours)), mode) } : {}),
    employerChargesIncluded: withCharges,
    holidayPayIncluded: withHoliday,
    roundingMode: mode,
    parametersUsed: used,
  };
}
