import * as z from 'zod';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { WageValueComponent } from '../codelists/wage-value-component.js';
import { WageValueMethod } from '../codelists/wage-value-method.js';
import { WageValuePurpose } from '../codelists/wage-value-purpose.js';
import { documentHeader, extensionsField, OrgRef, StatusChange } from '../common/building-blocks.js';
import { HoursPerWeek, IsoDate, Uuid } from '../common/primitives.js';
import { KvkNumber } from '../identifiers/index.js';
import { defineDocument } from './definition.js';

/** @public */
export const WageValueAssessmentStatus = z.enum(['PLANNED', 'MEASURED', 'REPORTED', 'ESTABLISHED', 'SUPERSEDED', 'CANCELLED']).meta({
  id: 'WageValueAssessmentStatus',
  title: 'Status loonwaardebepaling',
  description: 'Lifecycle state of a wage-value assessment.',
});
/** @public */
export type WageValueAssessmentStatus = z.infer<typeof WageValueAssessmentStatus>;

/**
 * Hoofdtaak: a main task with its time share and scores (uniform method).
 *
 * @public
 */
export const MainTask = z
  .strictObject({
    seq: z.int().min(1).max(5).describe('Sequence number 1–5.'),
    description: z.string().max(500).describe('What the task is (no personal or medical information).'),
    timeSharePct: z.number().describe('Share of working time, %; all tasks sum to 100 (WVA-003).'),
    pacePct: z.number().optional().describe('Tempo: output compared with the norm, % (WVA-013).'),
    qualityPct: z.number().optional().describe('Kwaliteit: share meeting the standard, %.'),
    netWorkingTimePct: z.number().optional().describe('Netto werktijd: time actually spent on task actions, %.'),
    deployabilityPct: z.number().optional().describe('Inzetbaarheid: legacy methods only (WVA-014).'),
    resultPct: z.number().optional().describe('Result for the task, %.'),
    notes: z
      .strictObject({
        pace: z.string().max(1000).optional(),
        quality: z.string().max(1000).optional(),
        netWorkingTime: z.string().max(1000).optional(),
      })
      .optional()
      .describe('Substantiation per component (no medical information).'),
  })
  .meta({ id: 'MainTask', title: 'Hoofdtaak', description: 'A main task of the performed job with its time share and scores.' });
/** @public */
export type MainTask = z.infer<typeof MainTask>;

const ViewsInvitation = z.strictObject({
  invitedOn: IsoDate.describe('Date invited to give views.'),
  receivedOn: IsoDate.optional().describe('Date views were received.'),
});

/**
 * Loonwaardebepaling: the report of the uniform method (Rapport Loonwaardemeting LKS)
 * plus the legal steps: views of both parties and establishment in writing.
 *
 * @public
 */
export const WageValueAssessment = z
  .strictObject({
    ...documentHeader('WageValueAssessment', ConfidentialityLevel),
    status: WageValueAssessmentStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(WageValueAssessmentStatus)).optional().describe('Status changes.'),
    placementId: Uuid.optional().describe('Placement the assessment belongs to.'),
    candidateId: Uuid.describe('Pseudonymous candidate reference.'),
    employer: KvkNumber.describe('KvK number of the employer.'),
    purpose: WageValuePurpose.describe('Why the wage value is measured.'),
    method: WageValueMethod.describe('Method used; uniform method for LKS from 2021-07-01 (WVA-007).'),
    tool: z.string().max(100).optional().describe('Vendor implementation of the method.'),
    assessor: z
      .strictObject({
        name: z.string().max(200).describe('Name of the loonwaardedeskundige.'),
        certified: z.boolean().describe('Certified for the uniform method (WVA-008).'),
        certificateRef: z.string().max(100).optional().describe('Certificate reference.'),
        qualified: z.boolean().optional().describe('Relevant HBO/WO degree or equivalent and ≥ 2 years of experience.'),
        organisation: OrgRef.describe('Organisation of the assessor.'),
        independentOfEmployer: z.boolean().describe('Sufficiently independent of the employer (ARR-004).'),
      })
      .describe('The loonwaardedeskundige.'),
    referenceJob: z.string().max(500).describe('Normfunctie: comparable job of an average worker outside the target group.'),
    performedJob: z.string().max(500).describe('Uitgevoerde functie.'),
    employeeHoursPerWeek: HoursPerWeek.describe('Hours per week of the employee.'),
    fullTimeHoursPerWeek: HoursPerWeek.describe('Full-time hours per week of the reference job.'),
    companyVisitOn: IsoDate.describe('Date of the workplace visit.'),
    reportOn: IsoDate.optional().describe('Date of the report.'),
    faceToFace: z.boolean().describe('An in-person conversation was held (WVA-011).'),
    firstAssessment: z.boolean().optional().describe('First assessment for this person in this job.'),
    regularPerformance: z.boolean().describe('Delivers a regular performance: then the wage value is 100 (WVA-005).'),
    mainTasks: z.array(MainTask).describe('One to five main tasks (WVA-002).'),
    components: z.array(WageValueComponent).optional().describe('Components measured.'),
    totalPerformancePct: z.number().optional().describe('Weighted sum over the main tasks.'),
    wageValuePct: z.number().describe('Loonwaarde: integer percentage 0–100 (WVA-001).'),
    views: z
      .strictObject({ employee: ViewsInvitation.optional(), employer: ViewsInvitation.optional() })
      .optional()
      .describe('Invitations to give views (zienswijze) before establishment (WVA-010).'),
    established: z
      .strictObject({
        by: OrgRef.describe('Municipal executive (GM) or UWV.'),
        on: IsoDate.describe('Date established.'),
        decisionReference: z.string().max(100).describe('Reference of the written decision.'),
      })
      .optional()
      .describe('Establishment in writing (WVA-009).'),
    employerNotifiedOn: IsoDate.optional().describe('Letter to the employer stating the wage value (practice route).'),
    reassessmentDue: IsoDate.optional().describe('When a new assessment is due (WVA-012).'),
    supersedes: Uuid.optional().describe('Previous assessment.'),
    supersededBy: Uuid.optional().describe('Newer assessment.'),
    ...extensionsField,
  })
  .meta({
    id: 'WageValueAssessment',
    title: 'Loonwaardebepaling',
    description: 'Measurement and establishment of the wage value of an employee in a job (uniform method).',
  });
