import type { ActorRole } from '../codelists/actor-role.js';
import { PlacementTypeList } from '../codelists/placement-type.js';
import type { DocumentType } from '../common/building-blocks.js';
import type { EventEmission, FieldCondition, Lifecycle, LifecycleTransition } from './lifecycle.js';

// Role sets used below. The public side is one role: which public organisation (municipality,
// UWV, WSP) acts is a matter of scopes, not of the lifecycle.
const BOTH: readonly ActorRole[] = ['EMPLOYER', 'PUBLIC_PARTY'];
const PUBLIC: readonly ActorRole[] = ['PUBLIC_PARTY'];
const EMPLOYER: readonly ActorRole[] = ['EMPLOYER'];
const CONTACT_PARTIES: readonly ActorRole[] = ['PUBLIC_PARTY', 'JOB_COACH', 'EMPLOYER'];

function t<S extends string>(
  from: S | null,
  to: S,
  roles: readonly ActorRole[],
  extra: { emits?: readonly EventEmission[]; when?: FieldCondition } = {},
): LifecycleTransition<S> {
  return { from, to, roles, ...extra };
}

/** From each of `from` to `to`. */
function many<S extends string>(from: readonly S[], to: S, roles: readonly ActorRole[], extra?: { emits?: readonly EventEmission[] }) {
  return from.map((f) => t(f, to, roles, extra));
}

const LKS_INSTRUMENTS: FieldCondition = { field: 'instrument', in: ['LKS', 'LKS_FIXED_RATE'] };
const JOBCOACH_INSTRUMENTS: FieldCondition = { field: 'instrument', in: ['JOBCOACH_EXTERNAL', 'JOBCOACH_INTERNAL'] };
const TRIAL: FieldCondition = { field: 'type', in: ['TRIAL_PLACEMENT'] };
const NOT_TRIAL: FieldCondition = { field: 'type', in: PlacementTypeList.codes.filter((c) => c !== 'TRIAL_PLACEMENT') };
const PLACEMENT_START: readonly EventEmission[] = [
  { processEvent: 'TRIAL_STARTED', when: TRIAL },
  { processEvent: 'PLACEMENT_STARTED', when: NOT_TRIAL },
];

/**
 * Samenwerkingsrelatie (brief §4.1): every change is made by the parties together.
 *
 * @public
 */
export const partnershipAgreementLifecycle: Lifecycle = {
  documentType: 'PartnershipAgreement',
  states: ['DRAFT', 'INTENT_DECLARED', 'ARRANGEMENTS_AGREED', 'ACTIVE', 'SUSPENDED', 'ENDED'],
  final: ['ENDED'],
  transitions: [
    t(null, 'DRAFT', BOTH),
    t('DRAFT', 'INTENT_DECLARED', BOTH),
    t('DRAFT', 'ARRANGEMENTS_AGREED', BOTH),
    t('DRAFT', 'ACTIVE', BOTH),
    t('INTENT_DECLARED', 'ARRANGEMENTS_AGREED', BOTH),
    t('ARRANGEMENTS_AGREED', 'ACTIVE', BOTH),
    t('ACTIVE', 'SUSPENDED', BOTH),
    t('SUSPENDED', 'ACTIVE', BOTH),
    ...many(['DRAFT', 'INTENT_DECLARED', 'ARRANGEMENTS_AGREED', 'ACTIVE', 'SUSPENDED'], 'ENDED', BOTH),
  ],
};

/**
 * Uitvoeringsplan (brief §4.4).
 *
 * @public
 */
export const executionPlanLifecycle: Lifecycle = {
  documentType: 'ExecutionPlan',
  states: ['DRAFT', 'AGREED', 'ACTIVE', 'SUSPENDED', 'CLOSED'],
  final: ['CLOSED'],
  transitions: [
    t(null, 'DRAFT', BOTH),
    t('DRAFT', 'AGREED', BOTH),
    t('AGREED', 'ACTIVE', BOTH),
    t('ACTIVE', 'SUSPENDED', BOTH),
    t('SUSPENDED', 'ACTIVE', BOTH),
    ...many(['DRAFT', 'AGREED', 'ACTIVE', 'SUSPENDED'], 'CLOSED', BOTH),
  ],
};

/**
 * Vacature (brief §4.5): the public party receives it, which starts the clock.
 *
 * @public
 */
