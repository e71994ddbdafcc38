import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFlowSteps, demoPersonas, demoRecords, signToken } from '@banenafspraak/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from './browser.js';
import { freePort } from './free-port.js';
import { type Proc, startServerProcess } from './server-process.js';

/** Ids of the demo data's records of a collection (demo records and daily-flow steps). */
const demoIds = (collection: string) =>
  new Set([...demoRecords(), ...demoFlowSteps()].filter((r) => r.collection === collection).map((r) => r.document.id));

const SECRET = 'e2e-secret-that-is-long-enough-0123456789';

function persona(key: string) {
  const p = demoPersonas.find((x) => x.key === key);
  if (!p) throw new Error(`no demo persona ${key}`);
  return p.principal;
}

/** Starts the reference server exactly as `pnpm start` does, with a test secret. */
const start = (port: number, dataDir: string): Promise<Proc> =>
  startServerProcess(port, dataDir, { TOKEN_SECRET: SECRET, PRINT_DEV_TOKENS: 'true' });

describe('reference server as a process', () => {
  let dataDir: string;
  let port: number;
  let base: string;
  let proc: Proc;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'banenafspraak-e2e-'));
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    proc = await start(port, dataDir);
  });

  afterAll(async () => {
    if (proc?.child.exitCode === null) proc.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints a development token per persona and loads the demo data', async () => {
    // The token banner follows the "listening" log line; the pipe may deliver it a moment later.
    const deadline = Date.now() + 10_000;
    while (!proc.output().includes('Try: curl') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const out = proc.output();
    for (const p of demoPersonas) expect(out).toContain(p.key);
    expect(out).toContain('"msg":"demo data loaded"');
    expect(out).toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  });

  it('answers over HTTP: public OpenAPI, 401 without token, data with a token', async () => {
    const oa = await fetch(`${base}/v1/openapi.json`);
    expect(oa.status).toBe(200);
    expect(oa.headers.get('api-version')).toBe('0.2.0');
    expect((await oa.json()).info.title).toBe('Banenafspraak API');
    expect((await fetch(`${base}/v1/placements`)).status).toBe(401);
    const token = await signToken(persona('werkgever'), SECRET);
    const list = await fetch(`${base}/v1/placements`, { headers: { Authorization: `Bearer ${token}` } });
    expect(list.status).toBe(200);
    // The employer sees every demo placement: the demo records' and the daily flow's.
    expect((await list.json()).items).toHaveLength(demoIds('placements').size);
    const trailing = await fetch(`${base}/v1/placements/`, { headers: { Authorization: `Bearer ${token}` } });
    expect(trailing.status).toBe(404);
  });

  it('offers no persona tokens on the dashboard of a server with its own secret, even when it prints them', async () => {
    const res = await fetch(`${base}/dashboard/personas.json`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [] });
    expect((await fetch(`${base}/dashboard`)).status).toBe(200);
  });

  it.skipIf(!existsSync(CHROMIUM))(
    `renders the API docs page offline in headless Chromium${existsSync(CHROMIUM) ? '' : ' (skipped: /usr/bin/chromium is missing; apt-get install -y chromium)'}`,
    async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const foreign: string[] = [];
        page.on('request', (r) => {
          const u = r.url();
          if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
        });
        await page.route(
          (url) => !url.href.startsWith(base),
          (route) => route.abort(),
        );
        await page.goto(`${base}/`);
        // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what is asserted
        await page.waitForFunction(() => document.body.innerText.includes('Banenafspraak API'), undefined, { timeout: 120_000 });
        expect(await page.title()).toContain('Banenafspraak API');
        // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what is asserted
        expect(await page.evaluate(() => document.body.innerText)).toContain('Placement');
        expect(foreign).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    90_000,
  );

  it('shuts down gracefully and keeps its data across a restart without seeding twice', async () => {
    proc.child.kill('SIGTERM');
    const code = await proc.exited;
    expect(code, proc.output().slice(-2000)).toBe(0);
    expect(proc.output()).toContain('"msg":"stopped"');
    proc = await start(port, dataDir);
    expect(proc.output()).not.toContain('"msg":"demo data loaded"');
    const token = await signToken(persona('uwv'), SECRET);
    const list = await fetch(`${base}/v1/vacancies`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await list.json()).items).toHaveLength(demoIds('vacancies').size);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  });
});
