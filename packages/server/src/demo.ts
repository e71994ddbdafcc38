import {
  candidateProposalExample,
  computeWageCostSubsidyForPeriod,
  contactMomentExample,
  employerInstructionExample,
  executionPlanExample,
  instrumentGrantExample,
  jobCoachPlanExample,
  partnershipAgreementExample,
  placementExample,
  vacancyExample,
  wageCostSubsidyDeclarationExample,
  wageValueAssessmentExample,
} from '@banenafspraak/core';
import type { Principal } from './auth.js';
import type { StoredDocument as Doc } from './document.js';
import { isServerError } from './errors.js';
import type { RecordCollection } from './policy.js';
import type { Storage } from './storage/port.js';

/**
 * A named demo persona: who it is and the principal its development token carries.
 *
 * @public
 */
export interface DemoPersona {
  readonly key: string;
  readonly description: string;
  readonly principal: Principal;
}

const EMPLOYEE_CANDIDATE = placementExample.candidate.id;

/**
 * The demo personas of the reference server: a national employer working with two regions
 * (Rijnmond and Haaglanden), the two regional employer desks, a municipality, a job coach,
 * an employee, the employee's supervisor, UWV and an unrelated employer.
 *
 * @public
 */
export const demoPersonas: readonly DemoPersona[] = [
  {
    key: 'werkgever',
    description: 'HR at Voorbeeld Retail B.V., a national employer (KvK 12345678) in Rijnmond and Haaglanden',
    principal: {
      userId: 'hr-voorbeeld-retail',
      name: 'P. Pietersen',
      organisation: { scheme: 'KVK', value: '12345678' },
      roles: ['WRITER'],
    },
  },
  {
    key: 'regio-rijnmond',
    description: 'Accountmanager of WSP Rijnmond (region AM22)',
    principal: { userId: 'wsp-rijnmond', name: 'R. Visser', organisation: { scheme: 'AM', value: 'AM22' }, roles: ['WRITER'] },
  },
  {
    key: 'regio-haaglanden',
    description: 'Accountmanager of WSP Haaglanden (region AM21)',
    principal: { userId: 'wsp-haaglanden', name: 'L. de Boer', organisation: { scheme: 'AM', value: 'AM21' }, roles: ['WRITER'] },
  },
  {
    key: 'gemeente',
    description: 'Consulent of the municipality of Rotterdam (GM0599), may see wage-value assessments',
    principal: {
      userId: 'consulent-rotterdam',
      name: 'K. Klaassen',
      organisation: { scheme: 'GM', value: 'GM0599' },
      roles: ['WRITER', 'CASE_MANAGER'],
    },
  },
  {
    key: 'jobcoach',
    description: 'Job coach M. Bakker of Voorbeeld Jobcoaching (KvK 11223344); reads the shared employer instruction',
    principal: { userId: 'jobcoach-bakker', name: 'M. Bakker', organisation: { scheme: 'KVK', value: '11223344' }, roles: ['JOB_COACH'] },
  },
  {
    key: 'werknemer',
    description: 'The employee who owns the employer instruction',
    principal: { userId: 'werknemer-jansen', name: 'Werknemer (demo)', roles: ['EMPLOYEE'], candidateId: EMPLOYEE_CANDIDATE },
  },
  {
    key: 'leidinggevende',
    description: 'Direct supervisor J. de Vries at Voorbeeld Retail; the instruction is shared with them',
    principal: {
      userId: 'leidinggevende-devries',
      name: 'J. de Vries',
      organisation: { scheme: 'KVK', value: '12345678' },
      roles: ['READER'],
    },
  },
  {
    key: 'uwv',
    description: 'UWV werkgeversdienstverlening: reads everything up to case-confidential',
    principal: { userId: 'uwv-werkgeversdienst', name: 'UWV', organisation: { scheme: 'UWV', value: 'UWV' }, roles: ['READER'] },
  },
  {
    key: 'andere-werkgever',
    description: 'HR at another employer (KvK 87654321): sees none of the demo records',
    principal: { userId: 'hr-andere-werkgever', name: 'A. Ander', organisation: { scheme: 'KVK', value: '87654321' }, roles: ['WRITER'] },
  },
];

