// The webhook subscriptions and their delivery queue of the in-memory storage. Deliveries are
// queued by the storage's `emit`, in the same step as the change; this part registers the
// subscriptions, lists and retries deliveries, and leases them to the delivery workers.
import type { Principal } from '../auth.js';
import { isEventVisibleTo, type OutboxEntry, subscriberOf } from '../events/outbox.js';
import type { Actor, ClaimedDelivery, DeliveryAttempt, DeliveryStatus, StoredDelivery, StoredSubscription } from './port.js';
import { decodeCursor, encodeCursor, notFound, type SubscriptionStore } from './shared.js';

/** @internal */
export interface SubscriptionRow {
  subscription: StoredSubscription;
  secret: string;
  principal: Principal;
}

/** @internal */
export interface DeliveryRow {
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

/** The state this part shares with the storage: the outbox, the subscriptions and the queued deliveries. @internal */
export interface SubscriptionState {
  readonly events: readonly { seq: number; entry: OutboxEntry }[];
  readonly subscriptions: Map<string, SubscriptionRow>;
  readonly deliveries: Map<string, DeliveryRow>;
}

/** The subscription and delivery part of the storage port, on the in-memory state. @internal */
export function memorySubscriptionStore({ events, subscriptions, deliveries }: SubscriptionState): SubscriptionStore {
  function ownSubscription(actor: Actor, id: string): SubscriptionRow {
    const org = subscriberOf(actor.principal);
    const row = subscriptions.get(id);
    if (!row || row.subscription.organisation !== org) throw notFound();
    return row;
  }

  const eventOf = (seq: number) => events.find((e) => e.seq === seq) as { seq: number; entry: OutboxEntry };
  /** Whether the actor may see a delivery: only when the feed would show them its event (not just because the subscription is their organisation's). */
  const seesDelivery = (actor: Actor, d: DeliveryRow) => isEventVisibleTo(actor.principal, eventOf(d.eventSeq).entry.audience);
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

  return {
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
        .filter(
          (d) =>
            d.subscriptionId === subscriptionId &&
            d.seq < before &&
            (query.status === undefined || d.status === query.status) &&
            seesDelivery(actor, d),
        )
        .sort((a, b) => b.seq - a.seq);
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return { items: items.map(toDelivery), ...(rows.length > query.limit && last ? { nextCursor: encodeCursor(last.seq) } : {}) };
    },

    async redeliver(actor, subscriptionId, deliveryId) {
      ownSubscription(actor, subscriptionId);
      const d = deliveries.get(deliveryId);
      if (!d || d.subscriptionId !== subscriptionId || !seesDelivery(actor, d)) throw notFound();
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
  };
}
