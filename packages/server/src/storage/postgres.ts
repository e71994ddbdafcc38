import type { LifecycleEvent } from '@banenafspraak/core';
import type { Principal } from '../auth.js';
import type { StoredDocument as Doc } from '../document.js';
import { ServerError } from '../errors.js';
import { decodeEventCursor, encodeEventCursor } from '../events/cursor.js';
import { instructionChangeEntry, type OutboxEntry, recipientKeyOf, recordChangeEntry, subscriptionMatches } from '../events/outbox.js';
import {
  type AccessScope,
  accessScopeOf,
  INSTRUCTION_COLLECTION,
  type RecordCollection,
  type RecordMeta,
  recordMetaOf,
  recordReferencesOf,
  redactRestricted,
} from '../policy.js';
import { steeringFiguresSql } from '../steering/postgres.js';
import { deleteFacts, filledDateOf, writeFacts } from './facts.js';
import { DATA_TABLES, migrate } from './migrations.js';
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
import { DEFAULT_REPORT_TIMEOUT_MS } from './port.js';
import { subscriptionStore } from './postgres-subscriptions.js';
import { writeProcessEventFacts } from './process-event-facts.js';
import {
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
import { isQueryCanceled, pgliteExecutor, pgPoolExecutor, runReport, type SqlExecutor } from './sql.js';
import { int, iso, json, Params } from './sql-values.js';

/**
 * The PostgreSQL storage, with a `truncateAll()` for tests.
 *
 * @public
 */
export interface PostgresStorage extends Storage {
  readonly executor: SqlExecutor;
  /** Deletes all data (keeps the schema). For tests. */
  truncateAll(): Promise<void>;
}

/** SQL condition limiting rows to the principal's tenants (no ceiling). */
function tenantSql(scope: AccessScope, p: Params): string {
  if (scope.kind === 'none') return 'false';
  if (scope.kind === 'all') return 'true';
  return `(employers && ${p.add(scope.employers)}::text[] OR regions && ${p.add(scope.regions)}::text[])`;
}

/** SQL condition for lists: tenants and the confidentiality ceiling. */
function visibleSql(scope: AccessScope, p: Params): string {
  if (scope.kind === 'none') return 'false';
  return `${tenantSql(scope, p)} AND confidentiality_rank <= ${p.add(scope.ceilingRank)}`;
}

function filterSql(query: Omit<ListQuery, 'limit' | 'cursor'>, p: Params): string {
  const parts: string[] = [];
  if (query.region) parts.push(`regions @> ARRAY[${p.add(query.region)}::text]`);
  if (query.employer) parts.push(`employers @> ARRAY[${p.add(query.employer)}::text]`);
  if (query.status) parts.push(`status = ${p.add(query.status)}`);
  if (query.to) parts.push(`(period_from IS NULL OR period_from <= ${p.add(query.to)}::date)`);
  if (query.from) parts.push(`(period_to IS NULL OR period_to >= ${p.add(query.from)}::date)`);
  return parts.length ? ` AND ${parts.join(' AND ')}` : '';
}

// Timestamps as ISO text and no arrays: parsing timestamptz and text[] costs more than the
// query itself on PGlite.
const ISO = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${col}`;
const RECORD_COLUMNS = `seq, id::text AS id, collection, version, document, ${ISO('created_at')}, ${ISO('updated_at')}`;

/** The policy and filter columns of a record, in the order the INSERT and the UPDATE list them. */
function metaColumns(meta: RecordMeta): unknown[] {
  return [
    meta.status,
    meta.confidentialityRank,
    meta.employers,
    meta.regions,
    meta.periodFrom ?? null,
    meta.periodTo ?? null,
    meta.parentId ?? null,
  ];
}

function toStored(row: Doc): StoredRecord {
  return {
    id: String(row.id),
    collection: row.collection as RecordCollection,
    version: int(row.version),
    document: json(row.document),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function metaOfRow(row: Doc): Pick<RecordMeta, 'employers' | 'regions' | 'confidentialityRank' | 'status'> {
  return {
    employers: row.employers ?? [],
    regions: row.regions ?? [],
    confidentialityRank: int(row.confidentiality_rank),
    status: String(row.status),
  };
}

function toInstruction(row: Doc): StoredInstruction {
  const content = row.content == null ? null : json(row.content);
  return {
    id: String(row.id),
    version: int(row.version),
    document: joinInstruction(json(row.header), content),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    purged: content === null,
  };
}

/** SQL condition limiting outbox rows to the events the principal may see (see `isEventVisibleTo`). */
function eventVisibleSql(principal: Principal, p: Params): string {
  const scope = accessScopeOf(principal);
  const parts: string[] = [];
  if (scope.kind !== 'none') parts.push(`(audience = 'record' AND ${visibleSql(scope, p)})`);
  const key = recipientKeyOf(principal);
  if (principal.candidateId !== undefined)
    parts.push(`(audience = 'instruction' AND candidate_id = ${p.add(principal.candidateId)}::uuid)`);
  if (key !== undefined) parts.push(`(audience = 'instruction' AND recipients && ARRAY[${p.add(key)}::text])`);
  return parts.length ? `(${parts.join(' OR ')})` : 'false';
}

function toAudit(row: Doc): AuditEntry {
  return {
    sequence: int(row.seq),
    recordId: String(row.record_id),
    collection: String(row.collection),
    action: row.action,
    actor: { userId: String(row.user_id), ...(row.organisation ? { organisation: String(row.organisation) } : {}) },
    at: iso(row.at),
    result: int(row.result),
    ...(row.before ? { before: json(row.before) } : {}),
    ...(row.after ? { after: json(row.after) } : {}),
    changedFields: row.changed_fields ?? [],
  };
}

/**
 * Creates the PostgreSQL storage on an executor (PGlite or a `pg` pool) and brings the
 * schema up to date. Policy is enforced in the SQL: lists filter on tenant columns and the
 * confidentiality rank, writes lock the row and check its version.
 *
 * @public
 */
export async function createPostgresStorage(options: {
  executor: SqlExecutor;
  migrate?: boolean;
  kind?: string;
}): Promise<PostgresStorage> {
  const db = options.executor;
  if (options.migrate !== false) await migrate(db);

  /**
   * Checks every record the document references, in the caller's scope only (in the query),
   * and returns the tenants of its parent (when it has one).
   */
  async function parentTenants(tx: SqlExecutor, scope: AccessScope, collection: RecordCollection, doc: Doc) {
    let tenants: { employers: string[]; regions: string[] } | undefined;
    let parentDoc: Doc | undefined;
    for (const ref of recordReferencesOf(collection, doc)) {
      if (ref.sameAsParent !== undefined) {
        if (parentDoc?.[ref.sameAsParent] !== ref.id) throw referenceNotFound([ref.field]);
        continue;
      }
      const p = new Params();
      // Documents are validated before they get here: the id is a uuid.
      const { rows } = await tx.query<Doc>(
        `SELECT employers, regions${ref.parent ? ', document' : ''} FROM records WHERE id = ${p.add(ref.id)} AND collection = ${p.add(ref.collection)} AND ${visibleSql(scope, p)}`,
        p.values,
      );
      if (!rows[0]) throw referenceNotFound([ref.field]);
      if (ref.parent) {
        tenants = { employers: rows[0].employers as string[], regions: rows[0].regions as string[] };
        parentDoc = json(rows[0].document);
      }
    }
    return tenants;
  }

  /**
   * A record's tenants changed: the records under it (and under those) take the tenants they
   * now inherit, in the same transaction, so an employer or region that lost the parent also
   * loses what hangs under it, and one that gained it gains them.
   */
  async function passTenantsDown(tx: SqlExecutor, parentId: string, tenants: Pick<RecordMeta, 'employers' | 'regions'>) {
    const { rows } = await tx.query<Doc>(
      'SELECT id::text AS id, collection, employers, regions, document FROM records WHERE parent_id = $1 ORDER BY id FOR UPDATE',
      [parentId],
    );
    for (const row of rows) {
      const document = json(row.document);
      const meta = recordMetaOf(row.collection as RecordCollection, document, tenants);
      if (sameTenants(meta, { employers: row.employers as string[], regions: row.regions as string[] })) continue;
      await tx.query('UPDATE records SET employers = $2, regions = $3 WHERE id = $1', [row.id, meta.employers, meta.regions]);
      // The report facts carry the same tenants (no record with a parent has a FILLED date).
      await writeFacts(tx, [{ collection: String(row.collection), id: String(row.id), meta, document }]);
      await passTenantsDown(tx, String(row.id), meta);
    }
  }

  async function audit(
    tx: SqlExecutor,
    actor: Actor,
    collection: string,
    recordId: string,
    action: AuditEntry['action'],
    result: number,
    data: Partial<AuditEntry>,
  ) {
    await tx.query(
      `INSERT INTO audit_events (record_id, collection, action, user_id, organisation, at, result, before, after, changed_fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        recordId,
        collection,
        action,
        actor.principal.userId,
        organisationLabel(actor.principal) ?? null,
        actor.now,
        result,
        data.before ? JSON.stringify(data.before) : null,
        data.after ? JSON.stringify(data.after) : null,
        data.changedFields ?? [],
      ],
    );
  }

  const owner = (actor: Actor) => `${actor.principal.userId}|${organisationLabel(actor.principal) ?? ''}`;

  /** Claims an idempotency key inside the transaction, or returns the first response. */
  async function claimKey(
    tx: SqlExecutor,
    actor: Actor,
    idem: IdempotencyInput | undefined,
    kind: 'record' | 'instruction',
  ): Promise<Doc | undefined> {
    if (!idem) return undefined;
    const inserted = await tx.query(
      `INSERT INTO idempotency_keys (owner, key, kind, request_hash, response, created_at) VALUES ($1, $2, $3, $4, NULL, $5)
       ON CONFLICT (owner, key) DO NOTHING RETURNING key`,
      [owner(actor), idem.key, kind, idem.requestHash, actor.now],
    );
    if (inserted.rows.length > 0) return undefined;
    const { rows } = await tx.query<Doc>('SELECT kind, request_hash, response FROM idempotency_keys WHERE owner = $1 AND key = $2', [
      owner(actor),
      idem.key,
    ]);
    const hit = rows[0];
    if (!hit || hit.request_hash !== idem.requestHash || hit.kind !== kind || hit.response == null) {
      throw new ServerError('conflict', 'Deze Idempotency-Key is al gebruikt voor een ander verzoek.');
    }
    return json(hit.response);
  }

  async function storeResponse(tx: SqlExecutor, actor: Actor, idem: IdempotencyInput | undefined, response: unknown) {
    if (!idem) return;
    await tx.query('UPDATE idempotency_keys SET response = $3 WHERE owner = $1 AND key = $2', [
      owner(actor),
      idem.key,
      JSON.stringify(response),
    ]);
  }

  async function lockVisible(tx: SqlExecutor, actor: Actor, collection: RecordCollection, id: string, lock: boolean) {
    const scope = accessScopeOf(actor.principal);
    const p = new Params();
    // Tenants are checked in the query (404 otherwise); the ceiling after it (403).
    const sql = `SELECT ${RECORD_COLUMNS}, status, confidentiality_rank${lock ? ', employers, regions' : ''} FROM records
      WHERE id = ${p.add(id)} AND collection = ${p.add(collection)} AND ${tenantSql(scope, p)}${lock ? ' FOR UPDATE' : ''}`;
    const { rows } = await tx.query<Doc>(sql, p.values);
    const row = rows[0];
    if (!row) throw notFound();
    if (scope.kind === 'none') throw notFound();
    if (int(row.confidentiality_rank) > scope.ceilingRank)
      throw new ServerError('forbidden', 'De vertrouwelijkheid van het record ligt boven uw niveau.');
    return { row, scope };
  }

  async function selectPage(
    actor: Actor,
    collection: RecordCollection,
    query: ListQuery,
    extra?: (p: Params) => string,
  ): Promise<RecordPage> {
    const scope = accessScopeOf(actor.principal);
    const p = new Params();
    const after = decodeCursor(query.cursor);
    // First the page's seqs, filtered in the covering list indexes alone (migration 4), then
    // the documents of those rows only: rows the filters skip are never read from the table.
    const c = p.add(collection);
    const sql = `WITH page AS (SELECT seq FROM records WHERE collection = ${c} AND ${visibleSql(scope, p)}${filterSql(query, p)}${
      extra ? ` AND ${extra(p)}` : ''
    }${after !== undefined ? ` AND seq > ${p.add(after)}` : ''} ORDER BY seq LIMIT ${p.add(query.limit + 1)})
      SELECT ${RECORD_COLUMNS} FROM page JOIN records USING (seq) WHERE collection = ${c} ORDER BY seq`;
    const { rows } = await db.query<Doc>(sql, p.values);
    const more = rows.length > query.limit;
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return { items: items.map(toStored), ...(more && last ? { nextCursor: encodeCursor(int(last.seq)) } : {}) };
  }

  async function idExists(tx: SqlExecutor, id: string): Promise<boolean> {
    const { rows } = await tx.query('SELECT 1 FROM records WHERE id = $1 UNION ALL SELECT 1 FROM employer_instructions WHERE id = $1', [
      id,
    ]);
    return rows.length > 0;
  }

  async function instructionFor(tx: SqlExecutor, id: string, lock: boolean) {
    const { rows } = await tx.query<Doc>(`SELECT * FROM employer_instructions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0];
  }

  async function writeInstruction(tx: SqlExecutor, id: string, header: Doc, content: Doc | null, sharedWith: string[], now: string) {
    const { rows } = await tx.query<Doc>(
      `UPDATE employer_instructions SET status = $2, header = $3, content = $4, shared_with = $5, version = version + 1, updated_at = $6
       WHERE id = $1 RETURNING *`,
      [id, header.status, JSON.stringify(header), content === null ? null : JSON.stringify(content), sharedWith, now],
    );
    return toInstruction(rows[0] as Doc);
  }

  // Readers waiting for events in this process; other instances' events are found by polling.
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  /** A write transaction; waiting feed readers are woken once it has committed. */
  async function write<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const result = await db.transaction(fn);
    wake();
    return result;
  }

  /** Inserts events into the outbox and queues a delivery per matching subscription, in the caller's transaction. */
  async function emit(tx: SqlExecutor, ...entries: (OutboxEntry | undefined)[]) {
    for (const entry of entries) {
      if (!entry) continue;
      const { event, audience } = entry;
      const rec = audience.kind === 'record' ? audience : undefined;
      const ins = audience.kind === 'instruction' ? audience : undefined;
      const { rows } = await tx.query<Doc>(
        `INSERT INTO outbox_events (id, type, event, audience, employers, regions, confidentiality_rank, candidate_id, recipients)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING seq`,
        [
          event.id,
          event.type,
          JSON.stringify(event),
          audience.kind,
          rec?.employers ?? [],
          rec?.regions ?? [],
          rec?.confidentialityRank ?? 0,
          ins?.candidateId ?? null,
          ins?.recipients ?? [],
        ],
      );
      const seq = int((rows[0] as Doc).seq);
      // The lead-time report's facts of the event, in its transaction (ADR 0027).
      if (rec)
        await writeProcessEventFacts(tx, [
          { seq, event, employers: rec.employers, regions: rec.regions, confidentialityRank: rec.confidentialityRank },
        ]);
      const { rows: subs } = await tx.query<Doc>(
        `SELECT id::text AS id, principal, event_types, regions, document_types FROM subscriptions
         WHERE active AND (cardinality(event_types) = 0 OR $1 = ANY (event_types))`,
        [event.type],
      );
      for (const sub of subs) {
        const target = {
          active: true,
          eventTypes: sub.event_types ?? [],
          regions: sub.regions ?? [],
          documentTypes: sub.document_types ?? [],
          principal: json(sub.principal) as Principal,
        };
        if (!subscriptionMatches(target, entry)) continue;
        await tx.query(
          `INSERT INTO deliveries (id, subscription_id, event_seq, status, claimed, next_attempt_at, retry_from, created_at)
           VALUES ($1, $2, $3, 'pending', 0, $4, $4, $4)`,
          [crypto.randomUUID(), sub.id, seq, event.time],
        );
      }
    }
  }

  return {
    kind: options.kind ?? 'postgres',
    executor: db,

    async truncateAll() {
      await db.exec(`TRUNCATE ${DATA_TABLES.join(', ')} RESTART IDENTITY`);
    },

    createRecord(actor, collection, document, idem) {
      return write(async (tx) => {
        const replay = await claimKey(tx, actor, idem, 'record');
        if (replay) return { record: replay as StoredRecord, replayed: true };
        const scope = accessScopeOf(actor.principal);
        assertMayWrite(scope);
        const meta = writableMeta(scope, collection, document, await parentTenants(tx, scope, collection, document));
        if (await idExists(tx, document.id)) throw new ServerError('conflict', 'Er bestaat al een record met dit id.');
        const { rows } = await tx.query<Doc>(
          `INSERT INTO records (id, collection, version, status, confidentiality_rank, employers, regions, period_from, period_to, parent_id, document, created_at, updated_at)
           VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
           ON CONFLICT (id) DO NOTHING RETURNING ${RECORD_COLUMNS}`,
          [document.id, collection, ...metaColumns(meta), JSON.stringify(document), actor.now],
        );
        if (!rows[0]) throw new ServerError('conflict', 'Er bestaat al een record met dit id.');
        const record = toStored(rows[0]);
        await audit(tx, actor, collection, document.id, 'create', 201, recordAudit(collection, undefined, document));
        const change = recordChangeEntry(collection, undefined, document, meta, actor.now);
        await emit(tx, change);
        // The report facts, in the record's transaction (ADR 0025).
        await writeFacts(tx, [{ collection, id: document.id, meta, document, filledDate: filledDateOf(collection, change?.event) }]);
        await storeResponse(tx, actor, idem, record);
        return { record, replayed: false };
      });
    },

    async getRecord(actor, collection, id) {
      const { row } = await lockVisible(db, actor, collection, id, false);
      return toStored(row);
    },

    async getRecordVersion(actor, collection, id) {
      const scope = accessScopeOf(actor.principal);
      const p = new Params();
      // The checks of lockVisible, on the few columns a conditional GET needs.
      const { rows } = await db.query<Doc>(
        `SELECT version, ${ISO('updated_at')}, confidentiality_rank FROM records
         WHERE id = ${p.add(id)} AND collection = ${p.add(collection)} AND ${tenantSql(scope, p)}`,
        p.values,
      );
      const row = rows[0];
      if (!row || scope.kind === 'none') throw notFound();
      if (int(row.confidentiality_rank) > scope.ceilingRank)
        throw new ServerError('forbidden', 'De vertrouwelijkheid van het record ligt boven uw niveau.');
      return { version: int(row.version), updatedAt: iso(row.updated_at) };
    },

    listRecords(actor, collection, query) {
      return selectPage(actor, collection, query);
    },

    async findPlacementsByBsn(actor, bsn, query) {
      const scope = accessScopeOf(actor.principal);
      if (scope.kind === 'none' || !scope.readIdentity) throw new ServerError('forbidden', 'Zoeken op BSN vereist de rol IDENTITY_READER.');
      return selectPage(actor, 'placements', { ...query }, (p) => `document #>> '{candidate,identity,bsn}' = ${p.add(bsn)}`);
    },

    updateRecord(actor, collection, id, expectedVersion, document) {
      return write(async (tx) => {
        const { row, scope } = await lockVisible(tx, actor, collection, id, true);
        assertCanWrite(scope, { ...metaOfRow(row) } as RecordMeta);
        if (!versionMatches(expectedVersion, int(row.version))) throw stale();
        const meta = writableMeta(scope, collection, document, await parentTenants(tx, scope, collection, document), json(row.document));
        const { rows } = await tx.query<Doc>(
          `UPDATE records SET version = version + 1, status = $3, confidentiality_rank = $4, employers = $5, regions = $6,
             period_from = $7, period_to = $8, parent_id = $9, document = $10, updated_at = $11
           WHERE id = $1 AND version = $2 RETURNING ${RECORD_COLUMNS}`,
          [id, int(row.version), ...metaColumns(meta), JSON.stringify(document), actor.now],
        );
        if (!rows[0]) throw stale();
        if (!sameTenants(meta, metaOfRow(row))) await passTenantsDown(tx, id, meta);
        await audit(tx, actor, collection, id, 'update', 200, recordAudit(collection, json(row.document), document));
        const change = recordChangeEntry(collection, json(row.document), document, meta, actor.now);
        await emit(tx, change);
        await writeFacts(tx, [{ collection, id, meta, document, filledDate: filledDateOf(collection, change?.event) }]);
        if (collection === 'placements' && (meta.status === 'ENDED' || meta.status === 'CANCELLED')) {
          const { rows: affected } = await tx.query<Doc>(
            'SELECT * FROM employer_instructions WHERE placement_id = $1 AND content IS NOT NULL FOR UPDATE',
            [id],
          );
          for (const ins of affected) {
            const header = tombstoneHeader({ ...json(ins.header), employmentEndedOn: actor.now.slice(0, 10) }, 'EXPIRED', actor.now);
            await writeInstruction(tx, String(ins.id), header, null, [], actor.now);
            await audit(tx, actor, 'employer-instructions', String(ins.id), 'purge', 200, { changedFields: ['content', 'status'] });
            await emit(tx, instructionChangeEntry(json(ins.header), header, ins.shared_with ?? [], actor.now));
          }
        }
        return toStored(rows[0]);
      });
    },

    deleteRecord(actor, collection, id, expectedVersion) {
      return write(async (tx) => {
        const { row, scope } = await lockVisible(tx, actor, collection, id, true);
        assertCanWrite(scope, metaOfRow(row) as RecordMeta);
        if (!versionMatches(expectedVersion, int(row.version))) throw stale();
        assertDeletable(collection, String(row.status));
        const { rows: under } = await tx.query('SELECT 1 FROM records WHERE parent_id = $1 LIMIT 1', [id]);
        if (under.length > 0) throw hasRecordsUnder();
        await tx.query('DELETE FROM records WHERE id = $1', [id]);
        await deleteFacts(tx, collection, id);
        await audit(tx, actor, collection, id, 'delete', 204, recordAudit(collection, json(row.document), undefined));
        await emit(tx, recordChangeEntry(collection, json(row.document), undefined, metaOfRow(row), actor.now));
      });
    },

    async auditTrail(actor, collection, id) {
      await lockVisible(db, actor, collection, id, false);
      const { rows } = await db.query<Doc>('SELECT * FROM audit_events WHERE record_id = $1 ORDER BY seq', [id]);
      return rows.map(toAudit);
    },

    async recordFailedAttempt(actor, collection, id, action, result) {
      // Only on records the caller can reach: nobody writes into another tenant's trail.
      await db.transaction(async (tx) => {
        const p = new Params();
        // The record of this collection: the path of another collection with its id is no attempt on it.
        const { rows } = await tx.query(
          `SELECT 1 FROM records WHERE id = ${p.add(id)} AND collection = ${p.add(collection)} AND ${tenantSql(accessScopeOf(actor.principal), p)}`,
          p.values,
        );
        let reachable = rows.length > 0;
        if (!reachable && collection === INSTRUCTION_COLLECTION) {
          const ins = await instructionFor(tx, id, false);
          reachable = !!ins && instructionRelation(actor.principal, json(ins.header), ins.shared_with ?? []) !== 'none';
        }
        if (reachable) await audit(tx, actor, collection, id, action, result, {});
      });
    },

    async scanRecords(actor, collection, query = {}) {
      const scope = accessScopeOf(actor.principal);
      const p = new Params();
      const { rows } = await db.query<Doc>(
        `SELECT ${RECORD_COLUMNS} FROM records WHERE collection = ${p.add(collection)} AND ${visibleSql(scope, p)}${filterSql(query, p)} ORDER BY seq`,
        p.values,
      );
      return rows.map((r) => {
        const s = toStored(r);
        return { ...s, document: redactRestricted(collection, s.document).document };
      });
    },

    async steeringFigures(actor, query, limits = {}) {
      try {
        return await runReport(db, (tx) => steeringFiguresSql(tx, actor, query), {
          timeoutMs: limits.timeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS,
          ...(limits.signal ? { signal: limits.signal } : {}),
        });
      } catch (e) {
        // The driver's message is not passed on: it may name the SQL.
        if (isQueryCanceled(e)) throw reportTooLarge();
        throw e;
      }
    },

    createInstruction(actor, document, idem) {
      return write(async (tx) => {
        const replay = await claimKey(tx, actor, idem, 'instruction');
        if (replay) {
          const row = await instructionFor(tx, String(replay.id), false);
          if (!row) throw notFound();
          return { record: toInstruction(row), replayed: true };
        }
        const { header, content, sharedWithUserRefs } = splitInstruction(document);
        if (instructionRelation(actor.principal, header, []) !== 'owner') {
          throw new ServerError('forbidden', 'Alleen de werknemer zelf kan een werkgeversinstructie vastleggen.');
        }
        if (await idExists(tx, document.id)) throw new ServerError('conflict', 'Er bestaat al een record met dit id.');
        const purge = isPurgingStatus(header.status);
        const h = purge ? tombstoneHeader(header, header.status, actor.now) : header;
        const { rows } = await tx.query<Doc>(
          `INSERT INTO employer_instructions (id, candidate_id, placement_id, status, version, shared_with, header, content, created_at, updated_at)
           VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $8) RETURNING *`,
          [
            document.id,
            h.candidateId,
            h.placementId,
            h.status,
            purge ? [] : sharedWithUserRefs,
            JSON.stringify(h),
            purge ? null : JSON.stringify(content),
            actor.now,
          ],
        );
        await audit(tx, actor, 'employer-instructions', document.id, 'create', 201, {
          changedFields: instructionChangedFields(undefined, document),
        });
        await emit(tx, instructionChangeEntry(undefined, h, purge ? [] : sharedWithUserRefs, actor.now));
        await storeResponse(tx, actor, idem, { id: document.id });
        return { record: toInstruction(rows[0] as Doc), replayed: false };
      });
    },

    getInstruction(actor, id) {
      return db.transaction(async (tx) => {
        const row = await instructionFor(tx, id, false);
        if (!row || instructionRelation(actor.principal, json(row.header), row.shared_with ?? []) === 'none') throw notFound();
        await tx.query('INSERT INTO instruction_reads (instruction_id, user_id, organisation, at) VALUES ($1, $2, $3, $4)', [
          id,
          actor.principal.userId,
          organisationLabel(actor.principal) ?? null,
          actor.now,
        ]);
        return toInstruction(row);
      });
    },

    updateInstruction(actor, id, expectedVersion, document, check) {
      return write(async (tx) => {
        const row = await instructionFor(tx, id, true);
        if (!row) throw notFound();
        const relation = instructionRelation(actor.principal, json(row.header), row.shared_with ?? []);
        if (relation === 'none') throw notFound();
        if (relation !== 'owner') throw new ServerError('forbidden', 'Alleen de werknemer zelf kan de werkgeversinstructie wijzigen.');
        if (!versionMatches(expectedVersion, int(row.version))) throw stale();
        if (row.content == null)
          throw new ServerError('conflict', 'Deze werkgeversinstructie is ingetrokken of verlopen en kan niet meer worden gewijzigd.');
        const before = toInstruction(row).document;
        check?.(before);
        const { header, content, sharedWithUserRefs } = splitInstruction(document);
        const purge = isPurgingStatus(header.status);
        const afterHeader = purge ? tombstoneHeader(header, header.status, actor.now) : header;
        const afterRecipients = purge ? [] : sharedWithUserRefs;
        const result = await writeInstruction(tx, id, afterHeader, purge ? null : content, afterRecipients, actor.now);
        await audit(tx, actor, 'employer-instructions', id, purge ? 'revoke' : 'update', 200, {
          changedFields: instructionChangedFields(before, document),
        });
        await emit(tx, instructionChangeEntry(json(row.header), afterHeader, [...(row.shared_with ?? []), ...afterRecipients], actor.now));
        return result;
      });
    },

    revokeInstruction(actor, id, expectedVersion) {
      return write(async (tx) => {
        const row = await instructionFor(tx, id, true);
        if (!row) throw notFound();
        const relation = instructionRelation(actor.principal, json(row.header), row.shared_with ?? []);
        if (relation === 'none') throw notFound();
        if (relation !== 'owner') throw new ServerError('forbidden', 'Alleen de werknemer zelf kan de toestemming intrekken.');
        if (!versionMatches(expectedVersion, int(row.version))) throw stale();
        if (row.content == null) return toInstruction(row);
        const afterHeader = tombstoneHeader(json(row.header), 'REVOKED', actor.now);
        const result = await writeInstruction(tx, id, afterHeader, null, [], actor.now);
        await audit(tx, actor, 'employer-instructions', id, 'revoke', 200, { changedFields: ['content', 'status'] });
        await emit(tx, instructionChangeEntry(json(row.header), afterHeader, row.shared_with ?? [], actor.now));
        return result;
      });
    },

    async instructionAuditTrail(actor, id) {
      const row = await instructionFor(db, id, false);
      if (!row || instructionRelation(actor.principal, json(row.header), row.shared_with ?? []) !== 'owner') throw notFound();
      const { rows } = await db.query<Doc>('SELECT * FROM audit_events WHERE record_id = $1 ORDER BY seq', [id]);
      return rows.map(toAudit);
    },

    async instructionReadLog(actor, id): Promise<InstructionRead[]> {
      const row = await instructionFor(db, id, false);
      if (!row || instructionRelation(actor.principal, json(row.header), row.shared_with ?? []) !== 'owner') throw notFound();
      const { rows } = await db.query<Doc>('SELECT * FROM instruction_reads WHERE instruction_id = $1 ORDER BY seq', [id]);
      return rows.map((r) => ({
        sequence: int(r.seq),
        instructionId: String(r.instruction_id),
        userId: String(r.user_id),
        ...(r.organisation ? { organisation: String(r.organisation) } : {}),
        at: iso(r.at),
      }));
    },

    async listEvents(actor, query) {
      const after = decodeEventCursor(query.after);
      const p = new Params();
      // Only events of transactions older than every running one: a transaction still open
      // may commit an event that sorts before what we would return (ADR 0015). The text of the
      // id has its own name: ORDER BY xid would otherwise sort the text ('10' before '9').
      const { rows } = await db.query<Doc>(
        `SELECT seq, xid::text AS xid_text, event FROM outbox_events
         WHERE (xid, seq) > (${p.add(after.xid)}::xid8, ${p.add(after.seq)}::bigint)
           AND xid < pg_snapshot_xmin(pg_current_snapshot())
           AND ${eventVisibleSql(actor.principal, p)}
         ORDER BY xid, seq LIMIT ${p.add(query.limit)}`,
        p.values,
      );
      const last = rows[rows.length - 1];
      return {
        items: rows.map((r) => json(r.event) as unknown as LifecycleEvent),
        nextCursor: encodeEventCursor(last ? { xid: String(last.xid_text), seq: int(last.seq) } : after),
      };
    },

    waitForEvents(ms, signal) {
      return waitForWake(waiters, ms, signal);
    },

    ...subscriptionStore(db, eventVisibleSql),

    close() {
      return db.close();
    },
  };
}

