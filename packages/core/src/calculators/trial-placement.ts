import type { TrialRegime } from '../codelists/trial-regime.js';
import { endOfMonthsInclusive, isIsoDate } from '../reference-data/internal/iso-date.js';
import type { ParameterUsed, ReferenceDataError } from '../reference-data/parameter-table.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { ParameterId } from '../reference-data/tables.js';
import { type CalculatorInputError, type CalculatorIssue, invalidInput, readParameters } from './common.js';
import { toNumber } from './internal/decimal.js';

/**
 * Last day of a trial (or any span) of whole calendar months, end inclusive.
 * When the start day does not exist in the end month, the span ends on that month's last day.
 *
 * @example
 * ```ts
 * computeTrialEndDate('2026-03-01', 2); // '2026-04-30'
 * computeTrialEndDate('2026-01-31', 1); // '2026-02-28'
 * ```
 * @throws RangeError when `startDate` is not a valid date or `months` is not a whole number ≥ 1
 *   (inputs are validated by the schemas before this is called; see {@link checkTrialLength} for a non-throwing check).
 *
 * @public
 */
export function computeTrialEndDate(startDate: string, months: number): string {
  if (!isIsoDate(startDate)) throw new RangeError('startDate is not a valid date (YYYY-MM-DD)');
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a whole number ≥ 1');
  return endOfMonthsInclusive(startDate, months);
}

/**
 * Input of {@link checkTrialLength}.
 *
 * @public
 */
export interface TrialLengthInput {
  readonly regime: TrialRegime;
  readonly plannedMonths: number;
  readonly extendedToMonths?: number;
  readonly extensionReason?: string;
  readonly startDate: string;
  /** Maximum agreed in the working arrangements (`trialPlacement.maxMonths`); overrides the table for `MUNICIPAL_PW`. */
  readonly configuredMaxMonths?: number;
  readonly referenceData?: ReferenceData;
}

/**
 * Result of {@link checkTrialLength}.
 *
 * @public
 */
export interface TrialLengthCheck {
  readonly ok: true;
  /** `extendedToMonths` when given, else `plannedMonths`. */
  readonly effectiveMonths: number;
  /** Last day of the trial (end inclusive). */
  readonly endDate: string;
  /** Findings of PLC-004 / PLC-006; empty when the length is fine. */
  readonly issues: readonly CalculatorIssue[];
  readonly parametersUsed: readonly ParameterUsed[];
}

/**
 * Checks the length of a trial placement (*proefplaatsing*):
 * - `UWV` (PLC-004): longer than the default (2 months) only with an `extensionReason`
 *   (warning otherwise); longer than the maximum (6 months) is an error.
 * - `MUNICIPAL_PW` (PLC-006, from 2023-07-01): longer than the configured maximum is a warning
 *   (the statutory maximum is UNCERTAIN; table `TRIAL_PW_MAX_MONTHS` or `configuredMaxMonths`).
 *   Before 2023-07-01 the regime did not exist: error.
 * - `MUNICIPAL_LEGACY`: local rules, no length check.
 *
 * @example
 * ```ts
 * const r = checkTrialLength({ regime: 'UWV', plannedMonths: 2, extendedToMonths: 4, startDate: '2026-03-01' });
 * // r.ok → r.issues[0].code === 'TRIAL_EXTENDED_WITHOUT_REASON' (warning)
 * ```
 *
 * @public
 */
export function checkTrialLength(input: TrialLengthInput): TrialLengthCheck | ReferenceDataError | CalculatorInputError {
  if (!isIsoDate(input.startDate))
    return invalidInput(['startDate'], 'Startdatum is geen geldige datum.', 'startDate is not a valid date.');
  for (const key of ['plannedMonths', 'extendedToMonths', 'configuredMaxMonths'] as const) {
    const v = input[key];
    if (v !== undefined && (!Number.isInteger(v) || v < 1))
      return invalidInput([key], `${key} moet een geheel aantal maanden ≥ 1 zijn.`, `${key} must be a whole number of months ≥ 1.`);
  }
  const effectiveMonths = input.extendedToMonths ?? input.plannedMonths;
  const endDate = endOfMonthsInclusive(input.startDate, effectiveMonths);
  const issues: CalculatorIssue[] = [];
  const path = input.extendedToMonths !== undefined ? ['trial', 'extendedToMonths'] : ['trial', 'plannedMonths'];

  if (input.regime === 'MUNICIPAL_LEGACY') return { ok: true, effectiveMonths, endDate, issues, parametersUsed: [] };

  if (input.regime === 'UWV') {
    const p = readParameters(input.referenceData, input.startDate, [
      ParameterId.TRIAL_UWV_DEFAULT_MONTHS,
      ParameterId.TRIAL_UWV_MAX_MONTHS,
    ]);
    if (!p.ok) return p;
    const def = toNumber(p.values.TRIAL_UWV_DEFAULT_MONTHS);
    const max = toNumber(p.values.TRIAL_UWV_MAX_MONTHS);
    if (effectiveMonths > max) {
      issues.push({
        severity: 'error',
        code: 'TRIAL_TOO_LONG',
        ruleId: 'PLC-004',
        path,
        message: `Een proefplaatsing bij UWV duurt maximaal ${max} maanden.`,
        messageEn: `A UWV trial placement lasts at most ${max} months.`,
      });
    } else if (effectiveMonths > def && !input.extensionReason?.trim()) {
      issues.push({
        severity: 'warning',
        code: 'TRIAL_EXTENDED_WITHOUT_REASON',
        ruleId: 'PLC-004',
        path: ['trial', 'extensionReason'],
        message: `Een proefplaatsing langer dan ${def} maanden vraagt een reden (alleen bij ziekte of arbeidsbeperking).`,
        messageEn: `A trial placement longer than ${def} months needs a reason (only for sick or disabled people).`,
      });
    }
    return { ok: true, effectiveMonths, endDate, issues, parametersUsed: p.used };
  }

  // MUNICIPAL_PW
  if (input.startDate < '2023-07-01') {
    issues.push({
      severity: 'error',
      code: 'TRIAL_REGIME_NOT_IN_FORCE',
      ruleId: 'PLC-006',
      path: ['trial', 'regime'],
      message: 'De proefplaats uit de Participatiewet bestaat pas vanaf 1 juli 2023.',
      messageEn: 'The Participation Act trial place exists only from 1 July 2023.',
    });
    return { ok: true, effectiveMonths, endDate, issues, parametersUsed: [] };
  }
  const p = readParameters(input.referenceData, input.startDate, [ParameterId.TRIAL_PW_MAX_MONTHS]);
  if (input.configuredMaxMonths === undefined && !p.ok) return p;
  const max = input.configuredMaxMonths ?? (p.ok ? toNumber(p.values.TRIAL_PW_MAX_MONTHS) : 0);
  if (effectiveMonths > max) {
    issues.push({
      severity: 'warning',
      code: 'TRIAL_ABOVE_CONFIGURED_MAXIMUM',
      ruleId: 'PLC-006',
      path,
      message: `De proefplaats is langer dan het afgesproken maximum van ${max} maanden.`,
      messageEn: `The trial place is longer than the configured maximum of ${max} months.`,
    });
  }
  return { ok: true, effectiveMonths, endDate, issues, parametersUsed: input.configuredMaxMonths === undefined && p.ok ? p.used : [] };
}
