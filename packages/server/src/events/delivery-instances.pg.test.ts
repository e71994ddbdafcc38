import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { placementExample } from '@banenafspraak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractPrincipals } from '../storage/contract.js';
import { createPgStorage, type PostgresStorage } from '../storage/postgres.js';
import { createDeliveryWorker } from './worker.js';

const url = process.env.DATABASE_URL;
if (!url) console.warn('› two-instance delivery test skipped: DATABASE_URL is not set.');

const EVENTS = 150;

describe.runIf(url)('two instances on one PostgreSQL', () => {
  let a: PostgresStorage;
  let b: PostgresStorage;
  let receiver: Server;
  const hits: string[] = [];
  let callbackUrl = '';

  beforeAll(async () => {
    // Two storages with their own pools: what two reference-server processes have.
    a = await createPgStorage({ connectionString: url as string, schema: 'test_instances' });
    b = await createPgStorage({ connectionString: url as string, schema: 'test_instances' });
    await a.truncateAll();
    receiver = createServer((req, res) => {
      hits.push(String(req.headers['webhook-id']));
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
    await a.close();
    await b.close();
  });

  it('deliver each event once per subscriber attempt, whichever instance claims it', async () => {
    const now = new Date().toISOString();
    const actor = { principal: contractPrincipals.rijnmond, now };
    await a.createSubscription(
      actor,
      { callbackUrl, eventTypes: [], regions: [], documentTypes: [], active: true },
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    );
    const writer = { principal: contractPrincipals.employerA, now };
    // Writes through both instances, in parallel.
    await Promise.all(
      Array.from({ length: EVENTS }, (_, i) =>
        (i % 2 ? a : b).createRecord(writer, 'placements', {
          ...structuredClone(placementExample),
          id: crypto.randomUUID(),
          status: 'PLANNED',
        }),
      ),
    );
    const outbound = { allowedHosts: ['127.0.0.1'], timeoutMs: 10_000 };
    const workers = [a, b].map((storage) => createDeliveryWorker({ storage, outbound, batchSize: 7 }));
    // Both instances claim concurrently until the queue is empty.
    await Promise.all(
      workers.map(async (w) => {
        for (let idle = 0; idle < 3; ) idle = (await w.runOnce()) === 0 ? idle + 1 : 0;
      }),
    );
    const events = await a.listEvents({ principal: contractPrincipals.rijnmond, now }, { limit: 1000 });
    expect(events.items).toHaveLength(EVENTS);
    expect([...hits].sort()).toEqual(events.items.map((e) => e.id).sort());
    const { rows } = await a.executor.query<{ attempt: number; n: string }>(
      'SELECT attempt, count(*)::text AS n FROM delivery_attempts GROUP BY attempt',
    );
    expect(rows).toEqual([{ attempt: 1, n: String(EVENTS) }]);
    const { rows: open } = await a.executor.query("SELECT 1 FROM deliveries WHERE status <> 'delivered'");
    expect(open).toEqual([]);
  });

  it('gives a delivery whose instance died mid-attempt to another instance after the lease, as the next attempt', async () => {
    await a.truncateAll();
    const t0 = '2026-04-01T10:00:00.000Z';
    await a.createSubscription(
      { principal: contractPrincipals.rijnmond, now: t0 },
      { callbackUrl, eventTypes: [], regions: [], documentTypes: [], active: true },
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    );
    await a.createRecord({ principal: contractPrincipals.employerA, now: t0 }, 'placements', {
      ...structuredClone(placementExample),
      id: crypto.randomUUID(),
      status: 'PLANNED',
    });
    const [lost] = await a.claimDeliveries({ now: t0, limit: 10, leaseUntil: '2026-04-01T10:01:00.000Z' });
    expect(lost?.attempt).toBe(1);
    expect(await b.claimDeliveries({ now: '2026-04-01T10:00:59.000Z', limit: 10, leaseUntil: '2026-04-01T10:02:00.000Z' })).toEqual([]);
    const [taken] = await b.claimDeliveries({ now: '2026-04-01T10:01:00.000Z', limit: 10, leaseUntil: '2026-04-01T10:02:00.000Z' });
    expect([taken?.id, taken?.attempt]).toEqual([lost?.id, 2]);
    // The dead instance's late answer no longer counts.
    await a.finishDelivery(lost as NonNullable<typeof lost>, {
      result: 'delivered',
      at: '2026-04-01T10:01:30.000Z',
      statusCode: 200,
      durationMs: 1,
    });
    const { rows } = await a.executor.query('SELECT attempt FROM delivery_attempts');
    expect(rows).toEqual([]);
  });
});
