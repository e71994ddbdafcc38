import type { AuditEntry, InstructionRead, LifecycleEvent, RecordListQuery } from '@banenafspraak/core';
import type { Principal } from '../auth.js';
import type { RecordCollection } from '../policy.js';
import type { SteeringFigures, SteeringQuery } from '../steering/query.js';

/**
 * A stored record: the document plus the server-managed version and timestamps.
 *
 * @public
 */
export interface StoredRecord<T = Record<string, unknown>> {
  readonly id: string;
  readonly collection: RecordCollection;
  /** Optimistic-concurrency version, starting at 1; the ETag is derived from it. */
  readonly version: number;
  readonly document: T;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Filters and paging of a list request as the storage gets it: core's `RecordListQuery` with
 * the page size filled in. All filters are combined with AND.
 *
 * @public
 */
export type ListQuery = Readonly<Omit<RecordListQuery, 'limit'> & { limit: number }>;

/**
 * One page of a list.
 *
 * @public
 */
export interface RecordPage<T = Record<string, unknown>> {
  readonly items: StoredRecord<T>[];
  /** Cursor of the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/**
 * An Idempotency-Key of a POST, scoped to the caller, with a hash of the request body.
 *
 * @public
 */
export interface IdempotencyInput {
  readonly key: string;
  readonly requestHash: string;
}

/** Audit entries and instruction reads are core's wire shapes: storage returns them as sent. */
export type { AuditEntry, InstructionRead };

/**
 * A stored employer instruction (werkgeversinstructie).
 *
 * @public
 */
export interface StoredInstruction {
  readonly id: string;
  readonly version: number;
  /** The full document, or a content-free tombstone once purged. */
  readonly document: Record<string, unknown>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly purged: boolean;
}

/**
 * The version a write expects (from `If-Match`): a version number, or `*` for any current version.
 *
 * @public
 */
export type ExpectedVersion = number | '*';

/**
 * One page of the event feed: events in commit order and the cursor to resume after them.
 *
 * @public
 */
export interface EventPage {
  readonly items: LifecycleEvent[];
  /** Cursor after the last event returned (the input cursor when there was none): always present. */
  readonly nextCursor: string;
}

/**
 * What a subscriber chooses: where to, which event types (empty: all) and filters (empty: none).
 *
 * @public
 */
export interface SubscriptionInput {
  readonly callbackUrl: string;
  readonly eventTypes: readonly string[];
  /** Only events about records in one of these labour-market regions (AM codes). */
  readonly regions: readonly string[];
  /** Only events about records of these document types. */
  readonly documentTypes: readonly string[];
  readonly active: boolean;
}

/**
 * A stored subscription (the secret is never returned after creation).
 *
 * @public
 */
export interface StoredSubscription extends SubscriptionInput {
  readonly id: string;
  /** The organisation it belongs to, e.g. `KVK:12345678`. */
  readonly organisation: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * One POST of an event to a subscriber.
 *
 * @public
 */
export interface DeliveryAttempt {
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly at: string;
  /** HTTP status of the receiver's answer; absent when there was none (timeout, refused). */
  readonly statusCode?: number;
  /** Why the attempt failed without an answer, as a short code (`timeout`, `host-not-allowed`, …). */
  readonly error?: string;
  readonly durationMs: number;
}

/** @public */
export type DeliveryStatus = 'pending' | 'delivered' | 'dead-letter';

/**
 * The delivery of one event to one subscription, with its attempts.
 *
 * @public
 */
export interface StoredDelivery {
  readonly id: string;
  readonly subscriptionId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly status: DeliveryStatus;
  /** When the next attempt is due (pending only). */
  readonly nextAttemptAt?: string;
  /** Start of the retry period (creation, or the last redelivery request); the worker's retry period runs from here. */
  readonly retryFrom: string;
  readonly createdAt: string;
  readonly attempts: DeliveryAttempt[];
}

/**
 * A delivery claimed by a worker for one attempt.
 *
 * @public
 */
export interface ClaimedDelivery {
  readonly id: string;
  /** The attempt this claim is for; a finish for another attempt is ignored. */
  readonly attempt: number;
  readonly subscriptionId: string;
  readonly callbackUrl: string;
  readonly secret: string;
  readonly event: LifecycleEvent;
  readonly retryFrom: string;
}

/**
 * The outcome of an attempt, as the worker decided it.
 *
 * @public
 */
export interface DeliveryOutcome {
  readonly result: 'delivered' | 'retry' | 'dead-letter';
  readonly at: string;
  readonly statusCode?: number;
  readonly error?: string;
  readonly durationMs: number;
  /** When to try again (`retry` only). */
  readonly nextAttemptAt?: string;
}

/**
 * Who acts and when: every storage call that reads or writes takes one.
 *
 * @public
 */
export interface Actor {
  readonly principal: Principal;
  /** ISO date-time of the request, from the app's clock. */
  readonly now: string;
}

/**
 * How long one report may run, and its request's cancellation: see `Storage.steeringFigures`.
 *
 * @public
 */
export interface ReportLimits {
  /** Longest time the report's statements may run together, in milliseconds (default 30 000). */
  readonly timeoutMs?: number;
  /** Aborts when the client has gone away: the running statement is cancelled. */
  readonly signal?: AbortSignal;
}

/**
 * Time limit of a report when none is given (see {@link ReportLimits}).
 *
 * @public
 */
export const DEFAULT_REPORT_TIMEOUT_MS = 30_000;

/**
 * The storage port. Implementations enforce the access policy themselves, inside their
 * queries (see `policy.ts`): records outside the caller's tenants do not exist for it
 * (`not-found`), records above its confidentiality ceiling are filtered from lists and give
 * `forbidden` on direct access. Every write is one transaction with its audit entry.
 *
 * Errors are thrown as `ServerError` with codes `not-found`, `forbidden`, `conflict`
 * (duplicate id, idempotency key reused, delete not allowed) and `precondition-failed`
 * (stale version).
 *
 * @public
 */
export interface Storage {
  /** Human-readable kind, e.g. `memory` or `postgres`. */
  readonly kind: string;