/** The principal of a demo persona by key; throws for an unknown key. @internal */
export function demoPrincipal(key: string): Principal {
  const p = demoPersonas.find((d) => d.key === key);
  if (!p) throw new Error(`unknown persona ${key}`);
  return p.principal;
}

/**
 * Fixed ids of the demo records, so that the seed is idempotent and docs can link to them.
 *
 * @public
 */
export const DEMO_IDS = {
  partnershipRijnmond: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  partnershipHaaglanden: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e',
  planRijnmond: '2b3c4d5e-6f70-4a8b-9cad-1e2f3a4b5c6d',
  vacancyRijnmond: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12',
  vacancyHaaglanden: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e13',
  placementEmployee: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
  placementHaaglanden: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c12',
  placementTrial: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c13',
  wageValueAssessment: '3d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f60',
  employerInstruction: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
} as const;

function arrangements(region: 'AM22' | 'AM21'): Doc {
  const base = structuredClone(partnershipAgreementExample.workingArrangements?.[0]) as Doc;
  base.regions = [region];
  base.contactPoints = (base.contactPoints as Doc[]).filter((cp) => cp.region === region);
  if (region === 'AM22') {
    // Rijnmond also agreed norms for the later steps, which the demo daily flow measures.
    const lead = (fromEvent: string, toEvent: string, targetWorkingDays: number) => ({
      metric: 'LEAD_TIME',
      obligor: 'PUBLIC',
      fromEvent,
      toEvent,
      targetWorkingDays,
      targetSharePct: 80,
      measurementPeriod: 'QUARTER',
    });
    base.performanceAgreements = [
      ...(base.performanceAgreements as Doc[]),
      lead('FIRST_CANDIDATE_PROPOSED', 'TRIAL_STARTED', 10),
      lead('VACANCY_RECEIVED', 'PLACEMENT_STARTED', 15),
      lead('WAGE_VALUE_REQUESTED', 'WAGE_VALUE_ESTABLISHED', 15),
      lead('WAGE_VALUE_ESTABLISHED', 'LKS_DECIDED', 10),
      lead('JOBCOACH_REQUESTED', 'JOBCOACH_STARTED', 5),
    ];
  }
  if (region === 'AM21') {
    base.basedOn = 'BILATERAL';
    base.trialPlacement = { regime: 'MUNICIPAL_PW', defaultMonths: 3, maxMonths: 4, insuranceArrangedBy: 'MUNICIPALITY' };
    base.jobCoaching = { allowed: ['JOBCOACH_EXTERNAL'] };
    base.lksProcess = { preferredProcess: false, paymentFrequency: 'QUARTERLY' };
    base.delegatedProcesses = [];
  }
  return base;
}

/**
 * The demo documents, each with the persona that creates it. All pass core's `validate`.
 *
 * @public
 */
