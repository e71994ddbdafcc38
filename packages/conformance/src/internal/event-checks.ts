// Checks of events and webhooks: an event per change, ID-only payloads, feed isolation
// between tenants, valid Standard Webhooks signatures and a retry after a 5xx answer. The
// webhook checks need a host the server can reach the suite on (`webhookHost`) and that host
// on the server's allow-list of callback hosts.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '@banenafspraak/client';
import { LifecycleEvent } from '@banenafspraak/core';
import type { CheckDefinition } from './checks.js';
import { CheckSkipped, type Context, expectThat, type TokenName } from './context.js';

type Doc = Record<string, unknown>;
const short = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every event the token may see after `after`, walking the feed to its end. */
async function walkFeed(
  ctx: Context,
  token: TokenName,
  after?: string,
): Promise<{ events: LifecycleEvent[]; cursor: string | undefined; text: string }> {
  const events: LifecycleEvent[] = [];
  let cursor = after;
  let text = '';
  for (let page = 0; page < 200; page++) {
    const r = await ctx.http('GET', `/events?limit=500${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`, { token });
    expectThat(r.status === 200, 'GET /events failed', 'HTTP 200 with a page of events', `HTTP ${r.status}: ${short(r.text)}`);
    const body = r.json() as { items?: LifecycleEvent[]; nextCursor?: string } | undefined;
    expectThat(
      Array.isArray(body?.items) && typeof body?.nextCursor === 'string',
      'GET /events: not an event page',
      '{ items: [...], nextCursor }',
      short(r.text),
    );
    text += r.text;
    events.push(...(body?.items ?? []));
    if ((body?.items ?? []).length === 0) return { events, cursor: body?.nextCursor || cursor, text };
    cursor = body?.nextCursor;
  }
  return { events, cursor, text };
}

/** Events about `subject` after `after`, waiting (long poll) until `count` arrived or the time is up. */
async function eventsAbout(ctx: Context, subject: string, after: string | undefined, count: number): Promise<LifecycleEvent[]> {
  const deadline = Date.now() + Math.min(ctx.options.timeout, 20_000);
  let found: LifecycleEvent[] = [];
  do {
    found = (await walkFeed(ctx, 'main', after)).events.filter((e) => e.subject === subject);
    if (found.length >= count) return found;
    await sleep(200);
  } while (Date.now() < deadline);
  return found;
}

async function createDraftVacancy(ctx: Context, label: string): Promise<{ id: string; etag: string; doc: Doc }> {
  const r = await ctx.http('POST', '/vacancies', { body: ctx.draftVacancy(label) });
  expectThat(r.status === 201, 'creating a draft vacancy failed', 'HTTP 201', `HTTP ${r.status}: ${short(r.text)}`);
  const doc = r.json() as Doc;
  const id = String(doc.id);
  ctx.track('vacancies', id);
  return { id, etag: r.headers.get('ETag') ?? '', doc };
}

async function deleteVacancy(ctx: Context, id: string, etag: string): Promise<void> {
  const r = await ctx.http('DELETE', `/vacancies/${id}`, { headers: { 'If-Match': etag } });
  expectThat(r.status === 204, 'deleting the draft vacancy failed', 'HTTP 204', `HTTP ${r.status}: ${short(r.text)}`);
  ctx.untrack('vacancies', id);
}

