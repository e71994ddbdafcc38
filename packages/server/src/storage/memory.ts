import type { Principal } from '../auth.js';
import type { StoredDocument as Doc } from '../document.js';
import { ServerError } from '../errors.js';
import { decodeEventCursor, encodeEventCursor } from '../events/cursor.js';
import {
  instructionChangeEntry,
  isEventVisibleTo,
  type OutboxEntry,
  recordChangeEntry,
  subscriberOf,
  subscriptionMatches,
} from '../events/outbox.js';
import {
  type AccessScope,
  accessScopeOf,
  isBelowCeiling,
  isInScope,
  parentReferenceOf,
  type RecordCollection,
  type RecordMeta,
  redactRestricted,
} from '../policy.js';
import type {
  Actor,
  AuditEntry,
  ClaimedDelivery,
  DeliveryAttempt,
  DeliveryStatus,
  IdempotencyInput,
  InstructionRead,
  ListQuery,
  RecordPage,
  Storage,
  StoredDelivery,
  StoredInstruction,
  StoredRecord,
  StoredSubscription,
} from './port.js';
import {
  assertCanRead,
  assertCanWrite,
  assertDeletable,
  assertMayWrite,
  decodeCursor,
  encodeCursor,
  instructionChangedFields,
  instructionRelation,
  isPurgingStatus,
  joinInstruction,
  notFound,
  organisationLabel,
  recordAudit,
  referenceNotFound,
  splitInstruction,
  stale,
  tombstoneHeader,
  versionMatches,
  waitForWake,
  writableMeta,
} from './shared.js';

interface Row {
  seq: number;
  collection: RecordCollection;
  version: number;
  meta: RecordMeta;
  document: Doc;
  /** JSON text of `document`, made on first read: parsing it is a cheaper copy than structuredClone. */
  json?: string | undefined;
  createdAt: string;
  updatedAt: string;
}

interface InstructionRow {
  id: string;
  version: number;
  header: Doc;
  content: Doc | null;
  sharedWith: string[];
  createdAt: string;
  updatedAt: string;
}

interface SubscriptionRow {
  subscription: StoredSubscription;
  secret: string;
  principal: Principal;
}

interface DeliveryRow {
  seq: number;
  id: string;
  subscriptionId: string;
  eventSeq: number;
  status: DeliveryStatus;
  /** Attempts claimed so far (a claim counts before its outcome is known). */
  claimed: number;
  nextAttemptAt: string;
  retryFrom: string;
  createdAt: string;
  attempts: DeliveryAttempt[];
}

/**
 * The in-memory storage, extended with a `clear()` for tests.
 *
 * @public
 */
export interface MemoryStorage extends Storage {
  /** Removes all data. */
  clear(): void;
}

/**
 * Creates a storage that keeps everything in memory: for tests, demos and embedding
 * experiments. Same behaviour as the PostgreSQL storage (both pass the storage contract
 * suite), but nothing survives a restart and it serves one process only.
 *
 * @public
 */