export function demoRecords(): { collection: RecordCollection; by: string; document: Doc & { id: string } }[] {
  const partnership = (id: string, region: 'AM22' | 'AM21', name: string, party: string): Doc & { id: string } => ({
    ...structuredClone(partnershipAgreementExample),
    id,
    name,
    regions: [region],
    publicParties: [{ party: { scheme: 'AM', value: region, name: party }, role: 'REGION' }],
    declarationsOfIntent: region === 'AM22' ? structuredClone(partnershipAgreementExample.declarationsOfIntent) : [],
    workingArrangements: [arrangements(region)],
    hasActiveExecutionPlan: region === 'AM22',
  });
  const placement = (id: string, over: Doc): Doc & { id: string } => ({ ...structuredClone(placementExample), id, ...over });
  return [
    {
      collection: 'partnership-agreements',
      by: 'werkgever',
      document: partnership(DEMO_IDS.partnershipRijnmond, 'AM22', 'Voorbeeld Retail – Rijnmond', 'WSP Rijnmond'),
    },
    {
      collection: 'partnership-agreements',
      by: 'werkgever',
      document: partnership(DEMO_IDS.partnershipHaaglanden, 'AM21', 'Voorbeeld Retail – Haaglanden', 'WSP Haaglanden'),
    },
    {
      collection: 'execution-plans',
      by: 'regio-rijnmond',
      document: { ...structuredClone(executionPlanExample), id: DEMO_IDS.planRijnmond, partnershipId: DEMO_IDS.partnershipRijnmond },
    },
    { collection: 'vacancies', by: 'werkgever', document: { ...structuredClone(vacancyExample), id: DEMO_IDS.vacancyRijnmond } },
    {
      collection: 'vacancies',
      by: 'werkgever',
      document: {
        ...structuredClone(vacancyExample),
        id: DEMO_IDS.vacancyHaaglanden,
        region: 'AM21',
        establishment: '000012345679',
        jobType: { title: 'Medewerker magazijn' },
        numberOfPlaces: 2,
        receivedBy: { scheme: 'AM', value: 'AM21', name: 'WSP Haaglanden' },
      },
    },
    {
      collection: 'placements',
      by: 'werkgever',
      document: placement(DEMO_IDS.placementEmployee, { vacancyId: DEMO_IDS.vacancyRijnmond, executionPlanId: DEMO_IDS.planRijnmond }),
    },
    {
      collection: 'placements',
      by: 'werkgever',
      document: placement(DEMO_IDS.placementHaaglanden, {
        candidate: {
          id: '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e31',
          responsibleParty: { scheme: 'UWV', value: 'UWV' },
          targetGroup: { basis: 'WAJONG', inRegister: true, registerCheckedOn: '2026-01-10' },
        },
        vacancyId: DEMO_IDS.vacancyHaaglanden,
        region: 'AM21',
        municipality: 'GM0518',
        startDate: '2026-02-01',
        hoursPerWeek: 32,
        employer: { kvkNumber: '12345678', establishment: '000012345679', name: 'Voorbeeld Retail B.V.' },
        contract: { kind: 'PERMANENT', probationPeriod: true, hourlyWageCents: 1550, wageIncludesHolidayPay: false },
        precededByTrialAtSameEmployer: false,
        candidateSource: 'UWV',
        instruments: [],
      }),
    },
    {
      collection: 'placements',
      by: 'regio-rijnmond',
      document: placement(DEMO_IDS.placementTrial, {
        candidate: {
          id: '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e32',
          responsibleParty: { scheme: 'GM', value: 'GM0599' },
          residenceMunicipality: 'GM0599',
          targetGroup: { basis: 'PRO_PUPIL', inRegister: true, registerCheckedOn: '2026-04-01' },
        },
        status: 'PLANNED',
        type: 'TRIAL_PLACEMENT',
        startDate: '2026-12-01',
        plannedEndDate: '2027-01-31',
        hoursPerWeek: 20,
        contract: undefined,
        precededByTrialAtSameEmployer: undefined,
        trial: {
          regime: 'UWV',
          plannedMonths: 2,
          insurance: { liability: true, accident: true },
          intendedFollowUp: { contractMonths: 12, hoursPerWeek: 20 },
          priorUnpaidTrialAtEmployer: false,
        },
        instruments: [],
      }),
    },
    {
      collection: 'wage-value-assessments',
      by: 'gemeente',
      document: {
        ...structuredClone(wageValueAssessmentExample),
        id: DEMO_IDS.wageValueAssessment,
        placementId: DEMO_IDS.placementEmployee,
      },
    },
  ];
}

/**
 * The demo employer instruction: shared with the supervisor and the job coach by organisation and user id.
 *
 * @public
 */
export function demoInstruction(): Doc & { id: string } {
  const doc = structuredClone(employerInstructionExample) as Doc & { id: string };
  doc.id = DEMO_IDS.employerInstruction;
  doc.placementId = DEMO_IDS.placementEmployee;
  doc.consent.sharedWith = [
    {
      role: 'DIRECT_SUPERVISOR',
      name: 'J. de Vries',
      userRef: 'leidinggevende-devries',
      organisation: { scheme: 'KVK', value: '12345678' },
    },
    { role: 'JOB_COACH', name: 'M. Bakker', userRef: 'jobcoach-bakker', organisation: { scheme: 'KVK', value: '11223344' } },
  ];
  return doc;
}

