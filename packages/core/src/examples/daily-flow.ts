// The worked example of the daily flow (docs/standard/daily-flow.md): one vacancy from
// reception to the six-month check, as the status changes of its records, the lifecycle
// events they raise, the lead times measured against sample performance agreements, and the
// contact moments with the employer checked against the single point of contact.
// `daily-flow.test.ts` validates every record and change; scripts/artifacts.ts renders the
// page from this module, so the documentation cannot drift from the standard.

import type { ProcessPerformanceAgreement } from '../calculators/process-lead-time.js';
import type { ActorRole } from '../codelists/actor-role.js';
import { CandidateProposalDefinition, candidateProposalExample } from '../documents/candidate-proposal.js';
import { type ContactMoment, ContactMomentDefinition, contactMomentExample } from '../documents/contact-moment.js';
import type { DocumentDefinition } from '../documents/definition.js';
import { InstrumentGrantDefinition, instrumentGrantExample } from '../documents/instrument-grant.js';
import { JobCoachPlanDefinition, jobCoachPlanExample } from '../documents/job-coach-plan.js';
import { JobCoachReportDefinition, jobCoachReportExample } from '../documents/job-coach-report.js';
import { type PartnershipAgreement, partnershipAgreementExample } from '../documents/partnership-agreement.js';
import { PlacementDefinition, placementExample } from '../documents/placement.js';
import { PlacementFollowUpDefinition, placementFollowUpExample } from '../documents/placement-follow-up.js';
import { VacancyDefinition, vacancyExample } from '../documents/vacancy.js';
import { WageCostSubsidyDeclarationDefinition, wageCostSubsidyDeclarationExample } from '../documents/wage-cost-subsidy-declaration.js';
import { WageValueAssessmentDefinition, wageValueAssessmentExample } from '../documents/wage-value-assessment.js';
import { type LifecycleEvent, lifecycleEvent } from '../lifecycle/events.js';

type Doc = Record<string, unknown>;

/** One status change (or creation) of a record in the chain. */
export interface FlowStep {
  /** When the change happened. */
  readonly at: string;
  /** What happens, in words. */
  readonly what: string;
  readonly definition: DocumentDefinition;
  /** The record after the change; the record before is the previous step of the same id. */
  readonly document: Doc;
  readonly by: readonly ActorRole[];
}

// Records new in the chain get their own ids; the others keep those of the canonical examples.
const ids = {
  vacancy: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12',
  proposalA: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  proposalB: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e60',
  trial: '2a4c6e80-1b3d-4f5a-8c7e-9d0f1a2b3c4d',
  coachGrant: '8e9f0a1b-2c3d-4e5f-9a6b-7c8d9e0f1a2b',
  reportApril: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c3e',
  declApril: 'd5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f91',
  declMay: 'd5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7fa2',
  contactUwv: 'e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a1c',
  contactCoach: 'e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a2d',
  contactEmployer: 'e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a3e',
  contactCheck: 'e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a4f',
} as const;

const clone = <T>(x: T): T => structuredClone(x);
const drop = (doc: Doc, ...keys: string[]): Doc => {
  const d = clone(doc);
  for (const k of keys) delete d[k];
  return d;
};