export const vacancyLifecycle: Lifecycle = {
  documentType: 'Vacancy',
  states: ['DRAFT', 'RECEIVED', 'SOURCING', 'CANDIDATES_PROPOSED', 'PARTIALLY_FILLED', 'FILLED', 'CLOSED', 'WITHDRAWN', 'EXPIRED'],
  final: ['CLOSED', 'WITHDRAWN', 'EXPIRED'],
  transitions: [
    t(null, 'DRAFT', BOTH),
    t(null, 'RECEIVED', PUBLIC, { emits: [{ processEvent: 'VACANCY_RECEIVED' }] }),
    t('DRAFT', 'RECEIVED', PUBLIC, { emits: [{ processEvent: 'VACANCY_RECEIVED' }] }),
    t('RECEIVED', 'SOURCING', PUBLIC),
    t('SOURCING', 'CANDIDATES_PROPOSED', PUBLIC, { emits: [{ processEvent: 'FIRST_CANDIDATE_PROPOSED' }] }),
    t('CANDIDATES_PROPOSED', 'SOURCING', PUBLIC),
    t('CANDIDATES_PROPOSED', 'PARTIALLY_FILLED', BOTH),
    t('CANDIDATES_PROPOSED', 'FILLED', BOTH),
    t('PARTIALLY_FILLED', 'FILLED', BOTH),
    t('PARTIALLY_FILLED', 'CLOSED', BOTH),
    t('FILLED', 'CLOSED', BOTH),
    ...many(['RECEIVED', 'SOURCING', 'CANDIDATES_PROPOSED', 'PARTIALLY_FILLED'], 'WITHDRAWN', BOTH),
    ...many(['RECEIVED', 'SOURCING', 'CANDIDATES_PROPOSED', 'PARTIALLY_FILLED'], 'EXPIRED', ['PUBLIC_PARTY', 'SYSTEM']),
  ],
};

/**
 * Voordracht (brief §4.5): proposed by the public side, decided by the employer or the candidate.
 *
 * @public
 */
export const candidateProposalLifecycle: Lifecycle = {
  documentType: 'CandidateProposal',
  states: ['PENDING', 'INVITED', 'REJECTED_BY_EMPLOYER', 'WITHDRAWN_BY_CANDIDATE', 'PLACED'],
  final: ['REJECTED_BY_EMPLOYER', 'WITHDRAWN_BY_CANDIDATE', 'PLACED'],
  transitions: [
    t(null, 'PENDING', PUBLIC),
    t('PENDING', 'INVITED', EMPLOYER, { emits: [{ processEvent: 'CANDIDATE_INVITED' }] }),
    ...many(['PENDING', 'INVITED'], 'REJECTED_BY_EMPLOYER', EMPLOYER),
    ...many(['PENDING', 'INVITED'], 'WITHDRAWN_BY_CANDIDATE', ['PUBLIC_PARTY', 'EMPLOYEE']),
    t('INVITED', 'PLACED', BOTH),
  ],
};

/**
 * Plaatsing (brief §4.7): a trial converts into employment or ends.
 *
 * @public
 */
export const placementLifecycle: Lifecycle = {
  documentType: 'Placement',
  states: ['PLANNED', 'ACTIVE', 'CONVERTED', 'ENDED', 'CANCELLED'],
  final: ['CONVERTED', 'ENDED', 'CANCELLED'],
  transitions: [
    t(null, 'PLANNED', BOTH),
    t(null, 'ACTIVE', BOTH, { emits: PLACEMENT_START }),
    t('PLANNED', 'ACTIVE', BOTH, { emits: PLACEMENT_START }),
    t('PLANNED', 'CANCELLED', BOTH),
    t('ACTIVE', 'ENDED', BOTH),
    t('ACTIVE', 'CONVERTED', BOTH, { when: TRIAL }),
  ],
};

/**
 * Voorziening (brief §4.8). The no-risk policy and the LKV need no application (INS-012,
 * INS-017): they may be recorded directly as `ACTIVE`.
 *
 * @public
 */
