// Benchmark of the reference server at scale (issue 15), on a database seeded with `seed:server`:
//  - throughput of GET by id and of a filtered list page: the real app against the floor of this
//    stack (a minimal Hono handler running the same SQL on the same pool), interleaved rounds,
//    median ratio with its spread; and of a conditional GET (If-None-Match → 304);
//  - single-client latency p50/p99 of filtered list pages (app and floor, interleaved) and of
//    every report endpoint the server has.
// Run: BENCH_DATABASE_URL=postgres://… (or DATABASE_URL) pnpm --filter @banenafspraak/bench bench:server
//  or: BENCH_PGLITE=<data folder> pnpm --filter @banenafspraak/bench bench:server
// Options (env): BENCH_ROUNDS (3), BENCH_DURATION seconds per run (5), BENCH_CONNECTIONS (20),
// BENCH_LIST_SAMPLES (200), BENCH_REPORT_SAMPLES (15; 0 skips the reports), BENCH_REPORTS (report
// paths to measure, comma-separated, e.g. `lead-times`; all by default), BENCH_REPORT_TIMEOUT_MS
// (the reports' time limit in the target), BENCH_TARGET_FLAGS.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const LIST_SAMPLES = Number(process.env.BENCH_LIST_SAMPLES ?? 200);
const REPORT_SAMPLES = Number(process.env.BENCH_REPORT_SAMPLES ?? 15);
const REPORTS = (process.env.BENCH_REPORTS ?? '').split(',').filter(Boolean);

interface Ready {
  appPort: number;
  floorPort: number;
  storage: string;
  ids: string[];
  tokens: Record<string, string>;
  lists: { name: string; persona: string; path: string }[];
  reports: { path: string; query: { name: string; required: boolean }[] }[];
  national: string;
  statements: { byId: string; list: string[] };
}

const target = spawn(
  process.execPath,
  [
    // BENCH_TARGET_FLAGS: Node flags for the server process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
    ...(process.env.BENCH_TARGET_FLAGS ?? '').split(' ').filter(Boolean),
    '--conditions=@banenafspraak/source',
    '--import',
    'tsx',
    fileURLToPath(new URL('./server-target.ts', import.meta.url)),
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
);
const ready = await new Promise<Ready>((ok, fail) => {
  createInterface({ input: target.stdout }).on('line', (line) => {
    if (line.startsWith('{"ready":true')) ok(JSON.parse(line));
  });
  target.on('exit', (code) => fail(new Error(`target exited with ${code}`)));
});

const percentile = (xs: readonly number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? Number.NaN;
const median = (xs: readonly number[]) => percentile(xs, 50);
const spread = (xs: readonly number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

// ---- Throughput (autocannon), interleaved rounds ---------------------------------------------

interface Run {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  bad: number;
}

async function load(
  port: number,
  paths: readonly string[],
  headersOf: (path: string) => Record<string, string>,
  okStatus = '2xx',
): Promise<Run> {
  let i = 0;
  const result = (await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'GET',
        setupRequest: (req: Record<string, unknown>) => {
          const path = paths[i++ % paths.length] as string;
          return { ...req, path, headers: headersOf(path) };
        },
      },
    ],
  })) as unknown as Record<string, number> & { requests: { average: number }; latency: { p50: number; p99: number } };
  const ok = result[okStatus] ?? 0;
  const all = (result['1xx'] ?? 0) + (result['2xx'] ?? 0) + (result['3xx'] ?? 0) + (result['4xx'] ?? 0) + (result['5xx'] ?? 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok, bad: all - ok + (result.errors ?? 0) };
}

const auth = (persona: string) => ({ authorization: `Bearer ${ready.tokens[persona]}`, 'x-persona': persona });
const byId = ready.ids.map((id) => `/v1/placements/${id}`);
const list = ready.lists[0] as Ready['lists'][number];

