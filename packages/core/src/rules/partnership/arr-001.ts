import { WORKING_DAY_CALENDARS } from '../../calculators/working-days.js';
import type { ProcessEvent } from '../../codelists/process-event.js';
import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

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
// Answers depend only on the constant graph above, so they are kept (bounded: a rule called
// directly may be given any strings).
const afterMemo = new Map<string, Map<string, boolean>>();
let afterMemoSize = 0;

function alwaysAfter(earlier: ProcessEvent, later: ProcessEvent): boolean {
  let byLater = afterMemo.get(earlier);
  const known = byLater?.get(later);
  if (known !== undefined) return known;
  const answer = searchAfter(earlier, later);
  if (afterMemoSize >= 4096) {
    afterMemo.clear();
    afterMemoSize = 0;
    byLater = undefined;
  }
  if (!byLater) afterMemo.set(earlier, (byLater = new Map()));
  byLater.set(later, answer);
  afterMemoSize++;
  return answer;
}

function searchAfter(earlier: ProcessEvent, later: ProcessEvent): boolean {
  const seen = new Set<ProcessEvent>();
  const queue = [...(DIRECTLY_AFTER[earlier] ?? [])];
  while (queue.length > 0) {
    const e = queue.shift()!;
    if (e === later) return true;
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
export const ARR_001 = defineRule<PartnershipAgreement>({
  id: 'ARR-001',
  appliesTo: ['PartnershipAgreement'],
  severity: 'error',
  titleNl: 'Prestatieafspraken noemen bekende gebeurtenissen in de goede volgorde en een werkdagenkalender',
  titleEn: 'Performance agreements reference known events in order and a working-day calendar',
  source: 'S3; brief §10',
  check(doc) {
    let out: RuleFinding[] | undefined;
    (doc.workingArrangements ?? []).forEach((wa, i) => {
      const agreements = wa.performanceAgreements ?? [];
      agreements.forEach((pa, k) => {
        const base = ['workingArrangements', i, 'performanceAgreements', k];
        if (pa.metric === 'LEAD_TIME') {
          if (pa.fromEvent === undefined)
            (out ??= []).push(
              finding(
                [...base, 'fromEvent'],
                'Een doorlooptijdafspraak noemt de gebeurtenis waarop de klok start.',
                'A lead-time agreement names the event that starts the clock.',
              ),
            );
          if (pa.toEvent === undefined)
            (out ??= []).push(
              finding(
                [...base, 'toEvent'],
                'Een doorlooptijdafspraak noemt de gebeurtenis waarop de klok stopt.',
                'A lead-time agreement names the event that stops the clock.',
              ),
            );
        }
        if (pa.fromEvent !== undefined && pa.toEvent !== undefined) {
          if (pa.fromEvent === pa.toEvent || alwaysAfter(pa.toEvent, pa.fromEvent))
            (out ??= []).push(
              finding(
                [...base, 'toEvent'],
                `${pa.toEvent} volgt niet op ${pa.fromEvent}: de eindgebeurtenis moet na de startgebeurtenis komen.`,
                `${pa.toEvent} does not follow ${pa.fromEvent}: the stop event must come after the start event.`,
                { code: 'ARR-001.order' },
              ),
            );
        }
      });
      if (!agreements.some((pa) => pa.metric === 'LEAD_TIME')) return;
      if (wa.calendarId === undefined)
        (out ??= []).push(
          finding(
            ['workingArrangements', i, 'calendarId'],
            'Doorlooptijdafspraken vragen om een werkdagenkalender (calendarId).',
            'Lead-time agreements need a working-day calendar (calendarId).',
            { code: 'ARR-001.calendar' },
          ),
        );
      else if (!(wa.calendarId in WORKING_DAY_CALENDARS))
        (out ??= []).push(
          finding(
            ['workingArrangements', i, 'calendarId'],
            `Kalender ${wa.calendarId} wordt niet met de standaard meegeleverd; zorg dat hij als gegevens is geladen.`,
            `Calendar ${wa.calendarId} is not shipped with the standard; make sure it is loaded as data.`,
            { severity: 'warning', code: 'ARR-001.unknown-calendar' },
          ),
        );
    });
    return out ?? NO_FINDINGS;
  },
});
