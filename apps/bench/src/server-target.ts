// Benchmark target (run by server-bench.ts in its own process): the reference app on PGlite
// (or PostgreSQL with BENCH_DATABASE_URL) with 100,000 placements, and a bare Hono handler
// that returns a fixed placement document. Prints one JSON line when ready.
import { placementExample } from '@banenafspraak/core';
import {
  createApp,
  createMemoryStorage,
  createPgliteStorage,
  createPgStorage,
  type PostgresStorage,
  signToken,
  silentLogger,
} from '@banenafspraak/server';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const COUNT = Number(process.env.BENCH_PLACEMENTS ?? 100_000);
const SECRET = 'bench-secret-that-is-long-enough-0123456789';
const REGIONS = [
  'AM01',
  'AM02',
  'AM03',
  'AM05',
  'AM06',
  'AM07',
  'AM08',
  'AM09',
  'AM10',
  'AM11',
  'AM12',
  'AM13',
  'AM14',
  'AM15',
  'AM17',
  'AM18',
  'AM19',
  'AM20',
  'AM21',
  'AM22',
  'AM23',
  'AM24',
  'AM25',
  'AM26',
  'AM27',
  'AM28',
  'AM29',
  'AM30',
  'AM32',
  'AM33',
  'AM34',
  'AM35',
  'AM36',
  'AM37',
  'AM38',
];

const url = process.env.BENCH_DATABASE_URL;
const storage: PostgresStorage = url ? await createPgStorage({ connectionString: url }) : await createPgliteStorage();
await storage.truncateAll();

const template = structuredClone(placementExample) as Record<string, unknown>;
delete template.municipality;
const started = performance.now();
await storage.executor.query(
  `WITH g AS (
     SELECT i, gen_random_uuid() AS id,
            ($2::text[])[1 + i % 35] AS region,
            lpad((10000000 + i % 20)::text, 8, '0') AS kvk,
            (ARRAY['ACTIVE', 'ENDED', 'PLANNED'])[1 + i % 3] AS status
     FROM generate_series(1, $3::int) AS i)
   INSERT INTO records (id, collection, version, status, confidentiality_rank, employers, regions, period_from, period_to, document, created_at, updated_at)
   SELECT id, 'placements', 1, status, 3, ARRAY[kvk], ARRAY[region], DATE '2026-03-01', NULL,
          jsonb_set(jsonb_set(jsonb_set(jsonb_set($1::jsonb, '{id}', to_jsonb(id::text)), '{region}', to_jsonb(region)), '{status}', to_jsonb(status)), '{employer,kvkNumber}', to_jsonb(kvk)),
          now(), now()
   FROM g`,
  [JSON.stringify(template), REGIONS, COUNT],
);
await storage.executor.query('ANALYZE records');
const seedSeconds = (performance.now() - started) / 1000;
const { rows } = await storage.executor.query<{ id: string }>('SELECT id::text AS id FROM records ORDER BY random() LIMIT 1000');

const app = createApp({ storage, auth: { secret: SECRET }, logger: silentLogger });

// The same app on the in-memory storage, for the app layer's own cost (ids of the sample only).
const memory = createMemoryStorage();
const writer = {
  principal: { userId: 'bench', organisation: { scheme: 'UWV' as const, value: 'UWV' as const }, roles: ['WRITER' as const] },
  now: new Date().toISOString(),
};
for (const r of rows)
  await memory.createRecord(writer, 'placements', { ...structuredClone(template), id: r.id } as Record<string, unknown> & { id: string });
const memoryApp = createApp({ storage: memory, auth: { secret: SECRET }, logger: silentLogger });
const fixed = { ...template, id: rows[0]?.id };
const bare = new Hono();
bare.get('/v1/placements/:id', (c) => c.json(fixed));

const listen = (fetch: (r: Request) => Response | Promise<Response>) =>
  new Promise<number>((ok) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => ok(info.port));
    process.on('SIGTERM', () => s.close());
  });
const appPort = await listen(app.fetch);
const barePort = await listen(bare.fetch);
const memoryPort = await listen(memoryApp.fetch);

const uwv = await signToken({ userId: 'bench-uwv', organisation: { scheme: 'UWV', value: 'UWV' }, roles: ['READER'] }, SECRET);
const region = await signToken({ userId: 'bench-region', organisation: { scheme: 'AM', value: 'AM22' }, roles: ['READER'] }, SECRET);
process.stdout.write(
  `${JSON.stringify({ ready: true, appPort, barePort, memoryPort, ids: rows.map((r) => r.id), tokens: { uwv, region }, seedSeconds, storage: storage.kind, count: COUNT })}\n`,
);

process.on('SIGTERM', () => {
  storage.close().then(() => process.exit(0));
});

// On a line "storage <seconds>" on stdin: the storage's getRecord alone, without HTTP, from
// 50 concurrent callers, to show how much of GET by id the database path takes.
const reader = (await import('node:readline')).createInterface({ input: process.stdin });
reader.on('line', async (line) => {
  const [command, seconds] = line.split(' ');
  if (command !== 'storage') return;
  const reader = {
    principal: { userId: 'bench-uwv', organisation: { scheme: 'UWV' as const, value: 'UWV' as const }, roles: ['READER' as const] },
    now: new Date().toISOString(),
  };
  const until = performance.now() + Number(seconds) * 1000;
  let done = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (performance.now() < until) {
        const row = rows[next++ % rows.length];
        if (!row) break;
        await storage.getRecord(reader, 'placements', row.id);
        done++;
      }
    }),
  );
  process.stdout.write(`${JSON.stringify({ storage: true, perSecond: done / Number(seconds) })}\n`);
});
