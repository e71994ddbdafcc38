import * as z from 'zod';
import { ActorRole } from '../codelists/actor-role.js';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { EvaluationKind } from '../codelists/evaluation-kind.js';
import { EvaluationOutcome } from '../codelists/evaluation-outcome.js';
import { FollowUpAction } from '../codelists/follow-up-action.js';
import { documentHeader, extensionsField, OrgRef, StatusChange } from '../common/building-blocks.js';
import { IsoDate, Uuid } from '../common/primitives.js';
import { placementFollowUpRules } from '../rules/placement-follow-up/index.js';
import { rulesFor } from '../rules/rules-for.js';
import { defineDocument } from './definition.js';

/** @public */
export const PlacementFollowUpStatus = z
  .enum(['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'])
  .meta({ id: 'PlacementFollowUpStatus', title: 'Status nazorg', description: 'Lifecycle state of the follow-up of a placement.' });
/** @public */
export type PlacementFollowUpStatus = z.infer<typeof PlacementFollowUpStatus>;

/**
 * One evaluation moment: planned, and once held, its outcome and the agreed next steps.
 *
 * @public
 */
export const EvaluationMoment = z
  .strictObject({
    id: Uuid.optional().describe('Identifier of the moment, for events.'),
    kind: EvaluationKind.describe('End of trial, interim, six-month check, contract renewal or aftercare contact.'),
    plannedOn: IsoDate.describe('Date planned.'),
    heldOn: IsoDate.optional().describe('Date held; not in the future (FUP-001).'),
    outcome: EvaluationOutcome.optional().describe('Outcome; required once held, fitting the kind (FUP-001, FUP-002).'),
    participants: z.array(ActorRole).optional().describe('Roles that took part (never names).'),
    nextSteps: z.array(FollowUpAction).optional().describe('Agreed next steps (FUP-003).'),
    nextMomentOn: IsoDate.optional().describe('Date of the next evaluation, when one is agreed.'),
  })
  .meta({ id: 'EvaluationMoment', title: 'Evaluatiemoment', description: 'A scheduled or held evaluation of a placement.' });
/** @public */
export type EvaluationMoment = z.infer<typeof EvaluationMoment>;

/**
 * Evaluatie en nazorg of a placement: the end-of-trial go/no-go, the six-month check,
 * contract renewal and aftercare contacts, as coded outcomes and next steps. Function and
 * facts only: there is no free-text field.
 *
 * @public
 */
export const PlacementFollowUp = z
  .strictObject({
    ...documentHeader('PlacementFollowUp', ConfidentialityLevel),
    status: PlacementFollowUpStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(PlacementFollowUpStatus)).optional().describe('Status changes.'),
    placementId: Uuid.describe('Placement followed up.'),
    trialPlacementId: Uuid.optional().describe('Trial placement that preceded it, when its end-of-trial evaluation is recorded here.'),
    placementStartDate: IsoDate.describe('Start date of the placement; the six-month check is due from it.'),
    responsible: OrgRef.describe('Organisation responsible for the follow-up (often the WSP or the job-coach organisation).'),
    moments: z.array(EvaluationMoment).min(1).describe('Evaluation moments, in date order.'),
    ...extensionsField,
  })
  .meta({
    id: 'PlacementFollowUp',
    title: 'Evaluatie en nazorg',
    description: 'Scheduled and held evaluation moments of a placement, with outcome codes and next steps.',
  });
/** @public */
export type PlacementFollowUp = z.infer<typeof PlacementFollowUp>;

/**
 * Canonical example: the trial that went well (go) and the six-month check of the employment.
 *
 * @public
 */
export const placementFollowUpExample: PlacementFollowUp = {
  documentType: 'PlacementFollowUp',
  standardVersion: '0.2',
  id: 'f0e1d2c3-b4a5-4968-8776-655443322110',
  confidentiality: 'CASE_CONFIDENTIAL',
  status: 'ACTIVE',
  placementId: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
  trialPlacementId: '2a4c6e80-1b3d-4f5a-8c7e-9d0f1a2b3c4d',
  placementStartDate: '2026-03-01',
  responsible: { scheme: 'AM', value: 'AM22', name: 'WSP Rijnmond' },
  moments: [
    {
      kind: 'END_OF_TRIAL',
      plannedOn: '2026-02-26',
      heldOn: '2026-02-26',
      outcome: 'GO',
      participants: ['EMPLOYER', 'EMPLOYEE', 'PUBLIC_PARTY'],
      nextSteps: ['START_CONTRACT', 'REQUEST_LKS', 'REQUEST_JOBCOACH'],
    },
    { kind: 'SIX_MONTH_CHECK', plannedOn: '2026-09-01' },
  ],
};

/** @public */
export const PlacementFollowUpDefinition = defineDocument({
  type: 'PlacementFollowUp',
  titleNl: 'Evaluatie en nazorg',
  titleEn: 'Placement follow-up',
  collection: 'placement-follow-ups',
  schema: PlacementFollowUp,
  example: placementFollowUpExample,
  defaultConfidentiality: 'CASE_CONFIDENTIAL',
  confidentialityFloor: 'CASE_CONFIDENTIAL',
  statuses: PlacementFollowUpStatus.options,
  transitions: {
    PLANNED: ['ACTIVE', 'CANCELLED'],
    ACTIVE: ['COMPLETED', 'CANCELLED'],
    COMPLETED: [],
    CANCELLED: [],
  },
  restrictedPaths: [],
  rules: rulesFor('PlacementFollowUp', placementFollowUpRules),
});