// The records in their final form; earlier versions are derived step by step below.
const vacancy: Doc = { ...drop(vacancyExample as Doc, 'status'), id: ids.vacancy };
const proposalA: Doc = drop(candidateProposalExample as Doc, 'statusHistory', 'outcomeAt', 'status');
const proposalB: Doc = {
  ...proposalA,
  id: ids.proposalB,
  candidateId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  proposedAt: '2026-02-10T10:00:00+01:00',
  candidateSource: 'UWV',
  proposedBy: { scheme: 'UWV', value: 'UWV' },
  profile: { hoursPerWeek: { min: 8, max: 12 }, availableDays: ['MONDAY', 'FRIDAY'], abilities: ['SEATED_WORK', 'COMPUTER_WORK'] },
};
const trial: Doc = {
  ...drop(placementExample as Doc, 'status', 'contract', 'instruments', 'precededByTrialAtSameEmployer'),
  id: ids.trial,
  vacancyId: ids.vacancy,
  proposalId: ids.proposalA,
  type: 'TRIAL_PLACEMENT',
  startDate: '2026-02-16',
  plannedEndDate: '2026-02-27',
  trial: {
    regime: 'MUNICIPAL_PW',
    plannedMonths: 1,
    insurance: { liability: true, accident: true },
    intendedFollowUp: { contractMonths: 12, hoursPerWeek: 24 },
    priorUnpaidTrialAtEmployer: false,
  },
};
const placement: Doc = {
  ...drop(placementExample as Doc, 'status'),
  vacancyId: ids.vacancy,
  proposalId: ids.proposalA,
  precededBy: ids.trial,
};
const assessment: Doc = drop(wageValueAssessmentExample as Doc, 'status');
const lks: Doc = drop(instrumentGrantExample as Doc, 'status', 'statusHistory');
const coachGrant: Doc = {
  ...drop(instrumentGrantExample as Doc, 'status', 'statusHistory', 'wageValuePct', 'wageValueAssessmentId', 'wageValueEstablishedOn'),
  id: ids.coachGrant,
  instrument: 'JOBCOACH_EXTERNAL',
  appliedOn: '2026-02-27',
  decidedOn: '2026-03-02',
  decisionReference: 'JC-2026-00077',
  period: { from: '2026-03-01', to: '2026-08-31' },
  jobCoach: { provider: { scheme: 'KVK', value: '87654321' } },
};
const plan: Doc = drop(jobCoachPlanExample as Doc, 'status');
const reportMarch: Doc = drop(jobCoachReportExample as Doc, 'status');
const reportApril: Doc = {
  ...reportMarch,
  id: ids.reportApril,
  period: { from: '2026-04-01', to: '2026-04-30' },
  plannedHours: 12,
  spentHours: 11.5,
  goalProgress: [
    { goal: 'TASKS_INDEPENDENTLY', progress: 'ACHIEVED' },
    { goal: 'WORK_PACE', progress: 'ON_TRACK' },
    { goal: 'SUPERVISOR_KNOW_HOW', progress: 'ACHIEVED' },
  ],
  reportedOn: '2026-05-04',
};
const declMarch: Doc = drop(wageCostSubsidyDeclarationExample as Doc, 'status', 'payment');
// April: 98 paid hours × €7.26674 = €712.14; May: 100 h = €726.67 (brief §8.4, WML 2026).
const declApril: Doc = {
  ...declMarch,
  id: ids.declApril,
  period: { from: '2026-04-01', to: '2026-04-30' },
  paidHours: 98,
  wagePaidCents: 144158,
  computed: { ...(declMarch.computed as Doc), amountCents: 71214 },
};
const declMay: Doc = {
  ...declMarch,
  id: ids.declMay,
  period: { from: '2026-05-01', to: '2026-05-31' },
  paidHours: 100,
  wagePaidCents: 147100,
  computed: { ...(declMarch.computed as Doc), amountCents: 72667 },
};
const followUp: Doc = drop(placementFollowUpExample as Doc, 'status');
const moments = placementFollowUpExample.moments;

// Contact moments with the employer. WSP Rijnmond is the public contact point in AM22
// (`dailyFlowPartnership`); UWV phoning the employer about its own candidate is the one
// approach outside it.
const WSP_RIJNMOND = { scheme: 'AM', value: 'AM22', name: 'WSP Rijnmond' } as const;
const intakeVisit: Doc = drop(contactMomentExample as Doc, 'status', 'statusHistory');
const contact = (id: string, at: string, extra: Doc): Doc => ({
  ...drop(intakeVisit, 'onBehalfOf', 'vacancyId'),
  id,
  at,
  ...extra,
});
const uwvCall = contact(ids.contactUwv, '2026-02-10T10:30:00+01:00', {
  organisation: { scheme: 'UWV', value: 'UWV' },
  channel: 'PHONE',
  topics: ['CANDIDATE_PROPOSAL'],
  proposalId: ids.proposalB,
});
const coachVisit = contact(ids.contactCoach, '2026-02-26T14:00:00+01:00', {
  organisation: { scheme: 'KVK', value: '87654321' },
  onBehalfOf: [WSP_RIJNMOND],
  topics: ['PLACEMENT_FOLLOW_UP'],
  placementId: ids.trial,
});
const employerCall = contact(ids.contactEmployer, '2026-05-18T11:00:00+02:00', {
  organisation: { scheme: 'UWV', value: 'UWV' },
  initiatedBy: 'EMPLOYER',
  channel: 'PHONE',
  topics: ['INSTRUMENTS'],
  placementId: placementExample.id,
});
const checkVisit = contact(ids.contactCheck, '2026-09-01T13:30:00+02:00', {
  onBehalfOf: [{ scheme: 'GM', value: 'GM0599', name: 'Rotterdam' }],
  topics: ['PLACEMENT_FOLLOW_UP'],
  placementId: placementExample.id,
});