// ETags of the sampled records, for the conditional GETs.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function get(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; ms: number; etag?: string; bytes: number }>((ok, fail) => {
    const started = performance.now();
    const req = request({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => ok({ status: res.statusCode ?? 0, ms: performance.now() - started, etag: res.headers.etag, bytes }));
    });
    req.on('error', fail);
    req.end();
  });
}
const etags = new Map<string, string>();
for (const path of byId) {
  const r = await get(ready.appPort, path, auth('uwv'));
  if (r.etag) etags.set(path, r.etag);
}
const conditionalGet = await get(ready.appPort, byId[0] as string, { ...auth('uwv'), 'if-none-match': etags.get(byId[0] as string) ?? '' });

const scenarios = {
  getApp: () => load(ready.appPort, byId, () => auth('uwv')),
  getFloor: () => load(ready.floorPort, byId, () => auth('uwv')),
  listApp: () => load(ready.appPort, [list.path], () => auth(list.persona)),
  listFloor: () => load(ready.floorPort, [list.path], () => auth(list.persona)),
  conditional: () => load(ready.appPort, byId, (path) => ({ ...auth('uwv'), 'if-none-match': etags.get(path) ?? '' }), '3xx'),
};
type Scenario = keyof typeof scenarios;
const runs: Record<Scenario, Run[]> = { getApp: [], getFloor: [], listApp: [], listFloor: [], conditional: [] };

// Warm-up (JIT, plan caches, buffers), then rounds whose order alternates.
await scenarios.getApp();
await scenarios.getFloor();
for (let round = 0; round < ROUNDS; round++) {
  const order: Scenario[] =
    round % 2 === 0
      ? ['getApp', 'getFloor', 'listApp', 'listFloor', 'conditional']
      : ['getFloor', 'getApp', 'conditional', 'listFloor', 'listApp'];
  for (const s of order) runs[s].push(await scenarios[s]());
  console.error(`round ${round + 1}/${ROUNDS} done`);
}

// ---- Single-client latency ---------------------------------------------------------------------

interface Latency {
  name: string;
  app: number[];
  floor: number[];
  bytes: number;
}
const latencies: Latency[] = [];
for (const l of ready.lists) {
  const entry: Latency = { name: l.name, app: [], floor: [], bytes: 0 };
  for (let i = 0; i < 20; i++) {
    await get(ready.appPort, l.path, auth(l.persona));
    await get(ready.floorPort, l.path, auth(l.persona));
  }
  for (let i = 0; i < LIST_SAMPLES; i++) {
    const a = await get(ready.appPort, l.path, auth(l.persona));
    const f = await get(ready.floorPort, l.path, auth(l.persona));
    if (a.status !== 200 || f.status !== 200) throw new Error(`${l.path}: ${a.status}/${f.status}`);
    entry.app.push(a.ms);
    entry.floor.push(f.ms);
    entry.bytes = a.bytes;
  }
  latencies.push(entry);
}

// Report endpoints: the query parameters they need, filled from this table.
const REPORT_VALUES: Record<string, string> = {
  from: '2026-01-01',
  to: '2026-11-30',
  employer: ready.national,
  region: 'AM22',
  year: '2026',
};
interface ReportLatency {
  path: string;
  persona: string;
  samples: number[];
  status: number;
  note?: string;
}
const reportLatencies: ReportLatency[] = [];
for (const report of ready.reports) {
  if (REPORTS.length > 0 && !REPORTS.some((r) => report.path.includes(r))) continue;
  const missing = report.query.filter((q) => q.required && REPORT_VALUES[q.name] === undefined).map((q) => q.name);
  const query = report.query
    .filter((q) => q.required && REPORT_VALUES[q.name] !== undefined)
    .map((q) => `${q.name}=${encodeURIComponent(REPORT_VALUES[q.name] as string)}`)
    .join('&');
  const path = `${report.path}${query ? `?${query}` : ''}`;
  for (const persona of ['uwv', 'region']) {
    const entry: ReportLatency = { path, persona, samples: [], status: 0 };
    if (REPORT_SAMPLES === 0) entry.note = 'not measured (BENCH_REPORT_SAMPLES=0)';
    else if (missing.length) entry.note = `not measured: no value for ${missing.join(', ')}`;
    else {
      const started = performance.now();
      for (let i = 0; i < REPORT_SAMPLES + 1; i++) {
        const r = await get(ready.appPort, path, auth(persona));
        entry.status = r.status;
        if (r.status !== 200) break;
        if (i > 0) entry.samples.push(r.ms); // the first one warms up
        if (performance.now() - started > 120_000) {
          entry.note = 'stopped after 2 minutes';
          break;
        }
      }
    }
    reportLatencies.push(entry);
  }
}

