import * as z from 'zod';
import { ArrangementBasis } from '../codelists/arrangement-basis.js';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { ContactSide } from '../codelists/contact-side.js';
import { DelegatedProcess } from '../codelists/delegated-process.js';
import { Financier } from '../codelists/financier.js';
import { Instrument } from '../codelists/instrument.js';
import { MeasurementPeriod } from '../codelists/measurement-period.js';
import { PaymentFrequency } from '../codelists/payment-frequency.js';
import { PerformanceMetric } from '../codelists/performance-metric.js';
import { ProcessEvent } from '../codelists/process-event.js';
import { SigningLevel } from '../codelists/signing-level.js';
import { SigningScope } from '../codelists/signing-scope.js';
import { TrialRegime } from '../codelists/trial-regime.js';
import { WageValueMethod } from '../codelists/wage-value-method.js';
import {
  AmCode,
  documentHeader,
  EmployerParty,
  extensionsField,
  GmCode,
  OrgRef,
  PublicParty,
  StatusChange,
} from '../common/building-blocks.js';
import { IsoDate, Uuid } from '../common/primitives.js';
import { defineDocument } from './definition.js';

/** @public */
export const PartnershipStatus = z
  .enum(['DRAFT', 'INTENT_DECLARED', 'ARRANGEMENTS_AGREED', 'ACTIVE', 'SUSPENDED', 'ENDED'])
  .meta({ id: 'PartnershipStatus', title: 'Status samenwerkingsrelatie', description: 'Lifecycle state of a partnership.' });
/** @public */
export type PartnershipStatus = z.infer<typeof PartnershipStatus>;

/**
 * Intentieverklaring: the signed statement of joint intent.
 *
 * @public
 */
export const DeclarationOfIntent = z
  .strictObject({
    status: z.enum(['DRAFT', 'FOR_SIGNATURE', 'SIGNED', 'SUPERSEDED', 'EXPIRED', 'WITHDRAWN']).describe('Lifecycle state.'),
    signingLevel: SigningLevel.optional().describe('Bestuurlijk or ambtelijk (AGR-005).'),
    signingScope: SigningScope.describe('Central for the region, per municipality or a single party.'),
    region: AmCode.optional().describe('Region signed for centrally (required for REGION_CENTRAL, AGR-006).'),
    coveredMunicipalities: z
      .array(GmCode)
      .optional()
      .describe('Municipalities covered: for central signing, the region members on the signing date.'),
    mandateReference: z.string().max(200).optional().describe('Decision or mandate under which officials sign.'),
    signatories: z
      .array(
        z.strictObject({
          party: OrgRef.describe('Organisation signing.'),
          side: ContactSide.describe('Employer or public side.'),
          name: z.string().max(200).describe('Name of the signatory.'),
          function: z.string().max(200).describe('Function, e.g. wethouder.'),
          signedOn: IsoDate.optional().describe('Date of signature.'),
        }),
      )
      .describe('Who signs.'),
    signedOn: IsoDate.optional().describe('Date of the last signature.'),
    commitments: z
      .array(z.strictObject({ text: z.string().max(1000), quantity: z.number().optional(), unit: z.string().max(50).optional() }))
      .optional()
      .describe('Stated intentions, e.g. an ambition in number of people.'),
    document: z
      .strictObject({ uri: z.url(), sha256: z.string().regex(/^[0-9a-f]{64}$/), mediaType: z.string().max(100) })
      .optional()
      .describe('The signed document.'),
  })
  .meta({ id: 'DeclarationOfIntent', title: 'Intentieverklaring', description: 'Signed declaration of intent of a partnership.' });

/**
 * Aanspreekpunt: the one named contact per side per region.
 *
 * @public
 */
export const ContactPoint = z
  .strictObject({
    side: ContactSide.describe('Employer or public side.'),
    region: AmCode.describe('Region the contact serves.'),
    name: z.string().min(1).max(200).describe('Name.'),
    role: z.string().max(200).describe('Role, e.g. accountmanager WSP.'),
    email: z.email().describe('Business e-mail.'),
    phone: z.string().max(30).optional().describe('Business phone.'),
    validFrom: IsoDate.describe('First day as contact point.'),
    validTo: IsoDate.optional().describe('Last day as contact point.'),
  })
  .meta({ id: 'ContactPoint', title: 'Aanspreekpunt', description: 'The single point of contact for one side in one region.' });
