import { addDays, addMonthsClamped, isIsoDate, maxDate, minDate } from '../reference-data/internal/iso-date.js';
import type { ParameterUsed, ReferenceDataError } from '../reference-data/parameter-table.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { ParameterId } from '../reference-data/tables.js';
import {
  type CalculatorInputError,
  DEFAULT_ROUNDING_MODE,
  invalidInput,
  isNonNegative,
  type MoneyAmount,
  type RoundingMode,
  readParameters,
  toMoney,
} from './common.js';
import { cmp, fromNumber, min, mul, toNumber } from './internal/decimal.js';

/**
 * The three payroll allowances (*loonkostenvoordelen*) relevant to the banenafspraak.
 *
 * @public
 */
export type LkvInstrument = 'LKV_JOB_AGREEMENT' | 'LKV_DISABLED' | 'LKV_REHIRED_DISABLED';

const TABLES: Record<LkvInstrument, { rate: ParameterId; cap: ParameterId; maxYears: ParameterId }> = {
  LKV_JOB_AGREEMENT: {
    rate: ParameterId.LKV_JOB_AGREEMENT_RATE,
    cap: ParameterId.LKV_JOB_AGREEMENT_ANNUAL_CAP,
    maxYears: ParameterId.LKV_JOB_AGREEMENT_MAX_YEARS,
  },
  LKV_DISABLED: {
    rate: ParameterId.LKV_DISABLED_RATE,
    cap: ParameterId.LKV_DISABLED_ANNUAL_CAP,
    maxYears: ParameterId.LKV_DISABLED_MAX_YEARS,
  },
  LKV_REHIRED_DISABLED: {
    rate: ParameterId.LKV_REHIRED_DISABLED_RATE,
    cap: ParameterId.LKV_REHIRED_DISABLED_ANNUAL_CAP,
    maxYears: ParameterId.LKV_REHIRED_DISABLED_MAX_YEARS,
  },
};

/**
 * Input of {@link computeLkv}.
 *
 * @public
 */
export interface LkvInput {
  readonly instrument: LkvInstrument;
  /** Calendar year the paid hours are in; parameters are read on 1 January of it (REF-001). */
  readonly year: number;
  /** Paid hours (*verloonde uren*) in the year that fall inside `eligibleWindow`. */
  readonly paidHours: number;
  /** First day of employment. */
  readonly employmentStart: string;
  /** Last day of employment, when it ended. */
  readonly employmentEnd?: string;
  /** LKV banenafspraak before 2026: date the target-group statement (*doelgroepverklaring*) was requested. */
  readonly targetGroupStatementRequestedOn?: string;
  /** LKV banenafspraak from 2026: whether the employee is in the target-group register. */
  readonly inTargetGroupRegister?: boolean;
  /** Wsw or beschut-werk employment: no LKV banenafspraak (INS-017). */
  readonly shelteredEmployment?: boolean;
  readonly roundingMode?: RoundingMode;
  readonly referenceData?: ReferenceData;
}

/**
 * Regime of the LKV banenafspraak (INS-017).
 *
 * @public
 */
export type LkvRegime = 'LIMITED_YEARS' | 'WHILE_EMPLOYED';

/**
 * Computed LKV for one employee and year.
 *
 * @public
 */
export interface LkvComputation {
  readonly ok: true;
  readonly eligible: true;
  readonly instrument: LkvInstrument;
  readonly year: number;
  /** `WHILE_EMPLOYED` for the LKV banenafspraak from 2026 (structural), else `LIMITED_YEARS`. */
  readonly regime: LkvRegime;
  /** Days of the year the LKV applies to; `paidHours` must be the hours within it. */
  readonly eligibleWindow: { readonly from: string; readonly to: string };
  readonly ratePerHour: MoneyAmount;
  readonly annualCap: MoneyAmount;
  /** `min(rate × paidHours, cap)`, rounded once. */
  readonly amount: MoneyAmount;
  readonly capReached: boolean;
  readonly parametersUsed: readonly ParameterUsed[];
}

/**
 * Not eligible for the LKV in that year, with the reason.
 *
 * @public
 */
export interface LkvNotEligible {
  readonly ok: true;
  readonly eligible: false;
  readonly reason:
    | 'SHELTERED_EMPLOYMENT'
    | 'NOT_EMPLOYED_IN_YEAR'
    | 'MAX_DURATION_EXCEEDED'
    | 'STATEMENT_NOT_REQUESTED_IN_TIME'
    | 'NOT_IN_TARGET_GROUP_REGISTER';
  readonly ruleId: 'INS-017';
  readonly message: string;
  readonly messageEn: string;
  readonly parametersUsed: readonly ParameterUsed[];
}

/**
 * Result of {@link computeLkv}.
 *
 * @public
 */
export type LkvResult = LkvComputation | LkvNotEligible | ReferenceDataError | CalculatorInputError;

/**
 * Computes a payroll allowance (*loonkostenvoordeel*, LKV) for one employee and calendar year:
 * `min(rate × paidHours, annual cap)`, with the duration rules of INS-017.
 *
 * LKV banenafspraak: until 2025 at most 3 years from the start of employment and only when the
 * target-group statement was requested within 3 months of the start; from 2026-01-01
 * (table `LKV_JOB_AGREEMENT_STRUCTURAL`) while employed, register entry required, no statement.
 * The 2026 regime is applied per calendar year to all contracts (transition rules UNCERTAIN).
 * No LKV banenafspraak for Wsw or beschut-werk employment. "One LKV per employee (the highest)"
 * is left to the caller: compute each and keep the largest amount.
 *
 * @example
 * ```ts
 * const r = computeLkv({ instrument: 'LKV_JOB_AGREEMENT', year: 2026, paidHours: 1000, employmentStart: '2026-01-01', inTargetGroupRegister: true });
 * // r.ok && r.eligible → r.amount.cents === 101000
 * ```
 *
 * @public
 */
