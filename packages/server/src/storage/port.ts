import type { AuditEntry, InstructionRead } from '@banenafspraak/core';
import type { Principal } from '../auth.js';
import type { RecordCollection } from '../policy.js';

/** A stored record: the document plus the server-managed version and timestamps. */
export interface StoredRecord<T = Record<string, unknown>> {
  readonly id: string;
  readonly collection: RecordCollection;
  /** Optimistic-concurrency version, starting at 1; the ETag is derived from it. */
  readonly version: number;
  readonly document: T;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Filters and paging of a list request. All filters are combined with AND. */
export interface ListQuery {
  readonly region?: string;
  readonly employer?: string;
  readonly status?: string;
  /** Records whose period overlaps [from, to] (ISO dates, inclusive). */
  readonly from?: string;
  readonly to?: string;
  /** Page size, 1–100. */
  readonly limit: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  readonly cursor?: string;
}

/** One page of a list. */
export interface RecordPage<T = Record<string, unknown>> {
  readonly items: StoredRecord<T>[];
  /** Cursor of the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/** An Idempotency-Key of a POST, scoped to the caller, with a hash of the request body. */
export interface IdempotencyInput {
  readonly key: string;
  readonly requestHash: string;
}

/** Audit entries and instruction reads are core's wire shapes: storage returns them as sent. */
export type { AuditEntry, InstructionRead };

/** A stored employer instruction (werkgeversinstructie). */
export interface StoredInstruction {
  readonly id: string;
  readonly version: number;
  /** The full document, or a content-free tombstone once purged. */
  readonly document: Record<string, unknown>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly purged: boolean;
}

/** The version a write expects (from `If-Match`): a version number, or `*` for any current version. */
export type ExpectedVersion = number | '*';

/** Who acts and when: every storage call that reads or writes takes one. */
export interface Actor {
  readonly principal: Principal;
  /** ISO date-time of the request, from the app's clock. */
  readonly now: string;
}

/**
 * The storage port. Implementations enforce the access policy themselves, inside their
 * queries (see `policy.ts`): records outside the caller's tenants do not exist for it
 * (`not-found`), records above its confidentiality ceiling are filtered from lists and give
 * `forbidden` on direct access. Every write is one transaction with its audit entry.
 *
 * Errors are thrown as `ServerError` with codes `not-found`, `forbidden`, `conflict`
 * (duplicate id, idempotency key reused, delete not allowed) and `precondition-failed`
 * (stale version).
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

  /** Creates an employer instruction; only the employee it belongs to may. */
  createInstruction(actor: Actor, document: Record<string, unknown> & { id: string }, idempotency?: IdempotencyInput): Promise<{ record: StoredInstruction; replayed: boolean }>;
  /**
   * Reads an employer instruction: the employee, or a recipient whose organisation and user id
   * both match a grant in `consent.sharedWith` while it is `SHARED`. Every read is logged with
   * organisation and user.
   */
  getInstruction(actor: Actor, id: string): Promise<StoredInstruction>;
  /** Replaces an instruction (employee only); a REVOKED or EXPIRED status purges its content. */
  updateInstruction(actor: Actor, id: string, expectedVersion: ExpectedVersion, document: Record<string, unknown>): Promise<StoredInstruction>;
  /** Revokes consent: the content is deleted for good and a tombstone remains. */
  revokeInstruction(actor: Actor, id: string, expectedVersion: ExpectedVersion): Promise<StoredInstruction>;
  /** Content-free audit trail of an instruction (employee only). */
  instructionAuditTrail(actor: Actor, id: string): Promise<AuditEntry[]>;
  /** Who read the instruction when (employee only). */
  instructionReadLog(actor: Actor, id: string): Promise<InstructionRead[]>;

  /** Releases connections or the embedded database. */
  close(): Promise<void>;
}