const PUBLIC: readonly ActorRole[] = ['PUBLIC_PARTY'];
const EMPLOYER: readonly ActorRole[] = ['EMPLOYER'];
const COACH: readonly ActorRole[] = ['JOB_COACH'];

/** A step: `base` with `extra` applied (an `undefined` in `extra` removes the field) and the new status. */
function s(
  at: string,
  what: string,
  definition: DocumentDefinition,
  base: Doc,
  status: string,
  by: readonly ActorRole[],
  extra: Doc = {},
): FlowStep {
  const document: Doc = { ...clone(base), ...clone(extra), status };
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete document[k];
  return { at, what, definition, document, by };
}

/** The chain, in time order. */
export const dailyFlowSteps: readonly FlowStep[] = [
  s('2026-02-02T09:15:00+01:00', 'WSP Rijnmond receives the vacancy (3 places)', VacancyDefinition, vacancy, 'RECEIVED', PUBLIC),
  s(
    '2026-02-02T11:00:00+01:00',
    'WSP Rijnmond records its intake visit, made for Rotterdam and UWV',
    ContactMomentDefinition,
    intakeVisit,
    'HELD',
    PUBLIC,
  ),
  s('2026-02-03T10:00:00+01:00', 'Sourcing starts', VacancyDefinition, vacancy, 'SOURCING', PUBLIC),
  s('2026-02-09T11:00:00+01:00', 'Rotterdam proposes candidate A', CandidateProposalDefinition, proposalA, 'PENDING', PUBLIC),
  s('2026-02-09T11:00:00+01:00', 'The vacancy has its first proposal', VacancyDefinition, vacancy, 'CANDIDATES_PROPOSED', PUBLIC),
  s('2026-02-10T10:00:00+01:00', 'UWV proposes candidate B', CandidateProposalDefinition, proposalB, 'PENDING', PUBLIC),
  s(
    '2026-02-10T10:45:00+01:00',
    'UWV records that it phoned the employer about candidate B',
    ContactMomentDefinition,
    uwvCall,
    'HELD',
    PUBLIC,
  ),
  s('2026-02-11T15:30:00+01:00', 'The employer invites candidate A', CandidateProposalDefinition, proposalA, 'INVITED', EMPLOYER, {
    outcomeAt: '2026-02-11T15:30:00+01:00',
  }),
  s(
    '2026-02-12T09:00:00+01:00',
    'The employer rejects candidate B: hours do not match',
    CandidateProposalDefinition,
    proposalB,
    'REJECTED_BY_EMPLOYER',
    EMPLOYER,
    {
      outcomeAt: '2026-02-12T09:00:00+01:00',
      reasonCode: 'HOURS_MISMATCH',
    },
  ),
  s('2026-02-13T14:00:00+01:00', 'A one-month trial placement is planned', PlacementDefinition, trial, 'PLANNED', EMPLOYER),
  s('2026-02-16T08:00:00+01:00', 'The trial starts', PlacementDefinition, trial, 'ACTIVE', EMPLOYER),
  s(
    '2026-02-26T14:30:00+01:00',
    'The job coach records the end-of-trial visit, made for WSP Rijnmond',
    ContactMomentDefinition,
    coachVisit,
    'HELD',
    COACH,
  ),
  s(
    '2026-02-26T15:00:00+01:00',
    'End-of-trial evaluation: go; six-month check planned',
    PlacementFollowUpDefinition,
    followUp,
    'ACTIVE',
    PUBLIC,
  ),
  s('2026-02-27T09:00:00+01:00', 'The employer asks for a job coach', InstrumentGrantDefinition, coachGrant, 'REQUESTED', EMPLOYER, {
    decidedOn: undefined,
    decisionReference: undefined,
  }),
  s('2026-02-27T09:30:00+01:00', 'The wage value is requested', WageValueAssessmentDefinition, assessment, 'PLANNED', EMPLOYER),
  s('2026-02-27T10:00:00+01:00', 'The job coach drafts the plan', JobCoachPlanDefinition, plan, 'DRAFT', COACH),
  s('2026-02-27T16:00:00+01:00', 'The trial converts into employment', PlacementDefinition, trial, 'CONVERTED', EMPLOYER, {
    actualEndDate: '2026-02-27',
    endReason: 'CONVERTED',
  }),
  s(
    '2026-03-02T08:30:00+01:00',
    'Employment starts (12 months, 24 h/week, no probation period)',
    PlacementDefinition,
    placement,
    'ACTIVE',
    EMPLOYER,
  ),
  s('2026-03-02T10:00:00+01:00', 'The employer applies for LKS', InstrumentGrantDefinition, lks, 'REQUESTED', EMPLOYER, {
    decidedOn: undefined,
    decisionReference: undefined,
  }),
  s('2026-03-02T11:00:00+01:00', 'Rotterdam grants the job coach', InstrumentGrantDefinition, coachGrant, 'GRANTED', PUBLIC),
  s('2026-03-02T14:00:00+01:00', 'Employer and coach agree the plan', JobCoachPlanDefinition, plan, 'AGREED', EMPLOYER),
  s('2026-03-03T09:00:00+01:00', 'Coaching starts', JobCoachPlanDefinition, plan, 'ACTIVE', COACH),
  s('2026-03-03T09:00:00+01:00', 'The LKS application is assessed', InstrumentGrantDefinition, lks, 'UNDER_ASSESSMENT', PUBLIC, {
    decidedOn: undefined,
    decisionReference: undefined,
  }),
  s('2026-03-10T10:00:00+01:00', 'The assessor measures at the workplace', WageValueAssessmentDefinition, assessment, 'MEASURED', [
    'ASSESSOR',
  ]),
  s('2026-03-12T16:00:00+01:00', 'The assessor reports 60 %', WageValueAssessmentDefinition, assessment, 'REPORTED', ['ASSESSOR']),
  s('2026-03-18T14:00:00+01:00', 'Rotterdam establishes the wage value', WageValueAssessmentDefinition, assessment, 'ESTABLISHED', PUBLIC),
  s('2026-03-20T14:00:00+01:00', 'Rotterdam grants LKS', InstrumentGrantDefinition, lks, 'GRANTED', PUBLIC),
  s('2026-04-03T09:00:00+02:00', 'Job-coach report for March', JobCoachReportDefinition, reportMarch, 'SUBMITTED', COACH),
  s(
    '2026-04-06T09:00:00+02:00',
    'Declaration of March (104 paid hours)',
    WageCostSubsidyDeclarationDefinition,
    declMarch,
    'SUBMITTED',
    EMPLOYER,
  ),
  s('2026-04-08T09:00:00+02:00', 'March report accepted', JobCoachReportDefinition, reportMarch, 'ACCEPTED', PUBLIC),
  s('2026-04-14T09:00:00+02:00', 'Declaration of March approved', WageCostSubsidyDeclarationDefinition, declMarch, 'APPROVED', PUBLIC),
  s('2026-04-20T09:00:00+02:00', 'Declaration of March paid', WageCostSubsidyDeclarationDefinition, declMarch, 'PAID', PUBLIC, {
    payment: { paidOn: '2026-04-20', amountCents: 75574, reference: 'BET-2026-04-0187' },
  }),
  s('2026-05-04T09:00:00+02:00', 'Job-coach report for April', JobCoachReportDefinition, reportApril, 'SUBMITTED', COACH),
  s(
    '2026-05-06T09:00:00+02:00',
    'Declaration of April (98 paid hours)',
    WageCostSubsidyDeclarationDefinition,
    declApril,
    'SUBMITTED',
    EMPLOYER,
  ),
  s('2026-05-07T09:00:00+02:00', 'April report accepted', JobCoachReportDefinition, reportApril, 'ACCEPTED', PUBLIC),
  s('2026-05-12T09:00:00+02:00', 'Declaration of April approved', WageCostSubsidyDeclarationDefinition, declApril, 'APPROVED', PUBLIC),
  s(
    '2026-05-18T11:15:00+02:00',
    'UWV records a call from the employer about the no-risk policy',
    ContactMomentDefinition,
    employerCall,
    'HELD',
    PUBLIC,
  ),
  s('2026-05-20T09:00:00+02:00', 'Declaration of April paid', WageCostSubsidyDeclarationDefinition, declApril, 'PAID', PUBLIC, {
    payment: { paidOn: '2026-05-20', amountCents: 71214 },
  }),
  s(
    '2026-06-04T09:00:00+02:00',
    'Declaration of May (100 paid hours)',
    WageCostSubsidyDeclarationDefinition,
    declMay,
    'SUBMITTED',
    EMPLOYER,
  ),
  s('2026-06-10T09:00:00+02:00', 'Declaration of May approved', WageCostSubsidyDeclarationDefinition, declMay, 'APPROVED', PUBLIC),
  s('2026-08-17T10:00:00+02:00', 'WSP Rijnmond plans the six-month visit', ContactMomentDefinition, checkVisit, 'PLANNED', PUBLIC),
  s('2026-09-01T14:00:00+02:00', 'WSP Rijnmond holds the six-month visit', ContactMomentDefinition, checkVisit, 'HELD', PUBLIC),
  s(
    '2026-09-01T15:00:00+02:00',
    'Six-month check: on track; follow-up completed',
    PlacementFollowUpDefinition,
    followUp,
    'COMPLETED',
    PUBLIC,
    {
      moments: [
        moments[0],
        {
          ...moments[1],
          heldOn: '2026-09-01',
          outcome: 'ON_TRACK',
          participants: ['EMPLOYER', 'EMPLOYEE', 'JOB_COACH'],
          nextSteps: ['CLOSE_AFTERCARE'],
        },
      ],
    },
  ),
];

