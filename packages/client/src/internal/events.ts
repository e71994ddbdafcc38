import type { Delivery, DeliveryPage, EventPage, Subscription, SubscriptionCreated, SubscriptionRequest } from '@banenafspraak/core';
import * as Effect from 'effect/Effect';
import * as Option from 'effect/Option';
import * as Stream from 'effect/Stream';
import type { AnyClientError } from '../errors.js';
import type { PostOptions, RequestOptions } from '../options.js';
import type { DeliveryListParams, EventIterateParams, EventListParams } from '../types.js';
import { seg, type Transport } from './resources.js';

/** Default long poll of a following iteration, in seconds. */
const FOLLOW_WAIT = 20;

/** Effect methods of the event feed. */
export function eventEffects(transport: Transport) {
  const list = (params: EventListParams = {}, options?: RequestOptions): Effect.Effect<EventPage, AnyClientError> => {
    const { after, limit, wait } = params;
    return Effect.flatMap(
      transport.json<Partial<EventPage>>({ method: 'GET', path: '/events', query: { after, limit, wait }, options }),
      (body) =>
        Effect.succeed({
          items: Array.isArray(body?.items) ? body.items : [],
          nextCursor: typeof body?.nextCursor === 'string' ? body.nextCursor : (after ?? ''),
        }),
    );
  };
  /**
   * Pages from `after` on. Without `follow` it ends at the first empty page; with it, it
   * long-polls for ever (until interrupted). Empty pages are not emitted.
   */
  const iterate = (params: EventIterateParams = {}, options?: RequestOptions): Stream.Stream<EventPage, AnyClientError> =>
    Stream.paginateEffect(params.after, (after: string | undefined) =>
      Effect.map(
        list({ limit: params.limit, ...(after ? { after } : {}), ...(params.follow ? { wait: params.wait ?? FOLLOW_WAIT } : {}) }, options),
        (page) => [page, page.items.length > 0 || params.follow ? Option.some(page.nextCursor) : Option.none<string>()] as const,
      ),
    ).pipe(Stream.filter((page) => page.items.length > 0));
  return { list, iterate };
}

/** Effect methods of subscriptions. */
export function subscriptionEffects(transport: Transport) {
  return {
    list: (options?: RequestOptions): Effect.Effect<Subscription[], AnyClientError> =>
      Effect.map(transport.json<{ items?: Subscription[] }>({ method: 'GET', path: '/subscriptions', options }), (b) => b?.items ?? []),
    create: (request: SubscriptionRequest, options?: PostOptions): Effect.Effect<SubscriptionCreated, AnyClientError> =>
      transport.json<SubscriptionCreated>(transport.postRequest('/subscriptions', request, options)),
    get: (id: string, options?: RequestOptions): Effect.Effect<Subscription, AnyClientError> =>
      transport.json<Subscription>({ method: 'GET', path: `/subscriptions/${seg(id)}`, options }),
    update: (id: string, request: SubscriptionRequest, options?: RequestOptions): Effect.Effect<Subscription, AnyClientError> =>
      transport.json<Subscription>({ method: 'PUT', path: `/subscriptions/${seg(id)}`, body: request, options }),
    delete: (id: string, options?: RequestOptions): Effect.Effect<void, AnyClientError> =>
      Effect.asVoid(transport.send({ method: 'DELETE', path: `/subscriptions/${seg(id)}`, options })),
    deliveries: (id: string, params: DeliveryListParams = {}, options?: RequestOptions): Effect.Effect<DeliveryPage, AnyClientError> => {
      const { status, limit, cursor } = params;
      return transport.json<DeliveryPage>({
        method: 'GET',
        path: `/subscriptions/${seg(id)}/deliveries`,
        query: { status, limit, cursor },
        options,
      });
    },
    redeliver: (id: string, deliveryId: string, options?: PostOptions): Effect.Effect<Delivery, AnyClientError> =>
      transport.json<Delivery>(
        transport.postRequest(`/subscriptions/${seg(id)}/deliveries/${seg(deliveryId)}/_redeliver`, undefined, options),
      ),
  };
}