/**
 * Loads the demo data when it is not there yet (safe to call on every start: records that
 * exist are skipped). Returns how many records it created.
 *
 * @public
 */
export async function seedDemoData(storage: Storage, now: string = new Date().toISOString()): Promise<{ created: number }> {
  let created = 0;
  const tolerate = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      created++;
    } catch (e) {
      if (!(isServerError(e) && e.code === 'conflict')) throw e;
    }
  };
  for (const r of demoRecords()) {
    await tolerate(() => storage.createRecord({ principal: demoPrincipal(r.by), now }, r.collection, r.document));
  }
  await tolerate(() => storage.createInstruction({ principal: demoPrincipal('werknemer'), now }, demoInstruction()));
  return { created };
}

/** A deterministic demo id: `prefix` (4 hex digits) and a case number in the first group. */
const flowId = (prefix: string, n: number, tail: string) => `${prefix}${n.toString(16).padStart(4, '0')}-${tail}`;

/**
 * One status change of the demo daily flow, written by a persona at a past moment.
 *
 * @public
 */
export interface DemoFlowStep {
  readonly at: string;
  readonly by: string;
  readonly collection: RecordCollection;
  readonly document: Doc & { id: string; status: string };
}

/**
 * The vacancy cases of the demo daily flow in Rijnmond (AM22): days (working or not) from
 * receipt to the first proposal, to the invitation and to the start of work; `null` where
 * the step has not happened yet. Spread over 2026 so that p50/p90 and a missed norm show.
 */
const FLOW_CASES: readonly { received: string; proposed: number | null; invited: number | null; started: number | null }[] = [
  { received: '2026-01-12T09:00:00+01:00', proposed: 6, invited: 8, started: 21 },
  { received: '2026-02-02T09:15:00+01:00', proposed: 7, invited: 9, started: 28 },
  { received: '2026-03-09T10:00:00+01:00', proposed: 3, invited: 4, started: 14 },
  { received: '2026-04-13T11:00:00+02:00', proposed: 16, invited: 24, started: null },
  { received: '2026-06-01T09:30:00+02:00', proposed: 9, invited: 10, started: 25 },
  { received: '2026-09-07T14:00:00+02:00', proposed: 4, invited: null, started: null },
  { received: '2026-10-19T09:00:00+02:00', proposed: null, invited: null, started: null },
];

const plusDays = (iso: string, days: number) => {
  const t = new Date(Date.parse(iso) + days * 86_400_000);
  return t.toISOString().replace('.000Z', 'Z');
};

type AddStep = (at: string, by: string, collection: RecordCollection, document: Doc & { id: string; status: string }) => void;

/** A two-week trial placement for a proposed candidate, planned the day after the invitation and converted into employment. */
function trialSteps(add: AddStep, id: string, vacancyId: string, proposal: Doc, plannedAt: string): void {
  const startDate = plusDays(plannedAt, 2);
  const trial = {
    ...structuredClone(placementExample),
    id,
    vacancyId,
    proposalId: proposal.id,
    candidate: { ...structuredClone(placementExample.candidate), id: proposal.candidateId },
    type: 'TRIAL_PLACEMENT',
    startDate: startDate.slice(0, 10),
    plannedEndDate: plusDays(startDate, 13).slice(0, 10),
    trial: {
      regime: 'MUNICIPAL_PW',
      plannedMonths: 1,
      insurance: { liability: true, accident: true },
      intendedFollowUp: { contractMonths: 12, hoursPerWeek: 24 },
      priorUnpaidTrialAtEmployer: false,
    },
    status: 'PLANNED',
  } as Doc & { id: string; status: string };
  for (const key of ['contract', 'instruments', 'precededByTrialAtSameEmployer', 'precededBy']) delete trial[key];
  add(plannedAt, 'werkgever', 'placements', trial);
  add(startDate, 'werkgever', 'placements', { ...trial, status: 'ACTIVE' });
  const endedAt = plusDays(startDate, 5);
  add(endedAt, 'werkgever', 'placements', { ...trial, status: 'CONVERTED', actualEndDate: endedAt.slice(0, 10), endReason: 'CONVERTED' });
}

