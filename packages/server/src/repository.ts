import { getDocumentDefinition } from '@banenafspraak/core';
import type { Principal } from './auth.js';
import type { IncomingDocument as Doc } from './document.js';
import { ServerError } from './errors.js';
import { newWebhookSecret } from './events/signature.js';
import { type AccessScope, accessScopeOf, type RecordCollection, viewFor } from './policy.js';
import type { SteeringFigures, SteeringQuery } from './steering/query.js';
import type {
  Actor,
  AuditEntry,
  DeliveryStatus,
  EventPage,
  ExpectedVersion,
  IdempotencyInput,
  InstructionRead,
  ListQuery,
  RecordPage,
  Storage,
  StoredDelivery,
  StoredInstruction,
  StoredRecord,
  StoredSubscription,
  SubscriptionInput,
} from './storage/port.js';
import { stale, versionMatches } from './storage/shared.js';

/**
 * The storage bound to one request's principal: the only way routes reach data. Every read,
 * list, write, search, audit trail and report goes through it, and every document it returns
 * is already the view the principal may see (restricted parts removed), so a route cannot
 * forget a check. The storage underneath enforces tenants, parents and organisation
 * references inside its queries; this layer adds what depends on the request (the view, the
 * role checks of BSN search and reports).
 *
 * @see docs/standard/access-model.md
 *
 * @public
 */
export interface Repository {
  readonly principal: Principal;
  readonly scope: AccessScope;
  /** Creates a record and returns the principal's view of it. */
  createRecord(
    collection: RecordCollection,
    document: Doc & { id: string },
    idempotency?: IdempotencyInput,
  ): Promise<{ record: StoredRecord; replayed: boolean }>;
  readRecord(collection: RecordCollection, id: string): Promise<StoredRecord>;
  /** The current version of a record the principal may read, without its document (conditional GET). */
  readRecordVersion(collection: RecordCollection, id: string): Promise<{ version: number; updatedAt: string }>;
  listRecords(collection: RecordCollection, query: ListQuery): Promise<RecordPage>;
  /** Placements of a person by BSN: identity readers only. */
  searchPlacementsByBsn(bsn: string, query: Pick<ListQuery, 'limit' | 'cursor'>): Promise<RecordPage>;
  /**
   * Replaces a record. `prepare` gets the input completed with the restricted parts the
   * principal cannot see (so it cannot lose them) and the stored document, and returns the
   * validated document to store.
   */
  replaceRecord(
    collection: RecordCollection,
    id: string,
    expected: ExpectedVersion,
    input: Doc,
    prepare: (input: Doc, previous: Doc) => Doc,
  ): Promise<StoredRecord>;
  deleteRecord(collection: RecordCollection, id: string, expected: ExpectedVersion): Promise<void>;
  auditTrail(collection: RecordCollection, id: string): Promise<AuditEntry[]>;
  /** Records a refused write in the record's trail (only on records the principal can reach). */
  recordFailedAttempt(collection: string, id: string, action: AuditEntry['action'], result: number): Promise<void>;
  /** Records of a collection for a report, restricted parts removed; principals with record access only. */
  scanForReport(collection: RecordCollection, query?: Omit<ListQuery, 'limit' | 'cursor'>): Promise<StoredRecord[]>;
  /**
   * Aggregates of a steering report over what the principal may see (403 without read rights),
   * within the server's report time limit; `signal` is the request's, to cancel when the client leaves.
   */
  steeringFigures(query: SteeringQuery, options?: { signal?: AbortSignal }): Promise<SteeringFigures>;

  createInstruction(
    document: Doc & { id: string },
    idempotency?: IdempotencyInput,
  ): Promise<{ record: StoredInstruction; replayed: boolean }>;
  readInstruction(id: string): Promise<StoredInstruction>;
  /** Replaces an instruction; `check` gets the stored version and throws to refuse the change. */
  replaceInstruction(id: string, expected: ExpectedVersion, document: Doc, check?: (previous: Doc) => void): Promise<StoredInstruction>;
  revokeInstruction(id: string, expected: ExpectedVersion): Promise<StoredInstruction>;
  instructionAuditTrail(id: string): Promise<AuditEntry[]>;
  instructionReadLog(id: string): Promise<InstructionRead[]>;

  /** Events about records the principal may read, in commit order, after the cursor. */
  listEvents(query: { after?: string; limit: number }): Promise<EventPage>;
  /**
   * Like {@link Repository.listEvents}, but when there is nothing yet, waits up to `waitMs`
   * for events (checking every `pollMs` for those of other instances).
   */
  awaitEvents(query: { after?: string; limit: number }, waitMs: number, pollMs: number, signal?: AbortSignal): Promise<EventPage>;
  /** Creates a subscription of the principal's organisation; the secret is returned this once. */
  createSubscription(input: SubscriptionInput): Promise<StoredSubscription & { secret: string }>;
  listSubscriptions(): Promise<StoredSubscription[]>;
  readSubscription(id: string): Promise<StoredSubscription>;
  replaceSubscription(id: string, input: SubscriptionInput): Promise<StoredSubscription>;
  deleteSubscription(id: string): Promise<void>;
  listDeliveries(
    subscriptionId: string,
    query: { status?: DeliveryStatus; limit: number; cursor?: string },
  ): Promise<{ items: StoredDelivery[]; nextCursor?: string }>;
  redeliver(subscriptionId: string, deliveryId: string): Promise<StoredDelivery>;
}

