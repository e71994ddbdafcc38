import {
  Delivery,
  DeliveryPage,
  documentDefinitions,
  eventCatalogue,
  eventTypeName,
  Subscription,
  SubscriptionCreated,
  SubscriptionList,
  SubscriptionRequest,
} from '@banenafspraak/core';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ServerError } from '../errors.js';
import { DELETED_STATUS } from '../events/outbox.js';
import { isHostAllowed } from '../events/sender.js';
import { type AppEnv, defaultHook, headers, json, methodNotAllowed, noContent, problems, readJson, requireJson } from '../internal/http.js';
import type { StoredSubscription, SubscriptionInput } from '../storage/port.js';

/** Settings of subscriptions. */
export interface SubscriptionOptions {
  /** Hosts callback URLs may name (see `OutboundPolicy.allowedHosts`); none by default, so nothing can subscribe. */
  readonly allowedHosts?: readonly string[];
}

/** Every event type a server of the standard can send: the catalogue plus a deletion per document type. */
const KNOWN_EVENT_TYPES = new Set([
  ...eventCatalogue.map((e) => e.type),
  ...documentDefinitions.map((d) => eventTypeName(d.type, DELETED_STATUS)),
]);

const issue = (code: string, path: (string | number)[], message: string) => ({ severity: 'error' as const, code, path, message });

/** Parses and checks a subscription body: 400 listing every issue (values are never echoed). */
async function readSubscription(c: Context<AppEnv>, allowedHosts: readonly string[]): Promise<SubscriptionInput> {
  const { body } = await readJson(c);
  const parsed = SubscriptionRequest.safeParse(body);
  if (!parsed.success) {
    throw new ServerError('invalid-input', 'Het abonnement is ongeldig.', {
      issues: parsed.error.issues.map((i) =>
        issue(
          i.code,
          i.path.map((p) => (typeof p === 'number' ? p : String(p))),
          'Ongeldige waarde.',
        ),
      ),
    });
  }
  const v = parsed.data;
  const issues = [];
  if (!isHostAllowed(new URL(v.callbackUrl).hostname, allowedHosts)) {
    issues.push(issue('host_not_allowed', ['callbackUrl'], 'Deze server levert niet af bij deze host (niet op de toegestane lijst).'));
  }
  v.eventTypes.forEach((t, i) => {
    if (!KNOWN_EVENT_TYPES.has(t)) issues.push(issue('unknown_event_type', ['eventTypes', i], 'Onbekend gebeurtenistype.'));
  });
  if (issues.length) throw new ServerError('invalid-input', 'Het abonnement is ongeldig.', { issues });
  return {
    callbackUrl: v.callbackUrl,
    eventTypes: v.eventTypes,
    regions: v.filters.regions,
    documentTypes: v.filters.documentTypes,
    active: v.active,
  };
}

const wire = ({ regions, documentTypes, ...rest }: StoredSubscription) => ({ ...rest, filters: { regions, documentTypes } });

const SubscriptionId = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'Identifier of the subscription.' }),
});
const DeliveryParams = SubscriptionId.extend({
  deliveryId: z.uuid().openapi({ param: { name: 'deliveryId', in: 'path' }, description: 'Identifier of the delivery.' }),
});
const body = { required: true, content: { 'application/json': { schema: SubscriptionRequest } } };

/**
 * `/subscriptions`: an organisation's webhook subscriptions (callback URL, event types,
 * filters), their deliveries with every attempt, the dead-letter list and redelivery. Every
 * call acts for the caller's organisation only; another organisation's subscription is 404.
 */