/**
 * What follows a placement with support: a wage-value assessment and an LKS grant with
 * monthly declarations (so progress counts paid hours), a job-coach grant and plan, and the
 * contact moments of WSP Rijnmond with the employer.
 */
function supportSteps(add: AddStep, placement: Doc & { id: string }, startedAt: string): void {
  const at = (days: number) => plusDays(startedAt, days);
  const date = (days: number) => at(days).slice(0, 10);
  const assessment = {
    ...structuredClone(wageValueAssessmentExample),
    id: flowId('f4e0', 1, '6b5c-4d3e-8f2a-1b0c9d8e7f60'),
    placementId: placement.id,
    candidateId: (placement.candidate as Doc).id,
    status: 'PLANNED',
  } as Doc & { id: string; status: string };
  add(at(1), 'gemeente', 'wage-value-assessments', assessment);
  add(at(9), 'gemeente', 'wage-value-assessments', { ...assessment, status: 'MEASURED' });
  add(at(11), 'gemeente', 'wage-value-assessments', { ...assessment, status: 'REPORTED' });
  add(at(17), 'gemeente', 'wage-value-assessments', { ...assessment, status: 'ESTABLISHED' });

  const grantBase = structuredClone(instrumentGrantExample) as Doc;
  for (const key of ['statusHistory', 'decidedOn', 'decisionReference']) delete grantBase[key];
  const lks = {
    ...grantBase,
    id: flowId('f5a0', 1, '8c3a-4f6e-9d1b-7a4c2e8f0b35'),
    placementId: placement.id,
    placementPeriod: { from: date(0), to: '2027-01-31' },
    appliedOn: date(1),
    period: { from: date(0), to: '2027-01-31' },
    wageValueAssessmentId: assessment.id,
    wageValueEstablishedOn: date(17),
    status: 'REQUESTED',
  } as Doc & { id: string; status: string };
  add(at(1), 'gemeente', 'instrument-grants', lks);
  add(at(2), 'gemeente', 'instrument-grants', { ...lks, status: 'UNDER_ASSESSMENT' });
  add(at(29), 'gemeente', 'instrument-grants', { ...lks, status: 'GRANTED', decidedOn: date(29), decisionReference: 'LKS-2026-00077' });

  const coachGrant = {
    ...grantBase,
    id: flowId('f5b0', 1, '2c3d-4e5f-9a6b-7c8d9e0f1a2b'),
    placementId: placement.id,
    placementPeriod: { from: date(0), to: '2027-01-31' },
    instrument: 'JOBCOACH_EXTERNAL',
    appliedOn: date(0),
    period: { from: date(0), to: '2026-07-31' },
    jobCoach: { provider: { scheme: 'KVK', value: '11223344' } },
    status: 'REQUESTED',
  } as Doc & { id: string; status: string };
  for (const key of ['wageValuePct', 'wageValueAssessmentId', 'wageValueEstablishedOn']) delete coachGrant[key];
  add(at(0.1), 'werkgever', 'instrument-grants', coachGrant);
  add(at(3), 'gemeente', 'instrument-grants', { ...coachGrant, status: 'GRANTED', decidedOn: date(3), decisionReference: 'JC-2026-00031' });
  const plan = {
    ...structuredClone(jobCoachPlanExample),
    id: flowId('f6c0', 1, '1a2b-4c3d-8e4f-5a6b7c8d9e0f'),
    placementId: placement.id,
    grantId: coachGrant.id,
    provider: { scheme: 'KVK', value: '11223344', name: 'Voorbeeld Jobcoaching' },
    period: { from: date(0), to: '2026-07-31' },
    plannedHours: [{ from: date(0), to: '2026-07-31', hours: 60 }],
    employeeAgreedOn: date(4),
    status: 'DRAFT',
  } as Doc & { id: string; status: string };
  add(at(4), 'werkgever', 'job-coach-plans', plan);
  add(at(7), 'werkgever', 'job-coach-plans', { ...plan, status: 'AGREED' });
  add(at(8), 'werkgever', 'job-coach-plans', { ...plan, status: 'ACTIVE' });

  // Monthly declarations of the months after the grant: paid hours, not contract hours, count.
  const months: readonly [string, string, number, number, boolean][] = [
    ['2026-03-01', '2026-03-31', 101, 148571, true],
    ['2026-04-01', '2026-04-30', 96, 141216, true],
    ['2026-05-01', '2026-05-31', 99, 145629, false],
  ];
  months.forEach(([from, to, paidHours, wagePaidCents, paid], i) => {
    const declaration = {
      ...structuredClone(wageCostSubsidyDeclarationExample),
      id: flowId('f7d0', i + 1, 'b9c0-4d1e-8f2a-3b4c5d6e7f80'),
      grantId: lks.id,
      placementId: placement.id,
      period: { from, to },
      paidHours,
      wagePaidCents,
      status: 'SUBMITTED',
    } as Doc & { id: string; status: string };
    delete declaration.payment;
    // The amount as core's LKS calculator gives it (rule LKD-001), not a typed-in figure.
    const computed = computeWageCostSubsidyForPeriod({
      period: { from, to },
      paidHours,
      wageValuePct: Number(declaration.wageValuePct),
      hourlyWageCents: Number(declaration.hourlyWageCents),
      wageIncludesHolidayPay: Boolean(declaration.wageIncludesHolidayPay),
      includeHolidayPay: false,
    });
    if (!computed.ok || !computed.eligible) throw new Error(`demo declaration ${from}: no subsidy`);
    declaration.computed = { amountCents: computed.total.cents, parametersUsed: computed.parametersUsed };
    const submitted = `${plusDays(`${to}T09:00:00+02:00`, 5)}`;
    add(submitted, 'werkgever', 'wage-cost-subsidy-declarations', declaration);
    add(plusDays(submitted, 6), 'gemeente', 'wage-cost-subsidy-declarations', { ...declaration, status: 'APPROVED' });
    if (paid)
      add(plusDays(submitted, 14), 'gemeente', 'wage-cost-subsidy-declarations', {
        ...declaration,
        status: 'PAID',
        payment: { paidOn: plusDays(submitted, 14).slice(0, 10), amountCents: (declaration.computed as Doc).amountCents },
      });
  });

  const contact = (n: number, days: number, extra: Doc) => {
    const moment = { ...structuredClone(contactMomentExample), id: flowId('f8e0', n, 'c1d2-4e3f-8a4b-5c6d7e8f9a0b'), ...extra } as Doc & {
      id: string;
      status: string;
    };
    for (const key of ['statusHistory', 'vacancyId', 'onBehalfOf']) delete moment[key];
    moment.at = at(days);
    moment.status = 'HELD';
    moment.partnershipId = DEMO_IDS.partnershipRijnmond;
    add(at(days + 0.05), 'regio-rijnmond', 'contact-moments', moment);
  };
  contact(1, 10, { channel: 'PHONE', topics: ['INSTRUMENTS'], placementId: placement.id });
  contact(2, 90, { channel: 'VISIT', topics: ['PLACEMENT_FOLLOW_UP'], placementId: placement.id });
}