export function createMemoryStorage(): MemoryStorage {
  let seq = 0;
  let auditSeq = 0;
  let readSeq = 0;
  const records = new Map<string, Row>();
  const instructions = new Map<string, InstructionRow>();
  const audit: AuditEntry[] = [];
  const reads: InstructionRead[] = [];
  const idempotency = new Map<string, { requestHash: string; response: unknown; kind: 'record' | 'instruction' }>();
  // The outbox: written in the same synchronous step as the change, so a change and its event
  // are one atomic step here as in a transaction.
  let eventSeq = 0;
  let deliverySeq = 0;
  const events: { seq: number; entry: OutboxEntry }[] = [];
  const subscriptions = new Map<string, SubscriptionRow>();
  const deliveries = new Map<string, DeliveryRow>();
  const waiters = new Set<() => void>();

  /** Appends events to the outbox and queues a delivery per matching subscription. */
  function emit(...entries: (OutboxEntry | undefined)[]) {
    for (const entry of entries) {
      if (!entry) continue;
      const e = { seq: ++eventSeq, entry: structuredClone(entry) };
      events.push(e);
      for (const sub of subscriptions.values()) {
        if (!subscriptionMatches({ ...sub.subscription, principal: sub.principal }, entry)) continue;
        const id = crypto.randomUUID();
        deliveries.set(id, {
          seq: ++deliverySeq,
          id,
          subscriptionId: sub.subscription.id,
          eventSeq: e.seq,
          status: 'pending',
          claimed: 0,
          nextAttemptAt: entry.event.time,
          retryFrom: entry.event.time,
          createdAt: entry.event.time,
          attempts: [],
        });
      }
    }
    if (entries.some((e) => e !== undefined)) for (const wake of [...waiters]) wake();
  }

  function ownSubscription(actor: Actor, id: string): SubscriptionRow {
    const org = subscriberOf(actor.principal);
    const row = subscriptions.get(id);
    if (!row || row.subscription.organisation !== org) throw notFound();
    return row;
  }

  const eventOf = (seq: number) => events.find((e) => e.seq === seq) as { seq: number; entry: OutboxEntry };
  const toDelivery = (d: DeliveryRow): StoredDelivery => ({
    id: d.id,
    subscriptionId: d.subscriptionId,
    eventId: eventOf(d.eventSeq).entry.event.id,
    eventType: eventOf(d.eventSeq).entry.event.type,
    status: d.status,
    ...(d.status === 'pending' ? { nextAttemptAt: d.nextAttemptAt } : {}),
    retryFrom: d.retryFrom,
    createdAt: d.createdAt,
    attempts: d.attempts.map((a) => ({ ...a })),
  });

  const toStored = (id: string, r: Row): StoredRecord => ({
    id,
    collection: r.collection,
    version: r.version,
    // Documents are JSON (as in the PostgreSQL storage), so a JSON round trip is a full copy.
    document: JSON.parse((r.json ??= JSON.stringify(r.document))) as Doc,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
  const toInstruction = (r: InstructionRow): StoredInstruction => ({
    id: r.id,
    version: r.version,
    document: structuredClone(joinInstruction(r.header, r.content)),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    purged: r.content === null,
  });

  /** Tenants of the parent the document names, looked up in the caller's scope only. */
  function parentTenants(scope: AccessScope, collection: RecordCollection, doc: Doc) {
    const ref = parentReferenceOf(collection, doc);
    if (!ref) return undefined;
    const parent = records.get(ref.id);
    if (!parent || parent.collection !== ref.collection || !isInScope(scope, parent.meta) || !isBelowCeiling(scope, parent.meta))
      throw referenceNotFound([ref.field]);
    return { employers: parent.meta.employers, regions: parent.meta.regions };
  }

  function addAudit(
    actor: Actor,
    collection: string,
    recordId: string,
    action: AuditEntry['action'],
    result: number,
    data: Partial<AuditEntry>,
  ) {
    audit.push({
      sequence: ++auditSeq,
      recordId,
      collection,
      action,
      actor: { userId: actor.principal.userId, organisation: organisationLabel(actor.principal) },
      at: actor.now,
      result,
      changedFields: [],
      ...data,
    });
  }

  function idemKey(actor: Actor, key: string) {
    return `${actor.principal.userId}|${organisationLabel(actor.principal) ?? ''}|${key}`;
  }

  function checkIdem(actor: Actor, idem: IdempotencyInput | undefined, kind: 'record' | 'instruction') {
    if (!idem) return undefined;
    const hit = idempotency.get(idemKey(actor, idem.key));
    if (!hit) return undefined;
    if (hit.requestHash !== idem.requestHash || hit.kind !== kind) {
      throw new ServerError('conflict', 'Deze Idempotency-Key is al gebruikt voor een ander verzoek.');
    }
    return hit.response;
  }

  function visibleRow(actor: Actor, collection: RecordCollection, id: string): Row {
    const row = records.get(id);
    if (!row || row.collection !== collection) throw notFound();
    assertCanRead(accessScopeOf(actor.principal), row.meta);
    return row;
  }

  function select(actor: Actor, collection: RecordCollection, query: Omit<ListQuery, 'limit' | 'cursor'>, filter?: (r: Row) => boolean) {
    const scope = accessScopeOf(actor.principal);
    const out: [string, Row][] = [];
    for (const [id, r] of records) {
      if (r.collection !== collection) continue;
      if (!isInScope(scope, r.meta) || !isBelowCeiling(scope, r.meta)) continue;
      if (query.region && !r.meta.regions.includes(query.region)) continue;
      if (query.employer && !r.meta.employers.includes(query.employer)) continue;
      if (query.status && r.meta.status !== query.status) continue;
      if (query.to && r.meta.periodFrom && r.meta.periodFrom > query.to) continue;
      if (query.from && r.meta.periodTo && r.meta.periodTo < query.from) continue;
      if (filter && !filter(r)) continue;
      out.push([id, r]);
    }
    return out.sort((a, b) => a[1].seq - b[1].seq);
  }

  function page(rows: [string, Row][], query: Pick<ListQuery, 'limit' | 'cursor'>): RecordPage {
    const after = decodeCursor(query.cursor) ?? 0;
    const rest = rows.filter(([, r]) => r.seq > after);
    const items = rest.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: items.map(([id, r]) => toStored(id, r)),
      ...(rest.length > query.limit && last ? { nextCursor: encodeCursor(last[1].seq) } : {}),
    };
  }

  function expireInstructionsOfPlacement(actor: Actor, placementId: string) {
    for (const r of instructions.values()) {
      if (r.header.placementId !== placementId || r.content === null) continue;
      const before = r.header;
      const recipients = r.sharedWith;
      r.header = tombstoneHeader({ ...r.header, employmentEndedOn: actor.now.slice(0, 10) }, 'EXPIRED', actor.now);
      r.content = null;
      r.sharedWith = [];
      r.version += 1;
      r.updatedAt = actor.now;
      addAudit(actor, 'employer-instructions', r.id, 'purge', 200, { changedFields: ['content', 'status'] });
      emit(instructionChangeEntry(before, r.header, recipients, actor.now));
    }
  }

  return {
    kind: 'memory',
    clear() {
      records.clear();
      instructions.clear();
      audit.length = 0;
      reads.length = 0;
      idempotency.clear();
      seq = 0;
      auditSeq = 0;
      readSeq = 0;
      events.length = 0;
      subscriptions.clear();
      deliveries.clear();
      eventSeq = 0;
      deliverySeq = 0;
    },

    async createRecord(actor, collection, document, idem) {
      const replay = checkIdem(actor, idem, 'record');
      if (replay) return { record: structuredClone(replay) as StoredRecord, replayed: true };
      const scope = accessScopeOf(actor.principal);
      assertMayWrite(scope);
      const meta = writableMeta(scope, collection, document, parentTenants(scope, collection, document));
      if (records.has(document.id) || instructions.has(document.id))
        throw new ServerError('conflict', 'Er bestaat al een record met dit id.');
      const row: Row = {
        seq: ++seq,
        collection,
        version: 1,
        meta,
        document: structuredClone(document),
        createdAt: actor.now,
        updatedAt: actor.now,
      };
      records.set(document.id, row);
      addAudit(actor, collection, document.id, 'create', 201, recordAudit(collection, undefined, document));
      emit(recordChangeEntry(collection, undefined, document, meta, actor.now));
      const record = toStored(document.id, row);
      if (idem)
        idempotency.set(idemKey(actor, idem.key), { requestHash: idem.requestHash, response: structuredClone(record), kind: 'record' });
      return { record, replayed: false };
    },

    async getRecord(actor, collection, id) {
      return toStored(id, visibleRow(actor, collection, id));
    },

    async getRecordVersion(actor, collection, id) {
      const row = visibleRow(actor, collection, id);
      return { version: row.version, updatedAt: row.updatedAt };
    },

    async listRecords(actor, collection, query) {
      return page(select(actor, collection, query), query);
    },

    async findPlacementsByBsn(actor, bsn, query) {
      const scope = accessScopeOf(actor.principal);
      if (scope.kind === 'none' || !scope.readIdentity) throw new ServerError('forbidden', 'Zoeken op BSN vereist de rol IDENTITY_READER.');
      return page(
        select(actor, 'placements', {}, (r) => r.document.candidate?.identity?.bsn === bsn),
        query,
      );
    },

    async updateRecord(actor, collection, id, expectedVersion, document) {
      const row = visibleRow(actor, collection, id);
      const scope = accessScopeOf(actor.principal);
      assertCanWrite(scope, row.meta);
      if (!versionMatches(expectedVersion, row.version)) throw stale();
      const meta = writableMeta(scope, collection, document, parentTenants(scope, collection, document), row.document);
      const before = row.document;
      row.document = structuredClone(document);
      row.json = undefined;
      row.meta = meta;
      row.version += 1;
      row.updatedAt = actor.now;
      addAudit(actor, collection, id, 'update', 200, recordAudit(collection, before, document));
      emit(recordChangeEntry(collection, before, document, meta, actor.now));
      if (collection === 'placements' && (meta.status === 'ENDED' || meta.status === 'CANCELLED')) expireInstructionsOfPlacement(actor, id);
      return toStored(id, row);
    },

    async deleteRecord(actor, collection, id, expectedVersion) {
      const row = visibleRow(actor, collection, id);
      assertCanWrite(accessScopeOf(actor.principal), row.meta);
      if (!versionMatches(expectedVersion, row.version)) throw stale();
      assertDeletable(collection, row.meta.status);
      records.delete(id);
      addAudit(actor, collection, id, 'delete', 204, recordAudit(collection, row.document, undefined));
      emit(recordChangeEntry(collection, row.document, undefined, row.meta, actor.now));
    },

    async auditTrail(actor, collection, id) {
      visibleRow(actor, collection, id);
      return audit.filter((a) => a.recordId === id).map((a) => structuredClone(a));
    },

    async recordFailedAttempt(actor, collection, id, action, result) {
      // Only on records the caller can reach: nobody writes into another tenant's trail.
      const row = records.get(id);
      const ins = instructions.get(id);
      const reachable = row
        ? isInScope(accessScopeOf(actor.principal), row.meta)
        : ins
          ? instructionRelation(actor.principal, ins.header, ins.sharedWith) !== 'none'
          : false;
      if (reachable) addAudit(actor, collection, id, action, result, {});
    },

    async scanRecords(actor, collection, query = {}) {
      return select(actor, collection, query).map(([id, r]) => {
        const s = toStored(id, r);
        return { ...s, document: redactRestricted(collection, s.document).document };
      });
    },

    async createInstruction(actor, document, idem) {
      const replay = checkIdem(actor, idem, 'instruction') as { id: string } | undefined;
      if (replay) {
        const r = instructions.get(replay.id);
        if (!r) throw notFound();
        return { record: toInstruction(r), replayed: true };
      }
      const { header, content, sharedWithUserRefs } = splitInstruction(document);
      if (instructionRelation(actor.principal, header, []) !== 'owner') {
        throw new ServerError('forbidden', 'Alleen de werknemer zelf kan een werkgeversinstructie vastleggen.');
      }
      if (records.has(document.id) || instructions.has(document.id))
        throw new ServerError('conflict', 'Er bestaat al een record met dit id.');
      const purge = isPurgingStatus(header.status);
      const row: InstructionRow = {
        id: document.id,
        version: 1,
        header: purge ? tombstoneHeader(header, header.status, actor.now) : header,
        content: purge ? null : content,
        sharedWith: purge ? [] : sharedWithUserRefs,
        createdAt: actor.now,
        updatedAt: actor.now,
      };
      instructions.set(row.id, row);
      addAudit(actor, 'employer-instructions', row.id, 'create', 201, { changedFields: instructionChangedFields(undefined, document) });
      emit(instructionChangeEntry(undefined, row.header, row.sharedWith, actor.now));
      if (idem) idempotency.set(idemKey(actor, idem.key), { requestHash: idem.requestHash, response: { id: row.id }, kind: 'instruction' });
      return { record: toInstruction(row), replayed: false };
    },

    async getInstruction(actor, id) {
      const r = instructions.get(id);
      if (!r || instructionRelation(actor.principal, r.header, r.sharedWith) === 'none') throw notFound();
      reads.push({
        sequence: ++readSeq,
        instructionId: id,
        userId: actor.principal.userId,
        organisation: organisationLabel(actor.principal),
        at: actor.now,
      });
      return toInstruction(r);
    },

    async updateInstruction(actor, id, expectedVersion, document) {
      const r = instructions.get(id);
      if (!r) throw notFound();
      const relation = instructionRelation(actor.principal, r.header, r.sharedWith);
      if (relation === 'none') throw notFound();
      if (relation !== 'owner') throw new ServerError('forbidden', 'Alleen de werknemer zelf kan de werkgeversinstructie wijzigen.');
      if (!versionMatches(expectedVersion, r.version)) throw stale();
      if (r.content === null)
        throw new ServerError('conflict', 'Deze werkgeversinstructie is ingetrokken of verlopen en kan niet meer worden gewijzigd.');
      const before = joinInstruction(r.header, r.content);
      const beforeHeader = r.header;
      const beforeRecipients = r.sharedWith;
      const { header, content, sharedWithUserRefs } = splitInstruction(document);
      const purge = isPurgingStatus(header.status);
      r.header = purge ? tombstoneHeader(header, header.status, actor.now) : header;
      r.content = purge ? null : content;
      r.sharedWith = purge ? [] : sharedWithUserRefs;
      r.version += 1;
      r.updatedAt = actor.now;
      addAudit(actor, 'employer-instructions', id, purge ? 'revoke' : 'update', 200, {
        changedFields: instructionChangedFields(before, document),
      });
      emit(instructionChangeEntry(beforeHeader, r.header, [...beforeRecipients, ...r.sharedWith], actor.now));
      return toInstruction(r);
    },

    async revokeInstruction(actor, id, expectedVersion) {
      const r = instructions.get(id);
      if (!r) throw notFound();
      const relation = instructionRelation(actor.principal, r.header, r.sharedWith);
      if (relation === 'none') throw notFound();
      if (relation !== 'owner') throw new ServerError('forbidden', 'Alleen de werknemer zelf kan de toestemming intrekken.');
      if (!versionMatches(expectedVersion, r.version)) throw stale();
      if (r.content === null) return toInstruction(r);
      const beforeHeader = r.header;
      const beforeRecipients = r.sharedWith;
      r.header = tombstoneHeader(r.header, 'REVOKED', actor.now);
      r.content = null;
      r.sharedWith = [];
      r.version += 1;
      r.updatedAt = actor.now;
      addAudit(actor, 'employer-instructions', id, 'revoke', 200, { changedFields: ['content', 'status'] });
      emit(instructionChangeEntry(beforeHeader, r.header, beforeRecipients, actor.now));
      return toInstruction(r);
    },

    async instructionAuditTrail(actor, id) {
      const r = instructions.get(id);
      if (!r || instructionRelation(actor.principal, r.header, r.sharedWith) !== 'owner') throw notFound();
      return audit.filter((a) => a.recordId === id).map((a) => structuredClone(a));
    },

    async instructionReadLog(actor, id) {
      const r = instructions.get(id);
      if (!r || instructionRelation(actor.principal, r.header, r.sharedWith) !== 'owner') throw notFound();
      return reads.filter((x) => x.instructionId === id).map((x) => ({ ...x }));
    },

    async listEvents(actor, query) {
      const after = decodeEventCursor(query.after);
      const items: OutboxEntry[] = [];
      let last = after;
      for (const e of events) {
        if (e.seq <= after.seq) continue;
        if (!isEventVisibleTo(actor.principal, e.entry.audience)) continue;
        items.push(e.entry);
        last = { xid: '0', seq: e.seq };
        if (items.length === query.limit) break;
      }
      return { items: items.map((i) => structuredClone(i.event)), nextCursor: encodeEventCursor(last) };
    },

    waitForEvents(ms, signal) {
      return waitForWake(waiters, ms, signal);
    },

    async createSubscription(actor, input, secret) {
      const organisation = subscriberOf(actor.principal);
      const subscription: StoredSubscription = {
        ...structuredClone(input),
        id: crypto.randomUUID(),
        organisation,
        createdAt: actor.now,
        updatedAt: actor.now,
      };
      subscriptions.set(subscription.id, { subscription, secret, principal: structuredClone(actor.principal) });
      return structuredClone(subscription);
    },

    async listSubscriptions(actor) {
      const organisation = subscriberOf(actor.principal);
      return [...subscriptions.values()]
        .filter((s) => s.subscription.organisation === organisation)
        .map((s) => structuredClone(s.subscription));
    },

    async getSubscription(actor, id) {
      return structuredClone(ownSubscription(actor, id).subscription);
    },

    async updateSubscription(actor, id, input) {
      const row = ownSubscription(actor, id);
      row.subscription = { ...row.subscription, ...structuredClone(input), updatedAt: actor.now };
      row.principal = structuredClone(actor.principal);
      return structuredClone(row.subscription);
    },

    async deleteSubscription(actor, id) {
      ownSubscription(actor, id);
      subscriptions.delete(id);
      for (const d of [...deliveries.values()]) if (d.subscriptionId === id) deliveries.delete(d.id);
    },

    async listDeliveries(actor, subscriptionId, query) {
      ownSubscription(actor, subscriptionId);
      const before = query.cursor === undefined ? Number.POSITIVE_INFINITY : (decodeCursor(query.cursor) ?? 0);
      const rows = [...deliveries.values()]
        .filter((d) => d.subscriptionId === subscriptionId && d.seq < before && (query.status === undefined || d.status === query.status))
        .sort((a, b) => b.seq - a.seq);
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return { items: items.map(toDelivery), ...(rows.length > query.limit && last ? { nextCursor: encodeCursor(last.seq) } : {}) };
    },

    async redeliver(actor, subscriptionId, deliveryId) {
      ownSubscription(actor, subscriptionId);
      const d = deliveries.get(deliveryId);
      if (!d || d.subscriptionId !== subscriptionId) throw notFound();
      d.status = 'pending';
      d.nextAttemptAt = actor.now;
      d.retryFrom = actor.now;
      return toDelivery(d);
    },

    async claimDeliveries({ now, limit, leaseUntil }) {
      const due = [...deliveries.values()]
        .filter((d) => d.status === 'pending' && d.nextAttemptAt <= now)
        .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.seq - b.seq);
      const claims: ClaimedDelivery[] = [];
      for (const d of due.slice(0, limit)) {
        const sub = subscriptions.get(d.subscriptionId) as SubscriptionRow;
        d.claimed += 1;
        d.nextAttemptAt = leaseUntil;
        claims.push({
          id: d.id,
          attempt: d.claimed,
          subscriptionId: d.subscriptionId,
          callbackUrl: sub.subscription.callbackUrl,
          secret: sub.secret,
          event: structuredClone(eventOf(d.eventSeq).entry.event),
          retryFrom: d.retryFrom,
        });
      }
      return claims;
    },

    async finishDelivery(claim, outcome) {
      const d = deliveries.get(claim.id);
      if (!d || d.claimed !== claim.attempt || d.status !== 'pending') return;
      d.attempts.push({
        attempt: claim.attempt,
        at: outcome.at,
        ...(outcome.statusCode !== undefined ? { statusCode: outcome.statusCode } : {}),
        ...(outcome.error !== undefined ? { error: outcome.error } : {}),
        durationMs: outcome.durationMs,
      });
      if (outcome.result === 'retry') d.nextAttemptAt = outcome.nextAttemptAt ?? outcome.at;
      else d.status = outcome.result;
    },

    async close() {},
  };
}
