import { EventPage } from '@banenafspraak/core';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
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
}

/** `GET /events`: the feed of lifecycle events the caller may see, with a cursor and long poll. */
export function eventRoutes(options: EventFeedOptions = {}): OpenAPIHono<AppEnv> {
  const maxWait = options.maxWaitSeconds ?? 30;
  const pollMs = options.pollIntervalMs ?? 1_000;
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
        'Lifecycle events (CloudEvents 1.0, ids and codes only) about records you may read, in commit order. Resume with nextCursor; with `wait`, an empty page is held until an event arrives or the time is up. Events about records of other organisations are never listed.',
      request: { query: Query },
      responses: {
        200: { description: 'A page of events.', headers: headers(), content: { 'application/json': { schema: EventPage } } },
        ...problems(400, 401),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const query = { limit: q.limit ?? 100, ...(q.after !== undefined ? { after: q.after } : {}) };
      const repo = c.get('repository');
      const page = q.wait ? await repo.awaitEvents(query, q.wait * 1000, pollMs, c.req.raw.signal) : await repo.listEvents(query);
      return json(c, 200, page);
    },
  );
  app.all('/', () => methodNotAllowed(['GET']));
  return app;
}