/** @public */
export type ContactPoint = z.infer<typeof ContactPoint>;

/**
 * Prestatieafspraak: a measurable, mutual agreement on speed or quality.
 *
 * @public
 */
export const PerformanceAgreement = z
  .strictObject({
    id: Uuid.optional().describe('Identifier, referenced by process steps.'),
    metric: PerformanceMetric.describe('Lead time, quality or volume.'),
    obligor: ContactSide.describe('Side that must perform.'),
    fromEvent: ProcessEvent.optional().describe('Event that starts the clock.'),
    toEvent: ProcessEvent.optional().describe('Event that stops the clock.'),
    targetWorkingDays: z.int().min(0).optional().describe('Target lead time in working days.'),
    targetSharePct: z.number().min(0).max(100).default(100).describe('Share of cases that must meet the target.'),
    qualityCriterion: z.string().max(500).optional().describe('Criterion for quality agreements.'),
    measurementPeriod: MeasurementPeriod.describe('Period over which it is measured.'),
    region: AmCode.optional().describe('Region, when region-specific.'),
  })
  .meta({
    id: 'PerformanceAgreement',
    title: 'Prestatieafspraak',
    description: 'Mutual agreement on the speed or quality of the joint process.',
  });
/** @public */
export type PerformanceAgreement = z.infer<typeof PerformanceAgreement>;

/**
 * Werkafspraken: the agreed way of working, versioned, per set of regions.
 *
 * @public
 */
export const WorkingArrangements = z
  .strictObject({
    arrangementVersion: z.int().min(1).describe('Version; a change creates a new version.'),
    status: z.enum(['DRAFT', 'PROPOSED', 'AGREED', 'IN_FORCE', 'SUPERSEDED', 'TERMINATED']).describe('Lifecycle state.'),
    basedOn: ArrangementBasis.describe('Provenance of the arrangements.'),
    regions: z.array(AmCode).min(1).describe('Regions where these arrangements apply.'),
    contactPoints: z.array(ContactPoint).describe('Exactly one per side per region at any date (AGR-001).'),
    wageValueApproach: z
      .strictObject({
        method: WageValueMethod.describe('Shared wage-value method (ARR-003).'),
        assessorProvider: OrgRef.optional().describe('Organisation that provides assessors.'),
        assessorEmployedByEmployer: z.boolean().optional().describe('Assessors are employed by the employer (ARR-004).'),
        sharedAcrossRegions: z.boolean().describe('The same approach in all regions.'),
      })
      .describe('The shared loonwaarde approach.'),
    trialPlacement: z
      .strictObject({
        regime: TrialRegime.describe('Regime.'),
        defaultMonths: z.number().min(0).describe('Default length in months.'),
        maxMonths: z.number().min(0).describe('Maximum length in months (ARR-002).'),
        insuranceArrangedBy: z.enum(['EMPLOYER', 'UWV', 'MUNICIPALITY']).describe('Who arranges insurance.'),
      })
      .optional()
      .describe('Harmonised proefplaatsing.'),
    jobCoaching: z
      .strictObject({
        allowed: z.array(Instrument).describe('Job-coaching instruments allowed.'),
        financierByGroup: z.record(z.string(), Financier).optional().describe('Financier per target group.'),
        notes: z.string().max(1000).optional(),
      })
      .optional()
      .describe('Job-coaching options.'),
    lksProcess: z
      .strictObject({
        preferredProcess: z.boolean().describe('Follows the national preferred LKS process.'),
        paymentFrequency: PaymentFrequency.describe('How often LKS is paid.'),
        channel: z.string().max(200).optional().describe('How data is delivered.'),
      })
      .optional()
      .describe('How LKS is applied for and paid.'),
    delegatedProcesses: z.array(DelegatedProcess).optional().describe('Regelluw: processes delegated to the employer.'),
    performanceAgreements: z.array(PerformanceAgreement).optional().describe('Mutual performance agreements.'),
    calendarId: z.string().max(50).optional().describe('Working-day calendar for lead times (ARR-001).'),
    validFrom: IsoDate.describe('First day in force.'),
    validTo: IsoDate.optional().describe('Last day in force.'),
  })
  .meta({ id: 'WorkingArrangements', title: 'Werkafspraken', description: 'The agreed way of working between employer and region(s).' });
