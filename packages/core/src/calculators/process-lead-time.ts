import type { ContactSide } from '../codelists/contact-side.js';
import type { ProcessEvent } from '../codelists/process-event.js';
import type { LifecycleEvent, LifecycleEventLinks } from '../lifecycle/events.js';
import { evaluateLeadTime, type LeadTimeCase, type LeadTimeEvaluation } from './lead-time.js';
import { WORKING_DAY_CALENDARS, type WorkingDayCalendar } from './working-days.js';

/** The fields of a `PerformanceAgreement` the measurement reads. */
export interface ProcessPerformanceAgreement {
  readonly id?: string;
  readonly metric: string;
  readonly obligor?: ContactSide;
  readonly fromEvent?: ProcessEvent;
  readonly toEvent?: ProcessEvent;
  readonly targetWorkingDays?: number;
  readonly targetSharePct?: number;
}

/** Links by which events of one case are paired, most specific case first. */
const CASE_KEYS: readonly (keyof LifecycleEventLinks)[] = ['vacancyId', 'placementId', 'grantId', 'assessmentId', 'partnershipId'];

/** The result for one performance agreement. */
export type ProcessLeadTimeResult =
  | {
      readonly agreement: ProcessPerformanceAgreement;
      readonly measured: true;
      /** Cases (one per record that raised `fromEvent`), working days, met or not, share against the target share. */
      readonly evaluation: LeadTimeEvaluation;
      /** Ids of `fromEvent` events without any link to pair them by; reported, never dropped silently. */
      readonly unlinkedEventIds: readonly string[];
    }
  | {
      readonly agreement: ProcessPerformanceAgreement;
      readonly measured: false;
      /** `NOT_A_LEAD_TIME`: metric is not `LEAD_TIME`; `INCOMPLETE`: no from/to event or target. */
      readonly reason: 'NOT_A_LEAD_TIME' | 'INCOMPLETE';
    };

/** Result of {@link measureProcessLeadTimes}. */
export type ProcessLeadTimes =
  | { readonly ok: true; readonly calendarId: string; readonly results: readonly ProcessLeadTimeResult[] }
  | { readonly ok: false; readonly code: 'UNKNOWN_CALENDAR'; readonly calendarId: string | undefined };

function caseKey(links: LifecycleEventLinks): string | undefined {
  for (const k of CASE_KEYS) if (links[k] !== undefined) return `${k}:${links[k]}`;
  return undefined;
}

/** Whether two events belong to one case: equal on the first link key both carry. */
function sameCase(a: LifecycleEventLinks, b: LifecycleEventLinks): boolean {
  for (const k of CASE_KEYS) if (a[k] !== undefined && b[k] !== undefined) return a[k] === b[k];
  return false;
}

const instant = (t: string) => Date.parse(t);

function casesFor(events: readonly LifecycleEvent[], from: ProcessEvent, to: ProcessEvent): { cases: LeadTimeCase[]; unlinked: string[] } {
  const starts = events.filter((e) => e.data.processEvents.includes(from)).sort((a, b) => instant(a.time) - instant(b.time));
  const stops = events.filter((e) => e.data.processEvents.includes(to)).sort((a, b) => instant(a.time) - instant(b.time));
  const firstByCase = new Map<string, LifecycleEvent>();
  const unlinked: string[] = [];
  for (const e of starts) {
    const key = caseKey(e.data.links);
    if (key === undefined) unlinked.push(e.id);
    else if (!firstByCase.has(key)) firstByCase.set(key, e);
  }
  const cases = [...firstByCase.entries()].map(([id, start]) => {
    const stop = stops.find((s) => sameCase(start.data.links, s.data.links) && instant(s.time) >= instant(start.time));
    return { id, from: start.time, ...(stop ? { to: stop.time } : {}) };
  });
  return { cases, unlinked };
}

/**
 * Measures the lead-time performance agreements of working arrangements (brief §10.1) over a
 * sequence of lifecycle events: per agreement, one case per record that raised the start
 * event (its earliest occurrence), stopped by the earliest later stop event of the same case
 * (paired by vacancy, then placement, grant, assessment or partnership id); working days in
 * the arrangements' calendar; whether each case and the agreed share met the norm.
 * Agreements that are not lead times are returned as not measured, never left out.
 *
 * @example
 * ```ts
 * const r = measureProcessLeadTimes({ events, arrangements: { calendarId: 'NL_COMMON_CAO', performanceAgreements }, asOf: '2026-06-30' });
 * // r.ok → r.results[0].measured && r.results[0].evaluation.targetMet
 * ```
 */
export function measureProcessLeadTimes(input: {
  readonly events: readonly LifecycleEvent[];
  readonly arrangements: { readonly calendarId?: string; readonly performanceAgreements?: readonly ProcessPerformanceAgreement[] };
  readonly asOf: string;
  /** Calendars by id; defaults to the calendars shipped with the standard. */
  readonly calendars?: Readonly<Record<string, WorkingDayCalendar>>;
}): ProcessLeadTimes {
  const calendarId = input.arrangements.calendarId;
  const calendar = calendarId !== undefined ? (input.calendars ?? WORKING_DAY_CALENDARS)[calendarId] : undefined;
  if (calendar === undefined) return { ok: false, code: 'UNKNOWN_CALENDAR', calendarId };
  const results = (input.arrangements.performanceAgreements ?? []).map((agreement): ProcessLeadTimeResult => {
    if (agreement.metric !== 'LEAD_TIME') return { agreement, measured: false, reason: 'NOT_A_LEAD_TIME' };
    const { fromEvent, toEvent, targetWorkingDays } = agreement;
    if (fromEvent === undefined || toEvent === undefined || targetWorkingDays === undefined)
      return { agreement, measured: false, reason: 'INCOMPLETE' };
    const { cases, unlinked } = casesFor(input.events, fromEvent, toEvent);
    const evaluation = evaluateLeadTime({
      agreement: {
        fromEvent,
        toEvent,
        targetWorkingDays,
        ...(agreement.targetSharePct !== undefined ? { targetSharePct: agreement.targetSharePct } : {}),
      },
      cases,
      calendar,
      asOf: input.asOf,
    });
    return { agreement, measured: true, evaluation, unlinkedEventIds: unlinked };
  });
  return { ok: true, calendarId: calendar.id, results };
}