target.kill('SIGTERM');
agent.destroy();

// ---- Output --------------------------------------------------------------------------------------

const ratio = (a: Run[], b: Run[]) => a.map((r, i) => r.rps / (b[i] as Run).rps);
const fmtRuns = (xs: Run[]) =>
  `${spread(
    xs.map((x) => x.rps),
    0,
  )} | ${median(xs.map((x) => x.p50))} | ${median(xs.map((x) => x.p99))} | ${xs.reduce((a, x) => a + x.bad, 0)}`;
const getRatio = ratio(runs.getApp, runs.getFloor);
const listRatio = ratio(runs.listApp, runs.listFloor);
console.log(
  `\nReference server on ${ready.storage}, ${ready.ids.length} sampled placement ids; ${ROUNDS} interleaved rounds of ${DURATION} s, ${CONNECTIONS} connections; Node ${process.version}, ${cpus().length} cores, load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
console.log('| scenario | req/s median (min–max) | p50 ms | p99 ms | unexpected status/errors |');
console.log('|---|---|---:|---:|---:|');
console.log(`| GET /v1/placements/{id}, app | ${fmtRuns(runs.getApp)} |`);
console.log(`| GET by id, floor (same SQL, same pool) | ${fmtRuns(runs.getFloor)} |`);
console.log(`| GET ${list.path} (${list.name}), app | ${fmtRuns(runs.listApp)} |`);
console.log(`| same list, floor | ${fmtRuns(runs.listFloor)} |`);
console.log(`| GET by id with If-None-Match → 304, app | ${fmtRuns(runs.conditional)} |`);
console.log(`\nGET by id: app / floor = ${spread(getRatio, 2)} (target ≥ 0.6): ${median(getRatio) >= 0.6 ? 'met' : 'NOT met'}`);
console.log(`List page: app / floor = ${spread(listRatio, 2)} (target ≥ 0.6): ${median(listRatio) >= 0.6 ? 'met' : 'NOT met'}`);
console.log(
  `Conditional GET: ${conditionalGet.status} with ${conditionalGet.bytes} body bytes; 304 req/s / 200 req/s = ${spread(ratio(runs.conditional, runs.getApp), 2)}`,
);

console.log(`\nSingle client, filtered list pages (20 per page), ${LIST_SAMPLES} requests each, app and floor alternating:\n`);
console.log('| list page | app p50 ms | app p99 ms | floor p50 ms | floor p99 ms | app p50 / floor p50 | target p50 < 5 ms |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const l of latencies) {
  const a50 = median(l.app);
  console.log(
    `| ${l.name} | ${a50.toFixed(2)} | ${percentile(l.app, 99).toFixed(2)} | ${median(l.floor).toFixed(2)} | ${percentile(l.floor, 99).toFixed(2)} | ${(a50 / median(l.floor)).toFixed(2)} | ${a50 < 5 ? 'met' : 'NOT met'} |`,
  );
}
console.log(
  `\nSingle client, report endpoints (${REPORT_SAMPLES} requests after one warm-up; uwv sees every record, region only AM22's):\n`,
);
console.log('| report | persona | status | p50 ms | p99 ms | target p50 < 300 ms |');
console.log('|---|---|---:|---:|---:|---|');
for (const r of reportLatencies) {
  const p50 = median(r.samples);
  console.log(
    `| ${r.path} | ${r.persona} | ${r.status || '–'} | ${r.samples.length ? p50.toFixed(0) : '–'} | ${r.samples.length ? percentile(r.samples, 99).toFixed(0) : '–'} | ${r.samples.length ? (p50 < 300 ? 'met' : 'NOT met') : (r.note ?? 'not measured')}${r.note && r.samples.length ? ` (${r.note})` : ''} |`,
  );
}
console.log(`\nSQL of GET by id: ${ready.statements.byId}\nSQL of the list page: ${ready.statements.list[0]}`);
const failures = Object.values(runs)
  .flat()
  .some((r) => r.bad > 0);
if (failures) process.exitCode = 1;