/** @public */
export type WorkingArrangements = z.infer<typeof WorkingArrangements>;

/**
 * Samenwerkingsrelatie: the long-lived relationship between one employer and one or more
 * regions or public parties; the root of everything else.
 *
 * @public
 */
export const PartnershipAgreement = z
  .strictObject({
    ...documentHeader('PartnershipAgreement', ConfidentialityLevel),
    status: PartnershipStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(PartnershipStatus)).optional().describe('Status changes.'),
    name: z.string().min(1).max(200).describe('Name of the partnership.'),
    employer: EmployerParty.describe('The employer party.'),
    publicParties: z.array(PublicParty).describe('The public side.'),
    regions: z.array(AmCode).describe('Regions covered (national employers: many).'),
    intermediary: OrgRef.optional().describe('National liaison (SLW / Landelijk WSP) when involved.'),
    relationshipValues: z.array(z.string()).describe('Values the parties emphasise (code list RelationshipValue, AGR-008).'),
    reviews: z
      .array(
        z.strictObject({
          heldOn: IsoDate.describe('Date of the review.'),
          participantRoles: z.array(z.string().max(100)).describe('Roles present.'),
          valuesDiscussed: z.array(z.string()).describe('Relationship values discussed.'),
          followUp: z.string().max(1000).optional().describe('Agreed follow-up.'),
        }),
      )
      .optional()
      .describe('Periodic relationship reviews.'),
    nextReviewOn: IsoDate.optional().describe('Next planned review.'),
    declarationsOfIntent: z.array(DeclarationOfIntent).optional().describe('Declarations of intent.'),
    workingArrangements: z.array(WorkingArrangements).optional().describe('Versions of the working arrangements.'),
    hasActiveExecutionPlan: z.boolean().optional().describe('Set by servers: an execution plan is active (AGR-004).'),
    validFrom: IsoDate.describe('Start of the partnership.'),
    validTo: IsoDate.optional().describe('End of the partnership.'),
    ...extensionsField,
  })
  .meta({
    id: 'PartnershipAgreement',
    title: 'Samenwerkingsrelatie',
    description: 'The relationship between an employer and one or more regions, with its intent, arrangements and reviews.',
  });
/** @public */
export type PartnershipAgreement = z.infer<typeof PartnershipAgreement>;

