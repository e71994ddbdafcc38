import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Delivery, LifecycleEvent, placementExample, vacancyExample, wageValueAssessmentExample } from '@banenafspraak/core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { signToken } from '../auth.js';
import { DEMO_IDS, demoPersonas, seedDemoData } from '../demo.js';
import { silentLogger } from '../logger.js';
import { createMemoryStorage } from '../storage/memory.js';
import { postWebhook } from './sender.js';
import { createDeliveryWorker } from './worker.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const START = new Date('2026-04-15T10:00:00.000Z');
const BSN = '123456782';
let now = START;
const storage = createMemoryStorage();
const app = createApp({
  storage,
  auth: { secret: SECRET },
  clock: () => now,
  logger: silentLogger,
  webhooks: { allowedHosts: ['127.0.0.1'] },
});
const tokens: Record<string, string> = {};

/** A webhook receiver on loopback that answers with `status` and records what it got. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
let status = 200;
const received: Received[] = [];
let receiver: Server;
let callbackUrl = '';

/** A response body as these tests read it: a record, a subscription, a page of events or deliveries, or a problem. */
interface Body {
  id: string;
  secret: string;
  code: string;
  status: string;
  nextCursor: string;
  issues: { code: string; path: (string | number)[] }[];
  items: (LifecycleEvent & Delivery)[];
  [key: string]: unknown;
}

