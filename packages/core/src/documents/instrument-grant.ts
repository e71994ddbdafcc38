import * as z from 'zod';
import { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import { documentHeader, extensionsField, StatusChange } from '../common/building-blocks.js';
import { Uuid } from '../common/primitives.js';
import { instrumentGrantRules } from '../rules/instrument-grant/index.js';
import { rulesFor } from '../rules/rules-for.js';
import { defineDocument } from './definition.js';
import { InstrumentGrant } from './placement.js';

/** @public */
export const InstrumentGrantStatus = z
  .enum(['REQUESTED', 'UNDER_ASSESSMENT', 'GRANTED', 'REJECTED', 'ACTIVE', 'ENDED', 'REVOKED'])
  .meta({ id: 'InstrumentGrantStatus', title: 'Status voorziening', description: 'Lifecycle state of an instrument grant.' });
/** @public */
export type InstrumentGrantStatus = z.infer<typeof InstrumentGrantStatus>;

/**
 * Voorziening / subsidie as a record of its own, so that a grant can be applied for, decided,
 * changed and referenced (by declarations and job-coach plans) without rewriting the placement.
 * It carries the same fields as a grant nested in `Placement.instruments` (which stays valid)
 * plus the placement it belongs to and the placement period the grant must fit in (INS-018).
 *
 * @public
 */
export const InstrumentGrantDocument = z
  .strictObject({
    ...documentHeader('InstrumentGrant', ConfidentialityLevel),
    ...InstrumentGrant.omit({ id: true, status: true }).shape,
    status: InstrumentGrantStatus.describe('Lifecycle state.'),
    statusHistory: z.array(StatusChange(InstrumentGrantStatus)).optional().describe('Status changes.'),
    placementId: Uuid.describe('Placement the grant belongs to; every grant belongs to a placement.'),
    placementPeriod: z
      .strictObject({
        from: z.iso.date().describe('Start date of the placement.'),
        to: z.iso.date().optional().describe('Planned or actual end date of the placement.'),
      })
      .optional()
      .describe("Copy of the placement's period, so that the grant period can be checked against it (INS-018)."),
    ...extensionsField,
  })
  .meta({
    id: 'InstrumentGrantDocument',
    title: 'Voorziening',
    description: 'An instrument (subsidy, provision, job coaching) applied for and decided for a placement, as a record of its own.',
  });
/** @public */
export type InstrumentGrantDocument = z.infer<typeof InstrumentGrantDocument>;

/**
 * Canonical example: the LKS grant of the placement example, decided by Rotterdam.
 *
 * @public
 */
export const instrumentGrantExample: InstrumentGrantDocument = {
  documentType: 'InstrumentGrant',
  standardVersion: '0.2',
  id: '5b2d7e91-8c3a-4f6e-9d1b-7a4c2e8f0b35',
  confidentiality: 'CASE_CONFIDENTIAL',
  status: 'GRANTED',
  statusHistory: [
    { status: 'REQUESTED', at: '2026-03-02T10:00:00+01:00', by: { scheme: 'KVK', value: '12345678' } },
    { status: 'UNDER_ASSESSMENT', at: '2026-03-03T09:00:00+01:00', by: { scheme: 'GM', value: 'GM0599' } },
    { status: 'GRANTED', at: '2026-03-20T14:00:00+01:00', by: { scheme: 'GM', value: 'GM0599' } },
  ],
  placementId: '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11',
  placementPeriod: { from: '2026-03-01', to: '2027-02-28' },
  instrument: 'LKS',
  financier: 'MUNICIPALITY',
  financingParty: { scheme: 'GM', value: 'GM0599', name: 'Rotterdam' },
  applicant: 'EMPLOYER',
  appliedOn: '2026-03-02',
  decidedOn: '2026-03-20',
  decisionReference: 'LKS-2026-00412',
  period: { from: '2026-03-01', to: '2027-02-28' },
  wageValuePct: 60,
  wageValueAssessmentId: '3d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f60',
  wageValueEstablishedOn: '2026-03-18',
};

/** @public */
export const InstrumentGrantDefinition = defineDocument({
  type: 'InstrumentGrant',
  titleNl: 'Voorziening',
  titleEn: 'Instrument grant',
  collection: 'instrument-grants',
  schema: InstrumentGrantDocument,
  example: instrumentGrantExample,
  defaultConfidentiality: 'CASE_CONFIDENTIAL',
  confidentialityFloor: 'CASE_CONFIDENTIAL',
  statuses: InstrumentGrantStatus.options,
  transitions: {
    REQUESTED: ['UNDER_ASSESSMENT', 'GRANTED', 'REJECTED'],
    UNDER_ASSESSMENT: ['GRANTED', 'REJECTED'],
    GRANTED: ['ACTIVE', 'REVOKED'],
    REJECTED: [],
    ACTIVE: ['ENDED', 'REVOKED'],
    ENDED: [],
    REVOKED: [],
  },
  restrictedPaths: [],
  rules: rulesFor('InstrumentGrant', instrumentGrantRules),
});
