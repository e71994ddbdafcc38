import type { ProcessEvent } from '../codelists/process-event.js';
import { isIsoDate } from '../reference-data/internal/iso-date.js';
import { cmp, fromNumber, rat, toNumber } from './internal/decimal.js';
import { toEventDate, toLocalDateTime, type WorkingDayCalendar, workingDaysBetween } from './working-days.js';

/**
 * The part of a `PerformanceAgreement` (metric `LEAD_TIME`) that the evaluation needs.
 *
 * @public
 */
export interface LeadTimeAgreement {
  readonly fromEvent: ProcessEvent;
  readonly toEvent: ProcessEvent;
  /** Maximum working days from `fromEvent` to `toEvent`. */
  readonly targetWorkingDays: number;
  /** Share of cases that must meet the target, in percent. Default 100. */
  readonly targetSharePct?: number;
}

/**
 * One measured case: timestamps of the two events (ISO date-times with offset).
 *
 * @public
 */
export interface LeadTimeCase {
  /** Optional reference (no personal data). */
  readonly id?: string;
  readonly from: string;
  /** Absent while the case is open. */
  readonly to?: string;
}

/**
 * Status of one case.
 *
 * @public
 */
export type LeadTimeStatus = 'MET' | 'NOT_MET' | 'OPEN' | 'INVALID';

/**
 * Evaluation of one case.
 *
 * @public
 */
export interface LeadTimeCaseResult {
  readonly index: number;
  readonly id?: string;
  /** Date the clock starts (day 0), after time-zone conversion and cut-off. */
  readonly fromDate?: string;
  /** Date of `toEvent` when it happened on or before `asOf`. */
  readonly toDate?: string;
  /** Working days taken (closed) or elapsed until `asOf` (open). */
  readonly workingDays?: number;
  /**
   * `MET`: closed within the target. `NOT_MET`: closed late, or still open but already past
   * the target (it can no longer be met). `OPEN`: open and still within the target.
   * `INVALID`: malformed timestamps or `to` before `from`; excluded from the share.
   */
  readonly status: LeadTimeStatus;
  /** Why the case is `INVALID`. */
  readonly invalidReason?: 'MALFORMED_DATE_TIME' | 'TO_BEFORE_FROM' | 'FROM_AFTER_AS_OF';
}

/**
 * Result of {@link evaluateLeadTime}.
 *
 * @public
 */
export interface LeadTimeEvaluation {
  readonly agreement: LeadTimeAgreement;
  readonly calendarId: string;
  readonly asOfDate: string;
  readonly cases: readonly LeadTimeCaseResult[];
  readonly met: number;
  readonly notMet: number;
  readonly open: number;
  readonly invalid: number;
  /** `met / (met + notMet) × 100`; `null` when no case is decided yet. */
  readonly sharePct: number | null;
  readonly targetSharePct: number;
  /** Whether `sharePct ≥ targetSharePct` (compared exactly); `null` when no case is decided. */
  readonly targetMet: boolean | null;
}

function toDateOrNull(calendar: WorkingDayCalendar, dt: string): string | null {
  try {
    return toEventDate(calendar, dt);
  } catch {
    return null;
  }
}

/**
 * Evaluates a lead-time performance agreement (*prestatieafspraak*, brief §10.1) over cases:
 * working days per case in the agreed calendar (event day = day 0; Europe/Amsterdam dates;
 * the calendar's cut-off hour moves late events to the next working day), whether each met
 * the target, and the overall share met against the target share. `asOf` (date or date-time)
 * is the measurement moment; events after it are treated as not yet happened. Never throws.
 *
 * @example
 * ```ts
 * const r = evaluateLeadTime({
 *   agreement: { fromEvent: 'VACANCY_RECEIVED', toEvent: 'FIRST_CANDIDATE_PROPOSED', targetWorkingDays: 5, targetSharePct: 80 },
 *   cases: [{ from: '2026-03-02T09:00:00+01:00', to: '2026-03-06T16:00:00+01:00' }],
 *   calendar: NL_COMMON_CAO,
 *   asOf: '2026-03-31',
 * });
 * // r.cases[0] → { workingDays: 4, status: 'MET' }; r.sharePct === 100; r.targetMet === true
 * ```
 *
 * @public
 */
export function evaluateLeadTime(input: {
  readonly agreement: LeadTimeAgreement;
  readonly cases: readonly LeadTimeCase[];
  readonly calendar: WorkingDayCalendar;
  readonly asOf: string;
}): LeadTimeEvaluation {
  const { agreement, calendar } = input;
  let asOfDate: string;
  if (isIsoDate(input.asOf)) asOfDate = input.asOf;
  else {
    try {
      asOfDate = toLocalDateTime(input.asOf).date;
    } catch {
      asOfDate = '';
    }
  }
  const target = agreement.targetWorkingDays;
  const results: LeadTimeCaseResult[] = input.cases.map((c, index) => {
    const base = { index, ...(c.id !== undefined ? { id: c.id } : {}) };
    const fromDate = toDateOrNull(calendar, c.from);
    const toDate = c.to !== undefined ? toDateOrNull(calendar, c.to) : undefined;
    if (fromDate === null || toDate === null || asOfDate === '')
      return { ...base, status: 'INVALID', invalidReason: 'MALFORMED_DATE_TIME' };
    if (fromDate > asOfDate) return { ...base, fromDate, status: 'INVALID', invalidReason: 'FROM_AFTER_AS_OF' };
    if (toDate !== undefined && toDate < fromDate) return { ...base, fromDate, toDate, status: 'INVALID', invalidReason: 'TO_BEFORE_FROM' };
    if (toDate !== undefined && toDate <= asOfDate) {
      const workingDays = workingDaysBetween(calendar, fromDate, toDate);
      return { ...base, fromDate, toDate, workingDays, status: workingDays <= target ? 'MET' : 'NOT_MET' };
    }
    const workingDays = workingDaysBetween(calendar, fromDate, asOfDate);
    return { ...base, fromDate, workingDays, status: workingDays > target ? 'NOT_MET' : 'OPEN' };
  });
  const count = (s: LeadTimeStatus) => results.filter((r) => r.status === s).length;
  const met = count('MET');
  const notMet = count('NOT_MET');
  const decided = met + notMet;
  const targetSharePct = agreement.targetSharePct ?? 100;
  const share = decided > 0 ? rat(BigInt(met * 100), BigInt(decided)) : null;
  return {
    agreement,
    calendarId: calendar.id,
    asOfDate,
    cases: results,
    met,
    notMet,
    open: count('OPEN'),
    invalid: count('INVALID'),
    sharePct: share ? toNumber(share) : null,
    targetSharePct,
    targetMet: share ? cmp(share, fromNumber(targetSharePct)) >= 0 : null,
  };
}
