import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, generateOpenApiDocument } from './app.js';
import { signToken } from './auth.js';
import { isServerError } from './errors.js';
import { parseJson } from './internal/testing.js';
import { silentLogger } from './logger.js';
import { EMPLOYER, seedSteering } from './steering/seed.test-helper.js';
import { createMemoryStorage } from './storage/memory.js';
import { createPgliteStorage, createPostgresStorage, type PostgresStorage } from './storage/postgres.js';
import { withReportPrelude } from './storage/slow-reports.test-helper.js';
import type { SqlExecutor } from './storage/sql.js';

// PGlite runs a statement to its end (no timer interrupts in WebAssembly), so here the database
// raises query_canceled itself, as a timeout or pg_cancel_backend would; the real timeout and
// cancels are in report-time-limit.pg.test.ts.
const SECRET = 'test-secret-that-is-long-enough-0123456789';
const REPORT = '/v1/reports/vacancies?from=2026-01-01&to=2026-06-30&asOf=2026-05-08';
const RAISE_CANCELED =
  "DO $$ BEGIN RAISE EXCEPTION 'canceling statement due to statement timeout' USING ERRCODE = 'query_canceled'; END $$";
const LEAKS = /select|pg_sleep|statement|canceling|57014|query_canceled|\bDO\b/i;

describe('a report stopped in the database, on PGlite', () => {
  let base: PostgresStorage;
  let storage: PostgresStorage;
  let token = '';
  let prelude: (tx: SqlExecutor) => Promise<void> = async () => {};
  let app: ReturnType<typeof createApp>;
  const get = async (path: string, init: RequestInit = {}) => {
    const res = await app.request(path, { ...init, headers: { Authorization: `Bearer ${token}` } });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('Content-Type'), text, json: parseJson(text) };
  };

  beforeAll(async () => {
    base = await createPgliteStorage();
    await seedSteering(base);
    // A second storage on the same database whose reports run the test's prelude first.
    storage = await createPostgresStorage({
      executor: withReportPrelude(base.executor, (tx) => prelude(tx)),
      migrate: false,
    });
    app = createApp({
      storage,
      auth: { secret: SECRET },
      logger: silentLogger,
      clock: () => new Date('2026-05-08T12:00:00.000Z'),
      reportTimeoutMs: 600_000,
    });
    token = await signToken(EMPLOYER, SECRET);
  });
  afterAll(() => base.close());

  it('answers a cancelled statement with the 422 report-too-large problem, naming no SQL, and the database serves reads after', async () => {
    prelude = async (tx) => {
      await tx.query(RAISE_CANCELED);
    };
    const r = await get(REPORT);
    expect(r.status).toBe(422);
    expect(r.type).toMatch(/^application\/problem\+json/);
    expect(r.json).toMatchObject({
      type: 'urn:banenafspraak:problem:report-too-large',
      title: 'Rapportage te groot voor één verzoek',
      status: 422,
      code: 'report-too-large',
      instance: '/v1/reports/vacancies',
    });
    expect(r.json.detail).toMatch(/kortere periode/);
    expect(r.text).not.toMatch(LEAKS);

    prelude = async () => {};
    const list = await get('/v1/vacancies?limit=1');
    expect(list.status).toBe(200);
    const id = list.json.items[0].id as string;
    expect((await get(`/v1/vacancies/${id}`)).status).toBe(200);
    expect((await get(REPORT)).status).toBe(200);
  });

  it('runs a report read-only, with the configured time left as statement_timeout', async () => {
    const seen: { readOnly: unknown; timeoutMs: number }[] = [];
    prelude = async (tx) => {
      const { rows } = await tx.query<{ ro: string; ms: string }>(
        "SELECT current_setting('transaction_read_only') AS ro, (SELECT setting FROM pg_settings WHERE name = 'statement_timeout') AS ms",
      );
      seen.push({ readOnly: rows[0]?.ro, timeoutMs: Number(rows[0]?.ms) });
    };
    expect((await get(REPORT)).status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.readOnly).toBe('on');
    // The limit is the time left of the 10 minutes given: far above 0, never above the limit.
    expect(seen[0]?.timeoutMs).toBeGreaterThan(60_000);
    expect(seen[0]?.timeoutMs).toBeLessThanOrEqual(600_000);
  });

  it('runs a report in a read-only transaction: a write inside it is refused and not kept', async () => {
    prelude = async (tx) => {
      await tx.query("UPDATE records SET status = 'TAMPERED' WHERE collection = 'vacancies'");
    };
    const actor = { principal: EMPLOYER, now: '2026-05-08T12:00:00.000Z' };
    const error = await storage
      .steeringFigures(actor, { report: 'balance', from: '2026-01-01', to: '2026-06-30' })
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('25006');
    prelude = async () => {};
    const { rows } = await base.executor.query<{ tampered: number; vacancies: number }>(
      "SELECT count(*) FILTER (WHERE status = 'TAMPERED')::int AS tampered, count(*)::int AS vacancies FROM records WHERE collection = 'vacancies'",
    );
    expect(rows[0]?.vacancies).toBeGreaterThan(0);
    expect(rows[0]?.tampered).toBe(0);
  });

  it('starts no further statement once the client has gone away', async () => {
    const controller = new AbortController();
    let ran = 0;
    prelude = async (tx) => {
      await tx.query('SELECT 1');
      ran++;
      // The client leaves while the report is under way.
      controller.abort();
    };
    const r = await get(REPORT, { signal: controller.signal });
    expect(ran).toBe(1);
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('report-too-large');
    prelude = async () => {};
    expect((await get(REPORT)).status).toBe(200);
  });

  it('answers a report after its time limit without starting the next statement', async () => {
    const limited = createApp({
      storage: await createPostgresStorage({
        executor: withReportPrelude(base.executor, async (tx) => {
          // Outlasts the 1 ms limit; PGlite cannot interrupt it, so the report stops before its next statement.
          await tx.query('SELECT pg_sleep(0.2)');
        }),
        migrate: false,
      }),
      auth: { secret: SECRET },
      logger: silentLogger,
      clock: () => new Date('2026-05-08T12:00:00.000Z'),
      reportTimeoutMs: 1,
    });
    const res = await limited.request(REPORT, { headers: { Authorization: `Bearer ${token}` } });
    const text = await res.text();
    expect(res.status).toBe(422);
    expect(parseJson(text).code).toBe('report-too-large');
    expect(text).not.toMatch(LEAKS);
  });
});

