import * as z from 'zod';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { ContactChannel } from '../codelists/contact-channel.js';
import { ContactSide } from '../codelists/contact-side.js';
import { ContactTopic } from '../codelists/contact-topic.js';
import { AmCode, documentHeader, extensionsField, OrgRef, StatusChange } from '../common/building-blocks.js';
import { IsoDateTime, Uuid } from '../common/primitives.js';
import { EstablishmentNumber } from '../identifiers/establishment-number.js';
import { KvkNumber } from '../identifiers/kvk-number.js';
import { contactMomentRules } from '../rules/contact-moment/index.js';
import { rulesFor } from '../rules/rules-for.js';
import { defineDocument } from './definition.js';

/**
 * State of a contact moment: planned, held or cancelled.
 *
 * @public
 */
export const ContactMomentStatus = z.enum(['PLANNED', 'HELD', 'CANCELLED']).meta({
  id: 'ContactMomentStatus',
  title: 'Status contactmoment',
  description: 'Lifecycle state of a contact moment.',
});
/** @public */
export type ContactMomentStatus = z.infer<typeof ContactMomentStatus>;

/**
 * The employer a contact was with, down to the establishment when the contact concerned one site.
 *
 * @public
 */
export const ContactedEmployer = z
  .strictObject({
    kvkNumber: KvkNumber.describe('KvK number of the employer (8 digits).'),
    establishment: EstablishmentNumber.optional().describe('Vestigingsnummer of the establishment contacted (12 digits).'),
    name: z.string().max(200).optional().describe('Display name of the employer; not authoritative.'),
  })
  .meta({
    id: 'ContactedEmployer',
    title: 'Benaderde werkgever',
    description: 'Employer, and optionally establishment, a contact was with.',
  });
/** @public */
export type ContactedEmployer = z.infer<typeof ContactedEmployer>;

/**
 * Contactmoment: which organisation had contact with which employer (or establishment), when,
 * through which channel, on whose behalf and about what. Organisations and codes only: no
 * person's name, no notes, no candidate reference (brief §9), so that the arrangements'
 * single point of contact can be checked (`checkSingleContact`) without personal data.
 *
 * @public
 */
export const ContactMoment = z
  .strictObject({
    ...documentHeader('ContactMoment', ConfidentialityLevel),
    status: ContactMomentStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(ContactMomentStatus)).optional().describe('Status changes.'),
    at: IsoDateTime.describe('When the contact took place, or is planned (CTM-001).'),
    employer: ContactedEmployer.describe('Employer (or establishment) contacted.'),
    region: AmCode.describe('Labour-market region the contact belongs to: where the establishment is; its contact point applies.'),
    organisation: OrgRef.describe(
      'Organisation on the public side of the contact (WSP, municipality, UWV, SW company, job-coach organisation); never a person (CTM-002).',
    ),
    onBehalfOf: z
      .array(OrgRef)
      .optional()
      .describe(
        'Organisations the contact was made for, e.g. a WSP contact for UWV and the municipality, or a job coach sent by the WSP (CTM-002).',
      ),
    initiatedBy: ContactSide.describe('PUBLIC: the organisation approached the employer; EMPLOYER: the employer reached out.'),
    channel: ContactChannel.describe('How the contact took place.'),
    topics: z.array(ContactTopic).min(1).describe('What the contact was about, each topic once (CTM-003).'),
    partnershipId: Uuid.optional().describe('Partnership whose working arrangements apply.'),
    vacancyId: Uuid.optional().describe('Vacancy the contact was about (CTM-004).'),
    proposalId: Uuid.optional().describe('Candidate proposal the contact was about (CTM-004).'),
    placementId: Uuid.optional().describe('Placement the contact was about (CTM-004).'),
    ...extensionsField,
  })
  .meta({
    id: 'ContactMoment',
    title: 'Contactmoment',
    description:
      'A contact between a public-side organisation and an employer: who, when, how, on whose behalf and about what, in codes. Whether an employer is approached by one contact, not by many agencies, is checked over many contact moments against the working arrangements by `checkSingleContact` (CTM-005).',
  });
/** @public */
export type ContactMoment = z.infer<typeof ContactMoment>;

/**
 * Canonical example: WSP Rijnmond, the agreed contact point in AM22, visits the employer's
 * establishment for the intake of the vacancy example, on behalf of Rotterdam and UWV.
 *
 * @public
 */
export const contactMomentExample: ContactMoment = {
  documentType: 'ContactMoment',
  standardVersion: '0.2',
  id: 'e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b',
  confidentiality: 'INTERNAL',
  status: 'HELD',
  statusHistory: [
    { status: 'PLANNED', at: '2026-01-26T10:00:00+01:00', by: { scheme: 'AM', value: 'AM22' } },
    { status: 'HELD', at: '2026-02-02T11:00:00+01:00', by: { scheme: 'AM', value: 'AM22' } },
  ],
  at: '2026-02-02T09:15:00+01:00',
  employer: { kvkNumber: '12345678', establishment: '000012345678', name: 'Voorbeeld Retail B.V.' },
  region: 'AM22',
  organisation: { scheme: 'AM', value: 'AM22', name: 'WSP Rijnmond' },
  onBehalfOf: [
    { scheme: 'GM', value: 'GM0599', name: 'Rotterdam' },
    { scheme: 'UWV', value: 'UWV' },
  ],
  initiatedBy: 'PUBLIC',
  channel: 'VISIT',
  topics: ['VACANCY_INTAKE', 'INSTRUMENTS'],
  partnershipId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  vacancyId: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12',
};

/** @public */
export const ContactMomentDefinition = defineDocument({
  type: 'ContactMoment',
  titleNl: 'Contactmoment',
  titleEn: 'Contact moment',
  collection: 'contact-moments',
  schema: ContactMoment,
  example: contactMomentExample,
  // Who approaches which employer is relationship data between the parties, not for publication.
  defaultConfidentiality: 'INTERNAL',
  confidentialityFloor: 'INTERNAL',
  statuses: ContactMomentStatus.options,
  transitions: {
    PLANNED: ['HELD', 'CANCELLED'],
    HELD: [],
    CANCELLED: [],
  },
  restrictedPaths: [],
  rules: rulesFor('ContactMoment', contactMomentRules),
});
