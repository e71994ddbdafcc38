import * as z from 'zod';
import { AdjustmentCategory } from '../codelists/adjustment-category.js';
import { CandidateSource } from '../codelists/candidate-source.js';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { ProposalReason } from '../codelists/proposal-reason.js';
import { SkillSystem } from '../codelists/skill-system.js';
import { Weekday } from '../codelists/weekday.js';
import { WorkAbility } from '../codelists/work-ability.js';
import { AmCode, documentHeader, extensionsField, OrgRef, StatusChange } from '../common/building-blocks.js';
import { HoursPerWeek, IsoDate, IsoDateTime, Uuid } from '../common/primitives.js';
import { candidateProposalRules } from '../rules/candidate-proposal/index.js';
import { rulesFor } from '../rules/rules-for.js';
import { defineDocument } from './definition.js';

/**
 * Outcome of a proposal; `PENDING` until the employer or the candidate decides.
 *
 * @public
 */
export const CandidateProposalStatus = z
  .enum(['PENDING', 'INVITED', 'REJECTED_BY_EMPLOYER', 'WITHDRAWN_BY_CANDIDATE', 'PLACED'])
  .meta({ id: 'CandidateProposalStatus', title: 'Uitkomst voordracht', description: 'Lifecycle state (outcome) of a candidate proposal.' });
/** @public */
export type CandidateProposalStatus = z.infer<typeof CandidateProposalStatus>;

/**
 * A skill or occupation code with the classification it comes from (CompetentNL, ESCO…).
 *
 * @public
 */
export const SkillCode = z
  .strictObject({
    system: SkillSystem.describe('Classification of the code.'),
    code: z.string().min(1).max(40).describe('Code in that classification.'),
  })
  .meta({ id: 'SkillCode', title: 'Vaardigheid of beroep (code)', description: 'A coded skill or occupation.' });
/** @public */
export type SkillCode = z.infer<typeof SkillCode>;

/**
 * Anonymised candidate profile for matching: what the person can do and needs, in codes.
 * No name, birth date, diagnosis or free text; strict so that none can be added.
 *
 * @public
 */
export const CandidateProfile = z
  .strictObject({
    hoursPerWeek: z
      .object({ min: HoursPerWeek.describe('Fewest hours per week wanted.'), max: HoursPerWeek.describe('Most hours per week possible.') })
      .strict()
      .describe('Hours per week the candidate is available (PRP-003).'),
    availableDays: z.array(Weekday).min(1).describe('Days of the week the candidate can work.'),
    availableFrom: IsoDate.optional().describe('First day the candidate can start.'),
    travel: z
      .object({
        maxMinutes: z.int().min(0).max(240).optional().describe('Longest one-way travel time, in minutes.'),
        regions: z.array(AmCode).optional().describe('Labour-market regions where the candidate can work.'),
      })
      .strict()
      .optional()
      .describe('Travel radius or regions.'),
    abilities: z.array(WorkAbility).optional().describe('Kinds of work the candidate can do (functional, never medical).'),
    adjustments: z.array(AdjustmentCategory).optional().describe('Kinds of workplace adjustment needed (functional, never medical).'),
    skills: z.array(SkillCode).optional().describe('Skills and occupations, coded (CompetentNL, ESCO, ISCO, BRC).'),
  })
  .meta({ id: 'CandidateProfile', title: 'Kandidaatprofiel (geanonimiseerd)', description: 'Anonymised matching profile of a candidate.' });
/** @public */
export type CandidateProfile = z.infer<typeof CandidateProfile>;

/**
 * Voordracht: a candidate put forward for a vacancy, with an anonymised profile and the
 * outcome with a non-personal reason code. The person is only a pseudonymous id.
 *
 * @public
 */
export const CandidateProposal = z
  .strictObject({
    ...documentHeader('CandidateProposal', ConfidentialityLevel),
    status: CandidateProposalStatus.describe('Outcome so far.'),
    statusHistory: z.array(StatusChange(CandidateProposalStatus)).optional().describe('Status changes.'),
    vacancyId: Uuid.describe('Vacancy the candidate is proposed for.'),
    candidateId: Uuid.describe('Pseudonymous candidate reference (CandidateRef.id); never a BSN or name.'),
    proposedAt: IsoDateTime.describe('When the proposal reached the employer; the first one per vacancy stops the first lead-time clock.'),
    proposedBy: OrgRef.describe('Organisation that proposes the candidate.'),
    candidateSource: CandidateSource.describe('Party the candidate comes from.'),
    profile: CandidateProfile.describe('Anonymised profile for matching.'),
    outcomeAt: IsoDateTime.optional().describe('When the current outcome was reached (PRP-002).'),
    reasonCode: ProposalReason.optional().describe('Non-personal reason for a rejection or withdrawal (PRP-001).'),
    placementId: Uuid.optional().describe('Placement that resulted (PRP-004).'),
    ...extensionsField,
  })
  .meta({
    id: 'CandidateProposal',
    title: 'Voordracht',
    description: 'A candidate proposed for a vacancy, with an anonymised profile and the outcome.',
  });
/** @public */
export type CandidateProposal = z.infer<typeof CandidateProposal>;

/**
 * Canonical example: a municipal candidate proposed for the vacancy example and invited.
 *
 * @public
 */
export const candidateProposalExample: CandidateProposal = {
  documentType: 'CandidateProposal',
  standardVersion: '0.2',
  id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  confidentiality: 'CASE_CONFIDENTIAL',
  status: 'INVITED',
  statusHistory: [
    { status: 'PENDING', at: '2026-02-09T11:00:00+01:00', by: { scheme: 'GM', value: 'GM0599' } },
    { status: 'INVITED', at: '2026-02-11T15:30:00+01:00', by: { scheme: 'KVK', value: '12345678' } },
  ],
  vacancyId: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12',
  candidateId: '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30',
  proposedAt: '2026-02-09T11:00:00+01:00',
  proposedBy: { scheme: 'GM', value: 'GM0599', name: 'Rotterdam' },
  candidateSource: 'MUNICIPALITY',
  profile: {
    hoursPerWeek: { min: 20, max: 24 },
    availableDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'],
    availableFrom: '2026-03-01',
    travel: { maxMinutes: 45, regions: ['AM22'] },
    abilities: ['PHYSICAL_WORK', 'ROUTINE_TASKS', 'TEAM_WORK'],
    adjustments: ['INSTRUCTION_STYLE', 'SCHEDULE'],
    skills: [{ system: 'ISCO_08', code: '9334' }],
  },
  outcomeAt: '2026-02-11T15:30:00+01:00',
};

/** @public */
export const CandidateProposalDefinition = defineDocument({
  type: 'CandidateProposal',
  titleNl: 'Voordracht',
  titleEn: 'Candidate proposal',
  collection: 'candidate-proposals',
  schema: CandidateProposal,
  example: candidateProposalExample,
  defaultConfidentiality: 'CASE_CONFIDENTIAL',
  confidentialityFloor: 'CASE_CONFIDENTIAL',
  statuses: CandidateProposalStatus.options,
  transitions: {
    PENDING: ['INVITED', 'REJECTED_BY_EMPLOYER', 'WITHDRAWN_BY_CANDIDATE'],
    INVITED: ['PLACED', 'REJECTED_BY_EMPLOYER', 'WITHDRAWN_BY_CANDIDATE'],
    REJECTED_BY_EMPLOYER: [],
    WITHDRAWN_BY_CANDIDATE: [],
    PLACED: [],
  },
  restrictedPaths: ['profile'],
  rules: rulesFor('CandidateProposal', candidateProposalRules),
});
