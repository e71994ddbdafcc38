import { isIsoDate } from '../reference-data/internal/iso-date.js';
import type { ParameterUsed, ReferenceDataError } from '../reference-data/parameter-table.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { ParameterId } from '../reference-data/tables.js';
import {
  type CalculatorInputError,
  DEFAULT_ROUNDING_MODE,
  invalidInput,
  type MoneyAmount,
  type RoundingMode,
  readParameters,
  toMoney,
} from './common.js';
import { mul, percent } from './internal/decimal.js';

/**
 * Result of {@link computeMinimumHourlyWage}.
 *
 * @public
 */
export interface MinimumHourlyWage {
  readonly ok: true;
  readonly date: string;
  readonly age: number;
  readonly bbl: boolean;
  /** Hourly minimum wage for the age, rounded once to cents. */
  readonly perHour: MoneyAmount;
  readonly parametersUsed: readonly ParameterUsed[];
}

const YOUTH_TABLE: Record<number, ParameterId> = {
  20: ParameterId.WML_YOUTH_PCT_20,
  19: ParameterId.WML_YOUTH_PCT_19,
  18: ParameterId.WML_YOUTH_PCT_18,
  17: ParameterId.WML_YOUTH_PCT_17,
  16: ParameterId.WML_YOUTH_PCT_16,
  15: ParameterId.WML_YOUTH_PCT_15,
};
const BBL_TABLE: Record<number, ParameterId> = {
  20: ParameterId.WML_YOUTH_PCT_BBL_20,
  19: ParameterId.WML_YOUTH_PCT_BBL_19,
  18: ParameterId.WML_YOUTH_PCT_BBL_18,
};

/**
 * Hourly statutory minimum wage for an age on a date (brief §8.1–8.2): the adult rate from 21,
 * the youth percentage of it for 15–20, the BBL (work-study) percentage for 18–20 when `bbl`
 * (younger BBL students get the regular percentage). Whether LKS uses the age-specific
 * minimum wage is UNCERTAIN; the LKS calculators use the adult rate.
 *
 * @example
 * ```ts
 * const r = computeMinimumHourlyWage({ date: '2026-01-01', age: 20 });
 * // r.ok → r.perHour.cents === 1177
 * ```
 *
 * @public
 */
export function computeMinimumHourlyWage(input: {
  readonly date: string;
  readonly age: number;
  readonly bbl?: boolean;
  readonly roundingMode?: RoundingMode;
  readonly referenceData?: ReferenceData;
}): MinimumHourlyWage | ReferenceDataError | CalculatorInputError {
  if (!isIsoDate(input.date)) return invalidInput(['date'], 'Datum is geen geldige datum.', 'date is not a valid date.');
  if (!Number.isInteger(input.age) || input.age < 15)
    return invalidInput(
      ['age'],
      'Minimumloon is vastgesteld vanaf 15 jaar (geheel aantal jaren).',
      'Minimum wage is defined from age 15 (whole years).',
    );
  const bbl = input.bbl ?? false;
  const pctTable = input.age >= 21 ? undefined : ((bbl ? BBL_TABLE[input.age] : undefined) ?? YOUTH_TABLE[input.age]);
  const p = readParameters(input.referenceData, input.date, [ParameterId.WML_HOURLY_ADULT]);
  if (!p.ok) return p;
  const youth = pctTable ? readParameters(input.referenceData, input.date, [pctTable]) : undefined;
  if (youth && !youth.ok) return youth;
  const adult = p.values.WML_HOURLY_ADULT;
  const exact = pctTable && youth ? mul(adult, percent(youth.values[pctTable])) : adult;
  return {
    ok: true,
    date: input.date,
    age: input.age,
    bbl,
    perHour: toMoney(exact, input.roundingMode ?? DEFAULT_ROUNDING_MODE),
    parametersUsed: youth ? [...p.used, ...youth.used] : p.used,
  };
}
