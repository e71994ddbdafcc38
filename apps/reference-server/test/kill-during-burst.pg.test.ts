// Issue 14's crash test: the reference server is killed with SIGKILL during a burst of writes
// on PostgreSQL. After a restart, the feed and the webhook receiver hold exactly one event per
// committed write (receiver deduplicated by event id) and none for a write that did not commit.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { placementExample } from '@banenafspraak/core';
import { createPgStorage, demoPersonas, signToken } from '@banenafspraak/server';
import { afterAll, describe, expect, it } from 'vitest';

const url = process.env.DATABASE_URL;
if (!url) console.warn('› SIGKILL test skipped: DATABASE_URL is not set.');

const SECRET = 'kill-test-secret-that-is-long-enough-0123456789';
const SCHEMA = 'test_kill_burst';
const appDir = fileURLToPath(new URL('..', import.meta.url));
const BURST = 120;

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => ok(typeof a === 'object' && a ? a.port : 0));
    });
  });

async function start(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--conditions=@banenafspraak/source', '--import', 'tsx', 'src/main.ts'], {
    cwd: appDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TOKEN_SECRET: SECRET,
      DATABASE_URL: url,
      DATABASE_SCHEMA: SCHEMA,
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      PRINT_DEV_TOKENS: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  while (!out.includes('"msg":"listening"')) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

describe.runIf(url)('SIGKILL during a burst of writes on PostgreSQL', () => {
  let child: ChildProcess | undefined;
  const receiver = createHttpServer((req, res) => {
    received.push(String(req.headers['webhook-id']));
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  const received: string[] = [];
  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await new Promise<void>((ok) => receiver.close(() => ok()));
  });

  it('keeps exactly one event per committed write, in the feed and at the receiver', async () => {
    const fresh = await createPgStorage({ connectionString: url as string, schema: SCHEMA });
    await fresh.truncateAll();
    await fresh.close();
    await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok));
    const hook = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/v1`;
    const principal = demoPersonas.find((p) => p.key === 'werkgever')?.principal;
    if (!principal) throw new Error('no werkgever persona');
    const auth = { Authorization: `Bearer ${await signToken(principal, SECRET)}`, 'Content-Type': 'application/json' };

    child = await start(port);
    const sub = await fetch(`${base}/subscriptions`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ callbackUrl: hook, filters: { documentTypes: ['Placement'] } }),
    });
    expect(sub.status).toBe(201);

    const listPlacements = async () => {
      const ids: string[] = [];
      for (let cursor = ''; ; ) {
        const page = (await (
          await fetch(`${base}/placements?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers: auth })
        ).json()) as { items: { id: string }[]; nextCursor?: string };
        ids.push(...page.items.map((p) => p.id));
        if (!page.nextCursor) return ids;
        cursor = page.nextCursor;
      }
    };
    const before = new Set(await listPlacements());

    // The burst: every write in flight at once; the server dies after the first answers.
    const acknowledged: string[] = [];
    let answered = 0;
    const running = child;
    const burst = Array.from({ length: BURST }, () =>
      fetch(`${base}/placements`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ ...structuredClone(placementExample), status: 'PLANNED' }),
      })
        .then(async (r) => {
          answered += 1;
          if (answered === 20) running.kill('SIGKILL');
          if (r.status === 201) acknowledged.push(String(((await r.json()) as { id: string }).id));
        })
        .catch(() => undefined),
    );
    await Promise.all(burst);
    expect(acknowledged.length).toBeGreaterThan(0);

    child = await start(port);
    // The placements that exist now, less those of the demo data, are the committed writes.
    const records = (await listPlacements()).filter((id) => !before.has(id));
    for (const id of acknowledged) expect(records).toContain(id);
    const events: { id: string; subject: string; type: string }[] = [];
    for (let after = ''; ; ) {
      const page = (await (await fetch(`${base}/events?limit=500${after ? `&after=${after}` : ''}`, { headers: auth })).json()) as {
        items: { id: string; subject: string; type: string }[];
        nextCursor: string;
      };
      if (page.items.length === 0) break;
      events.push(...page.items);
      after = page.nextCursor;
    }
    const subscribed = events.filter((e) => !before.has(e.subject) && e.type.startsWith('nl.banenafspraak.placement.'));
    // Exactly one event per committed write, and none for a write that did not commit.
    expect(subscribed.map((e) => e.subject).sort()).toEqual([...records].sort());
    expect(subscribed.every((e) => e.type === 'nl.banenafspraak.placement.planned')).toBe(true);

    // The receiver gets every one of them (deliveries cut off by the kill are retried), each id once after dedup.
    const deadline = Date.now() + 120_000;
    while (new Set(received).size < subscribed.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect([...new Set(received)].sort()).toEqual(subscribed.map((e) => e.id).sort());
    console.log(
      `burst ${BURST}: ${acknowledged.length} acknowledged, ${subscribed.length} committed, ${received.length} POSTs received (${new Set(received).size} distinct)`,
    );
  });
});