/** @public */
export type WageValueAssessment = z.infer<typeof WageValueAssessment>;

/** @public */
export const wageValueAssessmentExample: WageValueAssessment = {
  documentType: 'WageValueAssessment',
  standardVersion: '0.2',
  id: '3d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f60',
  confidentiality: 'CONFIDENTIAL',
  status: 'ESTABLISHED',
  placementId: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
  candidateId: '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30',
  employer: '12345678',
  purpose: 'LKS',
  method: 'UNIFORM_2021',
  assessor: {
    name: 'A. Jansen',
    certified: true,
    certificateRef: 'ULM-2024-0042',
    qualified: true,
    organisation: { scheme: 'KVK', value: '87654321', name: 'Voorbeeld Loonwaarde B.V.' },
    independentOfEmployer: true,
  },
  referenceJob: 'Medewerker vulploeg (normfunctie)',
  performedJob: 'Medewerker vulploeg',
  employeeHoursPerWeek: 24,
  fullTimeHoursPerWeek: 38,
  companyVisitOn: '2026-03-10',
  reportOn: '2026-03-12',
  faceToFace: true,
  firstAssessment: true,
  regularPerformance: false,
  mainTasks: [
    { seq: 1, description: 'Vakken vullen', timeSharePct: 60, pacePct: 60, qualityPct: 100, netWorkingTimePct: 100, resultPct: 60 },
    {
      seq: 2,
      description: 'Spiegelen en presenteren',
      timeSharePct: 40,
      pacePct: 70,
      qualityPct: 90,
      netWorkingTimePct: 95,
      resultPct: 60,
    },
  ],
  components: ['PACE', 'QUALITY', 'NET_WORKING_TIME'],
  totalPerformancePct: 60,
  wageValuePct: 60,
  views: {
    employee: { invitedOn: '2026-03-12', receivedOn: '2026-03-14' },
    employer: { invitedOn: '2026-03-12', receivedOn: '2026-03-13' },
  },
  established: {
    by: { scheme: 'GM', value: 'GM0599', name: 'College van B&W Rotterdam' },
    on: '2026-03-18',
    decisionReference: 'LKS-2026-00123',
  },
  reassessmentDue: '2027-03-18',
};

/** @public */
export const WageValueAssessmentDefinition = defineDocument({
  type: 'WageValueAssessment',
  titleNl: 'Loonwaardebepaling',
  titleEn: 'Wage-value assessment',
  collection: 'wage-value-assessments',
  schema: WageValueAssessment,
  example: wageValueAssessmentExample,
  defaultConfidentiality: 'CONFIDENTIAL',
  confidentialityFloor: 'CONFIDENTIAL',
  statuses: WageValueAssessmentStatus.options,
  transitions: {
    PLANNED: ['MEASURED', 'CANCELLED'],
    MEASURED: ['REPORTED', 'CANCELLED'],
    REPORTED: ['ESTABLISHED', 'CANCELLED'],
    ESTABLISHED: ['SUPERSEDED'],
    SUPERSEDED: [],
    CANCELLED: [],
  },
  restrictedPaths: [],
});
