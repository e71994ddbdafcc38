import * as z from 'zod';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { ContractKind } from '../codelists/contract-kind.js';
import { VacancyPreference } from '../codelists/vacancy-preference.js';
import { AmCode, ContactPerson, documentHeader, extensionsField, OrgRef, StatusChange } from '../common/building-blocks.js';
import { HoursPerWeek, IsoDate, IsoDateTime, Uuid } from '../common/primitives.js';
import { EstablishmentNumber, KvkNumber } from '../identifiers/index.js';
import { defineDocument } from './definition.js';

/** @public */
export const VacancyStatus = z
  .enum(['DRAFT', 'RECEIVED', 'SOURCING', 'CANDIDATES_PROPOSED', 'PARTIALLY_FILLED', 'FILLED', 'CLOSED', 'WITHDRAWN', 'EXPIRED'])
  .meta({ id: 'VacancyStatus', title: 'Status vacature', description: 'Lifecycle state of a vacancy.' });
/** @public */
export type VacancyStatus = z.infer<typeof VacancyStatus>;

/**
 * Vacature, following the minimal Rotterdam intake: the kind of job, the number of places
 * and any target-group preference. The funding regime belongs to the candidate.
 *
 * @public
 */
export const Vacancy = z
  .strictObject({
    ...documentHeader('Vacancy', ConfidentialityLevel),
    status: VacancyStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(VacancyStatus)).optional().describe('Status changes.'),
    employer: KvkNumber.describe('KvK number of the employer.'),
    establishment: EstablishmentNumber.optional().describe('Vestigingsnummer of the workplace.'),
    region: AmCode.describe('Labour-market region handling the vacancy.'),
    partnershipId: Uuid.optional().describe('Partnership the vacancy falls under.'),
    executionPlanId: Uuid.optional().describe('Execution plan the vacancy falls under.'),
    jobType: z
      .strictObject({
        title: z.string().max(200).describe('Kind of job, e.g. "medewerker vakkenvullen".'),
        occupationCode: z
          .strictObject({
            system: z.string().max(50).describe('Classification, e.g. ISCO-08 or BRC.'),
            code: z.string().max(20).describe('Code in that system.'),
          })
          .optional()
          .describe('Occupation code.'),
      })
      .describe('The kind of job.'),
    numberOfPlaces: z.number().describe('Number of places (integer ≥ 1, VAC-001).'),
    placesFilled: z.int().min(0).optional().describe('Derived from linked active or ended placements (VAC-005).'),
    targetGroupPreference: z.array(VacancyPreference).min(1).describe('Preferred target group(s), or NO_PREFERENCE alone (VAC-002).'),
    hoursPerWeek: z
      .strictObject({ min: HoursPerWeek.describe('Minimum hours.'), max: HoursPerWeek.describe('Maximum hours.') })
      .describe('Contract hours offered.'),
    intendedContract: z
      .strictObject({
        kind: ContractKind.describe('Kind of contract.'),
        durationMonths: z.int().min(1).optional().describe('Duration in months.'),
      })
      .optional()
      .describe('Intended contract.'),
    receivedAt: IsoDateTime.optional().describe('When the public party received the vacancy: starts the lead-time clock (VAC-003).'),
    receivedBy: OrgRef.optional().describe('Public party that received it.'),
    contact: ContactPerson.optional().describe('Employer contact for this vacancy.'),
    closingDate: IsoDate.optional().describe('Closing date.'),
    ...extensionsField,
  })
  .meta({
    id: 'Vacancy',
    title: 'Vacature',
    description: 'A job an employer offers to the target group, with number of places and target-group preference.',
  });
/** @public */
export type Vacancy = z.infer<typeof Vacancy>;

/** @public */
export const vacancyExample: Vacancy = {
  documentType: 'Vacancy',
  standardVersion: '0.2',
  id: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12',
  confidentiality: 'LIMITED_PUBLIC',
  status: 'SOURCING',
  employer: '12345678',
  establishment: '000012345678',
  region: 'AM22',
  jobType: { title: 'Medewerker vulploeg' },
  numberOfPlaces: 3,
  targetGroupPreference: ['NO_PREFERENCE'],
  hoursPerWeek: { min: 16, max: 24 },
  intendedContract: { kind: 'FIXED_TERM', durationMonths: 12 },
  receivedAt: '2026-02-02T09:15:00+01:00',
  receivedBy: { scheme: 'AM', value: 'AM22', name: 'WSP Rijnmond' },
  contact: { name: 'J. de Vries', role: 'Teamleider', email: 'j.devries@example.nl' },
};

/** @public */
export const VacancyDefinition = defineDocument({
  type: 'Vacancy',
  titleNl: 'Vacature',
  titleEn: 'Vacancy',
  collection: 'vacancies',
  schema: Vacancy,
  example: vacancyExample,
  defaultConfidentiality: 'LIMITED_PUBLIC',
  confidentialityFloor: 'PUBLIC',
  statuses: VacancyStatus.options,
  transitions: {
    DRAFT: ['RECEIVED'],
    RECEIVED: ['SOURCING', 'WITHDRAWN', 'EXPIRED'],
    SOURCING: ['CANDIDATES_PROPOSED', 'WITHDRAWN', 'EXPIRED'],
    CANDIDATES_PROPOSED: ['SOURCING', 'PARTIALLY_FILLED', 'FILLED', 'WITHDRAWN', 'EXPIRED'],
    PARTIALLY_FILLED: ['FILLED', 'CLOSED', 'WITHDRAWN', 'EXPIRED'],
    FILLED: ['CLOSED'],
    CLOSED: [],
    WITHDRAWN: [],
    EXPIRED: [],
  },
  restrictedPaths: [],
});
