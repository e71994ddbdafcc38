import * as z from 'zod';
import { ProcessEvent } from '../codelists/process-event.js';
import { DocumentType } from '../common/building-blocks.js';
import { IsoDateTime, Uuid } from '../common/primitives.js';
import type { DocumentDefinition } from '../documents/definition.js';
import { lifecycles } from './definitions.js';
import type { EventEmission, LifecycleTransition } from './lifecycle.js';
import { type TransitionPrincipal, validateTransition } from './validate-transition.js';

/**
 * Prefix of every event type of the standard (reverse DNS).
 *
 * @public
 */
export const EVENT_TYPE_PREFIX = 'nl.banenafspraak';

const kebab = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();

/**
 * The event type raised when a record of `documentType` enters `status`, e.g. `nl.banenafspraak.candidate-proposal.invited`.
 *
 * @public
 */
export function eventTypeName(documentType: DocumentType, status: string): string {
  return `${EVENT_TYPE_PREFIX}.${kebab(documentType)}.${kebab(status)}`;
}

const StatusCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a status code');

/**
 * Links of an event to other records: identifiers only, so a consumer can correlate events
 * of one case (the lead-time calculator pairs events by them) and fetch details with its
 * own authorisation. Never a candidate reference, BSN, name or free text (brief §9.4).
 *
 * @public
 */
export const LifecycleEventLinks = z
  .strictObject({
    partnershipId: Uuid.optional(),
    executionPlanId: Uuid.optional(),
    vacancyId: Uuid.optional(),
    proposalId: Uuid.optional(),
    placementId: Uuid.optional(),
    grantId: Uuid.optional(),
    assessmentId: Uuid.optional(),
    declarationId: Uuid.optional(),
  })
  .meta({ id: 'LifecycleEventLinks', title: 'Koppelingen', description: 'Identifiers of the records an event belongs to.' });
/** @public */
export type LifecycleEventLinks = z.infer<typeof LifecycleEventLinks>;

/**
 * The `data` of a lifecycle event: ids and codes only.
 *
 * @public
 */
export const LifecycleEventData = z
  .strictObject({
    documentType: DocumentType.describe('Type of the record.'),
    recordId: Uuid.describe('Identifier of the record (also the CloudEvents subject).'),
    fromStatus: StatusCode.nullable().describe('Status before; null when the record was created.'),
    toStatus: StatusCode.describe('Status entered.'),
    processEvents: z.array(ProcessEvent).describe('Process events (brief §10.1) the change raised, for lead times.'),
    links: LifecycleEventLinks.describe('Records this one belongs to.'),
  })
  .meta({ id: 'LifecycleEventData', title: 'Gegevens gebeurtenis', description: 'Payload of a lifecycle event: ids and codes only.' });
/** @public */
export type LifecycleEventData = z.infer<typeof LifecycleEventData>;

/**
 * A lifecycle event in the CloudEvents 1.0 JSON format: a record changed status. Carries
 * identifiers, type and codes only; a consumer fetches the record itself (brief §9.4, ZGW
 * notifications). Strict at every level, so no personal field can be added.
 *
 * @public
 */
export const LifecycleEvent = z
  .strictObject({
    specversion: z.literal('1.0').describe('CloudEvents version.'),
    type: z
      .string()
      .regex(/^nl\.banenafspraak\.[a-z-]+\.[a-z-]+$/)
      .describe('Event type from the catalogue, e.g. nl.banenafspraak.vacancy.received.'),
    source: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^?#\s]*$/, 'a URI reference without query or fragment')
      .describe('URI reference of the producing collection, e.g. https://api.example.nl/v1/vacancies; never personal data.'),
    id: z.string().min(1).max(100).describe('Unique per source.'),
    time: IsoDateTime.describe('When the status changed.'),
    subject: Uuid.describe('Identifier of the record.'),
    datacontenttype: z.literal('application/json').describe('Always application/json.'),
    data: LifecycleEventData,
  })
  .meta({
    id: 'LifecycleEvent',
    title: 'Procesgebeurtenis (CloudEvent)',
    description: 'A status change of a record, as a CloudEvents 1.0 event with ids and codes only.',
  });
/** @public */
export type LifecycleEvent = z.infer<typeof LifecycleEvent>;

