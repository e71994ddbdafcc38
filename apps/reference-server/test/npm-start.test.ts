// `npm start` from the repository root, as a newcomer runs it: stopping npm stops the server.
// npm forwards SIGTERM (a `kill` of npm) and SIGINT (Ctrl-C, sent to the whole process group)
// to its child only, so nothing between npm and the server may outlive npm or print errors.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './free-port.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether any process of the group still exists (a signal 0 to the group probes it). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      ok(true);
    });
    s.once('error', () => ok(false));
  });
}

/** Polls `done`; the limit is far above any real start or stop, so only a hang reaches it. */
async function until(what: string, done: () => boolean | Promise<boolean>, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen:\n${output()}`);
    await sleep(100);
  }
}

// pnpm runs this test with npm_* variables of its own; npm would warn about them.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm|pnpm)_/i.test(k)));

const dirs: string[] = [];
const groups: number[] = [];
afterEach(() => {
  for (const g of groups.splice(0)) if (groupAlive(g)) process.kill(-g, 'SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function npmStart() {
  const dataDir = mkdtempSync(join(tmpdir(), 'banenafspraak-npm-start-'));
  dirs.push(dataDir);
  const port = await freePort();
  // Its own process group, as a shell gives a foreground job, so Ctrl-C can be imitated.
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    detached: true,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = child.pid ?? 0;
  groups.push(pgid);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
  await until(
    'start',
    () => out.includes('Try: curl') || child.exitCode !== null,
    () => out,
  );
  expect(child.exitCode, out).toBeNull();
  expect(await portOpen(port)).toBe(true);
  return { pid: pgid, port, exited, output: () => out };
}

async function expectAllStopped(s: Awaited<ReturnType<typeof npmStart>>) {
  await s.exited;
  await until('exit of every process', () => !groupAlive(s.pid), s.output);
  expect(await portOpen(s.port)).toBe(false);
  expect(s.output()).toContain('"msg":"stopped"');
  expect(s.output()).not.toMatch(/ERR_PNPM|npm error|ELIFECYCLE/);
}

describe('npm start', () => {
  it('stops the server, frees the port and leaves no process behind when npm gets SIGTERM', async () => {
    const s = await npmStart();
    process.kill(s.pid, 'SIGTERM');
    await expectAllStopped(s);
  });

  it('stops quietly on Ctrl-C (SIGINT to the whole process group)', async () => {
    const s = await npmStart();
    process.kill(-s.pid, 'SIGINT');
    await expectAllStopped(s);
  });
});
