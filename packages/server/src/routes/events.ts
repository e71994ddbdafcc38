import { EventPage } from '@banenafspraak/core';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { type AppEnv, defaultHook, headers, json, methodNotAllowed, problems } from '../internal/http.js';

/**
 * Settings of the event feed.
 *
 * @public
 */
export interface EventFeedOptions {
  /** Longest `wait` a client may ask for, in seconds (default 30). */
  readonly maxWaitSeconds?: number;
  /** While waiting, how often to look for events committed by other instances (default 1000 ms). */
  readonly pollIntervalMs?: number;
  /**
   * Longest life of one server-sent-events stream, in seconds (default 300). The client then
   * reconnects with `Last-Event-ID` (browsers' EventSource does so by itself), with a fresh token.
   */
  readonly maxStreamSeconds?: number;
}

const wantsEventStream = (c: Context<AppEnv>) => (c.req.header('Accept') ?? '').toLowerCase().includes('text/event-stream');

/** `GET /events`: the feed of lifecycle events the caller may see, with a cursor and long poll. */
export function eventRoutes(options: EventFeedOptions = {}): OpenAPIHono<AppEnv> {
  const maxWait = options.maxWaitSeconds ?? 30;
  const pollMs = options.pollIntervalMs ?? 1_000;
  const maxStreamMs = (options.maxStreamSeconds ?? 300) * 1000;
  const app = new OpenAPIHono<AppEnv>({ defaultHook });
  const Query = z.object({
    after: z.string().max(200).optional().describe('Cursor (nextCursor of the previous page); omit to start at the first event.'),
    limit: z.coerce.number().int().min(1).max(500).optional().describe('Page size (1–500, default 100).'),
    wait: z.coerce
      .number()
      .int()
      .min(0)
      .max(maxWait)
      .optional()
      .describe(`Long poll: when there are no events after the cursor, wait up to this many seconds (0–${maxWait}) for one.`),
  });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listEvents',
      tags: ['Events'],
      summary: 'List events after a cursor',
      description:
        'Lifecycle events (CloudEvents 1.0, ids and codes only) about records you may read, in commit order. Resume with nextCursor; with `wait`, an empty page is held until an event arrives or the time is up. Events about records of other organisations are never listed. With `Accept: text/event-stream` the answer is a stream of server-sent events instead: one `data:` line per event (the CloudEvent as JSON), the last event of each batch carrying the cursor as its `id`, a comment line while nothing happens, and the stream closed after a few minutes. Resume with the `Last-Event-ID` header (or `after`); events after the last id may come again after a reconnect, so deduplicate by the event id.',
      request: {
        query: Query,
        headers: z.object({
          'last-event-id': z
            .string()
            .max(200)
            .optional()
            .describe('Server-sent events: the `id` of the last event received (a cursor); takes precedence over `after`.'),
        }),
      },
      responses: {
        200: {
          description: 'A page of events, or a stream of them.',
          headers: headers(),
          content: {
            'application/json': { schema: EventPage },
            'text/event-stream': { schema: z.string().describe('Server-sent events; each `data` is one LifecycleEvent as JSON.') },
          },
        },
        ...problems(400, 401),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      if (wantsEventStream(c)) return eventStream(c, c.req.header('Last-Event-ID') ?? q.after, q.limit ?? 100);
      const query = { limit: q.limit ?? 100, ...(q.after !== undefined ? { after: q.after } : {}) };
      const repo = c.get('repository');
      const page = q.wait ? await repo.awaitEvents(query, q.wait * 1000, pollMs, c.req.raw.signal) : await repo.listEvents(query);
      return json(c, 200, page);
    },
  );
  app.all('/', () => methodNotAllowed(['GET']));

  /**
   * The feed as server-sent events: the first page is read before the stream opens (so a bad
   * cursor is a 400 problem), then every batch as it commits, until the client goes away or
   * the stream's time is up.
   */
  async function eventStream(c: Context<AppEnv>, after: string | undefined, limit: number) {
    const repo = c.get('repository');
    let page = await repo.listEvents({ limit, ...(after ? { after } : {}) });
    return streamSSE(c, async (stream) => {
      const stop = new AbortController();
      stream.onAbort(() => stop.abort());
      c.req.raw.signal.addEventListener('abort', () => stop.abort());
      const deadline = Date.now() + maxStreamMs;
      for (;;) {
        const last = page.items.length - 1;
        for (const [i, event] of page.items.entries()) {
          await stream.writeSSE({ data: JSON.stringify(event), ...(i === last ? { id: page.nextCursor } : {}) });
        }
        // A comment keeps proxies from closing an idle connection.
        if (last < 0) await stream.write(': nothing new\n\n');
        const left = deadline - Date.now();
        if (stop.signal.aborted || left <= 0) return;
        page = await repo.awaitEvents({ limit, after: page.nextCursor }, Math.min(maxWait * 1000, left), pollMs, stop.signal);
      }
    });
  }

  return app;
}
