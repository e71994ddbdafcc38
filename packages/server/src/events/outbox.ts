import {
  type DocumentType,
  documentDefinitions,
  emittedProcessEvents,
  eventLinksOf,
  eventTypeName,
  type LifecycleEvent,
  lifecycles,
  matchesCondition,
} from '@banenafspraak/core';
import type { Principal } from '../auth.js';
import type { IncomingDocument } from '../document.js';
import { ServerError } from '../errors.js';
import { accessScopeOf, isBelowCeiling, isInScope, type RecordMeta } from '../policy.js';

/**
 * The pseudo-status of a record that was deleted (in its initial status): `<type>.deleted`.
 *
 * @public
 */
export const DELETED_STATUS = 'DELETED';

/**
 * Who may see an event: the same readers as the record it is about. Stored next to the event,
 * never sent: a record event is seen by principals whose tenants and confidentiality ceiling
 * cover the record (as a list would show it); an employer-instruction event by the employee
 * and the recipients of the instruction (organisation and user) before or after the change.
 *
 * @public
 */
export type EventAudience =
  | {
      readonly kind: 'record';
      readonly employers: readonly string[];
      readonly regions: readonly string[];
      readonly confidentialityRank: number;
    }
  | { readonly kind: 'instruction'; readonly candidateId: string; readonly recipients: readonly string[] };

/**
 * An event as the outbox stores it: the wire event plus who may see it.
 *
 * @public
 */
export interface OutboxEntry {
  readonly event: LifecycleEvent;
  readonly audience: EventAudience;
}

const definitionOf = (collection: string) => documentDefinitions.find((d) => d.collection === collection);

function processEventsOf(documentType: DocumentType, from: string | null, to: string, after: IncomingDocument) {
  const transition = lifecycles[documentType].transitions.find((t) => t.from === from && t.to === to && matchesCondition(t.when, after));
  return transition ? emittedProcessEvents(transition, after) : [];
}

/**
 * The lifecycle event of a committed change, or `undefined` when the change is none (the
 * status did not change). Creation is a change from `null`; deletion one to
 * {@link DELETED_STATUS}. Only ids and codes are taken from the documents (core's
 * `eventLinksOf`), so no BSN, name or instruction text can reach an event. Process events
 * are those of the lifecycle transition taken, when the lifecycle has it.
 *
 * @public
 */
export function changeEvent(
  collection: string,
  before: IncomingDocument | undefined,
  after: IncomingDocument | undefined,
  envelope: { readonly id: string; readonly time: string },
): LifecycleEvent | undefined {
  const definition = definitionOf(collection);
  const doc = after ?? before;
  if (!definition || !doc || typeof doc.id !== 'string') return undefined;
  const from = before ? String(before.status) : null;
  const to = after ? String(after.status) : DELETED_STATUS;
  if (from === to) return undefined;
  return {
    specversion: '1.0',
    type: eventTypeName(definition.type, to),
    source: `/v1/${collection}`,
    id: envelope.id,
    time: envelope.time,
    subject: doc.id,
    datacontenttype: 'application/json',
    data: {
      documentType: definition.type,
      recordId: doc.id,
      fromStatus: from,
      toStatus: to,
      processEvents: after ? processEventsOf(definition.type, from, to, after) : [],
      links: eventLinksOf(definition.type, doc),
    },
  };
}

/** Outbox entry of a record change; `meta` is the record's tenants after the change (before it, for a deletion). */
export function recordChangeEntry(
  collection: string,
  before: IncomingDocument | undefined,
  after: IncomingDocument | undefined,
  meta: Pick<RecordMeta, 'employers' | 'regions' | 'confidentialityRank'>,
  now: string,
): OutboxEntry | undefined {
  const event = changeEvent(collection, before, after, { id: crypto.randomUUID(), time: now });
  return (
    event && {
      event,
      audience: {
        kind: 'record',
        employers: [...meta.employers],
        regions: [...meta.regions],
        confidentialityRank: meta.confidentialityRank,
      },
    }
  );
}

/** Outbox entry of an employer-instruction change; `recipients` are the grant keys before and after it. */
export function instructionChangeEntry(
  before: IncomingDocument | undefined,
  after: IncomingDocument,
  recipients: readonly string[],
  now: string,
): OutboxEntry | undefined {
  const event = changeEvent('employer-instructions', before, after, { id: crypto.randomUUID(), time: now });
  return (
    event && {
      event,
      audience: { kind: 'instruction', candidateId: String(after.candidateId), recipients: [...new Set(recipients)].sort() },
    }
  );
}

/** The grant key of a principal (organisation and user), as instruction recipients are stored. */
export function recipientKeyOf(principal: Principal): string | undefined {
  const org = principal.organisation;
  return org ? `${org.scheme}:${org.value}|${principal.userId}` : undefined;
}

/**
 * Whether a principal may see an event: the policy of reading its record (tenants and
 * ceiling; consent for an employer instruction). Used by the feed of the memory storage and
 * by the fan-out to subscriptions; the PostgreSQL storage applies the same in its query.
 *
 * @public
 */
export function isEventVisibleTo(principal: Principal, audience: EventAudience): boolean {
  if (audience.kind === 'instruction') {
    if (principal.candidateId !== undefined && principal.candidateId === audience.candidateId) return true;
    const key = recipientKeyOf(principal);
    return key !== undefined && audience.recipients.includes(key);
  }
  const scope = accessScopeOf(principal);
  return isInScope(scope, audience) && isBelowCeiling(scope, audience);
}

/** A subscription as the fan-out sees it: its choices and the principal it acts as. */
export interface SubscriptionTarget {
  readonly active: boolean;
  readonly eventTypes: readonly string[];
  readonly regions: readonly string[];
  readonly documentTypes: readonly string[];
  readonly principal: Principal;
}

/**
 * Whether an event goes to a subscription: it is active, the event matches its types and
 * filters, and the subscription's principal may see the event (the feed's policy). A region
 * filter only matches record events in one of those regions.
 */
export function subscriptionMatches(target: SubscriptionTarget, entry: OutboxEntry): boolean {
  const { event, audience } = entry;
  if (!target.active) return false;
  if (target.eventTypes.length > 0 && !target.eventTypes.includes(event.type)) return false;
  if (target.documentTypes.length > 0 && !target.documentTypes.includes(event.data.documentType)) return false;
  if (target.regions.length > 0 && !(audience.kind === 'record' && audience.regions.some((r) => target.regions.includes(r)))) return false;
  return isEventVisibleTo(target.principal, audience);
}

/**
 * The organisation label a principal manages subscriptions for (`KVK:12345678`): principals
 * that read records on behalf of an organisation. Others get 403.
 */
export function subscriberOf(principal: Principal): string {
  const org = principal.organisation;
  if (!org || accessScopeOf(principal).kind === 'none') {
    throw new ServerError('forbidden', 'Abonnementen zijn er voor organisaties met leesrechten op records.');
  }
  return `${org.scheme}:${org.value}`;
}
