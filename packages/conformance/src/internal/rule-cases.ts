// The broken documents of the validation checks: for each rule id of core's catalogue, one
// change to a canonical example that makes the rule fire (taken from core's own rule tests,
// with dates chosen so the outcome does not depend on the day the suite runs). The test
// `rule-cases.test.ts` proves with core's `validate` that every case triggers its rule, and
// that every rule of the catalogue is either here or in NOT_TRIGGERABLE with a reason.
import type { DocumentType } from '@banenafspraak/core';
import type { Json as Doc } from './context.js';

/** One broken document: the rule it must trigger, the document type and the change. */
export interface RuleCase {
  readonly ruleId: string;
  readonly type: DocumentType;
  /** What is changed in the canonical example, in words (for the report and the docs). */
  readonly change: string;
  readonly mutate: (doc: Doc) => void;
}

const grant =
  (overrides: Record<string, unknown>) =>
  (p: Doc): void => {
    p.instruments = [
      { instrument: 'LKS', financier: 'MUNICIPALITY', status: 'GRANTED', period: { from: '2026-03-01', to: '2027-02-28' }, ...overrides },
    ];
  };
const addGrant =
  (overrides: Record<string, unknown>) =>
  (p: Doc): void => {
    p.instruments.push({ financier: 'MUNICIPALITY', status: 'GRANTED', period: { from: '2026-03-01', to: '2026-12-31' }, ...overrides });
  };
const asUwvTrial = (p: Doc): void => {
  p.type = 'TRIAL_PLACEMENT';
  delete p.contract;
  delete p.precededByTrialAtSameEmployer;
  delete p.instruments;
  p.trial = {
    regime: 'UWV',
    plannedMonths: 2,
    insurance: { liability: true, accident: true },
    intendedFollowUp: { contractMonths: 12, hoursPerWeek: 24 },
    priorUnpaidTrialAtEmployer: false,
  };
};
const asSecondment = (p: Doc): void => {
  p.type = 'SECONDMENT';
  p.employer = { kvkNumber: '87654321', name: 'SW-bedrijf Voorbeeld' };
  p.lender = { scheme: 'KVK', value: '87654321' };
  p.countingEmployer = { kvkNumber: '12345678', establishment: '000012345678' };
};
const contacts = (d: Doc): Doc[] => d.workingArrangements[0].contactPoints;

/** Rules of the catalogue that one broken document cannot trigger, with the reason. */
export const NOT_TRIGGERABLE: Readonly<Record<string, string>> = {
  'AGR-003': 'needs the stored version (a status change on update); covered by CNF-VAL-004',
  'EMI-007': 'needs the stored version (recipients added on update)',
  'IDN-001': 'a BSN failing the 11-proef is already rejected by the structure (schema), not by the rule',
  'IDN-008': 'the typed SBI fields are checked by the structure; the rule only sees untyped fields',
  'VAC-001': 'lead-time rule on reported events; no field of a single vacancy reaches it',
};

