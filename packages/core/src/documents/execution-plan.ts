import * as z from 'zod';
import { CandidateSource } from '../codelists/candidate-source.js';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { Financier } from '../codelists/financier.js';
import { Instrument } from '../codelists/instrument.js';
import { ProcessStep } from '../codelists/process-step.js';
import { TargetGroupBasis } from '../codelists/target-group-basis.js';
import { TargetUnit } from '../codelists/target-unit.js';
import { AmCode, documentHeader, extensionsField, OrgRef, StatusChange } from '../common/building-blocks.js';
import { EuroCents, IsoDate, Uuid } from '../common/primitives.js';
import { EstablishmentNumber } from '../identifiers/index.js';
import { defineDocument } from './definition.js';

/** @public */
export const ExecutionPlanStatus = z
  .enum(['DRAFT', 'AGREED', 'ACTIVE', 'SUSPENDED', 'CLOSED'])
  .meta({ id: 'ExecutionPlanStatus', title: 'Status uitvoeringsplan', description: 'Lifecycle state of an execution plan.' });
/** @public */
export type ExecutionPlanStatus = z.infer<typeof ExecutionPlanStatus>;

/**
 * Taakstelling: a target owned by a team, ideally one shared target (PLN-003).
 *
 * @public
 */
export const Target = z
  .strictObject({
    year: z.int().min(2015).max(2100).describe('Calendar year the target applies to.'),
    region: AmCode.optional().describe('Region, when the target is regional.'),
    establishment: EstablishmentNumber.optional().describe('Establishment, e.g. a new site with a placement ambition.'),
    unit: z.string().describe('Unit (code list TargetUnit, PLN-002).'),
    value: z.number().describe('Target value ≥ 0 (PLN-002).'),
    ownedBy: z.array(OrgRef).min(1).describe('Parties that own the target jointly.'),
  })
  .meta({ id: 'Target', title: 'Taakstelling', description: 'A target for a period, owned jointly by the parties of a team.' });
/** @public */
export type Target = z.infer<typeof Target>;

/**
 * Uitvoeringsplan: which process steps and instruments employer and region(s) use, and the
 * targets they set. No official format exists; this structure is the standard's proposal.
 *
 * @public
 */
export const ExecutionPlan = z
  .strictObject({
    ...documentHeader('ExecutionPlan', ConfidentialityLevel),
    status: ExecutionPlanStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(ExecutionPlanStatus)).optional().describe('Status changes.'),
    name: z.string().min(1).max(200).describe('Name of the plan.'),
    partnershipId: Uuid.describe('Partnership the plan belongs to.'),
    arrangementsVersion: z.int().min(1).optional().describe('Version of the working arrangements it implements.'),
    partnershipPeriod: z
      .strictObject({ from: IsoDate, to: IsoDate.optional() })
      .optional()
      .describe("The partnership's lifetime, when known, to check the plan period (PLN-001)."),
    scope: z
      .strictObject({
        targetGroups: z.array(TargetGroupBasis).describe('Target groups covered.'),
        regions: z.array(AmCode).min(1).describe('Regions covered.'),
        establishments: z.array(EstablishmentNumber).optional().describe('Establishments covered.'),
      })
      .describe('Scope of the plan.'),
    period: z.strictObject({ from: IsoDate.describe('First day.'), to: IsoDate.describe('Last day.') }).describe('Plan period.'),
    targets: z.array(Target).describe('Taakstelling per period.'),
    processSteps: z
      .array(
        z.strictObject({
          step: ProcessStep.describe('Process step.'),
          responsible: z.array(OrgRef).describe('Responsible party: exactly one (PLN-004).'),
          contactRole: z.string().max(200).optional().describe('Role of the contact for this step.'),
          performanceAgreementId: Uuid.optional().describe('Performance agreement that applies.'),
          requiresEmployerInstruction: z.boolean().optional().describe('Must always be false: the instruction is voluntary (EMI-009).'),
        }),
      )
      .describe('Who does what.'),
    instruments: z
      .array(
        z.strictObject({
          instrument: Instrument.describe('Instrument.'),
          financier: Financier.optional().describe('Who pays (PLN-004).'),
          conditionsNote: z.string().max(1000).optional().describe('Conditions.'),
          maxDurationMonths: z.int().min(1).optional().describe('Maximum duration.'),
        }),
      )
      .describe('Instruments in use.'),
    budget: z
      .strictObject({ amountCents: EuroCents.min(0), financier: Financier })
      .optional()
      .describe('Budget.'),
    intendedBalance: z
      .array(
        z.strictObject({
          candidateSource: CandidateSource.optional().describe('Candidate source this share is for.'),
          basis: TargetGroupBasis.optional().describe('Target-group basis this share is for.'),
          sharePct: z.number().min(0).max(100).describe('Intended share of placements on vacancies without preference, in percent.'),
        }),
      )
      .optional()
      .describe(
        'Rotterdam model (brief §3.5): the intended balance between candidate sources or target groups on vacancies without preference; one of candidateSource or basis per entry. A signal for the balance report, never a rule.',
      ),
    reporting: z
      .strictObject({
        frequency: z.enum(['MONTHLY', 'QUARTERLY', 'YEARLY']).describe('How often progress is reported.'),
        recipients: z.array(OrgRef).describe('Who receives the report.'),
        countedIn: z
          .array(TargetUnit)
          .optional()
          .describe('Units in which progress is counted; every target must use one of them (CNT-002).'),
      })
      .optional()
      .describe('Reporting on progress toward the targets.'),
    evaluation: z
      .strictObject({ plannedOn: IsoDate, heldOn: IsoDate.optional(), summary: z.string().max(2000).optional() })
      .optional()
      .describe('Plan review.'),
    ...extensionsField,
  })
  .meta({
    id: 'ExecutionPlan',
    title: 'Uitvoeringsplan',
    description: 'Process steps, instruments and targets that an employer and region(s) agree to use.',
  });
