import { placementExample, vacancyExample } from '@banenafspraak/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { signToken } from './auth.js';
import { DEMO_IDS, demoInstruction, demoPersonas, demoPrincipal, seedDemoData } from './demo.js';
import { parseJson, type ResponseJson } from './internal/testing.js';
import { silentLogger } from './logger.js';
import { createPgStorage, type PostgresStorage } from './storage/postgres.js';
import { storageTargets } from './storage/targets.test-helper.js';

// The HTTP flows that depend on the storage, on the PostgreSQL storage (PGlite here, a real
// server too when DATABASE_URL is set). Everything else is covered on memory in app.test.ts.
const SECRET = 'test-secret-that-is-long-enough-0123456789';
const targets = storageTargets('test_app');

for (const [name, make] of targets) {
  describe(`API on ${name}`, () => {
    let storage: PostgresStorage;
    let app: ReturnType<typeof createApp>;
    const tokens: Record<string, string> = {};
    const call = async (who: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await app.request(path, {
        method,
        headers: {
          Authorization: `Bearer ${tokens[who]}`,
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, text, json: parseJson(text) };
    };

    beforeAll(async () => {
      storage = await make();
      app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger, clock: () => new Date('2026-04-15T10:00:00.000Z') });
      for (const p of demoPersonas) tokens[p.key] = await signToken(p.principal, SECRET);
    });
    afterAll(() => storage.close());
    beforeEach(async () => {
      await storage.truncateAll();
      await seedDemoData(storage, '2026-04-15T10:00:00.000Z');
    });

    it('creates, updates with If-Match, refuses stale writes and audits failed attempts', async () => {
      const doc = { ...structuredClone(placementExample), id: crypto.randomUUID(), status: 'PLANNED' };
      const created = await call('werkgever', 'POST', '/v1/placements', doc, { 'Idempotency-Key': 'k1' });
      expect(created.status).toBe(201);
      const replay = await call('werkgever', 'POST', '/v1/placements', doc, { 'Idempotency-Key': 'k1' });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      doc.id = created.json.id;
      expect((await call('werkgever', 'PUT', `/v1/placements/${doc.id}`, { ...doc, status: 'ACTIVE' }, { 'If-Match': '"1"' })).status).toBe(
        200,
      );
      expect((await call('werkgever', 'PUT', `/v1/placements/${doc.id}`, doc, { 'If-Match': '"1"' })).status).toBe(412);
      const trail = await call('werkgever', 'GET', `/v1/placements/${doc.id}/audittrail`);
      expect(trail.json.items.map((e: ResponseJson) => [e.action, e.result])).toEqual([
        ['create', 201],
        ['update', 200],
        ['update', 412],
      ]);
      expect(trail.json.items[0].at).toBe('2026-04-15T10:00:00.000Z');
    });

    it('filters tenants in the query and pages with a cursor', async () => {
      expect((await call('regio-haaglanden', 'GET', '/v1/placements')).json.items.map((p: ResponseJson) => p.id)).toEqual([
        DEMO_IDS.placementHaaglanden,
      ]);
      expect((await call('andere-werkgever', 'GET', `/v1/placements/${DEMO_IDS.placementEmployee}`)).status).toBe(404);
      expect((await call('regio-rijnmond', 'GET', `/v1/wage-value-assessments/${DEMO_IDS.wageValueAssessment}`)).status).toBe(403);
      const first = await call('werkgever', 'GET', '/v1/placements?limit=2');
      const second = await call('werkgever', 'GET', `/v1/placements?limit=2&cursor=${first.json.nextCursor}`);
      expect([...first.json.items, ...second.json.items].map((p: ResponseJson) => p.id)).toEqual([
        DEMO_IDS.placementEmployee,
        DEMO_IDS.placementHaaglanden,
        DEMO_IDS.placementTrial,
      ]);
      const report = await call('werkgever', 'GET', '/v1/reports/progress?from=2026-01-01&to=2026-12-31');
      expect(report.json.rows.map((r: ResponseJson) => r.key)).toEqual(['AM21', 'AM22']);
    });

    it('refuses an event cursor beyond the range of transaction ids with 400, not 500', async () => {
      const cursor = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
      // xid8 holds up to 2^64 - 1; a forged cursor with a larger (still 20-digit) id is no position of the feed.
      for (const xid of ['18446744073709551616', '99999999999999999999']) {
        const r = await call('werkgever', 'GET', `/v1/events?after=${cursor(`e:${xid}:0`)}`);
        expect([r.status, r.json.code, r.json.issues?.[0]?.code]).toEqual([400, 'invalid-input', 'invalid_cursor']);
      }
      const last = await call('werkgever', 'GET', `/v1/events?after=${cursor('e:18446744073709551615:0')}`);
      expect([last.status, last.json.items]).toEqual([200, []]);
    });

    it('refuses a date in year 0000 (PostgreSQL has no year 0) with 400 naming it, in documents and list filters', async () => {
      const doc = { ...structuredClone(placementExample), status: 'PLANNED', startDate: '0000-01-01' };
      const created = await call('werkgever', 'POST', '/v1/placements', doc);
      expect([created.status, created.json.code]).toEqual([400, 'invalid-input']);
      expect(created.json.issues.map((i: ResponseJson) => [i.code, i.path.join('.')])).toContainEqual(['invalid_date', 'startDate']);
      const checked = await call('werkgever', 'POST', '/v1/placements/_valideer', doc);
      expect([checked.status, checked.json.valid]).toEqual([200, false]);
      for (const filter of ['from', 'to']) {
        const listed = await call('werkgever', 'GET', `/v1/placements?${filter}=0000-01-01`);
        expect([filter, listed.status, listed.json.issues?.[0]?.path]).toEqual([filter, 400, ['query', filter]]);
      }
      expect((await call('werkgever', 'GET', '/v1/placements?from=0001-01-01&to=9999-12-31')).status).toBe(200);
    });

    it('stores and reports a vacancy whose number of places does not fit a 32-bit integer', async () => {
      const vacancy = { ...structuredClone(vacancyExample), numberOfPlaces: 3_000_000_000 };
      const created = await call('werkgever', 'POST', '/v1/vacancies', vacancy);
      expect(created.status).toBe(201);
      const report = await call('werkgever', 'GET', '/v1/reports/vacancies?from=2026-01-01&to=2026-12-31&asOf=2026-04-15&groupBy=none');
      expect(report.status).toBe(200);
      expect(report.json.totals.places).toBeGreaterThanOrEqual(3_000_000_000);
    });

    it('purges the employer instruction for good on revocation', async () => {
      const id = DEMO_IDS.employerInstruction;
      const text = demoInstruction().workImpacts[0].text as string;
      expect((await call('leidinggevende', 'GET', `/v1/employer-instructions/${id}`)).text).toContain(text);
      expect((await call('werknemer', 'DELETE', `/v1/employer-instructions/${id}`, undefined, { 'If-Match': '"1"' })).status).toBe(204);
      const { rows } = await storage.executor.query<{ content: unknown; header: unknown }>(
        'SELECT content, header FROM employer_instructions WHERE id = $1',
        [id],
      );
      expect(rows[0]?.content).toBeNull();
      expect(JSON.stringify(rows)).not.toContain(text);
      const { rows: audit } = await storage.executor.query('SELECT * FROM audit_events');
      expect(JSON.stringify(audit)).not.toContain(text);
      expect((await call('leidinggevende', 'GET', `/v1/employer-instructions/${id}`)).status).toBe(404);
      expect(
        (await call('werknemer', 'GET', `/v1/employer-instructions/${id}/read-log`)).json.items.map((r: ResponseJson) => r.userId),
      ).toEqual(['leidinggevende-devries']);
    });
  });
}