  /** Creates a record. With an idempotency key, a retry returns the first result (`replayed`). */
  createRecord(
    actor: Actor,
    collection: RecordCollection,
    document: Record<string, unknown> & { id: string },
    idempotency?: IdempotencyInput,
  ): Promise<{ record: StoredRecord; replayed: boolean }>;
  getRecord(actor: Actor, collection: RecordCollection, id: string): Promise<StoredRecord>;
  /**
   * The current version of a record, with the same checks as {@link Storage.getRecord}
   * (`not-found` outside the caller's tenants, `forbidden` above its ceiling), without reading
   * the document: for a conditional GET (`If-None-Match`) that may end in 304.
   */
  getRecordVersion(actor: Actor, collection: RecordCollection, id: string): Promise<{ version: number; updatedAt: string }>;
  listRecords(actor: Actor, collection: RecordCollection, query: ListQuery): Promise<RecordPage>;
  /** Placements of a person by BSN (only for principals allowed to read identities). */
  findPlacementsByBsn(actor: Actor, bsn: string, query: Pick<ListQuery, 'limit' | 'cursor'>): Promise<RecordPage>;
  /**
   * Replaces a record when its version still equals `expectedVersion`. The parent it names
   * (`partnershipId` of a plan, `placementId` of an assessment) must be one the caller can
   * read, and every employer it names one the caller may act for; otherwise `not-found`, as
   * for a missing parent. The same holds for {@link Storage.createRecord}.
   */
  updateRecord(
    actor: Actor,
    collection: RecordCollection,
    id: string,
    expectedVersion: ExpectedVersion,
    document: Record<string, unknown>,
  ): Promise<StoredRecord>;
  /** Deletes a record in its initial status when its version still equals `expectedVersion`. */
  deleteRecord(actor: Actor, collection: RecordCollection, id: string, expectedVersion: ExpectedVersion): Promise<void>;
  /** Audit trail of a record the caller can read, oldest first. */
  auditTrail(actor: Actor, collection: RecordCollection, id: string): Promise<AuditEntry[]>;
  /** Records a failed write attempt on a record (e.g. a stale If-Match) in its audit trail. */
  recordFailedAttempt(actor: Actor, collection: string, id: string, action: AuditEntry['action'], result: number): Promise<void>;
  /** All records of a collection in the caller's scope (for reports); restricted parts removed. */
  scanRecords(actor: Actor, collection: RecordCollection, query?: Omit<ListQuery, 'limit' | 'cursor'>): Promise<StoredRecord[]>;