/** The working arrangements' calendar and sample performance agreements the chain is measured against. */
export const dailyFlowArrangements: {
  readonly calendarId: string;
  readonly performanceAgreements: readonly ProcessPerformanceAgreement[];
} = {
  calendarId: 'NL_COMMON_CAO',
  performanceAgreements: [
    { metric: 'LEAD_TIME', obligor: 'PUBLIC', fromEvent: 'VACANCY_RECEIVED', toEvent: 'FIRST_CANDIDATE_PROPOSED', targetWorkingDays: 10 },
    { metric: 'LEAD_TIME', obligor: 'EMPLOYER', fromEvent: 'FIRST_CANDIDATE_PROPOSED', toEvent: 'CANDIDATE_INVITED', targetWorkingDays: 5 },
    { metric: 'LEAD_TIME', obligor: 'PUBLIC', fromEvent: 'FIRST_CANDIDATE_PROPOSED', toEvent: 'TRIAL_STARTED', targetWorkingDays: 10 },
    { metric: 'LEAD_TIME', obligor: 'PUBLIC', fromEvent: 'VACANCY_RECEIVED', toEvent: 'PLACEMENT_STARTED', targetWorkingDays: 15 },
    { metric: 'LEAD_TIME', obligor: 'PUBLIC', fromEvent: 'WAGE_VALUE_REQUESTED', toEvent: 'WAGE_VALUE_ESTABLISHED', targetWorkingDays: 15 },
    { metric: 'LEAD_TIME', obligor: 'PUBLIC', fromEvent: 'WAGE_VALUE_ESTABLISHED', toEvent: 'LKS_DECIDED', targetWorkingDays: 25 },
    { metric: 'LEAD_TIME', obligor: 'PUBLIC', fromEvent: 'JOBCOACH_REQUESTED', toEvent: 'JOBCOACH_STARTED', targetWorkingDays: 5 },
    { metric: 'QUALITY', obligor: 'PUBLIC' },
  ],
};

