import * as z from 'zod';
import { Applicant } from '../codelists/applicant.js';
import { CandidateSource } from '../codelists/candidate-source.js';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { ContractKind } from '../codelists/contract-kind.js';
import { EndReason } from '../codelists/end-reason.js';
import { Financier } from '../codelists/financier.js';
import { Instrument } from '../codelists/instrument.js';
import { JobCoachRegime } from '../codelists/job-coach-regime.js';
import { PlacementType } from '../codelists/placement-type.js';
import { TargetGroupBasis } from '../codelists/target-group-basis.js';
import { TrialRegime } from '../codelists/trial-regime.js';
import { VacancyPreference } from '../codelists/vacancy-preference.js';
import { AmCode, documentHeader, EmployerRef, extensionsField, GmCode, OrgRef, StatusChange } from '../common/building-blocks.js';
import { EuroCents, HoursPerWeek, IsoDate, Period, Uuid } from '../common/primitives.js';
import { Bsn } from '../identifiers/index.js';
import { defineDocument } from './definition.js';

/** @public */
export const PlacementStatus = z
  .enum(['PLANNED', 'ACTIVE', 'CONVERTED', 'ENDED', 'CANCELLED'])
  .meta({ id: 'PlacementStatus', title: 'Status plaatsing', description: 'Lifecycle state of a placement.' });
/** @public */
export type PlacementStatus = z.infer<typeof PlacementStatus>;

/**
 * Legal basis for processing a BSN. Consent is deliberately not an option (UAVG art. 46).
 *
 * @public
 */
export const BsnProcessingBasis = z.enum(['PAYROLL_TAX', 'SUWI_REGISTER_CHECK', 'PARTICIPATION_ACT_EXECUTION', 'OTHER_STATUTORY']).meta({
  id: 'BsnProcessingBasis',
  title: 'Grondslag verwerking BSN',
  description: 'Statutory basis for processing the BSN; consent is not a basis (PRV-001).',
});

/**
 * Kandidaat / werknemer: a pseudonymous reference to the person, never a person record.
 * The BSN lives only in the restricted `identity` part, with a processing basis.
 *
 * @public
 */
export const CandidateRef = z
  .strictObject({
    id: Uuid.describe('Pseudonymous identifier, stable per controller; the key in all exchanges.'),
    responsibleParty: OrgRef.optional().describe('UWV or the municipality (GM code) responsible for the person.'),
    residenceMunicipality: GmCode.optional().describe('Municipality of residence: it pays the LKS (woonplaatsbeginsel).'),
    targetGroup: z
      .strictObject({
        basis: TargetGroupBasis.describe('Grondslag in the doelgroepregister.'),
        inRegister: z.boolean().describe('Whether the person was found in the register.'),
        registerCheckedOn: IsoDate.describe('Date the register was checked.'),
        basisValidFrom: IsoDate.optional().describe('Start of the basis.'),
        basisValidTo: IsoDate.optional().describe('End of the basis, when known.'),
      })
      .optional()
      .describe('Register status (restricted).'),
    identity: z
      .strictObject({
        bsn: Bsn.describe('Burgerservicenummer; only where a law allows it.'),
        bsnProcessingBasis: BsnProcessingBasis.optional().describe('Statutory basis for holding the BSN (PRV-001).'),
      })
      .optional()
      .describe('Restricted identity part; never in URLs, logs, errors or reports.'),
  })
  .meta({ id: 'CandidateRef', title: 'Kandidaat (verwijzing)', description: 'Pseudonymous reference to the candidate or employee.' });
/** @public */
export type CandidateRef = z.infer<typeof CandidateRef>;

/**
 * Voorziening or subsidy granted for a placement (InstrumentGrant).
 *
 * @public
 */