/** @public */
export type ExecutionPlan = z.infer<typeof ExecutionPlan>;

/** @public */
export const executionPlanExample: ExecutionPlan = {
  documentType: 'ExecutionPlan',
  standardVersion: '0.2',
  id: '2b3c4d5e-6f70-4a8b-9cad-1e2f3a4b5c6d',
  confidentiality: 'INTERNAL',
  status: 'ACTIVE',
  name: 'Uitvoeringsplan 2026 Rijnmond',
  partnershipId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  arrangementsVersion: 1,
  partnershipPeriod: { from: '2025-11-05' },
  scope: { targetGroups: ['PW_NO_WML_CAPACITY', 'WAJONG', 'WSW_INDICATION'], regions: ['AM22'] },
  period: { from: '2026-01-01', to: '2026-12-31' },
  targets: [
    {
      year: 2026,
      region: 'AM22',
      unit: 'JOB_EQUIVALENTS',
      value: 20,
      ownedBy: [
        { scheme: 'GM', value: 'GM0599', name: 'Rotterdam' },
        { scheme: 'UWV', value: 'UWV' },
      ],
    },
  ],
  processSteps: [
    { step: 'VACANCY_INTAKE', responsible: [{ scheme: 'AM', value: 'AM22', name: 'WSP Rijnmond' }] },
    { step: 'CANDIDATE_PROPOSAL', responsible: [{ scheme: 'AM', value: 'AM22', name: 'WSP Rijnmond' }] },
    { step: 'WAGE_VALUE_ASSESSMENT', responsible: [{ scheme: 'GM', value: 'GM0599' }] },
    { step: 'AFTERCARE', responsible: [{ scheme: 'KVK', value: '12345678' }] },
  ],
  instruments: [
    { instrument: 'LKS', financier: 'MUNICIPALITY' },
    { instrument: 'JOBCOACH_EXTERNAL', financier: 'UWV', maxDurationMonths: 36 },
    { instrument: 'NO_RISK_POLICY', financier: 'UWV' },
  ],
  reporting: {
    frequency: 'QUARTERLY',
    recipients: [
      { scheme: 'KVK', value: '12345678' },
      { scheme: 'AM', value: 'AM22' },
    ],
    countedIn: ['JOB_EQUIVALENTS'],
  },
  evaluation: { plannedOn: '2026-12-01' },
};

/** @public */
export const ExecutionPlanDefinition = defineDocument({
  type: 'ExecutionPlan',
  titleNl: 'Uitvoeringsplan',
  titleEn: 'Execution plan',
  collection: 'execution-plans',
  schema: ExecutionPlan,
  example: executionPlanExample,
  defaultConfidentiality: 'INTERNAL',
  confidentialityFloor: 'PUBLIC',
  statuses: ExecutionPlanStatus.options,
  transitions: {
    DRAFT: ['AGREED', 'CLOSED'],
    AGREED: ['ACTIVE', 'CLOSED'],
    ACTIVE: ['SUSPENDED', 'CLOSED'],
    SUSPENDED: ['ACTIVE', 'CLOSED'],
    CLOSED: [],
  },
  restrictedPaths: [],
});