/**
 * The partnership of the chain: the canonical example, with the organisation each public
 * contact point acts for, which the single-contact check (CTM-005) compares contacts with.
 */
export const dailyFlowPartnership: PartnershipAgreement = (() => {
  const p = structuredClone(partnershipAgreementExample);
  for (const wa of p.workingArrangements ?? [])
    for (const cp of wa.contactPoints)
      if (cp.side === 'PUBLIC')
        cp.organisation = cp.region === 'AM22' ? WSP_RIJNMOND : { scheme: 'AM', value: 'AM21', name: 'WSP Haaglanden' };
  return p;
})();

/** The period over which the contact moments of the chain are checked. */
export const DAILY_FLOW_CONTACT_PERIOD = { from: '2026-01-01', to: '2026-09-30' } as const;

/** The latest version of every contact moment of the chain, in order of first appearance. */
export function dailyFlowContactMoments(): ContactMoment[] {
  const latest = new Map<string, ContactMoment>();
  for (const step of dailyFlowSteps)
    if (step.definition.type === 'ContactMoment') latest.set(step.document.id as string, step.document as unknown as ContactMoment);
  return [...latest.values()];
}

/** Date the chain is measured on. */
export const DAILY_FLOW_AS_OF = '2026-09-10';

/** The lifecycle events of the chain, one per step, as a producer would emit them. */
export function dailyFlowEvents(): LifecycleEvent[] {
  const last = new Map<string, unknown>();
  return dailyFlowSteps.map((step, i) => {
    const id = step.document.id as string;
    const event = lifecycleEvent(
      step.definition,
      last.get(id),
      step.document,
      { roles: step.by },
      {
        id: `evt-${String(i + 1).padStart(3, '0')}`,
        time: step.at,
        source: `https://api.example.nl/v1/${step.definition.collection}`,
      },
    );
    if (event === undefined) throw new Error(`step ${i + 1} (${step.what}) is not an allowed status change`);
    last.set(id, step.document);
    return event;
  });
}