/** The broken documents, one per rule id, in id order. */
export const RULE_CASES: readonly RuleCase[] = [
  {
    ruleId: 'AGR-001',
    type: 'PartnershipAgreement',
    change: 'remove the second contact point of the working arrangements',
    mutate: (d) => contacts(d).splice(1, 1),
  },
  {
    ruleId: 'AGR-002',
    type: 'PartnershipAgreement',
    change: 'no regions; only UWV as public party',
    mutate: (d) => {
      d.regions = [];
      d.publicParties = [{ party: { scheme: 'UWV', value: 'UWV' }, role: 'UWV' }];
    },
  },
  {
    ruleId: 'AGR-004',
    type: 'PartnershipAgreement',
    change: 'the only working arrangements are PROPOSED',
    mutate: (d) => (d.workingArrangements[0].status = 'PROPOSED'),
  },
  {
    ruleId: 'AGR-005',
    type: 'PartnershipAgreement',
    change: 'declaration of intent without signing level',
    mutate: (d) => delete d.declarationsOfIntent[0].signingLevel,
  },
  {
    ruleId: 'AGR-006',
    type: 'PartnershipAgreement',
    change: 'central signing without region',
    mutate: (d) => delete d.declarationsOfIntent[0].region,
  },
  {
    ruleId: 'AGR-007',
    type: 'PartnershipAgreement',
    change: 'a signatory without signing date',
    mutate: (d) => delete d.declarationsOfIntent[0].signatories[1].signedOn,
  },
  {
    ruleId: 'AGR-008',
    type: 'PartnershipAgreement',
    change: 'an unknown relationship value',
    mutate: (d) => d.relationshipValues.push('TRUST'),
  },
  {
    ruleId: 'ARR-001',
    type: 'PartnershipAgreement',
    change: 'performance agreement whose stop event precedes its start event',
    mutate: (d) => {
      const pa = d.workingArrangements[0].performanceAgreements;
      pa[0].fromEvent = 'PLACEMENT_STARTED';
      pa[0].toEvent = 'VACANCY_RECEIVED';
    },
  },
  {
    ruleId: 'ARR-002',
    type: 'PartnershipAgreement',
    change: 'trial default of 7 months, above the maximum',
    mutate: (d) => (d.workingArrangements[0].trialPlacement.defaultMonths = 7),
  },
  {
    ruleId: 'ARR-003',
    type: 'PartnershipAgreement',
    change: 'arrangements in force using the legacy AKC wage-value method',
    mutate: (d) => (d.workingArrangements[0].wageValueApproach.method = 'LEGACY_AKC'),
  },
  {
    ruleId: 'ARR-004',
    type: 'PartnershipAgreement',
    change: "wage-value process delegated to the employer, assessor is the employer's",
    mutate: (d) => {
      d.workingArrangements[0].delegatedProcesses.push('WAGE_VALUE_PROCESS');
      d.workingArrangements[0].wageValueApproach.assessorProvider = { scheme: 'KVK', value: '12345678' };
    },
  },
  {
    ruleId: 'CNT-002',
    type: 'ExecutionPlan',
    change: 'a target in PERSONS while progress counts job equivalents',
    mutate: (p) => (p.targets[0].unit = 'PERSONS'),
  },
  { ruleId: 'EMI-001', type: 'EmployerInstruction', change: 'a diagnosis field', mutate: (d) => (d.diagnosis = 'diagnose') },
  {
    ruleId: 'EMI-002',
    type: 'EmployerInstruction',
    change: 'medical words in the tips',
    mutate: (d) => (d.instructionTips = 'Mijn therapeut adviseert korte opdrachten.'),
  },
  { ruleId: 'EMI-003', type: 'EmployerInstruction', change: 'shared without consent date', mutate: (d) => delete d.consent.givenOn },
  {
    ruleId: 'EMI-004',
    type: 'EmployerInstruction',
    change: 'status REVOKED with the content still present',
    mutate: (d) => {
      d.status = 'REVOKED';
      d.revokedOn = '2026-05-01';
    },
  },
  {
    ruleId: 'EMI-005',
    type: 'EmployerInstruction',
    change: 'content after the employment ended',
    mutate: (d) => (d.employmentEndedOn = '2026-05-31'),
  },
  {
    ruleId: 'EMI-008',
    type: 'EmployerInstruction',
    change: 'confidentiality below the floor',
    mutate: (d) => (d.confidentiality = 'CONFIDENTIAL'),
  },
  {
    ruleId: 'EMI-009',
    type: 'ExecutionPlan',
    change: 'a process step that requires the employer instruction',
    mutate: (p) => (p.processSteps[3].requiresEmployerInstruction = true),
  },
  {
    ruleId: 'IDN-003',
    type: 'Vacancy',
    change: 'KvK reference of 7 digits',
    mutate: (v) => (v.receivedBy = { scheme: 'KVK', value: '1234567' }),
  },
  {
    ruleId: 'IDN-004',
    type: 'Vacancy',
    change: 'OIN whose RSIN fails the 11-proef',
    mutate: (v) => (v.receivedBy = { scheme: 'OIN', value: '00000001123456789000' }),
  },
  {
    ruleId: 'IDN-005',
    type: 'Placement',
    change: 'payroll-tax number failing the 11-proef',
    mutate: (p) => (p.employer.payrollTaxNumber = '123456789L01'),
  },
  {
    ruleId: 'IDN-006',
    type: 'Vacancy',
    change: 'OIN with prefix 00000003 not ending in 0000',
    mutate: (v) => (v.receivedBy = { scheme: 'OIN', value: '00000003123456789000' }),
  },
  {
    ruleId: 'IDN-007',
    type: 'Placement',
    change: 'a municipality that no longer exists (Weesp, GM0457)',
    mutate: (p) => (p.municipality = 'GM0457'),
  },
  {
    ruleId: 'INS-001',
    type: 'Placement',
    change: 'wage dispensation paid by the municipality',
    mutate: grant({ instrument: 'WAGE_DISPENSATION', financier: 'MUNICIPALITY' }),
  },
  { ruleId: 'INS-002', type: 'Placement', change: 'LKS at a wage value of 100%', mutate: (p) => (p.instruments[0].wageValuePct = 100) },
  {
    ruleId: 'INS-003',
    type: 'Placement',
    change: 'LKS amount per hour more than a cent off',
    mutate: (p) => (p.instruments[0].amountPerHourCents = 700),
  },
  { ruleId: 'INS-004', type: 'Placement', change: 'LKS amount above the cap', mutate: (p) => (p.instruments[0].amountPerHourCents = 1500) },
  {
    ruleId: 'INS-005',
    type: 'Placement',
    change: 'computed with 23% employer charges',
    mutate: (p) => {
      p.instruments[0].parametersUsed = [
        { tableId: 'WML_HOURLY_ADULT', validFrom: '2026-01-01', value: '14.71' },
        { tableId: 'LKS_EMPLOYER_CHARGES_PCT', validFrom: '2015-01-01', value: '23' },
      ];
    },
  },
  {
    ruleId: 'INS-006',
    type: 'Placement',
    change: 'fixed-rate LKS for 10 months',
    mutate: grant({ instrument: 'LKS_FIXED_RATE', period: { from: '2026-03-01', to: '2026-12-31' } }),
  },
  {
    ruleId: 'INS-007',
    type: 'Placement',
    change: 'LKS applied for more than 6 months after the start',
    mutate: (p) => (p.instruments[0].appliedOn = '2026-09-01'),
  },
  {
    ruleId: 'INS-008',
    type: 'Placement',
    change: 'decision more than 5 weeks after the wage value was established',
    mutate: (p) => (p.instruments[0].wageValueEstablishedOn = '2026-02-12'),
  },
  {
    ruleId: 'INS-009',
    type: 'Placement',
    change: 'LKS without wage-value assessment',
    mutate: (p) => delete p.instruments[0].wageValueAssessmentId,
  },
  {
    ruleId: 'INS-010',
    type: 'Placement',
    change: 'wage dispensation at a wage value of 80%',
    mutate: (p) => {
      p.candidate.targetGroup.basis = 'WAJONG';
      p.candidate.responsibleParty = { scheme: 'UWV', value: 'UWV' };
      grant({
        instrument: 'WAGE_DISPENSATION',
        financier: 'UWV',
        appliedOn: '2026-03-10',
        period: { from: '2026-04-01', to: '2027-02-28' },
        wageValuePct: 80,
      })(p);
    },
  },
  {
    ruleId: 'INS-011',
    type: 'Placement',
    change: 'wage dispensation next to LKS',
    mutate: addGrant({ instrument: 'WAGE_DISPENSATION', financier: 'UWV' }),
  },
  {
    ruleId: 'INS-012',
    type: 'Placement',
    change: 'no-risk policy recorded as applied for',
    mutate: addGrant({ instrument: 'NO_RISK_POLICY', financier: 'UWV', status: 'REQUESTED', appliedOn: '2026-03-02' }),
  },
  {
    ruleId: 'INS-013',
    type: 'Placement',
    change: 'UWV internal job coach without consent and training, 10 hours',
    mutate: (p) => {
      p.candidate.targetGroup.basis = 'WAJONG';
      grant({ instrument: 'JOBCOACH_INTERNAL', financier: 'UWV', jobCoach: {} })(p);
      p.hoursPerWeek = 10;
    },
  },
  {
    ruleId: 'INS-014',
    type: 'Placement',
    change: 'UWV-financed external job coach not recognised by UWV',
    mutate: grant({ instrument: 'JOBCOACH_EXTERNAL', financier: 'UWV', jobCoach: { providerUwvRecognised: false } }),
  },
  {
    ruleId: 'INS-015',
    type: 'Placement',
    change: 'internal job coach who is the supervisor',
    mutate: grant({ instrument: 'JOBCOACH_INTERNAL', jobCoach: { coachIsSupervisor: true } }),
  },
  {
    ruleId: 'INS-016',
    type: 'Placement',
    change: 'job coaching beyond 3 years with earlier coaching',
    mutate: grant({ instrument: 'JOBCOACH_EXTERNAL', jobCoach: { earlierCoachingMonths: 25 } }),
  },
  {
    ruleId: 'INS-017',
    type: 'Placement',
    change: 'LKV at a wrong rate, candidate not in the register',
    mutate: (p) => {
      grant({
        instrument: 'LKV_JOB_AGREEMENT',
        financier: 'TAX_AUTHORITY',
        status: 'ACTIVE',
        period: { from: '2026-03-01' },
        amountPerHourCents: 135,
      })(p);
      p.candidate.targetGroup.inRegister = false;
    },
  },
  {
    ruleId: 'INS-018',
    type: 'Placement',
    change: 'grant starting before and ending after the placement',
    mutate: (p) => {
      p.plannedEndDate = '2026-12-31';
      p.instruments[0].period.from = '2026-02-01';
    },
  },
  { ruleId: 'PLC-001', type: 'Placement', change: 'agency work without lender and hirer', mutate: (p) => (p.type = 'TEMP_AGENCY') },
  {
    ruleId: 'PLC-002',
    type: 'Placement',
    change: 'a job equivalent that does not follow from the hours',
    mutate: (p) => (p.jobEquivalent = 1),
  },
  { ruleId: 'PLC-003', type: 'Placement', change: 'end date before the start date', mutate: (p) => (p.actualEndDate = '2026-02-28') },
  {
    ruleId: 'PLC-004',
    type: 'Placement',
    change: 'UWV trial extended without reason',
    mutate: (p) => {
      asUwvTrial(p);
      p.trial.extendedToMonths = 4;
    },
  },
  {
    ruleId: 'PLC-005',
    type: 'Placement',
    change: 'UWV trial without accident insurance',
    mutate: (p) => {
      asUwvTrial(p);
      p.trial.insurance.accident = false;
    },
  },
  {
    ruleId: 'PLC-006',
    type: 'Placement',
    change: 'Participation Act trial of 8 months',
    mutate: (p) => {
      asUwvTrial(p);
      p.trial.regime = 'MUNICIPAL_PW';
      p.trial.plannedMonths = 8;
    },
  },
  {
    ruleId: 'PLC-007',
    type: 'Placement',
    change: 'probation period after a trial at the same employer',
    mutate: (p) => (p.contract.probationPeriod = true),
  },
  {
    ruleId: 'PLC-008',
    type: 'Placement',
    change: 'a job equivalent on an internship',
    mutate: (p) => {
      p.type = 'INTERNSHIP';
      p.jobEquivalent = 0.5;
    },
  },
  {
    ruleId: 'PLC-009',
    type: 'Placement',
    change: 'agency work counted at the agency',
    mutate: (p) => {
      asSecondment(p);
      p.type = 'TEMP_AGENCY';
      p.lender = { scheme: 'VESTIGING', value: '000087654321' };
      p.countingEmployer = { kvkNumber: '87654321' };
    },
  },
  {
    ruleId: 'PLC-010',
    type: 'Placement',
    change: 'a target-group basis that does not count',
    mutate: (p) => (p.candidate.targetGroup.basis = 'WORKING_WITH_PROVISION'),
  },
  {
    ruleId: 'PLC-011',
    type: 'Placement',
    change: 'a trial placement of 2.5 months',
    mutate: (p) => {
      asUwvTrial(p);
      p.trial.plannedMonths = 2.5;
    },
  },
  {
    ruleId: 'PLN-001',
    type: 'ExecutionPlan',
    change: 'plan starting before the partnership',
    mutate: (p) => (p.period.from = '2025-01-01'),
  },
  { ruleId: 'PLN-002', type: 'ExecutionPlan', change: 'a negative target value', mutate: (p) => (p.targets[0].value = -1) },
  {
    ruleId: 'PLN-003',
    type: 'ExecutionPlan',
    change: 'a second target for the same region and year, owned by UWV alone',
    mutate: (p) =>
      p.targets.push({ year: 2026, region: 'AM22', unit: 'JOB_EQUIVALENTS', value: 10, ownedBy: [{ scheme: 'UWV', value: 'UWV' }] }),
  },
  { ruleId: 'PLN-004', type: 'ExecutionPlan', change: 'an instrument without financier', mutate: (p) => delete p.instruments[1].financier },
  {
    ruleId: 'PRV-001',
    type: 'Placement',
    change: 'a BSN without statutory processing basis',
    mutate: (p) => (p.candidate.identity = { bsn: '123456782' }),
  },
  {
    ruleId: 'PRV-004',
    type: 'WageValueAssessment',
    change: 'a medical note in a main task',
    mutate: (a) => (a.mainTasks[0].notes = { ...(a.mainTasks[0].notes ?? {}), pace: 'Tempo laag door medicatie.' }),
  },
  {
    ruleId: 'PRV-005',
    type: 'WageValueAssessment',
    change: 'confidentiality INTERNAL, below the floor',
    mutate: (a) => (a.confidentiality = 'INTERNAL'),
  },
  {
    ruleId: 'REF-001',
    type: 'Placement',
    change: 'a parameter row not valid on the date computed',
    mutate: (p) => {
      p.startDate = '2025-01-01';
      p.instruments[0].period = { from: '2025-01-01', to: '2025-01-31' };
      p.instruments[0].parametersUsed = [{ tableId: 'WML_HOURLY_ADULT', validFrom: '2026-01-01', value: '14.71' }];
    },
  },
  {
    ruleId: 'REF-002',
    type: 'Placement',
    change: 'an LKS period before the first minimum-wage row',
    mutate: (p) => {
      p.startDate = '2023-06-01';
      p.instruments[0].period = { from: '2023-06-01', to: '2024-05-31' };
    },
  },
  {
    ruleId: 'REF-003',
    type: 'Placement',
    change: 'one LKS amount for a period across 1 July',
    mutate: (p) => {
      p.startDate = '2025-06-30';
      p.contract.hourlyWageCents = 1440;
      p.instruments[0].period = { from: '2025-06-30', to: '2025-07-06' };
      p.instruments[0].amountPerHourCents = 711;
    },
  },
  {
    ruleId: 'VAC-002',
    type: 'Vacancy',
    change: 'NO_PREFERENCE combined with WAJONG',
    mutate: (v) => (v.targetGroupPreference = ['NO_PREFERENCE', 'WAJONG']),
  },
  {
    ruleId: 'VAC-003',
    type: 'Vacancy',
    change: 'status RECEIVED without receivedAt and receivedBy',
    mutate: (v) => {
      v.status = 'RECEIVED';
      delete v.receivedAt;
      delete v.receivedBy;
    },
  },
  {
    ruleId: 'VAC-004',
    type: 'Placement',
    change: "candidate outside the vacancy's preference",
    mutate: (p) => (p.vacancyPreference = ['SW', 'WAJONG']),
  },
  {
    ruleId: 'VAC-005',
    type: 'Vacancy',
    change: 'FILLED with 2 of 3 places filled',
    mutate: (v) => {
      v.status = 'FILLED';
      v.placesFilled = 2;
    },
  },
  { ruleId: 'WVA-001', type: 'WageValueAssessment', change: 'wage value 60.5%', mutate: (a) => (a.wageValuePct = 60.5) },
  { ruleId: 'WVA-002', type: 'WageValueAssessment', change: 'no main tasks', mutate: (a) => (a.mainTasks = []) },
  {
    ruleId: 'WVA-003',
    type: 'WageValueAssessment',
    change: 'time shares adding up to 99%',
    mutate: (a) => (a.mainTasks[1].timeSharePct -= 1),
  },
  {
    ruleId: 'WVA-004',
    type: 'WageValueAssessment',
    change: 'a main task of 5% of working time',
    mutate: (a) => {
      a.mainTasks[0].timeSharePct = 95;
      a.mainTasks[1].timeSharePct = 5;
      a.mainTasks.splice(2);
    },
  },
  { ruleId: 'WVA-005', type: 'WageValueAssessment', change: 'regular performance at 60%', mutate: (a) => (a.regularPerformance = true) },
  {
    ruleId: 'WVA-006',
    type: 'WageValueAssessment',
    change: 'wage value far from the weighted task result',
    mutate: (a) => (a.mainTasks[1].resultPct = 80),
  },
  {
    ruleId: 'WVA-007',
    type: 'WageValueAssessment',
    change: 'legacy method for a recent visit',
    mutate: (a) => (a.method = 'LEGACY_DARIUZ'),
  },
  { ruleId: 'WVA-008', type: 'WageValueAssessment', change: 'assessor not certified', mutate: (a) => (a.assessor.certified = false) },
  { ruleId: 'WVA-009', type: 'WageValueAssessment', change: 'established without establishment data', mutate: (a) => delete a.established },
  { ruleId: 'WVA-010', type: 'WageValueAssessment', change: 'employee not invited to give views', mutate: (a) => delete a.views.employee },
  {
    ruleId: 'WVA-011',
    type: 'WageValueAssessment',
    change: 'first assessment without face-to-face conversation',
    mutate: (a) => (a.faceToFace = false),
  },
  { ruleId: 'WVA-012', type: 'WageValueAssessment', change: 'reassessment overdue', mutate: (a) => (a.reassessmentDue = '2026-05-31') },
  { ruleId: 'WVA-013', type: 'WageValueAssessment', change: 'pace of 120%', mutate: (a) => (a.mainTasks[0].pacePct = 120) },
  {
    ruleId: 'WVA-014',
    type: 'WageValueAssessment',
    change: 'deployability with the uniform method',
    mutate: (a) => {
      a.components.push('DEPLOYABILITY');
      a.mainTasks[0].deployabilityPct = 80;
    },
  },
  // The daily-flow document types (candidate proposals, grants, follow-ups, LKS declarations, job coaching).
  {
    ruleId: 'CNT-001',
    type: 'WageCostSubsidyDeclaration',
    change: 'job equivalent from contract hours (24 / 25.5) instead of paid hours',
    mutate: (d) => (d.counting.jobEquivalent = 24 / 25.5),
  },
  {
    ruleId: 'CTM-001',
    type: 'ContactMoment',
    change: 'contact of 2026-02-02 still PLANNED',
    mutate: (d) => (d.status = 'PLANNED'),
  },
  {
    ruleId: 'CTM-002',
    type: 'ContactMoment',
    change: 'the contacting organisation is the employer itself (KvK 12345678)',
    mutate: (d) => (d.organisation = { scheme: 'KVK', value: '12345678' }),
  },
  {
    ruleId: 'CTM-003',
    type: 'ContactMoment',
    change: 'topic VACANCY_INTAKE listed twice',
    mutate: (d) => d.topics.push('VACANCY_INTAKE'),
  },
  {
    ruleId: 'CTM-004',
    type: 'ContactMoment',
    change: 'placement follow-up without the placement',
    mutate: (d) => (d.topics = ['PLACEMENT_FOLLOW_UP']),
  },
  {
    ruleId: 'FUP-001',
    type: 'PlacementFollowUp',
    change: 'held end-of-trial evaluation without outcome',
    mutate: (d) => delete d.moments[0].outcome,
  },
  {
    ruleId: 'FUP-002',
    type: 'PlacementFollowUp',
    change: 'end of trial with outcome RENEWED_PERMANENT',
    mutate: (d) => (d.moments[0].outcome = 'RENEWED_PERMANENT'),
  },
  {
    ruleId: 'FUP-003',
    type: 'PlacementFollowUp',
    change: 'no-go at the end of the trial with next step START_CONTRACT',
    mutate: (d) => (d.moments[0].outcome = 'NO_GO'),
  },
  {
    ruleId: 'FUP-004',
    type: 'PlacementFollowUp',
    change: 'COMPLETED while the six-month check was not held',
    mutate: (d) => (d.status = 'COMPLETED'),
  },
  { ruleId: 'FUP-005', type: 'PlacementFollowUp', change: 'no six-month check planned', mutate: (d) => d.moments.pop() },
  { ruleId: 'GRT-001', type: 'InstrumentGrant', change: 'granted without decision date', mutate: (d) => delete d.decidedOn },
  {
    ruleId: 'GRT-002',
    type: 'InstrumentGrant',
    change: 'grant period ends before it starts',
    mutate: (d) => (d.period = { from: '2026-03-01', to: '2026-02-01' }),
  },
  {
    ruleId: 'GRT-003',
    type: 'InstrumentGrant',
    change: 'grant starts a month before the placement',
    mutate: (d) => (d.period.from = '2026-02-01'),
  },
  { ruleId: 'GRT-004', type: 'InstrumentGrant', change: 'LKS granted at a wage value of 100', mutate: (d) => (d.wageValuePct = 100) },
  {
    ruleId: 'GRT-005',
    type: 'InstrumentGrant',
    change: 'LKS decided six weeks after the wage value was established',
    mutate: (d) => (d.decidedOn = '2026-04-30'),
  },
  {
    ruleId: 'JCP-001',
    type: 'JobCoachPlan',
    change: 'second planned period overlaps the first',
    mutate: (d) => (d.plannedHours[1].from = '2026-03-31'),
  },
  { ruleId: 'JCP-002', type: 'JobCoachPlan', change: 'May plans more hours than April', mutate: (d) => (d.plannedHours[2].hours = 14) },
  {
    ruleId: 'JCP-003',
    type: 'JobCoachPlan',
    change: 'coaching runs to 2029-03-01, beyond 3 years',
    mutate: (d) => (d.period.to = '2029-03-01'),
  },
  { ruleId: 'JCR-001', type: 'JobCoachReport', change: '20 hours spent against 16 planned', mutate: (d) => (d.spentHours = 20) },
  {
    ruleId: 'JCR-002',
    type: 'JobCoachReport',
    change: 'report dated before the period ends',
    mutate: (d) => (d.reportedOn = '2026-03-20'),
  },
  {
    ruleId: 'LKD-001',
    type: 'WageCostSubsidyDeclaration',
    change: 'amount computed on contract hours (€772.37)',
    mutate: (d) => (d.computed.amountCents = 77237),
  },
  { ruleId: 'LKD-002', type: 'WageCostSubsidyDeclaration', change: 'PAID without the payment', mutate: (d) => delete d.payment },
  {
    ruleId: 'LKD-003',
    type: 'WageCostSubsidyDeclaration',
    change: 'period ends before it starts',
    mutate: (d) => (d.period.to = '2026-02-28'),
  },
  {
    ruleId: 'LKD-004',
    type: 'WageCostSubsidyDeclaration',
    change: 'REJECTED without a rejection reason',
    mutate: (d) => {
      d.status = 'REJECTED';
      delete d.payment;
    },
  },
  {
    ruleId: 'LKD-005',
    type: 'WageCostSubsidyDeclaration',
    change: 'hourly wage €14.06, below the 2026 minimum wage',
    mutate: (d) => (d.hourlyWageCents = 1406),
  },
  {
    ruleId: 'PRP-001',
    type: 'CandidateProposal',
    change: 'rejected by the employer without a reason code',
    mutate: (d) => (d.status = 'REJECTED_BY_EMPLOYER'),
  },
  { ruleId: 'PRP-002', type: 'CandidateProposal', change: 'invited without outcome moment', mutate: (d) => delete d.outcomeAt },
  {
    ruleId: 'PRP-003',
    type: 'CandidateProposal',
    change: 'profile hours 32 to 20',
    mutate: (d) => (d.profile.hoursPerWeek = { min: 32, max: 20 }),
  },
  { ruleId: 'PRP-004', type: 'CandidateProposal', change: 'PLACED without the placement', mutate: (d) => (d.status = 'PLACED') },
];
