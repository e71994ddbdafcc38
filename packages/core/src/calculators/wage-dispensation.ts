import type { TargetGroupBasis } from '../codelists/target-group-basis.js';
import { isIsoDate } from '../reference-data/internal/iso-date.js';
import type { ParameterUsed, ReferenceDataError } from '../reference-data/parameter-table.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { ParameterId } from '../reference-data/tables.js';
import { type CalculatorInputError, type CalculatorIssue, invalidInput, readParameters } from './common.js';
import { toNumber } from './internal/decimal.js';

/**
 * Input of {@link checkWageDispensationEligibility}.
 *
 * @public
 */
export interface WageDispensationInput {
  /** Register basis of the employee; must be `WAJONG`. */
  readonly basis: TargetGroupBasis;
  /** Wage value, integer percent; at most 75 (at least 25 % less productive). */
  readonly wageValuePct: number;
  /** Months left on the contract at the start of the dispensation; at least 6. */
  readonly contractMonthsRemaining: number;
  /** Duration of the dispensation in months; 6 to 60. */
  readonly durationMonths: number;
  /** First day of the dispensation; must be the 1st of the application month. */
  readonly startDate: string;
  readonly applicationDate: string;
  /** Date the employee was informed; required. */
  readonly employeeInformedOn?: string;
  readonly referenceData?: ReferenceData;
}

/**
 * Codes of unmet INS-010 conditions.
 *
 * @public
 */
export type WageDispensationCondition =
  | 'BASIS_NOT_WAJONG'
  | 'WAGE_VALUE_TOO_HIGH'
  | 'CONTRACT_TOO_SHORT'
  | 'DURATION_TOO_SHORT'
  | 'DURATION_TOO_LONG'
  | 'START_NOT_FIRST_OF_APPLICATION_MONTH'
  | 'EMPLOYEE_NOT_INFORMED';

/**
 * Result of {@link checkWageDispensationEligibility}.
 *
 * @public
 */
export interface WageDispensationCheck {
  readonly ok: true;
  /** True when no condition is unmet. */
  readonly eligible: boolean;
  /** Every unmet condition (all are collected), as errors of INS-010. */
  readonly unmet: readonly (CalculatorIssue & { readonly code: WageDispensationCondition })[];
  readonly parametersUsed: readonly ParameterUsed[];
}

/**
 * Checks the conditions for wage dispensation (*loondispensatie*, Wajong; INS-010) and lists
 * every unmet condition; never throws.
 *
 * @example
 * ```ts
 * const r = checkWageDispensationEligibility({
 *   basis: 'WAJONG', wageValuePct: 60, contractMonthsRemaining: 12, durationMonths: 12,
 *   startDate: '2026-03-01', applicationDate: '2026-03-10', employeeInformedOn: '2026-02-20',
 * });
 * // r.ok → r.eligible === true, r.unmet.length === 0
 * ```
 *
 * @public
 */
export function checkWageDispensationEligibility(
  input: WageDispensationInput,
): WageDispensationCheck | ReferenceDataError | CalculatorInputError {
  if (!isIsoDate(input.startDate))
    return invalidInput(['startDate'], 'Startdatum is geen geldige datum.', 'startDate is not a valid date.');
  if (!isIsoDate(input.applicationDate))
    return invalidInput(['applicationDate'], 'Aanvraagdatum is geen geldige datum.', 'applicationDate is not a valid date.');
  const p = readParameters(input.referenceData, input.startDate, [
    ParameterId.WAGE_DISPENSATION_MAX_WAGE_VALUE_PCT,
    ParameterId.WAGE_DISPENSATION_MIN_REMAINING_CONTRACT_MONTHS,
    ParameterId.WAGE_DISPENSATION_MIN_DURATION_MONTHS,
    ParameterId.WAGE_DISPENSATION_MAX_DURATION_MONTHS,
  ]);
  if (!p.ok) return p;
  const maxPct = toNumber(p.values.WAGE_DISPENSATION_MAX_WAGE_VALUE_PCT);
  const minContract = toNumber(p.values.WAGE_DISPENSATION_MIN_REMAINING_CONTRACT_MONTHS);
  const minDur = toNumber(p.values.WAGE_DISPENSATION_MIN_DURATION_MONTHS);
  const maxDur = toNumber(p.values.WAGE_DISPENSATION_MAX_DURATION_MONTHS);
  const unmet: (CalculatorIssue & { code: WageDispensationCondition })[] = [];
  const add = (code: WageDispensationCondition, path: string, message: string, messageEn: string) =>
    unmet.push({ severity: 'error', code, ruleId: 'INS-010', path: ['params', path], message, messageEn });

  if (input.basis !== 'WAJONG')
    add(
      'BASIS_NOT_WAJONG',
      'basis',
      'Loondispensatie is alleen mogelijk voor Wajongers.',
      'Wage dispensation is only available for Wajong recipients.',
    );
  if (!(input.wageValuePct <= maxPct))
    add(
      'WAGE_VALUE_TOO_HIGH',
      'wageValuePct',
      `Loondispensatie vraagt een loonwaarde van hoogstens ${maxPct}%.`,
      `Wage dispensation requires a wage value of at most ${maxPct}%.`,
    );
  if (!(input.contractMonthsRemaining >= minContract))
    add(
      'CONTRACT_TOO_SHORT',
      'contractMonthsRemaining',
      `Het contract moet nog minstens ${minContract} maanden lopen.`,
      `The contract must run for at least ${minContract} more months.`,
    );
  if (!(input.durationMonths >= minDur))
    add(
      'DURATION_TOO_SHORT',
      'durationMonths',
      `Loondispensatie duurt minstens ${minDur} maanden.`,
      `Wage dispensation lasts at least ${minDur} months.`,
    );
  if (input.durationMonths > maxDur)
    add(
      'DURATION_TOO_LONG',
      'durationMonths',
      `Loondispensatie duurt hoogstens ${maxDur} maanden.`,
      `Wage dispensation lasts at most ${maxDur} months.`,
    );
  if (input.startDate !== `${input.applicationDate.slice(0, 7)}-01`)
    add(
      'START_NOT_FIRST_OF_APPLICATION_MONTH',
      'startDate',
      'Loondispensatie gaat in op de eerste dag van de maand van aanvraag.',
      'Wage dispensation starts on the first day of the application month.',
    );
  if (!input.employeeInformedOn || !isIsoDate(input.employeeInformedOn))
    add(
      'EMPLOYEE_NOT_INFORMED',
      'employeeInformedOn',
      'De werknemer moet over de loondispensatie zijn geïnformeerd.',
      'The employee must have been informed of the wage dispensation.',
    );

  return { ok: true, eligible: unmet.length === 0, unmet, parametersUsed: p.used };
}
