import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { signToken } from './auth.js';
import { DEMO_IDS, demoPersonas, seedDemoData } from './demo.js';
import { silentLogger } from './logger.js';
import { createMemoryStorage } from './storage/memory.js';
import type { Storage } from './storage/port.js';
import { createPgliteStorage, createPostgresStorage, type PostgresStorage } from './storage/postgres.js';
import type { SqlExecutor } from './storage/sql.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const NOW = '2026-04-15T10:00:00.000Z';
const PATH = `/v1/placements/${DEMO_IDS.placementEmployee}`;

/** Records the storage methods called and the SQL statements run, so a test can see what a request read. */
function observed(storage: Storage) {
  const calls: string[] = [];
  const spied = new Proxy(storage, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return value.apply(target, args);
      };
    },
  });
  return { storage: spied, calls };
}

function recording(db: SqlExecutor, statements: string[]): SqlExecutor {
  return {
    query(sql, params) {
      statements.push(sql);
      return db.query(sql, params);
    },
    transaction: (fn) => db.transaction((tx) => fn(recording(tx, statements))),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
  };
}

interface Harness {
  storage: Storage;
  statements: string[];
  close(): Promise<void>;
}

const harnesses: [string, () => Promise<Harness>][] = [
  ['memory', async () => ({ storage: createMemoryStorage(), statements: [], close: async () => {} })],
  [
    'PostgreSQL (PGlite)',
    async () => {
      const inner: PostgresStorage = await createPgliteStorage();
      const statements: string[] = [];
      const storage = await createPostgresStorage({ executor: recording(inner.executor, statements), migrate: false });
      return { storage, statements, close: () => inner.close() };
    },
  ],
];

describe.each(harnesses)('GET of a record with If-None-Match (%s)', (_name, open) => {
  let h: Harness;
  let spy: ReturnType<typeof observed>;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    h = await open();
    await seedDemoData(h.storage, NOW);
    spy = observed(h.storage);
    app = createApp({ storage: spy.storage, auth: { secret: SECRET }, clock: () => new Date(NOW), logger: silentLogger });
    for (const p of demoPersonas) tokens[p.key] = await signToken(p.principal, SECRET);
  });
  afterAll(() => h.close());

  const get = (who: string, headers: Record<string, string> = {}) =>
    app.request(PATH, { headers: { Authorization: `Bearer ${tokens[who]}`, ...headers } });

  it('answers 304 with the ETag and no body when the version is current, without reading the document', async () => {
    const first = await get('werkgever');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"\d+"$/);

    spy.calls.length = 0;
    h.statements.length = 0;
    const res = await get('werkgever', { 'If-None-Match': etag });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
    expect(await res.text()).toBe('');
    // Only the version was read: not the document, in the storage nor in its SQL.
    expect(spy.calls).not.toContain('getRecord');
    for (const sql of h.statements) expect(sql).not.toMatch(/\bdocument\b/);
  });

  it('compares weakly and accepts a list of ETags or *', async () => {
    const etag = (await get('werkgever')).headers.get('etag') as string;
    for (const header of [`W/${etag}`, `"999", ${etag}`, '*'])
      expect((await get('werkgever', { 'If-None-Match': header })).status).toBe(304);
  });

  it('sends the document when the ETag is not the current version', async () => {
    const res = await get('werkgever', { 'If-None-Match': '"999"' });
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(DEMO_IDS.placementEmployee);
  });

  it('gives a caller who may not read the record 404, not 304, whatever ETag it sends', async () => {
    const etag = (await get('werkgever')).headers.get('etag') as string;
    const res = await get('andere-werkgever', { 'If-None-Match': etag });
    expect(res.status).toBe(404);
    expect((await get('andere-werkgever', { 'If-None-Match': '*' })).status).toBe(404);
  });
});