interface Hit {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A webhook receiver on the suite's host: answers with `answer(n)` for the n-th request (0-based). */
async function withReceiver<T>(ctx: Context, answer: (n: number) => number, fn: (url: string, hits: Hit[]) => Promise<T>): Promise<T> {
  const host = ctx.options.webhookHost;
  if (!host)
    throw new CheckSkipped(
      'needs --webhook-host (a host of this machine the server can reach and has on its allow-list of callback hosts)',
    );
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const n = hits.length;
      hits.push({ headers: req.headers, body });
      res.writeHead(answer(n)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await fn(`http://${host.includes(':') ? `[${host}]` : host}:${port}/cnf-${ctx.runId}`, hits);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function subscribe(ctx: Context, callbackUrl: string): Promise<{ id: string; secret: string }> {
  const r = await ctx.http('POST', '/subscriptions', {
    body: { callbackUrl, eventTypes: ['nl.banenafspraak.vacancy.draft'], filters: { documentTypes: ['Vacancy'] } },
  });
  expectThat(
    r.status === 201,
    'POST /subscriptions failed (is the webhook host on the server’s allow-list?)',
    'HTTP 201 with the secret',
    `HTTP ${r.status}: ${short(r.text)}`,
  );
  const body = r.json() as { id?: string; secret?: string };
  expectThat(
    typeof body.secret === 'string' && body.secret.startsWith('whsec_'),
    'no signing secret on creation',
    'a whsec_… secret in the answer',
    short(r.text),
  );
  const read = await ctx.http('GET', `/subscriptions/${body.id}`);
  expectThat(
    read.status === 200 && !read.text.includes(body.secret as string),
    'the secret is shown again',
    'GET /subscriptions/{id} without the secret',
    short(read.text),
  );
  return { id: String(body.id), secret: body.secret as string };
}

async function waitForHits(hits: Hit[], count: number, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (hits.length < count && Date.now() < deadline) await sleep(100);
}

export const EVENT_CHECKS: CheckDefinition[] = [
  {
    id: 'CNF-EVT-001',
    category: 'EVT',
    title: 'Every change of a record is one event in the feed, in order; an edit without a new status is none',
    sends: 'GET /events to its end; POST /vacancies (DRAFT), PUT with another title, DELETE; GET /events after the cursor',
    expects:
      'exactly two events about the vacancy, in order: `nl.banenafspraak.vacancy.draft` (fromStatus null) and `nl.banenafspraak.vacancy.deleted` (fromStatus DRAFT)',
    async run(ctx) {
      const { cursor } = await walkFeed(ctx, 'main');
      const v = await createDraftVacancy(ctx, 'events');
      const put = await ctx.http('PUT', `/vacancies/${v.id}`, {
        headers: { 'If-Match': v.etag },
        body: { ...v.doc, jobType: { ...(v.doc.jobType as Doc), title: `CNF ${ctx.runId} events (edited)` } },
      });
      expectThat(put.status === 200, 'editing the draft failed', 'HTTP 200', `HTTP ${put.status}: ${short(put.text)}`);
      await deleteVacancy(ctx, v.id, put.headers.get('ETag') ?? '');
      const events = await eventsAbout(ctx, v.id, cursor, 2);
      const seen = events.map((e) => `${e.type} from ${e.data?.fromStatus}`);
      expectThat(
        seen.join(', ') === 'nl.banenafspraak.vacancy.draft from null, nl.banenafspraak.vacancy.deleted from DRAFT',
        'wrong events for the vacancy',
        'vacancy.draft from null, vacancy.deleted from DRAFT',
        seen.join(', ') || '(none)',
      );
    },
  },
  {
    id: 'CNF-EVT-002',
    category: 'EVT',
    title: 'Events carry ids and codes only: no BSN, no instruction text, nothing beyond the catalogue’s payload',
    sends: 'GET /events from the start to its end (main tenant)',
    expects:
      'every event is a CloudEvents 1.0 event that the strict `LifecycleEvent` schema accepts; no 9-digit number (BSN) and no text of this run’s werkgeversinstructie anywhere',
    async run(ctx) {
      const { events, text } = await walkFeed(ctx, 'main');
      expectThat(events.length > 0, 'the feed is empty', 'the events of the fixture records', '(none)');
      for (const e of events) {
        const parsed = LifecycleEvent.safeParse(e);
        expectThat(parsed.success, 'an event is not ID-only', 'only the fields of the LifecycleEvent schema', short(JSON.stringify(e)));
      }
      expectThat(
        !/(?<![0-9A-Za-z])\d{9}(?![0-9A-Za-z])/.test(text),
        'a BSN-like number in the feed',
        'no 9-digit number',
        '(found one; not repeated here)',
      );
      expectThat(!text.includes(ctx.canary), 'instruction text in the feed', 'no werkgeversinstructie text', '(found; not repeated here)');
    },
  },
  {
    id: 'CNF-EVT-003',
    category: 'EVT',
    title: 'The feed shows another tenant nothing of the main tenant’s records, not even an id',
    sends: 'POST and DELETE a draft vacancy (main tenant); GET /events from the start to its end with the other tenant’s token',
    expects: 'no event in the other tenant’s feed is about a fixture record or the vacancy (subject or recordId)',
    async run(ctx) {
      const f = await ctx.fixture();
      const v = await createDraftVacancy(ctx, 'isolation');
      await deleteVacancy(ctx, v.id, v.etag);
      const { events } = await walkFeed(ctx, 'otherTenant');
      // Links may name a main-tenant record only in an event about a record the other tenant
      // may read itself (e.g. an instruction shared with it names its placement).
      const ids = new Set([f.partnership.id, f.plan.id, f.vacancy.id, f.placement.id, f.assessment.id, v.id]);
      const leaked = events.filter((e) => ids.has(e.subject) || ids.has(e.data?.recordId));
      expectThat(
        leaked.length === 0,
        'another tenant sees events about the main tenant’s records',
        'no event about them',
        `${leaked.length} event(s): ${leaked.map((e) => e.type).join(', ')}`,
      );
    },
  },
  {
    id: 'CNF-EVT-004',
    category: 'EVT',
    title: 'Webhooks are signed in the Standard Webhooks format with the subscription’s secret',
    sends: 'POST /subscriptions (callback on the suite’s receiver, vacancy.draft events); POST /vacancies (DRAFT); DELETE both',
    expects:
      'the secret is shown once; the receiver gets the event with webhook-id, webhook-timestamp and a v1 HMAC-SHA256 signature that verifies, and the body is the event of the feed',
    async run(ctx) {
      await withReceiver(
        ctx,
        () => 204,
        async (url, hits) => {
          const sub = await subscribe(ctx, url);
          try {
            const v = await createDraftVacancy(ctx, 'webhook');
            await waitForHits(hits, 1, Math.min(ctx.options.timeout, 30_000));
            const hit = hits.find((h) => h.body.includes(v.id));
            expectThat(hit, 'no webhook arrived', 'a POST to the callback URL', `${hits.length} request(s)`);
            const event = await verifyWebhook({ headers: hit.headers as Record<string, string>, body: hit.body }, sub.secret).catch(
              (e: unknown) => {
                expectThat(
                  false,
                  'the webhook does not verify',
                  'a valid Standard Webhooks signature of the body',
                  String((e as Error).message),
                );
              },
            );
            expectThat(
              event && event.subject === v.id && hit.headers['webhook-id'] === event.id,
              'the webhook is not the vacancy’s event',
              'subject = vacancy id, webhook-id = event id',
              short(hit.body),
            );
            await deleteVacancy(ctx, v.id, v.etag);
          } finally {
            await ctx.http('DELETE', `/subscriptions/${sub.id}`);
          }
        },
      );
    },
  },
  {
    id: 'CNF-EVT-005',
    category: 'EVT',
    title: 'A webhook answered with a 5xx is retried with the same webhook-id, and the attempts are visible',
    sends: 'POST /subscriptions; POST /vacancies (DRAFT); the receiver answers 503 first, then 204; GET /subscriptions/{id}/deliveries',
    expects:
      'a second POST with the same webhook-id and a valid signature; the delivery shows an attempt with status 503 and ends delivered',
    async run(ctx) {
      await withReceiver(
        ctx,
        (n) => (n === 0 ? 503 : 204),
        async (url, hits) => {
          const sub = await subscribe(ctx, url);
          try {
            const v = await createDraftVacancy(ctx, 'retry');
            await waitForHits(hits, 2, Math.min(ctx.options.timeout * 2, 90_000));
            expectThat(hits.length >= 2, 'no retry after a 503', 'a second attempt', `${hits.length} attempt(s)`);
            const [first, second] = hits as [Hit, Hit];
            expectThat(
              first.headers['webhook-id'] === second.headers['webhook-id'],
              'the retry has another webhook-id',
              'the same webhook-id',
              'another one',
            );
            await verifyWebhook({ headers: second.headers as Record<string, string>, body: second.body }, sub.secret);
            let attempts: { statusCode?: number }[] = [];
            let status = '';
            for (let i = 0; i < 50 && status !== 'delivered'; i++) {
              const r = await ctx.http('GET', `/subscriptions/${sub.id}/deliveries`);
              const d = ((r.json() as { items?: { status: string; attempts: { statusCode?: number }[] }[] })?.items ?? [])[0];
              attempts = d?.attempts ?? [];
              status = d?.status ?? '';
              if (status !== 'delivered') await sleep(100);
            }
            const codes = attempts.map((a) => a.statusCode ?? 'none').join(', ');
            expectThat(
              status === 'delivered' && attempts[0]?.statusCode === 503,
              'the attempts are not visible',
              'attempts 503 then 2xx, status delivered',
              `${status}: ${codes}`,
            );
            await deleteVacancy(ctx, v.id, v.etag);
          } finally {
            await ctx.http('DELETE', `/subscriptions/${sub.id}`);
          }
        },
      );
    },
  },
];