  /**
   * Aggregates for a steering report over the records and events the caller may see (the same
   * tenants and confidentiality ceiling as a list). The PostgreSQL storage computes them in SQL;
   * no document leaves the database. Employer instructions are never part of them.
   *
   * A storage that queries a database honours `limits`: it stops the report when it runs longer
   * than `timeoutMs` or when `signal` aborts (the client went away), frees its connection, and
   * throws a `ServerError` with code `report-too-large`. The memory storage computes in the
   * process and has no time limit.
   */
  steeringFigures(actor: Actor, query: SteeringQuery, limits?: ReportLimits): Promise<SteeringFigures>;

  /** Creates an employer instruction; only the employee it belongs to may. */
  createInstruction(
    actor: Actor,
    document: Record<string, unknown> & { id: string },
    idempotency?: IdempotencyInput,
  ): Promise<{ record: StoredInstruction; replayed: boolean }>;
  /**
   * Reads an employer instruction: the employee, or a recipient whose organisation and user id
   * both match a grant in `consent.sharedWith` while it is `SHARED`. Every read is logged with
   * organisation and user.
   */
  getInstruction(actor: Actor, id: string): Promise<StoredInstruction>;
  /**
   * Replaces an instruction (employee only); a REVOKED or EXPIRED status purges its content.
   * `check` gets the stored version (after the access and version checks, before the write)
   * and throws to refuse the change, e.g. a status change the lifecycle does not allow.
   */
  updateInstruction(
    actor: Actor,
    id: string,
    expectedVersion: ExpectedVersion,
    document: Record<string, unknown>,
    check?: (previous: Record<string, unknown>) => void,
  ): Promise<StoredInstruction>;
  /** Revokes consent: the content is deleted for good and a tombstone remains. */
  revokeInstruction(actor: Actor, id: string, expectedVersion: ExpectedVersion): Promise<StoredInstruction>;
  /** Content-free audit trail of an instruction (employee only). */
  instructionAuditTrail(actor: Actor, id: string): Promise<AuditEntry[]>;
  /** Who read the instruction when (employee only). */
  instructionReadLog(actor: Actor, id: string): Promise<InstructionRead[]>;

  /**
   * Events the caller may see (the policy of reading their records), in commit order, after
   * the cursor. Every committed change has exactly one event, written in its transaction.
   */
  listEvents(actor: Actor, query: { readonly after?: string; readonly limit: number }): Promise<EventPage>;
  /** Resolves when this instance commits events, or after `ms` (other instances' events are found by polling). */
  waitForEvents(ms: number, signal?: AbortSignal): Promise<void>;

  /** Creates a subscription of the caller's organisation with its signing secret. */
  createSubscription(actor: Actor, input: SubscriptionInput, secret: string): Promise<StoredSubscription>;
  listSubscriptions(actor: Actor): Promise<StoredSubscription[]>;
  getSubscription(actor: Actor, id: string): Promise<StoredSubscription>;
  updateSubscription(actor: Actor, id: string, input: SubscriptionInput): Promise<StoredSubscription>;
  /** Deletes a subscription and its deliveries (events stay in the feed). */
  deleteSubscription(actor: Actor, id: string): Promise<void>;
  /**
   * Deliveries of a subscription of the actor's organisation, newest first, optionally of one
   * status: only those whose event the actor may see in the feed (`listEvents`), so a full
   * page is returned while more of those exist.
   */
  listDeliveries(
    actor: Actor,
    subscriptionId: string,
    query: { readonly status?: DeliveryStatus; readonly limit: number; readonly cursor?: string },
  ): Promise<{ items: StoredDelivery[]; nextCursor?: string }>;
  /** Puts a delivery back in the queue, due now, with a new retry period; `not-found` for one `listDeliveries` would not show the actor. */
  redeliver(actor: Actor, subscriptionId: string, deliveryId: string): Promise<StoredDelivery>;

  /**
   * Claims up to `limit` due deliveries for one attempt each, leased until `leaseUntil`:
   * instances sharing the database never claim the same attempt (`FOR UPDATE SKIP LOCKED`).
   * A lease that runs out (the instance died) makes the delivery due again, for a new attempt.
   */
  claimDeliveries(query: { readonly now: string; readonly limit: number; readonly leaseUntil: string }): Promise<ClaimedDelivery[]>;
  /** Records the outcome of a claimed attempt (ignored when the claim is no longer current). */
  finishDelivery(claim: ClaimedDelivery, outcome: DeliveryOutcome): Promise<void>;

  /** Releases connections or the embedded database. */
  close(): Promise<void>;
}