export const InstrumentGrant = z
  .strictObject({
    id: Uuid.optional().describe('Identifier of the grant.'),
    instrument: Instrument.describe('The instrument.'),
    financier: Financier.describe('Kind of party that pays.'),
    financingParty: OrgRef.optional().describe('The paying organisation (GM code, UWV…).'),
    applicant: Applicant.optional().describe('Who applied: employer, employee or public party.'),
    appliedOn: IsoDate.optional().describe('Application date.'),
    decidedOn: IsoDate.optional().describe('Date of the decision (beschikking).'),
    decisionReference: z.string().max(100).optional().describe('Reference of the decision.'),
    status: z
      .enum(['REQUESTED', 'UNDER_ASSESSMENT', 'GRANTED', 'REJECTED', 'ACTIVE', 'ENDED', 'REVOKED'])
      .describe('Lifecycle state of the grant.'),
    period: Period.describe('Period of the grant; within the placement period (INS-018).'),
    wageValuePct: z.int().min(0).max(100).optional().describe('Wage value the subsidy or dispensation is based on.'),
    wageValueAssessmentId: Uuid.optional().describe('The established wage-value assessment used.'),
    skipMeasurementAgreed: z.boolean().optional().describe('Municipality agreed to grant without a measurement (INS-009).'),
    amountPerHourCents: EuroCents.optional().describe('Supplied LKS amount per hour, incl. employer charges (INS-003).'),
    parametersUsed: z
      .array(
        z.strictObject({
          tableId: z.string().max(100).describe('Reference-data table, e.g. WML_HOURLY_ADULT.'),
          validFrom: IsoDate.describe('validFrom of the row used.'),
          value: z.string().max(40).describe('Exact decimal value of the row used.'),
        }),
      )
      .optional()
      .describe('Parameter rows the supplied amount was computed with (REF-001, INS-005).'),
    wageValueEstablishedOn: IsoDate.optional().describe(
      'Date the wage value was established; the decision follows within 5 weeks (INS-008).',
    ),
    employeeInformedOn: IsoDate.optional().describe('Date the employee was informed of the wage dispensation (INS-010).'),
    targetGroupStatementRequestedOn: IsoDate.optional().describe(
      'LKV banenafspraak before 2026: date the target-group statement was requested (INS-017).',
    ),
    jobCoach: z
      .strictObject({
        regime: JobCoachRegime.optional().describe('UWV job-coach regime.'),
        provider: OrgRef.optional().describe('Job-coach organisation.'),
        providerUwvRecognised: z.boolean().optional().describe('Provider recognised by UWV (INS-014).'),
        coachIsColleague: z.boolean().optional().describe('Internal coach is a direct colleague (INS-015).'),
        coachIsSupervisor: z.boolean().optional().describe('Internal coach is the supervisor (INS-015).'),
        coachTrained: z.boolean().optional().describe('Internal coach completed training (INS-013).'),
        employeeWrittenConsentOn: IsoDate.optional().describe('Employee consented in writing (INS-013).'),
        earlierCoachingMonths: z.int().min(0).optional().describe('Months of earlier coaching in this job (INS-013/016).'),
      })
      .optional()
      .describe('Job-coaching parameters.'),
    extends: Uuid.optional().describe('Grant this one extends.'),
  })
  .meta({
    id: 'InstrumentGrant',
    title: 'Voorziening',
    description: 'An instrument (subsidy, provision, job coaching) granted for a placement.',
  });
/** @public */
export type InstrumentGrant = z.infer<typeof InstrumentGrant>;

/**
 * Contract terms of a paid placement.
 *
 * @public
 */
export const ContractTerms = z
  .strictObject({
    kind: ContractKind.describe('Kind of contract.'),
    durationMonths: z.int().min(1).optional().describe('Duration for fixed-term contracts.'),
    probationPeriod: z.boolean().describe('Whether a proeftijd is agreed; not allowed after a trial placement (PLC-007).'),
    hourlyWageCents: EuroCents.min(0).optional().describe('Contractual hourly wage (rechtens geldend loon) in cents.'),
    wageIncludesHolidayPay: z.boolean().optional().describe('Whether the hourly wage includes holiday pay.'),
    cao: z.string().max(200).optional().describe('Collective agreement that applies.'),
  })
  .meta({ id: 'ContractTerms', title: 'Arbeidsvoorwaarden', description: 'Contract terms of a paid placement.' });

/**
 * Terms of a trial placement (proefplaatsing).
 *
 * @public
 */
export const TrialTerms = z
  .strictObject({
    regime: TrialRegime.describe('UWV, Participatiewet proefplaats or legacy municipal rules.'),
    plannedMonths: z.number().min(0).max(24).describe('Planned length in months (default 2).'),
    extendedToMonths: z.number().min(0).max(24).optional().describe('Extended length in months.'),
    extensionReason: z.string().max(500).optional().describe('Why the trial was extended (non-medical).'),
    insurance: z
      .strictObject({
        liability: z.boolean().describe('Liability insurance arranged.'),
        accident: z.boolean().describe('Accident insurance arranged.'),
      })
      .describe('Insurance during the trial (PLC-005).'),
    intendedFollowUp: z
      .strictObject({
        contractMonths: z.number().min(0).describe('Intended contract length after the trial.'),
        hoursPerWeek: HoursPerWeek.describe('Intended hours per week after the trial.'),
      })
      .optional()
      .describe('Intended employment after the trial.'),
    priorUnpaidTrialAtEmployer: z.boolean().describe('The person had an earlier unpaid trial at this employer.'),
  })
  .meta({ id: 'TrialTerms', title: 'Proefplaatsing', description: 'Terms of a trial placement.' });

/**
 * Plaatsing: a person working at an employer, as trial, employment, secondment or other type.
 * Stores hours per week; the job equivalent is derived (PLC-002).
 *
 * @public
 */