async function call(who: string, method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    headers: { Authorization: `Bearer ${tokens[who]}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, text, json: (text ? JSON.parse(text) : {}) as Body };
}

const newPlacement = () => ({
  ...structuredClone(placementExample),
  status: 'PLANNED',
  candidate: { ...structuredClone(placementExample.candidate), identity: { bsn: BSN, bsnProcessingBasis: 'PAYROLL_TAX' } },
});

beforeAll(async () => {
  for (const p of demoPersonas) tokens[p.key] = await signToken(p.principal, SECRET);
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

beforeEach(async () => {
  now = START;
  status = 200;
  received.length = 0;
  storage.clear();
  await seedDemoData(storage, START.toISOString());
});

describe('GET /v1/events', () => {
  it('lists the events of the caller’s records in order, resumable; another employer gets none of them, not even an id', async () => {
    const own = await call('werkgever', 'GET', '/v1/events?limit=2');
    expect(own.status).toBe(200);
    expect(own.json.items).toHaveLength(2);
    for (const e of own.json.items) expect(LifecycleEvent.safeParse(e).success).toBe(true);
    const rest = await call('werkgever', 'GET', `/v1/events?after=${own.json.nextCursor}`);
    const all = await call('werkgever', 'GET', '/v1/events');
    expect([...own.json.items, ...rest.json.items]).toEqual(all.json.items);
    expect(all.json.items.map((e) => e.subject)).toContain(DEMO_IDS.placementEmployee);

    const other = await call('andere-werkgever', 'GET', '/v1/events');
    expect(other.json.items).toEqual([]);
    for (const id of Object.values(DEMO_IDS)) expect(other.text).not.toContain(id);
  });

  it('an event per status change through the API, with ids and codes only', async () => {
    const created = await call('werkgever', 'POST', '/v1/placements', newPlacement());
    const { nextCursor } = (await call('werkgever', 'GET', '/v1/events')).json;
    const res = await app.request(`/v1/placements/${created.json.id}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${tokens.werkgever}`, 'Content-Type': 'application/json', 'If-Match': '"1"' },
      body: JSON.stringify({ ...created.json, candidate: newPlacement().candidate, status: 'ACTIVE' }),
    });
    expect(res.status).toBe(200);
    const after = await call('werkgever', 'GET', `/v1/events?after=${nextCursor}`);
    expect(after.json.items.map((e) => [e.type, e.data.fromStatus, e.data.processEvents])).toEqual([
      ['nl.banenafspraak.placement.active', 'PLANNED', ['PLACEMENT_STARTED']],
    ]);
    expect(after.text).not.toContain(BSN);
  });

  it('long poll: an empty page is held until an event arrives', async () => {
    const { nextCursor } = (await call('regio-rijnmond', 'GET', '/v1/events')).json;
    const waiting = call('regio-rijnmond', 'GET', `/v1/events?after=${nextCursor}&wait=20`);
    const created = await call('werkgever', 'POST', '/v1/placements', newPlacement());
    const page = await waiting;
    expect(page.json.items.map((e) => e.subject)).toEqual([created.json.id]);
  });

  it('refuses a bad cursor and a wait beyond the bound with a problem, without echoing them', async () => {
    const bad = await call('werkgever', 'GET', '/v1/events?after=xyz-not-a-cursor');
    expect([bad.status, bad.json.code]).toEqual([400, 'invalid-input']);
    expect(bad.text).not.toContain('xyz-not-a-cursor');
    expect((await call('werkgever', 'GET', '/v1/events?wait=31')).status).toBe(400);
    expect((await app.request('/v1/events')).status).toBe(401);
  });
});

/** An open server-sent-events response, read frame by frame. */
async function openStream(who: string, headers: Record<string, string> = {}) {
  const res = await app.request('/v1/events?limit=2', {
    headers: { Authorization: `Bearer ${tokens[who]}`, Accept: 'text/event-stream', ...headers },
  });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  /** The next `n` frames that carry data (comments skipped): their data and id lines. */
  const next = async (n: number) => {
    const frames: { data: LifecycleEvent; id?: string }[] = [];
    while (frames.length < n) {
      const end = buffer.indexOf('\n\n');
      if (end < 0) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        continue;
      }
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const data = lines.find((l) => l.startsWith('data: '));
      const id = lines.find((l) => l.startsWith('id: '));
      if (data) frames.push({ data: JSON.parse(data.slice(6)) as LifecycleEvent, ...(id ? { id: id.slice(4) } : {}) });
    }
    return frames;
  };
  return { res, next, close: () => reader.cancel() };
}

describe('GET /v1/events as server-sent events', () => {
  it('streams the feed and then each new event as it commits, resumable with Last-Event-ID', async () => {
    const all = (await call('werkgever', 'GET', '/v1/events')).json.items;
    const first = await openStream('werkgever');
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const backlog = await first.next(all.length);
    expect(backlog.map((f) => f.data)).toEqual(all);
    // Batches of two: the last event of each batch carries the cursor.
    expect(backlog[1]?.id).toBeTruthy();
    const created = await call('werkgever', 'POST', '/v1/placements', newPlacement());
    const [live] = await first.next(1);
    expect(live?.data.subject).toBe(created.json.id);
    expect(live?.id).toBeTruthy();
    await first.close();

    // Resume after the live event: only what came after it.
    const second = await call('werkgever', 'POST', '/v1/placements', newPlacement());
    const resumed = await openStream('werkgever', { 'Last-Event-ID': live?.id ?? '' });
    const [next] = await resumed.next(1);
    expect(next?.data.subject).toBe(second.json.id);
    await resumed.close();
  });

  it('shows another employer none of it, and refuses a bad Last-Event-ID with a problem before streaming', async () => {
    const other = await openStream('andere-werkgever');
    await call('werkgever', 'POST', '/v1/placements', newPlacement());
    const mine = await call('andere-werkgever', 'POST', '/v1/vacancies', {
      ...structuredClone(vacancyExample),
      employer: '87654321',
      status: 'DRAFT',
    });
    expect(mine.status, mine.text).toBe(201);
    const [only] = await other.next(1);
    expect(only?.data.subject).toBe(mine.json.id);
    await other.close();
    const bad = await app.request('/v1/events', {
      headers: { Authorization: `Bearer ${tokens.werkgever}`, Accept: 'text/event-stream', 'Last-Event-ID': 'not-a-cursor' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
  });
});

describe('subscriptions and signed delivery', () => {
  const worker = (retry = {}) =>
    createDeliveryWorker({
      storage,
      outbound: { allowedHosts: ['127.0.0.1'], timeoutMs: 5_000 },
      clock: () => now,
      random: () => 1,
      retry,
    });

  it('shows the secret once, keeps subscriptions per organisation and refuses hosts off the allow-list', async () => {
    const off = await call('regio-rijnmond', 'POST', '/v1/subscriptions', { callbackUrl: 'https://internal.example/hook' });
    expect(off.status).toBe(400);
    expect(off.json.issues.map((i) => [i.code, i.path])).toEqual([['host_not_allowed', ['callbackUrl']]]);
    const unknownType = await call('regio-rijnmond', 'POST', '/v1/subscriptions', {
      callbackUrl,
      eventTypes: ['nl.banenafspraak.placement.exploded'],
    });
    expect(unknownType.json.issues.map((i) => i.code)).toEqual(['unknown_event_type']);

    const created = await call('regio-rijnmond', 'POST', '/v1/subscriptions', { callbackUrl, filters: { documentTypes: ['Placement'] } });
    expect(created.status).toBe(201);
    expect(created.json.secret).toMatch(/^whsec_/);
    const read = await call('regio-rijnmond', 'GET', `/v1/subscriptions/${created.json.id}`);
    expect(read.json).toEqual({ ...created.json, secret: undefined, filters: { regions: [], documentTypes: ['Placement'] } });
    expect(read.text).not.toContain(created.json.secret);
    expect((await call('regio-rijnmond', 'GET', '/v1/subscriptions')).text).not.toContain(created.json.secret);
    expect((await call('regio-haaglanden', 'GET', `/v1/subscriptions/${created.json.id}`)).status).toBe(404);
    expect((await call('regio-haaglanden', 'GET', '/v1/subscriptions')).json.items).toEqual([]);
    expect((await call('werknemer', 'GET', '/v1/subscriptions')).status).toBe(403);
  });

  it('POSTs each event the subscriber may see, signed so the Standard Webhooks library verifies it', async () => {
    const sub = (await call('regio-rijnmond', 'POST', '/v1/subscriptions', { callbackUrl })).json;
    const other = (await call('andere-werkgever', 'POST', '/v1/subscriptions', { callbackUrl })).json;
    const created = await call('werkgever', 'POST', '/v1/placements', newPlacement());
    // The receiver checks the signature's timestamp against its own clock.
    now = new Date();
    expect(await worker().runOnce()).toBe(1);
    expect(received).toHaveLength(1);
    const [hit] = received as [Received];
    const verified = new Webhook(sub.secret).verify(hit.body, hit.headers as Record<string, string>) as LifecycleEvent;
    expect(() => new Webhook(other.secret).verify(hit.body, hit.headers as Record<string, string>)).toThrow();
    expect(verified.subject).toBe(created.json.id);
    expect(hit.headers['webhook-id']).toBe(verified.id);
    expect(hit.headers['content-type']).toMatch(/^application\/cloudevents\+json/);
    const feed = await call('regio-rijnmond', 'GET', '/v1/events');
    expect(feed.json.items.at(-1)).toEqual(verified);
    expect(hit.body).not.toContain(BSN);
    const deliveries = await call('regio-rijnmond', 'GET', `/v1/subscriptions/${sub.id}/deliveries`);
    expect(deliveries.json.items.map((d) => [d.status, d.attempts.map((a) => a.statusCode)])).toEqual([['delivered', [200]]]);
  });

  it('retries a failing receiver with growing delays, then dead-letters; redelivery on request uses the same webhook-id', async () => {
    const sub = (await call('regio-rijnmond', 'POST', '/v1/subscriptions', { callbackUrl })).json;
    await call('werkgever', 'POST', '/v1/placements', newPlacement());
    const w = worker({ initialDelayMs: 60_000, maxDelayMs: 240_000, periodMs: 10 * 60_000 });
    status = 503;
    const dueTimes: number[] = [];
    for (let round = 0; round < 10; round++) {
      await w.runOnce();
      const [d] = (await call('regio-rijnmond', 'GET', `/v1/subscriptions/${sub.id}/deliveries`)).json.items as unknown as [Delivery];
      if (d.status !== 'pending') break;
      const due = String(d.nextAttemptAt);
      dueTimes.push(Date.parse(due) - now.getTime());
      expect(await w.runOnce()).toBe(0);
      now = new Date(due);
    }
    // 60 s, doubled, capped at 240 s; the fourth failure (at +420 s) would retry after the period ends.
    expect(dueTimes).toEqual([60_000, 120_000, 240_000]);
    const dead = (await call('regio-rijnmond', 'GET', `/v1/subscriptions/${sub.id}/deliveries?status=dead-letter`)).json.items;
    expect(dead).toHaveLength(1);
    const [deadLetter] = dead as unknown as [Delivery];
    expect(deadLetter.attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 503],
      [2, 503],
      [3, 503],
      [4, 503],
    ]);
    expect(received).toHaveLength(4);
    expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1);

    status = 204;
    const again = await call('regio-rijnmond', 'POST', `/v1/subscriptions/${sub.id}/deliveries/${deadLetter.id}/_redeliver`);
    expect([again.status, again.json.status]).toEqual([202, 'pending']);
    expect(await w.runOnce()).toBe(1);
    expect(received.at(-1)?.headers['webhook-id']).toBe(received[0]?.headers['webhook-id']);
    const [done] = (await call('regio-rijnmond', 'GET', `/v1/subscriptions/${sub.id}/deliveries`)).json.items as unknown as [Delivery];
    expect([done.status, done.attempts.length]).toEqual(['delivered', 5]);
    expect((await call('regio-haaglanden', 'POST', `/v1/subscriptions/${sub.id}/deliveries/${deadLetter.id}/_redeliver`)).status).toBe(404);
  });

  it('shows a colleague with a lower confidentiality level only the deliveries of events the feed shows them', async () => {
    // Same municipality as the case manager (`gemeente`), but a reader: no confidential records.
    tokens['gemeente-lezer'] = await signToken(
      { userId: 'gm-lezer', organisation: { scheme: 'GM', value: 'GM0599' }, roles: ['READER'] },
      SECRET,
    );
    const sub = (await call('gemeente', 'POST', '/v1/subscriptions', { callbackUrl })).json;
    const placement = await call('werkgever', 'POST', '/v1/placements', newPlacement());
    const assessment = await call('gemeente', 'POST', '/v1/wage-value-assessments', {
      ...structuredClone(wageValueAssessmentExample),
      placementId: placement.json.id,
    });
    expect([placement.status, assessment.status]).toEqual([201, 201]);
    const listed = async (who: string) =>
      (await call(who, 'GET', `/v1/subscriptions/${sub.id}/deliveries`)).json.items.map((d) => d.eventType.split('.')[2]);
    expect(await listed('gemeente')).toEqual(['wage-value-assessment', 'placement']);
    expect(await listed('gemeente-lezer')).toEqual(['placement']);
    const page = await call('gemeente-lezer', 'GET', `/v1/subscriptions/${sub.id}/deliveries?limit=1`);
    expect([page.json.items.length, page.json.nextCursor]).toEqual([1, undefined]);

    const [hidden] = (await call('gemeente', 'GET', `/v1/subscriptions/${sub.id}/deliveries?limit=1`)).json.items as unknown as [Delivery];
    const refused = await call('gemeente-lezer', 'POST', `/v1/subscriptions/${sub.id}/deliveries/${hidden.id}/_redeliver`);
    const missing = await call('gemeente-lezer', 'POST', `/v1/subscriptions/${sub.id}/deliveries/${crypto.randomUUID()}/_redeliver`);
    expect([refused.status, refused.json.code]).toEqual([404, 'not-found']);
    expect({ ...refused.json, instance: undefined }).toEqual({ ...missing.json, instance: undefined });
    expect(refused.text).not.toContain(hidden.eventId);
    expect((await call('gemeente', 'POST', `/v1/subscriptions/${sub.id}/deliveries/${hidden.id}/_redeliver`)).status).toBe(202);
  });
});

describe('outbound requests', () => {
  const post = (url: string, allowedHosts: string[], timeoutMs = 5_000) =>
    postWebhook(url, { 'Content-Type': 'application/json' }, '{}', { allowedHosts, timeoutMs });

  it('go only to allowed hosts, and a name is checked on the address it resolves to', async () => {
    expect(await post('http://10.1.2.3/hook', [])).toEqual({ error: 'host-not-allowed' });
    expect(await post('http://169.254.169.254/latest/meta-data', ['*.example.nl'])).toEqual({ error: 'host-not-allowed' });
    const port = new URL(callbackUrl).port;
    // An allowed name that resolves to loopback is refused unless the address itself is allowed.
    expect(await post(`http://localhost:${port}/hooks`, ['localhost'])).toEqual({ error: 'address-not-allowed' });
    expect(received).toHaveLength(0);
    expect(await post(`http://localhost:${port}/hooks`, ['localhost', '127.0.0.1', '::1'])).toEqual({ statusCode: 200 });
  });

  it('give up on a receiver that does not answer within the timeout', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      expect(await post(`http://127.0.0.1:${port}/`, ['127.0.0.1'], 200)).toEqual({ error: 'timeout' });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