/**
 * The daily flow of the demo: vacancies received by WSP Rijnmond, proposals (one rejected
 * with a reason, one invited per case), a trial and placements, an LKS grant with monthly
 * declarations, a job-coach plan and contact moments, as the status changes that raise the
 * §10.1 process events. In time order; ids and times are fixed, so the seed is deterministic.
 *
 * @public
 */
export function demoFlowSteps(): DemoFlowStep[] {
  const steps: DemoFlowStep[] = [];
  const add: AddStep = (at, by, collection, document) => {
    steps.push({ at, by, collection, document: structuredClone(document) });
  };
  const vacancyBase = { ...structuredClone(vacancyExample) } as Doc;
  delete vacancyBase.status;
  FLOW_CASES.forEach((c, i) => {
    const n = i + 1;
    const vacancy = { ...vacancyBase, id: flowId('f1a0', n, '1b2d-4e6f-8a0c-2e4f6a8c0e12'), status: 'RECEIVED' };
    add(c.received, 'regio-rijnmond', 'vacancies', vacancy);
    add(plusDays(c.received, 1), 'regio-rijnmond', 'vacancies', { ...vacancy, status: 'SOURCING' });
    if (c.proposed === null) return;
    const proposedAt = plusDays(c.received, c.proposed);
    const proposal = (k: number, candidateId: string, source: string) => {
      const p = structuredClone(candidateProposalExample) as Doc;
      for (const key of ['statusHistory', 'outcomeAt', 'reasonCode']) delete p[key];
      return {
        ...p,
        id: flowId('f2b0', n * 16 + k, 'a5b6-4c7d-8e9f-0a1b2c3d4e5f'),
        vacancyId: vacancy.id,
        candidateId,
        candidateSource: source,
        proposedAt,
        status: 'PENDING',
      };
    };
    const chosen = proposal(1, flowId('c0a0', n, '93f1-4d57-8e8a-4f2a1c6d9e31'), 'MUNICIPALITY');
    add(proposedAt, 'gemeente', 'candidate-proposals', chosen);
    add(proposedAt, 'regio-rijnmond', 'vacancies', { ...vacancy, status: 'CANDIDATES_PROPOSED' });
    if (n === 2) {
      // The second case has a second candidate, whom the employer turns down for the hours.
      const other = proposal(2, flowId('c0b0', n, '93f1-4d57-8e8a-4f2a1c6d9e32'), 'UWV');
      add(plusDays(proposedAt, 1), 'gemeente', 'candidate-proposals', other);
      add(plusDays(proposedAt, 2), 'werkgever', 'candidate-proposals', {
        ...other,
        status: 'REJECTED_BY_EMPLOYER',
        outcomeAt: plusDays(proposedAt, 2),
        reasonCode: 'HOURS_MISMATCH',
      });
    }
    if (c.invited === null) return;
    const invitedAt = plusDays(c.received, c.invited);
    add(invitedAt, 'werkgever', 'candidate-proposals', { ...chosen, status: 'INVITED', outcomeAt: invitedAt });
    if (c.started === null) return;
    const startedAt = plusDays(c.received, c.started);
    const trialId = flowId('f3d0', n, '4a7d-4c4e-9a57-2f0b8d1e7c13');
    if (n === 3) trialSteps(add, trialId, vacancy.id, chosen, plusDays(c.received, c.invited + 1));
    const placement = {
      ...structuredClone(placementExample),
      id: flowId('f3c0', n, '4a7d-4c4e-9a57-2f0b8d1e7c11'),
      vacancyId: vacancy.id,
      proposalId: chosen.id,
      executionPlanId: DEMO_IDS.planRijnmond,
      candidate: { ...structuredClone(placementExample.candidate), id: chosen.candidateId },
      startDate: startedAt.slice(0, 10),
      // The grants are records of their own (below), with their own lifecycle.
      instruments: [],
      status: 'ACTIVE',
    } as Doc & { id: string; status: string };
    delete placement.precededBy;
    if (n === 3) placement.precededBy = trialId;
    add(startedAt, 'werkgever', 'placements', placement);
    if (n === 1) supportSteps(add, placement, startedAt);
  });
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * Loads the demo daily flow through the storage, each change at its own past moment, so the
 * outbox holds the lifecycle events the steering reports measure. Does nothing when the flow
 * is there already (its first record exists). Returns how many changes it made.
 *
 * @public
 */
export async function seedDemoFlow(storage: Storage): Promise<{ changes: number }> {
  const steps = demoFlowSteps();
  const first = steps[0];
  if (!first) return { changes: 0 };
  const exists = await storage.getRecord({ principal: demoPrincipal(first.by), now: first.at }, first.collection, first.document.id).then(
    () => true,
    (e: unknown) => {
      if (isServerError(e) && e.code === 'not-found') return false;
      throw e;
    },
  );
  if (exists) return { changes: 0 };
  const versions = new Map<string, number>();
  for (const step of steps) {
    const actor = { principal: demoPrincipal(step.by), now: step.at };
    const version = versions.get(step.document.id);
    const { id } = step.document;
    const record =
      version === undefined
        ? (await storage.createRecord(actor, step.collection, step.document)).record
        : await storage.updateRecord(actor, step.collection, id, version, step.document);
    versions.set(id, record.version);
  }
  return { changes: steps.length };
}
