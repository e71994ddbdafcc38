import type { StoredDocument as Doc } from '../document.js';
import { ServerError } from '../errors.js';
import { decodeEventCursor, encodeEventCursor } from '../events/cursor.js';
import { instructionChangeEntry, isEventVisibleTo, type OutboxEntry, recordChangeEntry, subscriptionMatches } from '../events/outbox.js';
import {
  type AccessScope,
  accessScopeOf,
  INSTRUCTION_COLLECTION,
  isBelowCeiling,
  isInScope,
  type RecordCollection,
  type RecordMeta,
  recordMetaOf,
  recordReferencesOf,
  redactRestricted,
} from '../policy.js';
import { computeFigures, type FigureEvent, type FigureRecord } from '../steering/figures.js';
import { type DeliveryRow, memorySubscriptionStore, type SubscriptionRow } from './memory-subscriptions.js';
import type {
  Actor,
  AuditEntry,
  IdempotencyInput,
  InstructionRead,
  ListQuery,
  RecordPage,
  Storage,
  StoredInstruction,
  StoredRecord,
} from './port.js';
import {
  assertCanRead,
  assertCanWrite,
  assertDeletable,
  assertMayWrite,
  decodeCursor,
  encodeCursor,
  hasRecordsUnder,
  instructionChangedFields,
  instructionRelation,
  isPurgingStatus,
  joinInstruction,
  notFound,
  organisationLabel,
  recordAudit,
  referenceNotFound,
  reportTooLarge,
  sameTenants,
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

  const toStored = (id: string, r: Row): StoredRecord => {
    // Documents are JSON (as in the PostgreSQL storage), so a JSON round trip is a full copy.
    r.json ??= JSON.stringify(r.document);
    return {
      id,
      collection: r.collection,
      version: r.version,
      document: JSON.parse(r.json) as Doc,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  };
  const toInstruction = (r: InstructionRow): StoredInstruction => ({
    id: r.id,
    version: r.version,
    document: structuredClone(joinInstruction(r.header, r.content)),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    purged: r.content === null,
  });

  /**
   * Checks every record the document references, in the caller's scope only, and returns the
   * tenants of its parent (when it has one).
   */
  function parentTenants(scope: AccessScope, collection: RecordCollection, doc: Doc) {
    let tenants: { employers: readonly string[]; regions: readonly string[] } | undefined;
    let parentDoc: Doc | undefined;
    for (const ref of recordReferencesOf(collection, doc)) {
      if (ref.sameAsParent !== undefined) {
        if (parentDoc?.[ref.sameAsParent] !== ref.id) throw referenceNotFound([ref.field]);
        continue;
      }
      const target = records.get(ref.id);
      if (!target || target.collection !== ref.collection || !isInScope(scope, target.meta) || !isBelowCeiling(scope, target.meta))
        throw referenceNotFound([ref.field]);
      if (ref.parent) {
        tenants = { employers: target.meta.employers, regions: target.meta.regions };
        parentDoc = target.document;
      }
    }
    return tenants;
  }

  /** See the PostgreSQL storage: the records under a record take the tenants it passes down. */
  function passTenantsDown(parentId: string, tenants: Pick<RecordMeta, 'employers' | 'regions'>): void {
    for (const [id, row] of records) {
      if (row.meta.parentId !== parentId) continue;
      const meta = recordMetaOf(row.collection, row.document, tenants);
      if (sameTenants(meta, row.meta)) continue;
      row.meta = meta;
      passTenantsDown(id, meta);
    }
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
      const tenantsChanged = !sameTenants(meta, row.meta);
      row.meta = meta;
      row.version += 1;
      row.updatedAt = actor.now;
      if (tenantsChanged) passTenantsDown(id, meta);
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
      for (const other of records.values()) if (other.meta.parentId === id) throw hasRecordsUnder();
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
      // The record of this collection: the path of another collection with its id is no attempt on it.
      const row = records.get(id)?.collection === collection ? records.get(id) : undefined;
      const ins = collection === INSTRUCTION_COLLECTION ? instructions.get(id) : undefined;
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

    async steeringFigures(actor, query, limits) {
      // Computed in the process: no time limit applies (nothing to cancel), but a client that
      // already left gets no work done.
      if (limits?.signal?.aborted) throw reportTooLarge();
      // Same semantics as the SQL (steering/figures.ts), over what the caller may see.
      const scope = accessScopeOf(actor.principal);
      const visible: FigureRecord[] = [];
      for (const [id, r] of records) {
        if (!isInScope(scope, r.meta) || !isBelowCeiling(scope, r.meta)) continue;
        visible.push({
          collection: r.collection,
          id,
          status: r.meta.status,
          document: r.document,
          periodFrom: r.meta.periodFrom,
          periodTo: r.meta.periodTo,
        });
      }
      const seen: FigureEvent[] = [];
      for (const e of events) {
        const audience = e.entry.audience;
        if (audience.kind !== 'record' || !isEventVisibleTo(actor.principal, audience)) continue;
        seen.push({ seq: e.seq, event: e.entry.event as unknown as Doc, employers: audience.employers, regions: audience.regions });
      }
      return computeFigures(query, visible, seen);
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

    async updateInstruction(actor, id, expectedVersion, document, check) {
      const r = instructions.get(id);
      if (!r) throw notFound();
      const relation = instructionRelation(actor.principal, r.header, r.sharedWith);
      if (relation === 'none') throw notFound();
      if (relation !== 'owner') throw new ServerError('forbidden', 'Alleen de werknemer zelf kan de werkgeversinstructie wijzigen.');
      if (!versionMatches(expectedVersion, r.version)) throw stale();
      if (r.content === null)
        throw new ServerError('conflict', 'Deze werkgeversinstructie is ingetrokken of verlopen en kan niet meer worden gewijzigd.');
      const before = joinInstruction(r.header, r.content);
      check?.(before);
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

    ...memorySubscriptionStore({ events, subscriptions, deliveries }),

    async close() {},
  };
}
