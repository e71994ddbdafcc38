import { describe, expect, it } from 'vitest';
import { measureProcessLeadTimes } from '../calculators/process-lead-time.js';
import { checkSingleContact } from '../calculators/single-contact.js';
import { toLocalDateTime } from '../calculators/working-days.js';
import { PartnershipAgreementDefinition } from '../documents/partnership-agreement.js';
import type { LifecycleEvent } from '../lifecycle/events.js';
import { validateTransition } from '../lifecycle/validate-transition.js';
import { validate } from '../validation/validate.js';
import {
  DAILY_FLOW_AS_OF,
  DAILY_FLOW_CONTACT_PERIOD,
  dailyFlowArrangements,
  dailyFlowContactMoments,
  dailyFlowEvents,
  dailyFlowPartnership,
  dailyFlowSteps,
} from './daily-flow.js';

describe('worked example: vacancy to six-month check', () => {
  it('every version of every record is valid on the day it was written', () => {
    for (const step of dailyFlowSteps) {
      const r = validate(step.definition, step.document, { asOf: toLocalDateTime(step.at).date });
      expect(
        r.issues.filter((i) => i.severity === 'error'),
        `${step.at} ${step.what}`,
      ).toEqual([]);
    }
  });

  it('every status change is allowed by the lifecycle for the role that makes it', () => {
    const last = new Map<string, unknown>();
    for (const step of dailyFlowSteps) {
      const id = step.document.id as string;
      const r = validateTransition(step.definition, last.get(id), step.document, { roles: step.by });
      expect(r.issues, `${step.at} ${step.what}`).toEqual([]);
      last.set(id, step.document);
    }
  });

  it('raises one ID-only event per change, with the process events of brief §10.1', () => {
    const events = dailyFlowEvents();
    expect(events).toHaveLength(dailyFlowSteps.length);
    const raised = events.flatMap((e) => e.data.processEvents.map((p) => `${e.time.slice(0, 10)} ${p}`));
    expect(raised).toEqual([
      '2026-02-02 VACANCY_RECEIVED',
      '2026-02-09 FIRST_CANDIDATE_PROPOSED',
      '2026-02-11 CANDIDATE_INVITED',
      '2026-02-16 TRIAL_STARTED',
      '2026-02-27 JOBCOACH_REQUESTED',
      '2026-02-27 WAGE_VALUE_REQUESTED',
      '2026-03-02 PLACEMENT_STARTED',
      '2026-03-02 LKS_APPLIED',
      '2026-03-03 JOBCOACH_STARTED',
      '2026-03-18 WAGE_VALUE_ESTABLISHED',
      '2026-03-20 LKS_DECIDED',
    ]);
    const json = JSON.stringify(events);
    expect(json).not.toContain('0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30'); // candidate reference
    expect(json).not.toContain('HOURS_MISMATCH');
  });

  it('measures the lead times against the sample performance agreements', () => {
    const r = measureProcessLeadTimes({ events: dailyFlowEvents(), arrangements: dailyFlowArrangements, asOf: DAILY_FLOW_AS_OF });
    if (!r.ok) throw new Error(r.code);
    const summary = r.results.map((x) =>
      x.measured
        ? [
            x.agreement.fromEvent,
            x.agreement.toEvent,
            x.agreement.targetWorkingDays,
            x.evaluation.cases[0]?.workingDays,
            x.evaluation.cases[0]?.status,
            x.evaluation.targetMet,
          ]
        : [x.agreement.metric, x.reason],
    );
    expect(summary).toEqual([
      ['VACANCY_RECEIVED', 'FIRST_CANDIDATE_PROPOSED', 10, 5, 'MET', true],
      ['FIRST_CANDIDATE_PROPOSED', 'CANDIDATE_INVITED', 5, 2, 'MET', true],
      ['FIRST_CANDIDATE_PROPOSED', 'TRIAL_STARTED', 10, 5, 'MET', true],
      ['VACANCY_RECEIVED', 'PLACEMENT_STARTED', 15, 20, 'NOT_MET', false],
      ['WAGE_VALUE_REQUESTED', 'WAGE_VALUE_ESTABLISHED', 15, 13, 'MET', true],
      ['WAGE_VALUE_ESTABLISHED', 'LKS_DECIDED', 25, 2, 'MET', true],
      ['JOBCOACH_REQUESTED', 'JOBCOACH_STARTED', 5, 2, 'MET', true],
      ['QUALITY', 'NOT_A_LEAD_TIME'],
    ]);
    for (const x of r.results) if (x.measured) expect(x.unlinkedEventIds).toEqual([]);
  });

  it('an unknown calendar is reported, not replaced', () => {
    const r = measureProcessLeadTimes({
      events: dailyFlowEvents(),
      arrangements: { ...dailyFlowArrangements, calendarId: 'NOPE' },
      asOf: DAILY_FLOW_AS_OF,
    });
    expect(r).toEqual({ ok: false, code: 'UNKNOWN_CALENDAR', calendarId: 'NOPE' });
  });

  it('a stop event of another case does not stop the clock', () => {
    const events: LifecycleEvent[] = dailyFlowEvents().map((e) =>
      e.data.processEvents.includes('LKS_DECIDED')
        ? { ...e, data: { ...e.data, links: { ...(e.data.links.grantId ? { grantId: e.data.links.grantId } : {}) } } }
        : e,
    );
    const r = measureProcessLeadTimes({ events, arrangements: dailyFlowArrangements, asOf: DAILY_FLOW_AS_OF });
    const lks = r.ok ? r.results[5] : undefined;
    expect(lks?.measured && [lks.evaluation.cases[0]?.status, lks.evaluation.cases[0]?.workingDays]).toEqual(['NOT_MET', 122]);
  });

  it('its partnership is valid: the contact points name their organisations', () => {
    const r = validate(PartnershipAgreementDefinition, dailyFlowPartnership, { asOf: '2026-02-01' });
    expect(r.issues).toEqual([]);
  });

  it('the employer was approached outside its single point of contact once: UWV about its own candidate', () => {
    const moments = dailyFlowContactMoments();
    expect(moments.map((m) => [m.status, m.initiatedBy, m.organisation.value])).toEqual([
      ['HELD', 'PUBLIC', 'AM22'],
      ['HELD', 'PUBLIC', 'UWV'],
      ['HELD', 'PUBLIC', '87654321'],
      ['HELD', 'EMPLOYER', 'UWV'],
      ['HELD', 'PUBLIC', 'AM22'],
    ]);
    const r = checkSingleContact({
      partnership: dailyFlowPartnership,
      contactMoments: moments,
      period: DAILY_FLOW_CONTACT_PERIOD,
      locale: 'en',
    });
    if (!r.ok) throw new Error(r.code);
    expect(r.outcome).toBe('OTHER_ORGANISATIONS');
    expect(r.regions).toEqual([
      {
        region: 'AM22',
        contactPoints: [{ scheme: 'AM', value: 'AM22', name: 'WSP Rijnmond' }],
        approaches: 4,
        viaContactPoint: 3,
        otherOrganisations: [{ organisation: { scheme: 'UWV', value: 'UWV' }, contactMoments: [1] }],
      },
    ]);
    expect(r.issues.map((i) => i.message)).toEqual([
      'Employer 12345678 was approached in region AM22 on 2026-02-10 by UWV, not by or on behalf of the agreed contact point (AM AM22).',
    ]);
    expect(r.excluded.map((e) => [e.index, e.reason])).toEqual([[3, 'EMPLOYER_INITIATED']]);
  });
});
