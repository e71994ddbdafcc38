import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { signToken } from './auth.js';
import { parseJson } from './internal/testing.js';
import { silentLogger } from './logger.js';
import { EMPLOYER, seedSteering } from './steering/seed.test-helper.js';
import { createPgStorage, createPostgresStorage, type PostgresStorage } from './storage/postgres.js';
import { SLOW_MARK, SLOW_STATEMENT, withReportPrelude } from './storage/slow-reports.test-helper.js';

const url = process.env.DATABASE_URL;
if (!url) console.warn('› report time-limit tests on PostgreSQL skipped: DATABASE_URL is not set.');

// Every slow report sleeps an hour, far beyond this file's hang timeout: it can only end by
// the timeout, a cancel or the client leaving — never by waiting, so no result depends on speed.
const SECRET = 'test-secret-that-is-long-enough-0123456789';
const REPORT = '/v1/reports/vacancies?from=2026-01-01&to=2026-06-30&asOf=2026-05-08';
const LEAKS = /select|pg_sleep|statement|canceling|57014|query_canceled/i;
const clock = () => new Date('2026-05-08T12:00:00.000Z');

describe.runIf(url)('report time limit on PostgreSQL', () => {
  let base: PostgresStorage;
  let slow: PostgresStorage;
  let admin: pg.Client;
  let token = '';
  let vacancyId = '';

  /** Backends running a slow report statement right now. */
  const sleeping = async () =>
    (
      await admin.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid()",
        [`%${SLOW_MARK}%`],
      )
    ).rows.map((r) => r.pid);
  /** Polls until `check` holds; only the test's hang timeout ends a wait that never succeeds. */
  const until = async (check: () => Promise<boolean>) => {
    while (!(await check())) await new Promise((r) => setTimeout(r, 20));
  };
  const appWith = (reportTimeoutMs: number) =>
    createApp({ storage: slow, auth: { secret: SECRET }, logger: silentLogger, clock, reportTimeoutMs });
  const read = async (res: Response) => {
    const text = await res.text();
    return { status: res.status, type: res.headers.get('Content-Type'), text, json: parseJson(text) };
  };
  const auth = () => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    // Two connections: reports may hold one at a time, record reads keep the other.
    base = await createPgStorage({ connectionString: url as string, schema: 'test_report_limit', max: 2 });
    await base.truncateAll();
    await seedSteering(base);
    slow = await createPostgresStorage({
      executor: withReportPrelude(base.executor, (tx) => tx.query(SLOW_STATEMENT).then(() => undefined)),
      migrate: false,
    });
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    token = await signToken(EMPLOYER, SECRET);
    const list = await read(await appWith(1000).request('/v1/vacancies?limit=1', { headers: auth() }));
    vacancyId = list.json.items[0].id;
  });
  afterAll(async () => {
    // Whatever a failed test left sleeping.
    await admin.query('SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()', [
      `%${SLOW_MARK}%`,
    ]);
    await admin.end();
    await base.close();
  });

  it('stops a report at its time limit with the 422 problem, naming no SQL, and the pool stays usable', async () => {
    const app = appWith(50);
    // More reports than the pool has connections: each one must give its connection back.
    for (let i = 0; i < 5; i++) {
      const r = await read(await app.request(REPORT, { headers: auth() }));
      expect(r.status).toBe(422);
      expect(r.type).toMatch(/^application\/problem\+json/);
      expect(r.json).toMatchObject({ type: 'urn:banenafspraak:problem:report-too-large', status: 422, code: 'report-too-large' });
      expect(r.text).not.toMatch(LEAKS);
    }
    expect(await sleeping()).toEqual([]);
    const record = await read(await app.request(`/v1/vacancies/${vacancyId}`, { headers: auth() }));
    expect(record.status).toBe(200);
    expect(record.json.id).toBe(vacancyId);
  });

  it('answers a report an operator cancels (pg_cancel_backend) with the same 422 problem', async () => {
    const pending = appWith(600_000).request(REPORT, { headers: auth() });
    await until(async () => (await sleeping()).length === 1);
    const [pid] = await sleeping();
    await admin.query('SELECT pg_cancel_backend($1)', [pid]);
    const r = await read(await pending);
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('report-too-large');
    expect(r.text).not.toMatch(LEAKS);
    expect((await read(await appWith(600_000).request(`/v1/vacancies/${vacancyId}`, { headers: auth() }))).status).toBe(200);
  });

  it('cancels the statement of a client that disconnects mid-report', async () => {
    const server = serve({ fetch: appWith(600_000).fetch, port: 0, hostname: '127.0.0.1' });
    try {
      await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = new AbortController();
      const request = fetch(`${origin}${REPORT}`, { headers: auth(), signal: client.signal }).catch((e: unknown) => e);
      await until(async () => (await sleeping()).length === 1);
      client.abort();
      expect(await request).toMatchObject({ name: 'AbortError' });
      // The hour-long statement is gone: it was cancelled, not left running on a busy connection.
      await until(async () => (await sleeping()).length === 0);
      const record = await fetch(`${origin}/v1/vacancies/${vacancyId}`, { headers: auth() });
      expect(record.status).toBe(200);
      await record.arrayBuffer();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('lets slow reports hold only their share of the pool: record reads are answered while reports wait', async () => {
    const app = appWith(600_000);
    const clients = [new AbortController(), new AbortController(), new AbortController()];
    const reports = clients.map((c) => app.request(REPORT, { headers: auth(), signal: c.signal }));
    await until(async () => (await sleeping()).length === 1);
    // Both other reports wait for the report connection; reads have the other one.
    for (let i = 0; i < 3; i++) {
      const record = await read(await app.request(`/v1/vacancies/${vacancyId}`, { headers: auth() }));
      expect(record.status).toBe(200);
    }
    expect(await sleeping()).toHaveLength(1);
    for (const c of clients) c.abort();
    for (const r of await Promise.all(reports.map(async (p) => read(await p)))) {
      expect(r.status).toBe(422);
      expect(r.json.code).toBe('report-too-large');
    }
    await until(async () => (await sleeping()).length === 0);
  });
});