describe('the memory storage', () => {
  it('has no time limit, but does no work for a client that has already gone away', async () => {
    const storage = createMemoryStorage();
    await seedSteering(storage);
    const actor = { principal: EMPLOYER, now: '2026-05-08T12:00:00.000Z' };
    const query = { report: 'balance', from: '2026-01-01', to: '2026-06-30' } as const;
    expect((await storage.steeringFigures(actor, query, { timeoutMs: 1 })).report).toBe('balance');
    const gone = new AbortController();
    gone.abort();
    const error = await storage.steeringFigures(actor, query, { signal: gone.signal }).catch((e: unknown) => e);
    expect(isServerError(error) && error.code).toBe('report-too-large');
  });
});

describe('the OpenAPI document', () => {
  it('documents the 422 problem on every report', () => {
    const paths = generateOpenApiDocument().paths ?? {};
    const reports = Object.keys(paths).filter((p) => p.startsWith('/reports/'));
    expect(reports.length).toBeGreaterThanOrEqual(5);
    for (const path of reports) {
      const responses = (paths[path]?.get?.responses ?? {}) as Record<string, { content?: Record<string, unknown> }>;
      const unprocessable = responses['422'];
      expect(unprocessable?.content?.['application/problem+json'], path).toBeDefined();
    }
  });
});

describe('createApp', () => {
  it('refuses a report time limit that is not a positive whole number of milliseconds', () => {
    for (const reportTimeoutMs of [0, -5, 1.5, Number.NaN])
      expect(() => createApp({ storage: createMemoryStorage(), auth: { secret: SECRET }, logger: silentLogger, reportTimeoutMs })).toThrow(
        /reportTimeoutMs/,
      );
  });
});