export const instrumentGrantLifecycle: Lifecycle = {
  documentType: 'InstrumentGrant',
  states: ['REQUESTED', 'UNDER_ASSESSMENT', 'GRANTED', 'REJECTED', 'ACTIVE', 'ENDED', 'REVOKED'],
  final: ['REJECTED', 'ENDED', 'REVOKED'],
  transitions: [
    t(null, 'REQUESTED', ['EMPLOYER', 'EMPLOYEE', 'PUBLIC_PARTY'], {
      emits: [
        { processEvent: 'LKS_APPLIED', when: LKS_INSTRUMENTS },
        { processEvent: 'JOBCOACH_REQUESTED', when: JOBCOACH_INSTRUMENTS },
      ],
    }),
    t(null, 'ACTIVE', BOTH, {
      when: { field: 'instrument', in: ['NO_RISK_POLICY', 'LKV_JOB_AGREEMENT', 'LKV_DISABLED', 'LKV_REHIRED_DISABLED'] },
    }),
    t('REQUESTED', 'UNDER_ASSESSMENT', PUBLIC),
    ...many(['REQUESTED', 'UNDER_ASSESSMENT'], 'GRANTED', PUBLIC, { emits: [{ processEvent: 'LKS_DECIDED', when: LKS_INSTRUMENTS }] }),
    ...many(['REQUESTED', 'UNDER_ASSESSMENT'], 'REJECTED', PUBLIC, { emits: [{ processEvent: 'LKS_DECIDED', when: LKS_INSTRUMENTS }] }),
    t('GRANTED', 'ACTIVE', ['PUBLIC_PARTY', 'SYSTEM'], { emits: [{ processEvent: 'JOBCOACH_STARTED', when: JOBCOACH_INSTRUMENTS }] }),
    t('ACTIVE', 'ENDED', ['PUBLIC_PARTY', 'SYSTEM']),
    ...many(['GRANTED', 'ACTIVE'], 'REVOKED', PUBLIC),
  ],
};

/**
 * Evaluatie en nazorg: planned and held by the public side, the job coach or the employer.
 *
 * @public
 */
export const placementFollowUpLifecycle: Lifecycle = {
  documentType: 'PlacementFollowUp',
  states: ['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'],
  final: ['COMPLETED', 'CANCELLED'],
  transitions: [
    t(null, 'PLANNED', ['PUBLIC_PARTY', 'JOB_COACH', 'EMPLOYER']),
    t(null, 'ACTIVE', ['PUBLIC_PARTY', 'JOB_COACH', 'EMPLOYER']),
    t('PLANNED', 'ACTIVE', ['PUBLIC_PARTY', 'JOB_COACH', 'EMPLOYER']),
    t('ACTIVE', 'COMPLETED', ['PUBLIC_PARTY', 'JOB_COACH']),
    ...many(['PLANNED', 'ACTIVE'], 'CANCELLED', PUBLIC),
  ],
};

/**
 * Jobcoachplan: agreed by employer and job coach; starting it starts the coaching (brief §10.1).
 *
 * @public
 */
export const jobCoachPlanLifecycle: Lifecycle = {
  documentType: 'JobCoachPlan',
  states: ['DRAFT', 'AGREED', 'ACTIVE', 'ENDED', 'CANCELLED'],
  final: ['ENDED', 'CANCELLED'],
  transitions: [
    t(null, 'DRAFT', ['JOB_COACH', 'EMPLOYER']),
    t('DRAFT', 'AGREED', ['JOB_COACH', 'EMPLOYER']),
    t('AGREED', 'ACTIVE', ['JOB_COACH', 'EMPLOYER'], { emits: [{ processEvent: 'JOBCOACH_STARTED' }] }),
    t('ACTIVE', 'ENDED', ['JOB_COACH', 'EMPLOYER', 'PUBLIC_PARTY']),
    ...many(['DRAFT', 'AGREED'], 'CANCELLED', ['JOB_COACH', 'EMPLOYER', 'PUBLIC_PARTY']),
  ],
};

/**
 * Voortgangsrapportage jobcoaching: written by the job coach, accepted by the financier.
 *
 * @public
 */
export const jobCoachReportLifecycle: Lifecycle = {
  documentType: 'JobCoachReport',
  states: ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'],
  final: ['ACCEPTED'],
  transitions: [
    t(null, 'DRAFT', ['JOB_COACH']),
    t(null, 'SUBMITTED', ['JOB_COACH']),
    t('DRAFT', 'SUBMITTED', ['JOB_COACH']),
    t('RETURNED', 'SUBMITTED', ['JOB_COACH']),
    t('SUBMITTED', 'RETURNED', PUBLIC),
    t('SUBMITTED', 'ACCEPTED', PUBLIC),
  ],
};