/** Which field of each document type holds each link (`id` is the record itself). */
const LINK_FIELDS: Readonly<Record<DocumentType, Partial<Record<keyof LifecycleEventLinks, string>>>> = {
  PartnershipAgreement: { partnershipId: 'id' },
  ExecutionPlan: { executionPlanId: 'id', partnershipId: 'partnershipId' },
  Vacancy: { vacancyId: 'id', partnershipId: 'partnershipId', executionPlanId: 'executionPlanId' },
  CandidateProposal: { proposalId: 'id', vacancyId: 'vacancyId', placementId: 'placementId' },
  Placement: {
    placementId: 'id',
    vacancyId: 'vacancyId',
    proposalId: 'proposalId',
    executionPlanId: 'executionPlanId',
    partnershipId: 'partnershipId',
  },
  InstrumentGrant: { grantId: 'id', placementId: 'placementId', assessmentId: 'wageValueAssessmentId' },
  PlacementFollowUp: { placementId: 'placementId' },
  JobCoachPlan: { placementId: 'placementId', grantId: 'grantId' },
  JobCoachReport: { placementId: 'placementId' },
  ContactMoment: { partnershipId: 'partnershipId', vacancyId: 'vacancyId', proposalId: 'proposalId', placementId: 'placementId' },
  WageValueAssessment: { assessmentId: 'id', placementId: 'placementId' },
  WageCostSubsidyDeclaration: { declarationId: 'id', grantId: 'grantId', placementId: 'placementId' },
  EmployerInstruction: { placementId: 'placementId' },
};

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The links of a record for its events: the ids of the records it belongs to, read from the
 * fields the catalogue names for its type. Producers that build an event for a change other
 * than a lifecycle transition (a deletion) use it to keep the same ID-only links.
 *
 * @public
 */
export function eventLinksOf(documentType: DocumentType, doc: Record<string, unknown>): LifecycleEventLinks {
  const links: Record<string, string> = {};
  for (const [key, field] of Object.entries(LINK_FIELDS[documentType])) {
    const v = doc[field];
    if (typeof v === 'string' && UUID_RE.test(v)) links[key] = v;
  }
  return links;
}

/**
 * One transition that raises an event type.
 *
 * @public
 */
export interface EventRaiser {
  readonly from: string | null;
  readonly roles: LifecycleTransition['roles'];
  readonly emits: readonly EventEmission[];
}

/**
 * An entry of the event catalogue.
 *
 * @public
 */
export interface EventTypeEntry {
  /** Reverse-DNS type name. */
  readonly type: string;
  readonly documentType: DocumentType;
  /** The status whose entry raises the event. */
  readonly status: string;
  /** The transitions into that status (`from: null` = creation). */
  readonly raisedBy: readonly EventRaiser[];
  /** Process events (brief §10.1) it can carry. */
  readonly processEvents: readonly ProcessEvent[];
}

/**
 * The event catalogue: one event type per status a record can enter, with the transitions
 * that raise it and the process events they carry. The payload schema of every type is
 * {@link LifecycleEvent}. Rendered into docs/standard/events.md.
 *
 * @public
 */
export const eventCatalogue: readonly EventTypeEntry[] = Object.values(lifecycles).flatMap((lc) =>
  lc.states
    .map((status) => {
      const into = lc.transitions.filter((t) => t.to === status);
      return {
        type: eventTypeName(lc.documentType, status),
        documentType: lc.documentType,
        status,
        raisedBy: into.map((t) => ({ from: t.from, roles: t.roles, emits: t.emits ?? [] })),
        processEvents: [...new Set(into.flatMap((t) => (t.emits ?? []).map((e) => e.processEvent)))],
      };
    })
    .filter((e) => e.raisedBy.length > 0),
);

/**
 * Input of {@link lifecycleEvent}: the envelope fields the producer decides.
 *
 * @public
 */
export interface LifecycleEventEnvelope {
  /** Unique event id within the source. */
  readonly id: string;
  /** When the change happened (date-time with offset). */
  readonly time: string;
  /** URI reference of the producing collection. */
  readonly source: string;
}

/**
 * Builds the lifecycle event for an allowed status change, or `undefined` when the change is
 * not allowed (see {@link validateTransition}), the status did not change, or the record has
 * no id. Only ids and codes are copied from the record.
 *
 * @public
 */
export function lifecycleEvent(
  definition: DocumentDefinition,
  before: unknown,
  after: Record<string, unknown>,
  principal: TransitionPrincipal,
  envelope: LifecycleEventEnvelope,
): LifecycleEvent | undefined {
  const check = validateTransition(definition, before, after, principal);
  const recordId = after.id;
  if (!check.allowed || !check.transition || typeof recordId !== 'string' || !UUID_RE.test(recordId)) return undefined;
  return {
    specversion: '1.0',
    type: eventTypeName(definition.type, check.to),
    source: envelope.source,
    id: envelope.id,
    time: envelope.time,
    subject: recordId,
    datacontenttype: 'application/json',
    data: {
      documentType: definition.type,
      recordId,
      fromStatus: check.from,
      toStatus: check.to,
      processEvents: [...check.processEvents],
      links: eventLinksOf(definition.type, after),
    },
  };
}