export const Placement = z
  .strictObject({
    ...documentHeader('Placement', ConfidentialityLevel),
    status: PlacementStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(PlacementStatus)).optional().describe('Status changes.'),
    candidate: CandidateRef.describe('The person placed (pseudonymous reference).'),
    vacancyId: Uuid.optional().describe('Vacancy filled.'),
    vacancyPreference: z
      .array(VacancyPreference)
      .optional()
      .describe("Copy of the linked vacancy's target-group preference, to report a placement outside it (VAC-004)."),
    proposalId: Uuid.optional().describe('Candidate proposal that led to the placement.'),
    executionPlanId: Uuid.optional().describe('Execution plan the placement counts toward.'),
    partnershipId: Uuid.optional().describe('Partnership the placement falls under.'),
    type: PlacementType.describe('Kind of placement.'),
    employer: EmployerRef.describe('Contracting employer.'),
    countingEmployer: EmployerRef.optional().describe(
      'Employer the job counts for: the hirer (inlener) for secondment and agency work (PLC-009).',
    ),
    lender: OrgRef.optional().describe('Agency or SW company lending the worker (PLC-001).'),
    region: AmCode.describe('Labour-market region of the workplace.'),
    municipality: GmCode.optional().describe('Municipality of the workplace.'),
    startDate: IsoDate.describe('First day.'),
    plannedEndDate: IsoDate.optional().describe('Planned last day.'),
    actualEndDate: IsoDate.optional().describe('Actual last day.'),
    hoursPerWeek: HoursPerWeek.describe('Hours per week.'),
    jobEquivalent: z.number().optional().describe('Derived: hoursPerWeek / 25.5. When supplied it must match (PLC-002).'),
    contract: ContractTerms.optional().describe('Contract terms for paid placements.'),
    trial: TrialTerms.optional().describe('Terms when type is TRIAL_PLACEMENT.'),
    precededBy: Uuid.optional().describe('Trial placement this employment follows.'),
    precededByTrialAtSameEmployer: z.boolean().optional().describe('This employment follows a trial at the same employer (PLC-007).'),
    candidateSource: CandidateSource.describe('Party that sourced the candidate.'),
    endReason: EndReason.optional().describe('Why the placement ended.'),
    instruments: z.array(InstrumentGrant).optional().describe('Instruments granted.'),
    ...extensionsField,
  })
  .meta({
    id: 'Placement',
    title: 'Plaatsing',
    description: 'A person from the target group working at an employer: trial placement, employment, secondment or other.',
  });
/** @public */
export type Placement = z.infer<typeof Placement>;

/**
 * Canonical example: a UWV trial placement in Rijnmond, synthetic data.
 *
 * @public
 */
export const placementExample: Placement = {
  documentType: 'Placement',
  standardVersion: '0.2',
  id: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
  confidentiality: 'CASE_CONFIDENTIAL',
  status: 'ACTIVE',
  candidate: {
    id: '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30',
    responsibleParty: { scheme: 'GM', value: 'GM0599', name: 'Rotterdam' },
    residenceMunicipality: 'GM0599',
    targetGroup: { basis: 'PW_NO_WML_CAPACITY', inRegister: true, registerCheckedOn: '2026-02-20' },
  },
  type: 'EMPLOYMENT',
  employer: { kvkNumber: '12345678', establishment: '000012345678', payrollTaxNumber: '123456782L01', name: 'Voorbeeld Retail B.V.' },
  region: 'AM22',
  municipality: 'GM0599',
  startDate: '2026-03-01',
  hoursPerWeek: 24,
  contract: { kind: 'FIXED_TERM', durationMonths: 12, probationPeriod: false, hourlyWageCents: 1471, wageIncludesHolidayPay: false },
  precededByTrialAtSameEmployer: true,
  candidateSource: 'MUNICIPALITY',
  instruments: [
    {
      instrument: 'LKS',
      financier: 'MUNICIPALITY',
      financingParty: { scheme: 'GM', value: 'GM0599' },
      applicant: 'EMPLOYER',
      appliedOn: '2026-03-02',
      decidedOn: '2026-03-20',
      status: 'GRANTED',
      period: { from: '2026-03-01', to: '2027-02-28' },
      wageValuePct: 60,
      wageValueAssessmentId: '3d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f60',
    },
  ],
};

/** @public */
export const PlacementDefinition = defineDocument({
  type: 'Placement',
  titleNl: 'Plaatsing',
  titleEn: 'Placement',
  collection: 'placements',
  schema: Placement,
  example: placementExample,
  defaultConfidentiality: 'CASE_CONFIDENTIAL',
  confidentialityFloor: 'CASE_CONFIDENTIAL',
  statuses: PlacementStatus.options,
  transitions: {
    PLANNED: ['ACTIVE', 'CANCELLED'],
    ACTIVE: ['ENDED', 'CONVERTED'],
    CONVERTED: [],
    ENDED: [],
    CANCELLED: [],
  },
  restrictedPaths: ['candidate.identity', 'candidate.identity.bsn'],
});
