import * as z from 'zod';
import { CoachingGoal } from '../codelists/coaching-goal.js';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { Financier } from '../codelists/financier.js';
import { JobCoachRegime } from '../codelists/job-coach-regime.js';
import { documentHeader, extensionsField, OrgRef, StatusChange } from '../common/building-blocks.js';
import { IsoDate, Uuid } from '../common/primitives.js';
import { jobCoachingRules } from '../rules/job-coaching/index.js';
import { rulesFor } from '../rules/rules-for.js';
import { defineDocument } from './definition.js';

/** @public */
export const JobCoachPlanStatus = z
  .enum(['DRAFT', 'AGREED', 'ACTIVE', 'ENDED', 'CANCELLED'])
  .meta({ id: 'JobCoachPlanStatus', title: 'Status jobcoachplan', description: 'Lifecycle state of a job-coach plan.' });
/** @public */
export type JobCoachPlanStatus = z.infer<typeof JobCoachPlanStatus>;

/** Hours with at most two decimals. */
const Hours = z
  .number()
  .min(0)
  .max(2000)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: 'at most two decimals' });

/**
 * Planned coaching hours for one period of the plan (usually a month or a quarter).
 *
 * @public
 */
export const PlannedCoachingHours = z
  .strictObject({
    from: IsoDate.describe('First day of the period.'),
    to: IsoDate.describe('Last day of the period (inclusive).'),
    hours: Hours.describe('Coaching hours planned in the period.'),
  })
  .meta({ id: 'PlannedCoachingHours', title: 'Geplande begeleidingsuren', description: 'Coaching hours planned for one period.' });

/**
 * Jobcoachplan: who coaches, under which regime and financier, toward which functional goals,
 * with planned hours per period that fade out over time. Goals are codes, not free text, so
 * no medical information can enter it (PRV-004).
 *
 * @public
 */
export const JobCoachPlan = z
  .strictObject({
    ...documentHeader('JobCoachPlan', ConfidentialityLevel),
    status: JobCoachPlanStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(JobCoachPlanStatus)).optional().describe('Status changes.'),
    placementId: Uuid.describe('Placement coached.'),
    grantId: Uuid.optional().describe('Job-coaching grant (InstrumentGrant) that finances the plan.'),
    instrument: z.enum(['JOBCOACH_EXTERNAL', 'JOBCOACH_INTERNAL']).describe('External or internal job coaching.'),
    financier: Financier.describe('Who pays (UWV or municipality).'),
    uwvRegime: JobCoachRegime.optional().describe('UWV regime (light, medium, intensive), when UWV finances.'),
    provider: OrgRef.describe('Job-coach organisation, or the employer for an internal coach.'),
    period: z
      .object({ from: IsoDate.describe('First day of coaching.'), to: IsoDate.describe('Last day of coaching (inclusive).') })
      .strict()
      .describe('Coaching period; beyond 3 years is flagged (JCP-003).'),
    goals: z.array(CoachingGoal).min(1).describe('Goals as functional outcomes at work.'),
    plannedHours: z.array(PlannedCoachingHours).min(1).describe('Planned hours per period, in date order, fading out (JCP-001, JCP-002).'),
    employeeAgreedOn: IsoDate.optional().describe('Date the employee agreed to the plan.'),
    ...extensionsField,
  })
  .meta({
    id: 'JobCoachPlan',
    title: 'Jobcoachplan',
    description: 'Job-coaching plan: regime, financier, functional goals and planned, fading-out hours.',
  });
/** @public */
export type JobCoachPlan = z.infer<typeof JobCoachPlan>;

/**
 * Canonical example: external coaching financed by Rotterdam, fading out over six months.
 *
 * @public
 */
export const jobCoachPlanExample: JobCoachPlan = {
  documentType: 'JobCoachPlan',
  standardVersion: '0.2',
  id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  confidentiality: 'CASE_CONFIDENTIAL',
  status: 'ACTIVE',
  placementId: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
  grantId: '8e9f0a1b-2c3d-4e5f-9a6b-7c8d9e0f1a2b',
  instrument: 'JOBCOACH_EXTERNAL',
  financier: 'MUNICIPALITY',
  provider: { scheme: 'KVK', value: '87654321', name: 'Voorbeeld Jobcoaching B.V.' },
  period: { from: '2026-03-01', to: '2026-08-31' },
  goals: ['TASKS_INDEPENDENTLY', 'WORK_PACE', 'SUPERVISOR_KNOW_HOW'],
  plannedHours: [
    { from: '2026-03-01', to: '2026-03-31', hours: 16 },
    { from: '2026-04-01', to: '2026-04-30', hours: 12 },
    { from: '2026-05-01', to: '2026-05-31', hours: 8 },
    { from: '2026-06-01', to: '2026-08-31', hours: 12 },
  ],
  employeeAgreedOn: '2026-02-27',
};

/** @public */
export const JobCoachPlanDefinition = defineDocument({
  type: 'JobCoachPlan',
  titleNl: 'Jobcoachplan',
  titleEn: 'Job-coach plan',
  collection: 'job-coach-plans',
  schema: JobCoachPlan,
  example: jobCoachPlanExample,
  defaultConfidentiality: 'CASE_CONFIDENTIAL',
  confidentialityFloor: 'CASE_CONFIDENTIAL',
  statuses: JobCoachPlanStatus.options,
  transitions: {
    DRAFT: ['AGREED', 'CANCELLED'],
    AGREED: ['ACTIVE', 'CANCELLED'],
    ACTIVE: ['ENDED'],
    ENDED: [],
    CANCELLED: [],
  },
  restrictedPaths: [],
  rules: rulesFor('JobCoachPlan', jobCoachingRules),
});