/**
 * Contactmoment: recorded by whoever had the contact (public side, job coach or employer),
 * as planned or straight away as held.
 *
 * @public
 */
export const contactMomentLifecycle: Lifecycle = {
  documentType: 'ContactMoment',
  states: ['PLANNED', 'HELD', 'CANCELLED'],
  final: ['HELD', 'CANCELLED'],
  transitions: [
    t(null, 'PLANNED', CONTACT_PARTIES),
    t(null, 'HELD', CONTACT_PARTIES),
    t('PLANNED', 'HELD', CONTACT_PARTIES),
    t('PLANNED', 'CANCELLED', CONTACT_PARTIES),
  ],
};

/**
 * Loonwaardebepaling (brief §4.9): measured and reported by the assessor, established by the executive or UWV.
 *
 * @public
 */
export const wageValueAssessmentLifecycle: Lifecycle = {
  documentType: 'WageValueAssessment',
  states: ['PLANNED', 'MEASURED', 'REPORTED', 'ESTABLISHED', 'SUPERSEDED', 'CANCELLED'],
  final: ['SUPERSEDED', 'CANCELLED'],
  transitions: [
    t(null, 'PLANNED', BOTH, { emits: [{ processEvent: 'WAGE_VALUE_REQUESTED' }] }),
    t('PLANNED', 'MEASURED', ['ASSESSOR']),
    t('MEASURED', 'REPORTED', ['ASSESSOR']),
    t('REPORTED', 'ESTABLISHED', PUBLIC, { emits: [{ processEvent: 'WAGE_VALUE_ESTABLISHED' }] }),
    t('ESTABLISHED', 'SUPERSEDED', PUBLIC),
    ...many(['PLANNED', 'MEASURED', 'REPORTED'], 'CANCELLED', ['PUBLIC_PARTY', 'ASSESSOR']),
  ],
};

/**
 * LKS-declaratie: submitted by the employer, approved and paid by the municipality.
 *
 * @public
 */
export const wageCostSubsidyDeclarationLifecycle: Lifecycle = {
  documentType: 'WageCostSubsidyDeclaration',
  states: ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PAID', 'CORRECTED'],
  final: ['REJECTED', 'CORRECTED'],
  transitions: [
    t(null, 'DRAFT', BOTH),
    t(null, 'SUBMITTED', EMPLOYER),
    t('DRAFT', 'SUBMITTED', EMPLOYER),
    t('SUBMITTED', 'APPROVED', PUBLIC),
    t('SUBMITTED', 'REJECTED', PUBLIC),
    t('APPROVED', 'PAID', PUBLIC),
    ...many(['SUBMITTED', 'APPROVED', 'PAID'], 'CORRECTED', BOTH),
  ],
};

/**
 * Werkgeversinstructie (brief §4.10): only the employee shares or revokes it.
 *
 * @public
 */
export const employerInstructionLifecycle: Lifecycle = {
  documentType: 'EmployerInstruction',
  states: ['DRAFT', 'SHARED', 'REVOKED', 'EXPIRED'],
  final: ['REVOKED', 'EXPIRED'],
  transitions: [
    t(null, 'DRAFT', ['EMPLOYEE', 'JOB_COACH']),
    t('DRAFT', 'SHARED', ['EMPLOYEE']),
    t('SHARED', 'DRAFT', ['EMPLOYEE']),
    ...many(['DRAFT', 'SHARED'], 'REVOKED', ['EMPLOYEE']),
    t('SHARED', 'EXPIRED', ['SYSTEM']),
  ],
};

/**
 * The lifecycle of every document type.
 *
 * @public
 */
export const lifecycles: Readonly<Record<DocumentType, Lifecycle>> = {
  PartnershipAgreement: partnershipAgreementLifecycle,
  ExecutionPlan: executionPlanLifecycle,
  Vacancy: vacancyLifecycle,
  CandidateProposal: candidateProposalLifecycle,
  Placement: placementLifecycle,
  InstrumentGrant: instrumentGrantLifecycle,
  PlacementFollowUp: placementFollowUpLifecycle,
  JobCoachPlan: jobCoachPlanLifecycle,
  JobCoachReport: jobCoachReportLifecycle,
  ContactMoment: contactMomentLifecycle,
  WageValueAssessment: wageValueAssessmentLifecycle,
  WageCostSubsidyDeclaration: wageCostSubsidyDeclarationLifecycle,
  EmployerInstruction: employerInstructionLifecycle,
};
