// Benchmark of event delivery (issue 14): 10 subscribers on PostgreSQL, writes committed one
// after another; delivery throughput and commit → receiver latency (p50, p99) of the outbox +
// delivery worker, against a bare loop that POSTs the same signed payloads to the same
// receivers right after each commit. Interleaved rounds in one run; medians, ratio and spread.
// Run: DATABASE_URL=postgres://… pnpm --filter @banenafspraak/bench bench:events
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { placementExample } from '@banenafspraak/core';
import { contractPrincipals, createDeliveryWorker, createPgStorage, postWebhook, signWebhook } from '@banenafspraak/server';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL 15 server.');
const WRITES = Number(process.env.BENCH_WRITES ?? 200);
const SUBSCRIBERS = 10;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

// One receiver process-local server; each subscriber has its own path.
const arrivals = new Map<string, number>();
const receiver = createServer((req, res) => {
  arrivals.set(`${req.url}|${req.headers['webhook-id']}`, performance.now());
  req.resume();
  req.on('end', () => res.writeHead(204).end());
});
await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
const outbound = { allowedHosts: ['127.0.0.1'], timeoutMs: 10_000 };

const storage = await createPgStorage({ connectionString: url, schema: 'bench_events' });
const writer = { principal: contractPrincipals.employerA, now: new Date().toISOString() };
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const median = (xs: number[]) => percentile(xs, 50);

interface Round {
  perSecond: number;
  p50: number;
  p99: number;
}

async function waitFor(expected: number) {
  const deadline = Date.now() + 120_000;
  while (arrivals.size < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  if (arrivals.size < expected) throw new Error(`only ${arrivals.size} of ${expected} deliveries arrived`);
}

function measure(commits: Map<string, number>, started: number): Round {
  const latencies: number[] = [];
  let last = started;
  for (const [key, at] of arrivals) {
    const id = key.split('|')[1] as string;
    const committed = commits.get(id);
    if (committed !== undefined) latencies.push(at - committed);
    last = Math.max(last, at);
  }
  return { perSecond: (arrivals.size / (last - started)) * 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function reset() {
  await storage.truncateAll();
  arrivals.clear();
}

/** The outbox: each write queues 10 deliveries in its transaction; the worker POSTs them. */
async function outboxRound(): Promise<Round> {
  await reset();
  for (let s = 0; s < SUBSCRIBERS; s++)
    await storage.createSubscription(
      { principal: contractPrincipals.rijnmond, now: writer.now },
      { callbackUrl: `${base}/s${s}`, eventTypes: [], regions: [], documentTypes: [], active: true },
      SECRET,
    );
  const worker = createDeliveryWorker({ storage, outbound, batchSize: 50, pollIntervalMs: 100 });
  worker.start();
  const commits = new Map<string, number>();
  const started = performance.now();
  for (let i = 0; i < WRITES; i++) {
    await storage.createRecord({ ...writer, now: new Date().toISOString() }, 'placements', {
      ...structuredClone(placementExample),
      id: crypto.randomUUID(),
      status: 'PLANNED',
    });
    commits.set(String(i), performance.now());
  }
  // Event ids are made in the storage: map them to their commit times through the feed (in commit order).
  const { items } = await storage.listEvents({ principal: contractPrincipals.rijnmond, now: writer.now }, { limit: WRITES });
  const byEvent = new Map(items.map((e, i) => [e.id, commits.get(String(i)) as number]));
  await waitFor(WRITES * SUBSCRIBERS);
  await worker.stop();
  return measure(byEvent, started);
}

/** The baseline: the same signed payloads POSTed to the same receivers right after each commit, no queue. */
async function bareRound(): Promise<Round> {
  await reset();
  const commits = new Map<string, number>();
  const sends: Promise<unknown>[] = [];
  const started = performance.now();
  for (let i = 0; i < WRITES; i++) {
    const now = new Date().toISOString();
    const id = crypto.randomUUID();
    await storage.createRecord({ ...writer, now }, 'placements', { ...structuredClone(placementExample), id, status: 'PLANNED' });
    const eventId = crypto.randomUUID();
    commits.set(eventId, performance.now());
    const body = JSON.stringify({
      specversion: '1.0',
      type: 'nl.banenafspraak.placement.planned',
      source: '/v1/placements',
      id: eventId,
      time: now,
      subject: id,
      datacontenttype: 'application/json',
      data: {
        documentType: 'Placement',
        recordId: id,
        fromStatus: null,
        toStatus: 'PLANNED',
        processEvents: [],
        links: { placementId: id },
      },
    });
    const headers = {
      ...signWebhook(SECRET, eventId, Math.floor(Date.now() / 1000), body),
      'Content-Type': 'application/cloudevents+json; charset=utf-8',
    };
    for (let s = 0; s < SUBSCRIBERS; s++) sends.push(postWebhook(`${base}/s${s}`, headers, body, outbound));
  }
  await Promise.all(sends);
  await waitFor(WRITES * SUBSCRIBERS);
  return measure(commits, started);
}

const outbox: Round[] = [];
const bare: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  outbox.push(await outboxRound());
  bare.push(await bareRound());
}
await storage.truncateAll();
await storage.close();
receiver.close();

const fmt = (xs: Round[], k: keyof Round) =>
  `${Math.round(median(xs.map((x) => x[k])))} (${Math.round(Math.min(...xs.map((x) => x[k])))}–${Math.round(Math.max(...xs.map((x) => x[k])))})`;
const ratios = outbox.map((o, i) => o.perSecond / (bare[i] as Round).perSecond);
console.log(`event delivery, ${WRITES} writes × ${SUBSCRIBERS} subscribers, PostgreSQL, ${ROUNDS} interleaved rounds (median (min–max))`);
console.log('| | deliveries/s | commit → receiver p50 ms | p99 ms |');
console.log('|---|---|---|---|');
console.log(`| outbox + worker | ${fmt(outbox, 'perSecond')} | ${fmt(outbox, 'p50')} | ${fmt(outbox, 'p99')} |`);
console.log(`| bare POST loop | ${fmt(bare, 'perSecond')} | ${fmt(bare, 'p50')} | ${fmt(bare, 'p99')} |`);
console.log(
  `throughput ratio outbox/bare: median ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
);