export function subscriptionRoutes(options: SubscriptionOptions = {}): OpenAPIHono<AppEnv> {
  const allowedHosts = options.allowedHosts ?? [];
  const app = new OpenAPIHono<AppEnv>({ defaultHook });
  const tags = ['Subscriptions'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listSubscriptions',
      tags,
      summary: 'List your organisation’s subscriptions',
      responses: {
        200: { description: 'The subscriptions.', headers: headers(), content: { 'application/json': { schema: SubscriptionList } } },
        ...problems(401, 403),
      },
    }),
    async (c) => json(c, 200, { items: (await c.get('repository').listSubscriptions()).map(wire) }),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      operationId: 'createSubscription',
      tags,
      summary: 'Subscribe to events',
      description:
        'Events you may read are POSTed to the callback URL, signed in the Standard Webhooks format with the secret in the answer. The secret is shown only here. The callback host must be on the server’s allow-list.',
      middleware: [requireJson],
      request: { body },
      responses: {
        201: {
          description: 'Created, with its secret.',
          headers: headers('location'),
          content: { 'application/json': { schema: SubscriptionCreated } },
        },
        ...problems(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      const input = await readSubscription(c, allowedHosts);
      const { secret, ...created } = await c.get('repository').createSubscription(input);
      return json(c, 201, { ...wire(created), secret }, { Location: `/v1/subscriptions/${created.id}` });
    },
  );
  app.all('/', () => methodNotAllowed(['GET', 'POST']));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      operationId: 'getSubscription',
      tags,
      summary: 'Read a subscription',
      request: { params: SubscriptionId },
      responses: {
        200: { description: 'The subscription.', headers: headers(), content: { 'application/json': { schema: Subscription } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => json(c, 200, wire(await c.get('repository').readSubscription(c.req.valid('param').id))),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/{id}',
      operationId: 'updateSubscription',
      tags,
      summary: 'Replace a subscription',
      description: 'Changes the callback URL, event types, filters or active flag; the secret stays.',
      middleware: [requireJson],
      request: { params: SubscriptionId, body },
      responses: {
        200: { description: 'Updated.', headers: headers(), content: { 'application/json': { schema: Subscription } } },
        ...problems(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = await readSubscription(c, allowedHosts);
      return json(c, 200, wire(await c.get('repository').replaceSubscription(id, input)));
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      operationId: 'deleteSubscription',
      tags,
      summary: 'Delete a subscription',
      description: 'Its queued deliveries are dropped; the events stay in the feed.',
      request: { params: SubscriptionId },
      responses: { 204: { description: 'Deleted.', headers: headers() }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      await c.get('repository').deleteSubscription(c.req.valid('param').id);
      return noContent(c);
    },
  );
  app.all('/:id', () => methodNotAllowed(['GET', 'PUT', 'DELETE']));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/deliveries',
      operationId: 'listDeliveries',
      tags,
      summary: 'List the deliveries of a subscription',
      description:
        'Newest first, with every attempt (time, your status code or why there was none). `status=dead-letter` is the dead-letter list. Only deliveries of events you may read in the event feed are listed: a subscription created by a colleague with wider access may have more.',
      request: {
        params: SubscriptionId,
        query: z.object({
          status: z.enum(['pending', 'delivered', 'dead-letter']).optional().describe('Only deliveries with this status.'),
          limit: z.coerce.number().int().min(1).max(100).optional().describe('Page size (1–100, default 20).'),
          cursor: z.string().max(200).optional().describe('Cursor from nextCursor of the previous page.'),
        }),
      },
      responses: {
        200: { description: 'A page of deliveries.', headers: headers(), content: { 'application/json': { schema: DeliveryPage } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const page = await c
        .get('repository')
        .listDeliveries(id, { limit: q.limit ?? 20, ...(q.status ? { status: q.status } : {}), ...(q.cursor ? { cursor: q.cursor } : {}) });
      return json(c, 200, page);
    },
  );
  app.all('/:id/deliveries', () => methodNotAllowed(['GET']));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/deliveries/{deliveryId}/_redeliver',
      operationId: 'redeliver',
      tags,
      summary: 'Deliver an event again',
      description:
        'Queues the delivery for a new attempt now, with a new retry period (also for delivered ones and the dead-letter list). A delivery of an event you may not read in the event feed is 404, as a missing one.',
      request: { params: DeliveryParams },
      responses: {
        202: { description: 'Queued.', headers: headers(), content: { 'application/json': { schema: Delivery } } },
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id, deliveryId } = c.req.valid('param');
      return json(c, 202, await c.get('repository').redeliver(id, deliveryId));
    },
  );
  app.all('/:id/deliveries/:deliveryId/_redeliver', () => methodNotAllowed(['POST']));
  return app;
}
