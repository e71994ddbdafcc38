import * as z from 'zod';
import { AccessRole } from '../codelists/access-role.js';
import { AdjustmentCategory } from '../codelists/adjustment-category.js';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { InstructionAuthor } from '../codelists/instruction-author.js';
import { documentHeader, OrgRef } from '../common/building-blocks.js';
import { IsoDate, Uuid } from '../common/primitives.js';
import { defineDocument } from './definition.js';

/** @public */
export const EmployerInstructionStatus = z.enum(['DRAFT', 'SHARED', 'REVOKED', 'EXPIRED']).meta({
  id: 'EmployerInstructionStatus',
  title: 'Status werkgeversinstructie',
  description: 'Lifecycle state of an employer instruction.',
});
/** @public */
export type EmployerInstructionStatus = z.infer<typeof EmployerInstructionStatus>;

const FunctionalNote = z.strictObject({
  category: AdjustmentCategory.describe('Functional category; never medical.'),
  text: z.string().min(1).max(500).describe('Functional description, max 500 characters. No medical information.'),
});

/**
 * A named person or role the employee shares the instruction with.
 *
 * @public
 */
export const AccessGrant = z
  .strictObject({
    role: AccessRole.describe('Role of the recipient, e.g. direct supervisor or job coach.'),
    name: z.string().min(1).max(200).describe('Name of the recipient.'),
    userRef: z.string().max(200).optional().describe('Identifier of the recipient in the system that enforces access.'),
    organisation: OrgRef.optional().describe('Organisation of the recipient.'),
  })
  .meta({ id: 'AccessGrant', title: 'Gedeeld met', description: 'A person the employee explicitly shares the instruction with.' });
/** @public */
export type AccessGrant = z.infer<typeof AccessGrant>;

/**
 * Werkgeversinstructie / werknemerspaspoort: a short, employee-owned, voluntary note on what
 * helps at work. Functional consequences and adjustments only: there is no field for a
 * diagnosis, cause, treatment or medication, and the schema is strict so none can be added
 * (EMI-001). Never part of the personnel file (EMI-006).
 *
 * @public
 */
export const EmployerInstruction = z
  .strictObject({
    ...documentHeader('EmployerInstruction', ConfidentialityLevel),
    status: EmployerInstructionStatus.describe('Lifecycle state.'),
    candidateId: Uuid.describe('Pseudonymous reference to the employee who owns the instruction.'),
    placementId: Uuid.describe('The employment it belongs to.'),
    author: InstructionAuthor.describe('Drawn up by the employee, alone or with support.'),
    supportedBy: OrgRef.optional().describe('Who helped, e.g. a job-coach organisation.'),
    drawnUpOn: IsoDate.describe('Date it was drawn up.'),
    workImpacts: z.array(FunctionalNote).max(20).describe('What the employee notices at work, in functional terms.'),
    adjustments: z.array(FunctionalNote).max(20).describe('What the workplace should do.'),
    instructionTips: z.string().max(1000).optional().describe('How best to explain tasks, max 1000 characters.'),
    supportContacts: z
      .array(
        z.strictObject({
          role: z.enum(['JOB_COACH', 'CONTACT_PERSON']).describe('Role of the contact.'),
          name: z.string().min(1).max(200).describe('Name.'),
          phone: z.string().max(30).optional().describe('Phone.'),
          email: z.email().optional().describe('E-mail.'),
        }),
      )
      .max(5)
      .optional()
      .describe('Non-medical support contacts.'),
    consent: z
      .strictObject({
        voluntary: z.literal(true).describe('The employee confirms that sharing is voluntary.'),
        givenOn: IsoDate.optional().describe('Date the employee consented to sharing (EMI-003).'),
        version: z.int().min(1).describe('Version of the consent text.'),
        sharedWith: z.array(AccessGrant).max(20).describe('The persons it is shared with (EMI-007).'),
      })
      .describe('Explicit consent per named person or role.'),
    notPartOfPersonnelFile: z.literal(true).describe('Marks that the instruction may never be put in the personnel file (EMI-006).'),
    reviewOn: IsoDate.optional().describe('Suggested review date.'),
    revokedOn: IsoDate.optional().describe('Date consent was revoked: the content is purged (EMI-004).'),
    employmentEndedOn: IsoDate.optional().describe('End of the employment: the content is purged (EMI-005).'),
    purgedOn: IsoDate.optional().describe('Date the content was purged; only a tombstone remains.'),
  })
  .meta({
    id: 'EmployerInstruction',
    title: 'Werkgeversinstructie',
    description:
      'Employee-owned, voluntary instruction for the people who work with the employee: functional consequences and adjustments only. Never medical, never part of the personnel file.',
  });
/** @public */
export type EmployerInstruction = z.infer<typeof EmployerInstruction>;

/** @public */
export const employerInstructionExample: EmployerInstruction = {
  documentType: 'EmployerInstruction',
  standardVersion: '0.2',
  id: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  confidentiality: 'HIGHLY_CONFIDENTIAL',
  status: 'SHARED',
  candidateId: '0b7e4a2c-93f1-4d57-8e8a-4f2a1c6d9e30',
  placementId: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
  author: 'EMPLOYEE_WITH_SUPPORT',
  supportedBy: { scheme: 'KVK', value: '11223344', name: 'Voorbeeld Jobcoaching' },
  drawnUpOn: '2026-03-01',
  workImpacts: [{ category: 'INSTRUCTION_STYLE', text: 'Ik onthoud een taak beter als ik hem eerst zie voordoen.' }],
  adjustments: [
    { category: 'INSTRUCTION_STYLE', text: 'Leg een nieuwe taak stap voor stap uit en doe hem één keer voor.' },
    { category: 'BREAKS', text: 'Een korte pauze na elk uur werken.' },
  ],
  instructionTips: 'Geef één opdracht tegelijk.',
  consent: {
    voluntary: true,
    givenOn: '2026-03-01',
    version: 1,
    sharedWith: [
      { role: 'DIRECT_SUPERVISOR', name: 'J. de Vries' },
      { role: 'JOB_COACH', name: 'M. Bakker' },
    ],
  },
  notPartOfPersonnelFile: true,
  reviewOn: '2026-09-01',
};

/** @public */
export const EmployerInstructionDefinition = defineDocument({
  type: 'EmployerInstruction',
  titleNl: 'Werkgeversinstructie',
  titleEn: 'Employer instruction',
  collection: 'employer-instructions',
  schema: EmployerInstruction,
  example: employerInstructionExample,
  defaultConfidentiality: 'HIGHLY_CONFIDENTIAL',
  confidentialityFloor: 'HIGHLY_CONFIDENTIAL',
  statuses: EmployerInstructionStatus.options,
  transitions: { DRAFT: ['SHARED', 'REVOKED'], SHARED: ['DRAFT', 'REVOKED', 'EXPIRED'], REVOKED: [], EXPIRED: [] },
  restrictedPaths: ['workImpacts', 'adjustments', 'instructionTips', 'supportContacts', 'consent.sharedWith'],
});

/**
 * Fields that carry the instruction's content; purged on revocation or end of employment.
 *
 * @public
 */
export const EMPLOYER_INSTRUCTION_CONTENT_FIELDS = ['workImpacts', 'adjustments', 'instructionTips', 'supportContacts'] as const;
