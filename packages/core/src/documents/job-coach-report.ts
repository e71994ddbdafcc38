import * as z from 'zod';
import { CoachingGoal } from '../codelists/coaching-goal.js';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { GoalProgress } from '../codelists/goal-progress.js';
import { documentHeader, extensionsField, OrgRef, StatusChange } from '../common/building-blocks.js';
import { IsoDate, Uuid } from '../common/primitives.js';
import { jobCoachingRules } from '../rules/job-coaching/index.js';
import { rulesFor } from '../rules/rules-for.js';
import { defineDocument } from './definition.js';

/** @public */
export const JobCoachReportStatus = z.enum(['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']).meta({
  id: 'JobCoachReportStatus',
  title: 'Status voortgangsrapportage',
  description: 'Lifecycle state of a job-coach progress report.',
});
/** @public */
export type JobCoachReportStatus = z.infer<typeof JobCoachReportStatus>;

const Hours = z
  .number()
  .min(0)
  .max(2000)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: 'at most two decimals' });

/**
 * Voortgangsrapportage jobcoaching: for one period of a plan, the hours planned and spent and
 * the progress per goal, in codes. There is no free-text field: a report carries no medical
 * information (PRV-004).
 *
 * @public
 */
export const JobCoachReport = z
  .strictObject({
    ...documentHeader('JobCoachReport', ConfidentialityLevel),
    status: JobCoachReportStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(JobCoachReportStatus)).optional().describe('Status changes.'),
    planId: Uuid.describe('Job-coach plan reported on.'),
    placementId: Uuid.describe('Placement coached.'),
    author: OrgRef.describe('Job-coach organisation that reports.'),
    period: z
      .object({ from: IsoDate.describe('First day.'), to: IsoDate.describe('Last day (inclusive).') })
      .strict()
      .describe('Period reported on.'),
    plannedHours: Hours.describe('Hours the plan planned for the period.'),
    spentHours: Hours.describe('Coaching hours spent in the period (JCR-001).'),
    goalProgress: z
      .array(z.strictObject({ goal: CoachingGoal.describe('Goal of the plan.'), progress: GoalProgress.describe('Progress.') }))
      .min(1)
      .describe('Progress per goal of the plan.'),
    fadeOutOnTrack: z.boolean().describe('Whether coaching can fade out as planned.'),
    reportedOn: IsoDate.describe('Date of the report; after the period (JCR-002).'),
    ...extensionsField,
  })
  .meta({
    id: 'JobCoachReport',
    title: 'Voortgangsrapportage jobcoaching',
    description: 'Progress report of job coaching: hours planned and spent, progress per goal.',
  });
/** @public */
export type JobCoachReport = z.infer<typeof JobCoachReport>;

/**
 * Canonical example: the March report of the plan example.
 *
 * @public
 */
export const jobCoachReportExample: JobCoachReport = {
  documentType: 'JobCoachReport',
  standardVersion: '0.2',
  id: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
  confidentiality: 'CASE_CONFIDENTIAL',
  status: 'ACCEPTED',
  planId: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  placementId: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
  author: { scheme: 'KVK', value: '87654321', name: 'Voorbeeld Jobcoaching B.V.' },
  period: { from: '2026-03-01', to: '2026-03-31' },
  plannedHours: 16,
  spentHours: 15.5,
  goalProgress: [
    { goal: 'TASKS_INDEPENDENTLY', progress: 'ON_TRACK' },
    { goal: 'WORK_PACE', progress: 'BEHIND' },
    { goal: 'SUPERVISOR_KNOW_HOW', progress: 'ACHIEVED' },
  ],
  fadeOutOnTrack: true,
  reportedOn: '2026-04-03',
};

/** @public */
export const JobCoachReportDefinition = defineDocument({
  type: 'JobCoachReport',
  titleNl: 'Voortgangsrapportage jobcoaching',
  titleEn: 'Job-coach report',
  collection: 'job-coach-reports',
  schema: JobCoachReport,
  example: jobCoachReportExample,
  defaultConfidentiality: 'CASE_CONFIDENTIAL',
  confidentialityFloor: 'CASE_CONFIDENTIAL',
  statuses: JobCoachReportStatus.options,
  transitions: {
    DRAFT: ['SUBMITTED'],
    SUBMITTED: ['RETURNED', 'ACCEPTED'],
    RETURNED: ['SUBMITTED'],
    ACCEPTED: [],
  },
  restrictedPaths: [],
  rules: rulesFor('JobCoachReport', jobCoachingRules),
});