export function computeLkv(input: LkvInput): LkvResult {
  if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 9999)
    return invalidInput(['year'], 'Jaar is ongeldig.', 'year is invalid.');
  if (!isNonNegative(input.paidHours)) return invalidInput(['paidHours'], 'Verloonde uren moet ≥ 0 zijn.', 'paidHours must be ≥ 0.');
  if (!isIsoDate(input.employmentStart))
    return invalidInput(['employmentStart'], 'Startdatum dienstverband is geen geldige datum.', 'employmentStart is not a valid date.');
  if (input.employmentEnd !== undefined && !isIsoDate(input.employmentEnd))
    return invalidInput(['employmentEnd'], 'Einddatum dienstverband is geen geldige datum.', 'employmentEnd is not a valid date.');
  const mode = input.roundingMode ?? DEFAULT_ROUNDING_MODE;
  const yearStart = `${String(input.year).padStart(4, '0')}-01-01`;
  const yearEnd = `${String(input.year).padStart(4, '0')}-12-31`;
  const t = TABLES[input.instrument];
  const isJobAgreement = input.instrument === 'LKV_JOB_AGREEMENT';
  const p = readParameters(input.referenceData, yearStart, [t.rate, t.cap, t.maxYears]);
  if (!p.ok) return p;
  const jobAgreement = isJobAgreement
    ? readParameters(input.referenceData, yearStart, [
        ParameterId.LKV_JOB_AGREEMENT_STRUCTURAL,
        ParameterId.LKV_JOB_AGREEMENT_STATEMENT_MONTHS,
      ])
    : undefined;
  if (jobAgreement && !jobAgreement.ok) return jobAgreement;
  const used = jobAgreement ? [...p.used, ...jobAgreement.used] : p.used;
  const no = (reason: LkvNotEligible['reason'], message: string, messageEn: string): LkvNotEligible => ({
    ok: true,
    eligible: false,
    reason,
    ruleId: 'INS-017',
    message,
    messageEn,
    parametersUsed: used,
  });

  if (isJobAgreement && input.shelteredEmployment)
    return no(
      'SHELTERED_EMPLOYMENT',
      'Geen LKV banenafspraak voor een Wsw- of beschut-werkdienstverband.',
      'No LKV job agreement for Wsw or sheltered-work employment.',
    );

  const structural = jobAgreement !== undefined && cmp(jobAgreement.values.LKV_JOB_AGREEMENT_STRUCTURAL, fromNumber(1)) === 0;
  const regime: LkvRegime = structural ? 'WHILE_EMPLOYED' : 'LIMITED_YEARS';
  let windowFrom = maxDate(yearStart, input.employmentStart);
  let windowTo = input.employmentEnd ? minDate(yearEnd, input.employmentEnd) : yearEnd;
  if (windowTo < windowFrom)
    return no(
      'NOT_EMPLOYED_IN_YEAR',
      `De werknemer was in ${input.year} niet in dienst.`,
      `The employee was not employed in ${input.year}.`,
    );

  if (structural) {
    if (input.inTargetGroupRegister !== true)
      return no(
        'NOT_IN_TARGET_GROUP_REGISTER',
        'Vanaf 2026 vraagt de LKV banenafspraak een inschrijving in het doelgroepregister.',
        'From 2026 the LKV job agreement requires an entry in the target-group register.',
      );
  } else {
    const maxYears = toNumber(p.values[t.maxYears]);
    const durationEnd = addDays(addMonthsClamped(input.employmentStart, maxYears * 12), -1);
    windowTo = minDate(windowTo, durationEnd);
    if (windowTo < windowFrom)
      return no(
        'MAX_DURATION_EXCEEDED',
        `Het LKV geldt maximaal ${maxYears} jaar na de start van het dienstverband (tot en met ${durationEnd}).`,
        `The LKV applies at most ${maxYears} years from the start of employment (up to ${durationEnd}).`,
      );
    if (jobAgreement) {
      const months = toNumber(jobAgreement.values.LKV_JOB_AGREEMENT_STATEMENT_MONTHS);
      const deadline = addMonthsClamped(input.employmentStart, months);
      if (
        !input.targetGroupStatementRequestedOn ||
        !isIsoDate(input.targetGroupStatementRequestedOn) ||
        input.targetGroupStatementRequestedOn > deadline
      )
        return no(
          'STATEMENT_NOT_REQUESTED_IN_TIME',
          `De doelgroepverklaring moest binnen ${months} maanden na de start (uiterlijk ${deadline}) zijn aangevraagd.`,
          `The target-group statement had to be requested within ${months} months of the start (by ${deadline}).`,
        );
    }
  }
  windowFrom = maxDate(windowFrom, yearStart);
  const rate = p.values[t.rate];
  const cap = p.values[t.cap];
  const uncapped = mul(rate, fromNumber(input.paidHours));
  const amount = min(uncapped, cap);
  return {
    ok: true,
    eligible: true,
    instrument: input.instrument,
    year: input.year,
    regime,
    eligibleWindow: { from: windowFrom, to: windowTo },
    ratePerHour: toMoney(rate, mode),
    annualCap: toMoney(cap, mode),
    amount: toMoney(amount, mode),
    capReached: cmp(uncapped, cap) >= 0,
    parametersUsed: used,
  };
}