// Several stateless instances behind a load balancer on one PostgreSQL: retries and races
// that land on different instances still give one record and one winner.
describe.skipIf(!process.env.DATABASE_URL)(
  `two instances on one PostgreSQL server${process.env.DATABASE_URL ? '' : ' (skipped: set DATABASE_URL)'}`,
  () => {
    let a: PostgresStorage;
    let b: PostgresStorage;
    let apps: [ReturnType<typeof createApp>, ReturnType<typeof createApp>];
    let token: string;
    beforeAll(async () => {
      a = await createPgStorage({ connectionString: process.env.DATABASE_URL as string, schema: 'test_app_lb' });
      b = await createPgStorage({ connectionString: process.env.DATABASE_URL as string, schema: 'test_app_lb' });
      const instance = (storage: PostgresStorage) => createApp({ storage, auth: { secret: SECRET }, logger: silentLogger });
      apps = [instance(a), instance(b)];
      token = await signToken(demoPrincipal('werkgever'), SECRET);
      await a.truncateAll();
    });
    afterAll(async () => {
      await a.close();
      await b.close();
    });
    const send = (i: 0 | 1, method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
      apps[i].request(path, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    it('a POST retried on another instance with the same Idempotency-Key creates one record', async () => {
      const doc = { ...structuredClone(placementExample), id: undefined, status: 'PLANNED' };
      const results = await Promise.all(
        ([0, 1, 0, 1] as const).map((i) => send(i, 'POST', '/v1/placements', doc, { 'Idempotency-Key': 'lb-1' })),
      );
      const bodies = await Promise.all(results.map((r) => r.json()));
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(bodies.map((d: ResponseJson) => d.id)).size).toBe(1);
      expect(results.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(3);
      const { rows } = await a.executor.query("SELECT count(*)::int AS n FROM records WHERE collection = 'placements'");
      expect(rows[0]).toEqual({ n: 1 });
    });

    it('of two updates of the same version on different instances, exactly one wins', async () => {
      const doc = { ...structuredClone(placementExample), id: crypto.randomUUID(), status: 'PLANNED' };
      const created = await send(0, 'POST', '/v1/placements', doc);
      expect(created.status).toBe(201);
      doc.id = ((await created.json()) as { id: typeof doc.id }).id;
      const results = await Promise.all(
        ([0, 1] as const).map((i) => send(i, 'PUT', `/v1/placements/${doc.id}`, { ...doc, hoursPerWeek: 20 + i }, { 'If-Match': '"1"' })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    });
  },
);