/**
 * Opens PGlite (embedded PostgreSQL) in `dataDir` — or in memory when omitted — and returns
 * the PostgreSQL storage on it. `close()` closes the database: always call it.
 *
 * @public
 */
export async function createPgliteStorage(options: { dataDir?: string } = {}): Promise<PostgresStorage> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  return createPostgresStorage({ executor: pgliteExecutor(db), kind: 'pglite' });
}

/**
 * Connects to a PostgreSQL server (15 or newer) with a `pg` pool and returns the storage on it.
 * With `schema`, everything lives in that PostgreSQL schema (created when missing), so
 * several deployments or test suites can share one database. Reports use at most
 * `reportConnections` of the `max` connections at a time (default half, at least one).
 *
 * @public
 */
export async function createPgStorage(options: {
  connectionString: string;
  max?: number;
  schema?: string;
  reportConnections?: number;
}): Promise<PostgresStorage> {
  const pg = await import('pg');
  const Pool = pg.default?.Pool ?? (pg as unknown as { Pool: typeof import('pg').Pool }).Pool;
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error('schema must be a lowercase SQL identifier');
  if (schema) {
    const admin = new Pool({ connectionString: options.connectionString, max: 1 });
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return createPostgresStorage({
    executor: pgPoolExecutor(pool, options.reportConnections !== undefined ? { reportConnections: options.reportConnections } : {}),
    kind: 'postgres',
  });
}
