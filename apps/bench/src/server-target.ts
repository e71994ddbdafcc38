// Benchmark target (run by server-bench.ts in its own process, so the load generator does not
// share its event loop): on a database seeded by `seed:server`, the reference server's real app
// (auth, policy, repository, PostgreSQL storage) and the floor of this stack: a minimal Hono
// app that runs the very SQL the storage ran (captured from the app itself) on the same pool
// and returns the documents. Prints one JSON line when ready.
//   BENCH_DATABASE_URL (or DATABASE_URL)=postgres://…   or   BENCH_PGLITE=<data folder>
import { createApp, createPostgresStorage, type SqlExecutor, signToken, silentLogger } from '@banenafspraak/server';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { openBenchStorage } from './server-seed.js';

const SECRET = 'bench-secret-that-is-long-enough-0123456789';

const inner = await openBenchStorage({
  pglite: process.env.BENCH_PGLITE,
  url: process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL,
  schema: process.env.BENCH_SCHEMA,
});
const pool = inner.executor;

// The app's storage runs on the same executor (the same pool); while `captured` is set, the
// statements it runs are recorded, so the floor can run exactly the same ones.
let captured: { sql: string; params: readonly unknown[] }[] | undefined;
const recording = (db: SqlExecutor): SqlExecutor => ({
  async query(sql, params) {
    captured?.push({ sql, params: params ?? [] });
    return db.query(sql, params);
  },
  transaction: (fn) => db.transaction((tx) => fn(recording(tx))),
  exec: (sql) => db.exec(sql),
  close: () => db.close(),
});
const storage = await createPostgresStorage({ executor: recording(pool), migrate: false, kind: inner.kind });
// BENCH_REPORT_TIMEOUT_MS: the reports' time limit (the server's default otherwise), for reports slower than it.
const reportTimeoutMs = process.env.BENCH_REPORT_TIMEOUT_MS ? Number(process.env.BENCH_REPORT_TIMEOUT_MS) : undefined;
const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger, ...(reportTimeoutMs ? { reportTimeoutMs } : {}) });

const { rows: sample } = await pool.query<{ id: string }>(
  `SELECT id::text AS id FROM records TABLESAMPLE SYSTEM (1) WHERE collection = 'placements' LIMIT 2000`,
);
const ids = sample
  .map((r) => r.id)
  .sort(() => Math.random() - 0.5)
  .slice(0, 1000);
const { rows: bigEmployers } = await pool.query<{ kvk: string }>(
  `SELECT employers[1] AS kvk FROM records WHERE collection = 'placements' AND seq % 50 = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
);
const { rows: smallEmployers } = await pool.query<{ kvk: string }>(
  `SELECT employers[1] AS kvk FROM records WHERE collection = 'placements' AND seq % 50 = 0 GROUP BY 1 HAVING count(*) = 1 ORDER BY 1 LIMIT 1`,
);
const national = bigEmployers[0]?.kvk ?? '12345678';
const small = smallEmployers[0]?.kvk ?? '12345678';

const tokens = {
  uwv: await signToken({ userId: 'bench-uwv', organisation: { scheme: 'UWV', value: 'UWV' }, roles: ['READER'] }, SECRET),
  region: await signToken({ userId: 'bench-region', organisation: { scheme: 'AM', value: 'AM22' }, roles: ['READER'] }, SECRET),
  national: await signToken({ userId: 'bench-national', organisation: { scheme: 'KVK', value: national }, roles: ['READER'] }, SECRET),
  small: await signToken({ userId: 'bench-small', organisation: { scheme: 'KVK', value: small }, roles: ['READER'] }, SECRET),
};
type Persona = keyof typeof tokens;

/** The filtered list pages measured: who asks, and what. */
const LISTS: { name: string; persona: Persona; path: string }[] = [
  { name: 'region AM22, status=ACTIVE', persona: 'region', path: '/v1/placements?status=ACTIVE&limit=20' },
  { name: 'region AM22, status=PLANNED', persona: 'region', path: '/v1/placements?status=PLANNED&limit=20' },
  { name: 'UWV, region=AM03&status=ACTIVE', persona: 'uwv', path: '/v1/placements?region=AM03&status=ACTIVE&limit=20' },
  { name: 'largest employer, all its placements', persona: 'national', path: '/v1/placements?limit=20' },
  { name: 'small employer (1 placement)', persona: 'small', path: '/v1/placements?limit=20' },
];

/** Runs one request through the app with statement capture on, and returns the statements. */
async function captureOf(path: string, persona: Persona) {
  captured = [];
  const res = await app.request(path, { headers: { authorization: `Bearer ${tokens[persona]}` } });
  const statements = captured;
  captured = undefined;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  if (statements.length !== 1) throw new Error(`${path}: expected one statement, the app ran ${statements.length}`);
  return statements[0] as { sql: string; params: readonly unknown[] };
}

const byIdStatement = await captureOf(`/v1/placements/${ids[0]}`, 'uwv');
const idPosition = byIdStatement.params.indexOf(ids[0]);
const listStatements = new Map<string, { sql: string; params: readonly unknown[] }>();
for (const l of LISTS) listStatements.set(`${l.persona} ${l.path}`, await captureOf(l.path, l.persona));

// The floor: the same statements on the same pool, documents returned as JSON. No auth, no
// policy, no parameter validation: the lowest a handler on this stack can go.
type Row = { document: unknown; version: unknown; seq?: unknown };
const floor = new Hono();
floor.get('/v1/placements/:id', async (c) => {
  const params = [...byIdStatement.params];
  params[idPosition] = c.req.param('id');
  const { rows } = await pool.query<Row>(byIdStatement.sql, params);
  const row = rows[0];
  if (!row) return c.json({ status: 404 }, 404);
  return c.json(row.document as object, 200, { ETag: `"${row.version}"` });
});
floor.get('/v1/placements', async (c) => {
  const statement = listStatements.get(`${c.req.header('x-persona')} ${c.req.path}?${new URL(c.req.url).search.slice(1)}`);
  if (!statement) return c.json({ status: 404 }, 404);
  const { rows } = await pool.query<Row>(statement.sql, statement.params);
  const items = rows.slice(0, 20).map((r) => r.document);
  return c.json({ items, ...(rows.length > 20 ? { nextCursor: String(rows[19]?.seq) } : {}) });
});

const servers: { close(): void }[] = [];
const listen = (fetch: (r: Request) => Response | Promise<Response>) =>
  new Promise<number>((ok) => {
    servers.push(serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => ok(info.port)));
  });
const appPort = await listen(app.fetch);
const floorPort = await listen(floor.fetch);

// The report endpoints this server has, from its own OpenAPI document.
const openapi = (await (await app.request('/v1/openapi.json')).json()) as {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>>;
};
const reports = Object.entries(openapi.paths)
  .filter(([path, ops]) => path.startsWith('/reports/') && !path.includes('{') && ops.get)
  .map(([path, ops]) => ({
    path: `/v1${path}`,
    query: (ops.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true })),
  }));

process.stdout.write(
  `${JSON.stringify({
    ready: true,
    appPort,
    floorPort,
    storage: inner.kind,
    ids,
    tokens,
    lists: LISTS,
    reports,
    national,
    statements: { byId: byIdStatement.sql.replace(/\s+/g, ' '), list: [...listStatements.values()].map((s) => s.sql.replace(/\s+/g, ' ')) },
  })}\n`,
);

process.on('SIGTERM', () => {
  for (const s of servers) s.close();
  inner.close().then(() => process.exit(0));
});