/** @public */
export const partnershipAgreementExample: PartnershipAgreement = {
  documentType: 'PartnershipAgreement',
  standardVersion: '0.2',
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  confidentiality: 'INTERNAL',
  status: 'ACTIVE',
  name: 'Voorbeeld Retail – Rijnmond en Haaglanden',
  employer: { kvkNumber: '12345678', name: 'Voorbeeld Retail B.V.', sector: 'MARKET' },
  publicParties: [
    { party: { scheme: 'AM', value: 'AM22', name: 'WSP Rijnmond' }, role: 'REGION' },
    { party: { scheme: 'AM', value: 'AM21', name: 'WSP Haaglanden' }, role: 'REGION' },
  ],
  regions: ['AM22', 'AM21'],
  relationshipValues: ['SINGLE_CONTACT', 'EQUAL_PARTNERS', 'KEEPING_AGREEMENTS'],
  reviews: [{ heldOn: '2026-01-15', participantRoles: ['employer', 'WSP'], valuesDiscussed: ['SINGLE_CONTACT'] }],
  nextReviewOn: '2026-07-15',
  declarationsOfIntent: [
    {
      status: 'SIGNED',
      signingLevel: 'ADMINISTRATIVE',
      signingScope: 'REGION_CENTRAL',
      region: 'AM22',
      signatories: [
        {
          party: { scheme: 'KVK', value: '12345678' },
          side: 'EMPLOYER',
          name: 'P. Pietersen',
          function: 'Directeur HR',
          signedOn: '2025-11-03',
        },
        {
          party: { scheme: 'GM', value: 'GM0599' },
          side: 'PUBLIC',
          name: 'K. Klaassen',
          function: 'Wethouder Werk',
          signedOn: '2025-11-05',
        },
      ],
      signedOn: '2025-11-05',
      commitments: [{ text: 'Plaatsing van mensen uit de doelgroep', quantity: 40, unit: 'PERSONS' }],
    },
  ],
  workingArrangements: [
    {
      arrangementVersion: 1,
      status: 'IN_FORCE',
      basedOn: 'DNZ_FRAMEWORK',
      regions: ['AM22', 'AM21'],
      contactPoints: [
        { side: 'EMPLOYER', region: 'AM22', name: 'S. Smit', role: 'Regiomanager', email: 's.smit@example.nl', validFrom: '2026-01-01' },
        {
          side: 'PUBLIC',
          region: 'AM22',
          name: 'R. Visser',
          role: 'Accountmanager WSP Rijnmond',
          email: 'r.visser@example.nl',
          validFrom: '2026-01-01',
        },
        { side: 'EMPLOYER', region: 'AM21', name: 'S. Smit', role: 'Regiomanager', email: 's.smit@example.nl', validFrom: '2026-01-01' },
        {
          side: 'PUBLIC',
          region: 'AM21',
          name: 'L. de Boer',
          role: 'Accountmanager WSP Haaglanden',
          email: 'l.deboer@example.nl',
          validFrom: '2026-01-01',
        },
      ],
      wageValueApproach: { method: 'UNIFORM_2021', sharedAcrossRegions: true },
      trialPlacement: { regime: 'UWV', defaultMonths: 2, maxMonths: 6, insuranceArrangedBy: 'UWV' },
      jobCoaching: { allowed: ['JOBCOACH_EXTERNAL', 'JOBCOACH_INTERNAL'] },
      lksProcess: { preferredProcess: true, paymentFrequency: 'MONTHLY' },
      delegatedProcesses: ['JOB_COACHING'],
      performanceAgreements: [
        {
          metric: 'LEAD_TIME',
          obligor: 'PUBLIC',
          fromEvent: 'VACANCY_RECEIVED',
          toEvent: 'FIRST_CANDIDATE_PROPOSED',
          targetWorkingDays: 10,
          targetSharePct: 80,
          measurementPeriod: 'QUARTER',
        },
        {
          metric: 'LEAD_TIME',
          obligor: 'EMPLOYER',
          fromEvent: 'FIRST_CANDIDATE_PROPOSED',
          toEvent: 'CANDIDATE_INVITED',
          targetWorkingDays: 5,
          targetSharePct: 80,
          measurementPeriod: 'QUARTER',
        },
      ],
      calendarId: 'NL_COMMON_CAO',
      validFrom: '2026-01-01',
    },
  ],
  hasActiveExecutionPlan: true,
  validFrom: '2025-11-05',
};

/** @public */
export const PartnershipAgreementDefinition = defineDocument({
  type: 'PartnershipAgreement',
  titleNl: 'Samenwerkingsrelatie',
  titleEn: 'Partnership agreement',
  collection: 'partnership-agreements',
  schema: PartnershipAgreement,
  example: partnershipAgreementExample,
  defaultConfidentiality: 'INTERNAL',
  confidentialityFloor: 'PUBLIC',
  statuses: PartnershipStatus.options,
  transitions: {
    DRAFT: ['INTENT_DECLARED', 'ARRANGEMENTS_AGREED', 'ACTIVE', 'ENDED'],
    INTENT_DECLARED: ['ARRANGEMENTS_AGREED', 'ENDED'],
    ARRANGEMENTS_AGREED: ['ACTIVE', 'ENDED'],
    ACTIVE: ['SUSPENDED', 'ENDED'],
    SUSPENDED: ['ACTIVE', 'ENDED'],
    ENDED: [],
  },
  restrictedPaths: [],
});
