// Benchmark of the reference server (issue 4): GET by id and a filtered list page over
// 100,000 placements, against a bare Hono handler returning a fixed document, in the same
// run, 50 connections. Run: pnpm --filter @banenafspraak/bench bench:server
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;

interface Ready {
  appPort: number;
  barePort: number;
  memoryPort: number;
  ids: string[];
  tokens: { uwv: string; region: string };
  seedSeconds: number;
  storage: string;
  count: number;
}

const target = spawn(
  process.execPath,
  ['--conditions=@banenafspraak/source', '--import', 'tsx', fileURLToPath(new URL('./server-target.ts', import.meta.url))],
  {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: process.env,
  },
);
const lines = createInterface({ input: target.stdout });
let storageResult: ((r: { perSecond: number }) => void) | undefined;
const ready = await new Promise<Ready>((ok, fail) => {
  lines.on('line', (line) => {
    if (line.startsWith('{"ready":true')) ok(JSON.parse(line));
    if (line.startsWith('{"storage":true')) storageResult?.(JSON.parse(line));
  });
  target.on('exit', (code) => fail(new Error(`target exited with ${code}`)));
});

async function run(name: string, port: number, paths: string[], token?: string) {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'GET',
        setupRequest: (req: Record<string, unknown>) => ({
          ...req,
          path: paths[i++ % paths.length],
          headers: token ? { authorization: `Bearer ${token}` } : {},
        }),
      },
    ],
  });
  const non2xx = result.non2xx + result.errors;
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx };
}

const byId = ready.ids.map((id) => `/v1/placements/${id}`);
// Warm-up, so JIT and caches do not favour whichever runs last.
await run('warm-up', ready.appPort, byId.slice(0, 50), ready.tokens.uwv);
const bare = await run('bare Hono, fixed document', ready.barePort, byId);
const get = await run('GET /v1/placements/{id}', ready.appPort, byId, ready.tokens.uwv);
const memory = await run('GET /v1/placements/{id}, in-memory storage (app layer only)', ready.memoryPort, byId, ready.tokens.uwv);
const list = await run(
  'GET /v1/placements?status=ACTIVE&limit=20 (region AM22)',
  ready.appPort,
  ['/v1/placements?status=ACTIVE&limit=20'],
  ready.tokens.region,
);

// The database path alone (no HTTP, no load generator), in the target process.
const storageOnly = await new Promise<{ perSecond: number }>((ok) => {
  storageResult = ok;
  target.stdin.write(`storage ${DURATION}\n`);
});
target.kill('SIGTERM');

const rows = [bare, get, list, memory];
console.log(
  `\nReference server benchmark: ${ready.count.toLocaleString('en')} placements on ${ready.storage} (seeded in ${ready.seedSeconds.toFixed(1)} s), ${CONNECTIONS} connections, ${DURATION} s per run, Node ${process.version}\n`,
);
console.log('| scenario | req/s | p50 ms | p99 ms | × bare Hono | errors/non-2xx |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / bare.rps).toFixed(2)} | ${r.non2xx} |`);
console.log(
  `\nstorage.getRecord alone (no HTTP), 50 concurrent callers in the server process: ${Math.round(storageOnly.perSecond)}/s (${(storageOnly.perSecond / bare.rps).toFixed(2)}× bare Hono's req/s).`,
);
const ratio = get.rps / bare.rps;
console.log(`\nGET by id: ${ratio.toFixed(2)}× bare Hono (target ≥ 0.30×): ${ratio >= 0.3 ? 'met' : 'NOT met'}`);
if (rows.some((r) => r.non2xx > 0)) process.exitCode = 1;
