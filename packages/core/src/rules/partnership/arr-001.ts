import { WORKING_DAY_CALENDARS } from '../../calculators/working-days.js';
import type { ProcessEvent } from '../../codelists/process-event.js';
import { defineRule } from '../rule.js';

/**
 * Known order of process events: each event with the events that always come later in the
 * same case. Pairs not related here (e.g. a job-coach request and an LKS decision) can occur
 * in either order and are accepted.
 */
const DIRECTLY_AFTER: Readonly<Partial<Record<ProcessEvent, readonly ProcessEvent[]>>> = {
  VACANCY_RECEIVED: ['FIRST_CANDIDATE_PROPOSED'],
  FIRST_CANDIDATE_PROPOSED: ['CANDIDATE_INVITED'],
  CANDIDATE_INVITED: ['TRIAL_STARTED', 'PLACEMENT_STARTED'],
  TRIAL_STARTED: ['PLACEMENT_STARTED'],
  WAGE_VALUE_REQUESTED: ['WAGE_VALUE_ESTABLISHED'],
  LKS_APPLIED: ['LKS_DECIDED'],
  JOBCOACH_REQUESTED: ['JOBCOACH_STARTED'],
};

/** Whether `later` always comes after `earlier` (transitively). */
function alwaysAfter(earlier: ProcessEvent, later: ProcessEvent): boolean {
  const seen = new Set<ProcessEvent>();
  const queue = [...(DIRECTLY_AFTER[earlier] ?? [])];
  while (queue.length > 0) {
    const e = queue.shift();
    if (e === undefined || e === later) return e !== undefined;
    if (seen.has(e)) continue;
    seen.add(e);
    queue.push(...(DIRECTLY_AFTER[e] ?? []));
  }
  return false;
}

/**
 * ARR-001: a lead-time performance agreement names the event that starts the clock and the
 * event that stops it, the stop event does not come before (or equal) the start event, and
 * the arrangements name the working-day calendar the lead times are counted in.
 *
 * @remarks
 * Event codes themselves are checked by the schema (code list `ProcessEvent`). A calendar id
 * that is not shipped with the standard (`WORKING_DAY_CALENDARS`) gives a warning only:
 * vendors may load their own calendars as data.
 */
export const ARR_001 = defineRule({
  id: 'ARR-001',
  appliesTo: 'PartnershipAgreement',
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Prestatieafspraken noemen bekende gebeurtenissen in de goede volgorde en een werkdagenkalender',
  titleEn: 'Performance agreements reference known events in order and a working-day calendar',
  source: 'S3; brief §10',
  messages: {
    noStart: {
      nl: 'Een doorlooptijdafspraak noemt de gebeurtenis waarop de klok start.',
      en: 'A lead-time agreement names the event that starts the clock.',
    },
    noStop: {
      nl: 'Een doorlooptijdafspraak noemt de gebeurtenis waarop de klok stopt.',
      en: 'A lead-time agreement names the event that stops the clock.',
    },
    order: {
      nl: (p: { from: string; to: string }) => `${p.to} volgt niet op ${p.from}: de eindgebeurtenis moet na de startgebeurtenis komen.`,
      en: (p: { from: string; to: string }) => `${p.to} does not follow ${p.from}: the stop event must come after the start event.`,
    },
    noCalendar: {
      nl: 'Doorlooptijdafspraken vragen om een werkdagenkalender (calendarId).',
      en: 'Lead-time agreements need a working-day calendar (calendarId).',
    },
    // The id is free text: named by the path, never repeated in the message (ADR 0002).
    unknownCalendar: {
      nl: 'Deze kalender wordt niet met de standaard meegeleverd; zorg dat hij als gegevens is geladen.',
      en: 'This calendar is not shipped with the standard; make sure it is loaded as data.',
    },
  },
  check(agreement, ctx) {
    (agreement.workingArrangements ?? []).forEach((wa, i) => {
      const agreements = wa.performanceAgreements ?? [];
      agreements.forEach((pa, k) => {
        const base = ['workingArrangements', i, 'performanceAgreements', k];
        if (pa.metric === 'LEAD_TIME') {
          if (pa.fromEvent === undefined) ctx.report([...base, 'fromEvent'], 'noStart');
          if (pa.toEvent === undefined) ctx.report([...base, 'toEvent'], 'noStop');
        }
        const { fromEvent: from, toEvent: to } = pa;
        if (from !== undefined && to !== undefined && (from === to || alwaysAfter(to, from)))
          ctx.report([...base, 'toEvent'], 'order', { from, to }, { code: 'ARR-001.order' });
      });
      if (!agreements.some((pa) => pa.metric === 'LEAD_TIME')) return;
      const calendar = wa.calendarId;
      if (calendar === undefined)
        ctx.report(['workingArrangements', i, 'calendarId'], 'noCalendar', undefined, { code: 'ARR-001.calendar' });
      else if (!(calendar in WORKING_DAY_CALENDARS))
        ctx.report(['workingArrangements', i, 'calendarId'], 'unknownCalendar', undefined, {
          severity: 'warning',
          code: 'ARR-001.unknown-calendar',
        });
    });
  },
});
