// The webhook subscriptions and their delivery queue on PostgreSQL. Deliveries are queued by
// the record writes (in their transaction, see `emit` in postgres.ts); this part registers the
// subscriptions, lists and retries deliveries, and leases them to the delivery workers.
import type { LifecycleEvent } from '@banenafspraak/core';
import type { Principal } from '../auth.js';
import type { StoredDocument as Doc } from '../document.js';
import { subscriberOf } from '../events/outbox.js';
import type {
  Actor,
  ClaimedDelivery,
  DeliveryAttempt,
  DeliveryStatus,
  StoredDelivery,
  StoredSubscription,
  SubscriptionInput,
} from './port.js';
import { decodeCursor, encodeCursor, notFound, type SubscriptionStore } from './shared.js';
import type { SqlExecutor } from './sql.js';
import { int, iso, json, Params } from './sql-values.js';

function toSubscription(row: Doc): StoredSubscription {
  return {
    id: String(row.id),
    organisation: String(row.organisation),
    callbackUrl: String(row.callback_url),
    eventTypes: row.event_types ?? [],
    regions: row.regions ?? [],
    documentTypes: row.document_types ?? [],
    active: Boolean(row.active),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function toAttempt(row: Doc): DeliveryAttempt {
  return {
    attempt: int(row.attempt),
    at: iso(row.at),
    ...(row.status_code != null ? { statusCode: int(row.status_code) } : {}),
    ...(row.error != null ? { error: String(row.error) } : {}),
    durationMs: int(row.duration_ms),
  };
}

const DELIVERY_SELECT = `SELECT d.seq, d.id::text AS id, d.subscription_id::text AS subscription_id, d.status, d.next_attempt_at, d.retry_from, d.created_at,
    e.id::text AS event_id, e.type FROM deliveries d JOIN outbox_events e ON e.seq = d.event_seq`;

async function ownSubscription(tx: SqlExecutor, actor: Actor, id: string, lock = false): Promise<Doc> {
  const organisation = subscriberOf(actor.principal);
  const { rows } = await tx.query<Doc>(`SELECT * FROM subscriptions WHERE id = $1 AND organisation = $2${lock ? ' FOR UPDATE' : ''}`, [
    id,
    organisation,
  ]);
  if (!rows[0]) throw notFound();
  return rows[0];
}

async function deliveriesWithAttempts(tx: SqlExecutor, rows: Doc[]): Promise<StoredDelivery[]> {
  if (rows.length === 0) return [];
  const { rows: attempts } = await tx.query<Doc>('SELECT * FROM delivery_attempts WHERE delivery_id = ANY ($1::uuid[]) ORDER BY attempt', [
    rows.map((r) => String(r.id)),
  ]);
  return rows.map((r) => ({
    id: String(r.id),
    subscriptionId: String(r.subscription_id),
    eventId: String(r.event_id),
    eventType: String(r.type),
    status: r.status as DeliveryStatus,
    ...(r.status === 'pending' ? { nextAttemptAt: iso(r.next_attempt_at) } : {}),
    retryFrom: iso(r.retry_from),
    createdAt: iso(r.created_at),
    attempts: attempts.filter((a) => String(a.delivery_id) === String(r.id)).map(toAttempt),
  }));
}

/**
 * The subscription and delivery part of the storage port, on `db`. `eventVisible` is the
 * feed's condition on `outbox_events` columns (unqualified): a caller sees a delivery only
 * when the feed would show them its event, not just because the subscription is their
 * organisation's.
 */
export function subscriptionStore(db: SqlExecutor, eventVisible: (principal: Principal, p: Params) => string): SubscriptionStore {
  return {
    async createSubscription(actor, input, secret) {
      const organisation = subscriberOf(actor.principal);
      const { rows } = await db.query<Doc>(
        `INSERT INTO subscriptions (id, organisation, principal, callback_url, event_types, regions, document_types, active, secret, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING *`,
        [
          crypto.randomUUID(),
          organisation,
          JSON.stringify(actor.principal),
          input.callbackUrl,
          input.eventTypes,
          input.regions,
          input.documentTypes,
          input.active,
          secret,
          actor.now,
        ],
      );
      return toSubscription(rows[0] as Doc);
    },

    async listSubscriptions(actor) {
      const { rows } = await db.query<Doc>('SELECT * FROM subscriptions WHERE organisation = $1 ORDER BY created_at, id', [
        subscriberOf(actor.principal),
      ]);
      return rows.map(toSubscription);
    },

    async getSubscription(actor, id) {
      return toSubscription(await ownSubscription(db, actor, id));
    },

    updateSubscription(actor, id, input: SubscriptionInput) {
      return db.transaction(async (tx) => {
        await ownSubscription(tx, actor, id, true);
        const { rows } = await tx.query<Doc>(
          `UPDATE subscriptions SET principal = $2, callback_url = $3, event_types = $4, regions = $5, document_types = $6, active = $7, updated_at = $8
         WHERE id = $1 RETURNING *`,
          [
            id,
            JSON.stringify(actor.principal),
            input.callbackUrl,
            input.eventTypes,
            input.regions,
            input.documentTypes,
            input.active,
            actor.now,
          ],
        );
        return toSubscription(rows[0] as Doc);
      });
    },

    deleteSubscription(actor, id) {
      return db.transaction(async (tx) => {
        await ownSubscription(tx, actor, id, true);
        await tx.query('DELETE FROM subscriptions WHERE id = $1', [id]);
      });
    },

    async listDeliveries(actor, subscriptionId, query) {
      await ownSubscription(db, actor, subscriptionId);
      const p = new Params();
      const before = decodeCursor(query.cursor);
      const { rows } = await db.query<Doc>(
        `${DELIVERY_SELECT} WHERE d.subscription_id = ${p.add(subscriptionId)} AND ${eventVisible(actor.principal, p)}${query.status ? ` AND d.status = ${p.add(query.status)}` : ''}${
          before !== undefined ? ` AND d.seq < ${p.add(before)}` : ''
        } ORDER BY d.seq DESC LIMIT ${p.add(query.limit + 1)}`,
        p.values,
      );
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        items: await deliveriesWithAttempts(db, page),
        ...(rows.length > query.limit && last ? { nextCursor: encodeCursor(int(last.seq)) } : {}),
      };
    },

    redeliver(actor, subscriptionId, deliveryId) {
      return db.transaction(async (tx) => {
        await ownSubscription(tx, actor, subscriptionId);
        const p = new Params();
        const now = p.add(actor.now);
        const { rowCount } = await tx.query(
          `UPDATE deliveries d SET status = 'pending', next_attempt_at = ${now}, retry_from = ${now} FROM outbox_events e
           WHERE d.id = ${p.add(deliveryId)} AND d.subscription_id = ${p.add(subscriptionId)} AND e.seq = d.event_seq AND ${eventVisible(actor.principal, p)}`,
          p.values,
        );
        if (rowCount === 0) throw notFound();
        const { rows } = await tx.query<Doc>(`${DELIVERY_SELECT} WHERE d.id = $1`, [deliveryId]);
        return (await deliveriesWithAttempts(tx, rows))[0] as StoredDelivery;
      });
    },

    async claimDeliveries({ now, limit, leaseUntil }) {
      // One statement: the rows are locked by the inner SELECT (skipping rows another instance
      // holds) and leased by the UPDATE, so no two instances claim the same attempt.
      const { rows } = await db.query<Doc>(
        `WITH due AS (
         SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at <= $1
         ORDER BY next_attempt_at, seq LIMIT $2 FOR UPDATE SKIP LOCKED
       )
       UPDATE deliveries d SET claimed = d.claimed + 1, next_attempt_at = $3
       FROM due, subscriptions s, outbox_events e
       WHERE d.id = due.id AND s.id = d.subscription_id AND e.seq = d.event_seq
       RETURNING d.id::text AS id, d.claimed, d.subscription_id::text AS subscription_id, d.retry_from, s.callback_url, s.secret, e.event`,
        [now, limit, leaseUntil],
      );
      return rows.map(
        (r): ClaimedDelivery => ({
          id: String(r.id),
          attempt: int(r.claimed),
          subscriptionId: String(r.subscription_id),
          callbackUrl: String(r.callback_url),
          secret: String(r.secret),
          event: json(r.event) as unknown as LifecycleEvent,
          retryFrom: iso(r.retry_from),
        }),
      );
    },

    finishDelivery(claim, outcome) {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query(
          `UPDATE deliveries SET status = $3, next_attempt_at = COALESCE($4, next_attempt_at)
         WHERE id = $1 AND claimed = $2 AND status = 'pending' RETURNING id`,
          [
            claim.id,
            claim.attempt,
            outcome.result === 'retry' ? 'pending' : outcome.result,
            outcome.result === 'retry' ? (outcome.nextAttemptAt ?? outcome.at) : null,
          ],
        );
        if (rows.length === 0) return;
        await tx.query(
          'INSERT INTO delivery_attempts (delivery_id, attempt, at, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6)',
          [claim.id, claim.attempt, outcome.at, outcome.statusCode ?? null, outcome.error ?? null, Math.round(outcome.durationMs)],
        );
      });
    },
  };
}
