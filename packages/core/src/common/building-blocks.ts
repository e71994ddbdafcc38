import * as z from 'zod';
import type { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { PartyRole } from '../codelists/party-role.js';
import { Sector } from '../codelists/sector.js';
import { AmCode, EstablishmentNumber, GmCode, KvkNumber, PayrollTaxNumber } from '../identifiers/index.js';
import { Extensions, IsoDate, IsoDateTime, STANDARD_VERSION, Uuid } from './primitives.js';

/**
 * Identification schemes an organisation can be referenced by.
 *
 * @public
 */
export const OrgScheme = z.enum(['KVK', 'VESTIGING', 'OIN', 'GM', 'AM', 'UWV']).meta({
  id: 'OrgScheme',
  title: 'Identificatieschema organisatie',
  description: 'KVK number, vestigingsnummer, OIN, CBS GM or AM code, or the UWV constant.',
});
/** @public */
export type OrgScheme = z.infer<typeof OrgScheme>;

/**
 * A reference to an organisation by one of its identifiers (`OrgRef`).
 * The value must match the scheme: `KVK` 8 digits, `VESTIGING` 12 digits, `OIN` 20 digits,
 * `GM` a municipality code, `AM` a region code, `UWV` the literal `UWV`.
 *
 * @public
 */
export const OrgRef = z
  .strictObject({
    scheme: OrgScheme.describe('Identification scheme.'),
    value: z.string().min(1).max(20).describe('Identifier within the scheme.'),
    name: z.string().max(200).optional().describe('Display name; not authoritative.'),
  })
  .meta({ id: 'OrgRef', title: 'Verwijzing naar organisatie', description: 'Reference to an organisation by scheme and identifier.' });
/** @public */
export type OrgRef = z.infer<typeof OrgRef>;

/**
 * The employer side of an agreement: werkgever with KvK number and sector.
 *
 * @public
 */
export const EmployerParty = z
  .strictObject({
    kvkNumber: KvkNumber.describe('KvK number of the employer (8 digits).'),
    name: z.string().min(1).max(200).describe('Legal or trade name.'),
    sector: Sector.describe('Market or government sector: targets and the quota are split by sector.'),
    establishments: z.array(EstablishmentNumber).optional().describe('Vestigingsnummers of the establishments covered.'),
  })
  .meta({ id: 'EmployerParty', title: 'Werkgever', description: 'The employer party, identified by its KvK number.' });
/** @public */
export type EmployerParty = z.infer<typeof EmployerParty>;

/**
 * The employer of a placement, down to the establishment and payroll unit.
 *
 * @public
 */
export const EmployerRef = z
  .strictObject({
    kvkNumber: KvkNumber.describe('KvK number (8 digits).'),
    establishment: EstablishmentNumber.optional().describe('Vestigingsnummer of the workplace (12 digits).'),
    payrollTaxNumber: PayrollTaxNumber.optional().describe('Loonheffingennummer of the payroll unit.'),
    name: z.string().max(200).optional().describe('Display name.'),
  })
  .meta({
    id: 'EmployerRef',
    title: 'Werkgever (plaatsing)',
    description: 'Employer of a placement with optional establishment and payroll tax number.',
  });
/** @public */
export type EmployerRef = z.infer<typeof EmployerRef>;

/**
 * A public party of a partnership with its role.
 *
 * @public
 */
export const PublicParty = z
  .strictObject({
    party: OrgRef.describe('The organisation.'),
    role: PartyRole.describe('Role in the partnership (region, municipality, WSP, UWV, SW company…).'),
  })
  .meta({ id: 'PublicParty', title: 'Publieke partij', description: 'A public party with its role.' });
/** @public */
export type PublicParty = z.infer<typeof PublicParty>;

/**
 * A contact person: business contact details only.
 *
 * @public
 */
export const ContactPerson = z
  .strictObject({
    name: z.string().min(1).max(200).describe('Name of the contact.'),
    role: z.string().max(200).optional().describe('Function or role, e.g. accountmanager WSP.'),
    email: z.email().optional().describe('Business e-mail address.'),
    phone: z.string().max(30).optional().describe('Business phone number.'),
    organisation: OrgRef.optional().describe('Organisation the contact works for.'),
  })
  .meta({ id: 'ContactPerson', title: 'Contactpersoon', description: 'A business contact person.' });
/** @public */
export type ContactPerson = z.infer<typeof ContactPerson>;

/**
 * One entry of a record's status history.
 *
 * @public
 */
export const StatusChange = <S extends z.ZodType>(status: S) =>
  z.strictObject({
    status: status.describe('Status entered.'),
    at: IsoDateTime.describe('When the status was entered.'),
    by: OrgRef.optional().describe('Organisation that made the change.'),
  });

/**
 * The names of the document types of the standard.
 *
 * @public
 */
export const DocumentType = z
  .enum([
    'PartnershipAgreement',
    'ExecutionPlan',
    'Vacancy',
    'Placement',
    'WageValueAssessment',
    'EmployerInstruction',
    'InstrumentGrant',
    'CandidateProposal',
    'PlacementFollowUp',
    'WageCostSubsidyDeclaration',
    'JobCoachPlan',
    'JobCoachReport',
  ])
  .meta({ id: 'DocumentType', title: 'Documentsoort', description: 'Type of a document of the standard.' });
/** @public */
export type DocumentType = z.infer<typeof DocumentType>;

/**
 * Fields every document carries: type, version of the standard, id and confidentiality.
 *
 * @public
 */
export function documentHeader<T extends DocumentType>(type: T, confidentiality: z.ZodType<ConfidentialityLevel>) {
  return {
    documentType: z.literal(type).describe('Type of this document.'),
    standardVersion: z.literal(STANDARD_VERSION).describe('Version of the standard this document follows.'),
    id: Uuid.optional().describe('Identifier of the record; assigned by the server when absent on creation.'),
    confidentiality: confidentiality.describe('Vertrouwelijkheidaanduiding of the record.'),
  };
}

/**
 * Optional trailer shared by non-restricted documents: vendor extensions.
 *
 * @public
 */
export const extensionsField = {
  extensions: Extensions.optional().describe('Data the standard has no field for, under namespaced keys (nl.acme.intakeScore).'),
};

export { AmCode, GmCode, IsoDate, IsoDateTime, Uuid };