/**
 * Binds a storage to a principal for one request. `limits.reportTimeoutMs` is the time a
 * report may take (default 30 000).
 *
 * @example
 * ```ts
 * const repo = createRepository(storage, principal, () => new Date().toISOString());
 * const page = await repo.listRecords('placements', { limit: 20 });
 * ```
 *
 * @public
 */
export function createRepository(
  storage: Storage,
  principal: Principal,
  now: () => string,
  limits: { reportTimeoutMs?: number } = {},
): Repository {
  const scope = accessScopeOf(principal);
  const actor = (): Actor => ({ principal, now: now() });
  const single = (r: StoredRecord): StoredRecord => ({ ...r, document: viewFor(scope, r.collection, r.document, 'single') });
  const listed = (p: RecordPage, context: 'single' | 'list'): RecordPage => ({
    ...p,
    items: p.items.map((r) => ({ ...r, document: viewFor(scope, r.collection, r.document, context) })),
  });
  const readsIdentity = scope.kind !== 'none' && scope.readIdentity;

  return {
    principal,
    scope,
    async createRecord(collection, document, idempotency) {
      const { record, replayed } = await storage.createRecord(actor(), collection, document, idempotency);
      return { record: single(record), replayed };
    },
    async readRecord(collection, id) {
      return single(await storage.getRecord(actor(), collection, id));
    },
    readRecordVersion(collection, id) {
      return storage.getRecordVersion(actor(), collection, id);
    },
    async listRecords(collection, query) {
      return listed(await storage.listRecords(actor(), collection, query), 'list');
    },
    async searchPlacementsByBsn(bsn, query) {
      if (!readsIdentity) throw new ServerError('forbidden', 'Zoeken op BSN vereist de rol IDENTITY_READER.');
      return listed(await storage.findPlacementsByBsn(actor(), bsn, query), 'single');
    },
    async replaceRecord(collection, id, expected, input, prepare) {
      const current = await storage.getRecord(actor(), collection, id);
      if (!versionMatches(expected, current.version)) throw stale();
      const previous = current.document as Doc;
      let completed = input;
      // Callers that may not see restricted parts keep them by leaving them out.
      if (!readsIdentity && collection === 'placements') {
        const cand = input.candidate as Doc | undefined;
        const prev = previous.candidate as Doc | undefined;
        if (cand && prev?.identity && cand.identity === undefined && cand.id === prev.id)
          completed = { ...input, candidate: { ...cand, identity: prev.identity } };
      }
      // A restricted top-level part (a proposal's profile) is kept the same way.
      if (!readsIdentity) {
        for (const path of getDocumentDefinition(collection)?.restrictedPaths ?? []) {
          if (!path.includes('.') && completed[path] === undefined && previous[path] !== undefined)
            completed = { ...completed, [path]: previous[path] };
        }
      }
      const doc = prepare(completed, previous);
      // The version that was validated against, also for `*`: a change in between is a 412.
      return single(await storage.updateRecord(actor(), collection, id, current.version, doc));
    },
    deleteRecord(collection, id, expected) {
      return storage.deleteRecord(actor(), collection, id, expected);
    },
    auditTrail(collection, id) {
      return storage.auditTrail(actor(), collection, id);
    },
    recordFailedAttempt(collection, id, action, result) {
      return storage.recordFailedAttempt(actor(), collection, id, action, result);
    },
    async scanForReport(collection, query) {
      if (scope.kind === 'none') throw new ServerError('forbidden', 'Rapportages vereisen leesrechten op records.');
      return storage.scanRecords(actor(), collection, query);
    },
    async steeringFigures(query, request = {}) {
      if (scope.kind === 'none') throw new ServerError('forbidden', 'Rapportages vereisen leesrechten op records.');
      return storage.steeringFigures(actor(), query, {
        ...(limits.reportTimeoutMs !== undefined ? { timeoutMs: limits.reportTimeoutMs } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    },

    createInstruction(document, idempotency) {
      return storage.createInstruction(actor(), document, idempotency);
    },
    readInstruction(id) {
      return storage.getInstruction(actor(), id);
    },
    replaceInstruction(id, expected, document, check) {
      return storage.updateInstruction(actor(), id, expected, document, check);
    },
    revokeInstruction(id, expected) {
      return storage.revokeInstruction(actor(), id, expected);
    },
    instructionAuditTrail(id) {
      return storage.instructionAuditTrail(actor(), id);
    },
    instructionReadLog(id) {
      return storage.instructionReadLog(actor(), id);
    },

    listEvents(query) {
      return storage.listEvents(actor(), query);
    },
    async awaitEvents(query, waitMs, pollMs, signal) {
      const deadline = Date.now() + waitMs;
      let page = await storage.listEvents(actor(), query);
      while (page.items.length === 0 && Date.now() < deadline && !signal?.aborted) {
        await storage.waitForEvents(Math.min(pollMs, deadline - Date.now()), signal);
        page = await storage.listEvents(actor(), query);
      }
      return page;
    },
    async createSubscription(input) {
      const secret = newWebhookSecret();
      return { ...(await storage.createSubscription(actor(), input, secret)), secret };
    },
    listSubscriptions() {
      return storage.listSubscriptions(actor());
    },
    readSubscription(id) {
      return storage.getSubscription(actor(), id);
    },
    replaceSubscription(id, input) {
      return storage.updateSubscription(actor(), id, input);
    },
    deleteSubscription(id) {
      return storage.deleteSubscription(actor(), id);
    },
    listDeliveries(subscriptionId, query) {
      return storage.listDeliveries(actor(), subscriptionId, query);
    },
    redeliver(subscriptionId, deliveryId) {
      return storage.redeliver(actor(), subscriptionId, deliveryId);
    },
  };
}
