import * as z from 'zod';
import { DocumentType } from '../common/building-blocks.js';
import { LifecycleEvent } from '../lifecycle/events.js';

/**
 * A page of the event feed (`GET /events`): events in commit order and the cursor to resume after them.
 *
 * @public
 */
export const EventPage = z
  .object({
    items: z.array(LifecycleEvent).describe('Events in commit order, only about records you may read.'),
    nextCursor: z.string().describe('Pass as `after` to get the events after these; present on every page, also an empty one.'),
  })
  .meta({ id: 'EventPage', title: 'Gebeurtenissen (pagina)', description: 'A page of the event feed.' });
/** @public */
export type EventPage = z.infer<typeof EventPage>;

const AmCode = z.string().regex(/^AM\d{2}$/);
const EventTypeName = z.string().regex(/^nl\.banenafspraak\.[a-z-]+\.[a-z-]+$/);

/**
 * What a subscriber sends to create or replace a subscription (`POST /subscriptions`, `PUT /subscriptions/{id}`).
 *
 * @public
 */
export const SubscriptionRequest = z
  .object({
    callbackUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .describe('Where events are POSTed; its host must be on the server’s allow-list.'),
    eventTypes: z.array(EventTypeName).max(200).default([]).describe('Event types to receive (catalogue names); empty: all.'),
    filters: z
      .object({
        regions: z.array(AmCode).max(100).default([]).describe('Only events about records in these labour-market regions; empty: any.'),
        documentTypes: z.array(DocumentType).max(50).default([]).describe('Only events about records of these types; empty: any.'),
      })
      .strict()
      .default({ regions: [], documentTypes: [] })
      .describe('Filters, combined with AND.'),
    active: z.boolean().default(true).describe('An inactive subscription queues nothing.'),
  })
  .strict()
  .meta({
    id: 'SubscriptionRequest',
    title: 'Abonnement (aanvraag)',
    description: 'Callback URL, event types and filters of a subscription.',
  });
/** @public */
export type SubscriptionRequest = z.input<typeof SubscriptionRequest>;

/**
 * A subscription as the server returns it (never with its secret, except once on creation).
 *
 * @public
 */
export const Subscription = z
  .object({
    id: z.uuid(),
    organisation: z.string().describe('The organisation it belongs to, e.g. KVK:12345678.'),
    callbackUrl: z.string(),
    eventTypes: z.array(z.string()),
    filters: z.object({ regions: z.array(z.string()), documentTypes: z.array(z.string()) }),
    active: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Subscription', title: 'Abonnement', description: 'A subscription to events, delivered as signed webhooks.' });
/** @public */
export type Subscription = z.infer<typeof Subscription>;

/**
 * The answer to creating a subscription: the only time the signing secret is shown.
 *
 * @public
 */
export const SubscriptionCreated = Subscription.extend({
  secret: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/)
    .describe('Standard Webhooks signing secret; shown once, store it now.'),
}).meta({
  id: 'SubscriptionCreated',
  title: 'Abonnement (aangemaakt)',
  description: 'A new subscription with its signing secret, shown once.',
});
/** @public */
export type SubscriptionCreated = z.infer<typeof SubscriptionCreated>;

/**
 * The subscriptions of your organisation.
 *
 * @public
 */
export const SubscriptionList = z
  .object({ items: z.array(Subscription) })
  .meta({ id: 'SubscriptionList', title: 'Abonnementen', description: 'The subscriptions of your organisation.' });
/** @public */
export type SubscriptionList = z.infer<typeof SubscriptionList>;

/**
 * One attempt to deliver an event.
 *
 * @public
 */
export const DeliveryAttempt = z
  .object({
    attempt: z.int().min(1),
    at: z.iso.datetime({ offset: true }),
    statusCode: z.int().optional().describe('HTTP status of your answer; absent when there was none.'),
    error: z.string().optional().describe('Why there was no answer: timeout, connection-failed, host-not-allowed, address-not-allowed.'),
    durationMs: z.int().min(0),
  })
  .meta({ id: 'DeliveryAttempt', title: 'Afleverpoging', description: 'One POST of an event to a subscriber.' });
/** @public */
export type DeliveryAttempt = z.infer<typeof DeliveryAttempt>;

/**
 * The delivery of one event to a subscription.
 *
 * @public
 */
export const Delivery = z
  .object({
    id: z.uuid(),
    subscriptionId: z.uuid(),
    eventId: z.string().describe('The event (and webhook-id header) delivered.'),
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'dead-letter']).describe('dead-letter: retries ran out; redeliver on request.'),
    nextAttemptAt: z.iso.datetime({ offset: true }).optional(),
    retryFrom: z.iso.datetime({ offset: true }).describe('Start of the retry period.'),
    createdAt: z.iso.datetime({ offset: true }),
    attempts: z.array(DeliveryAttempt),
  })
  .meta({ id: 'Delivery', title: 'Aflevering', description: 'The delivery of one event to one subscription, with its attempts.' });
/** @public */
export type Delivery = z.infer<typeof Delivery>;

/**
 * A page of deliveries, newest first.
 *
 * @public
 */
export const DeliveryPage = z
  .object({ items: z.array(Delivery), nextCursor: z.string().optional() })
  .meta({ id: 'DeliveryPage', title: 'Afleveringen (pagina)', description: 'Deliveries of a subscription, newest first.' });
/** @public */
export type DeliveryPage = z.infer<typeof DeliveryPage>;
