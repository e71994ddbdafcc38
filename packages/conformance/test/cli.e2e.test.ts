import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformanceChecks } from '../src/index.js';

// The CLI against the reference server as a separate process on PGlite, exactly as CI runs it:
// start the server, read its printed development tokens, run the suite, stop the server.
const serverDir = fileURLToPath(new URL('../../../apps/reference-server', import.meta.url));
const packageDir = fileURLToPath(new URL('..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => ok(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** The token printed under a persona's line in the server's start-up banner. */
function printedToken(output: string, persona: string): string {
  const lines = output.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`  ${persona} `));
  const token = lines[i + 1]?.trim();
  if (i < 0 || !token?.startsWith('eyJ')) throw new Error(`no token for ${persona} in:\n${output}`);
  return token;
}

function run(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['--conditions=@banenafspraak/source', '--import', 'tsx', 'src/cli.ts', ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => ok({ code, stdout, stderr }));
  });
}

describe('banenafspraak-conformance against the reference server process', () => {
  let dataDir: string;
  let outDir: string;
  let server: ChildProcess;
  let output = '';
  let base: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'banenafspraak-cnf-data-'));
    outDir = mkdtempSync(join(tmpdir(), 'banenafspraak-cnf-out-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}/v1`;
    server = spawn(process.execPath, ['--conditions=@banenafspraak/source', '--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        TOKEN_SECRET: 'conformance-e2e-secret-0123456789abcdef',
        PRINT_DEV_TOKENS: 'true',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (d) => (output += d));
    server.stderr?.on('data', (d) => (output += d));
    const deadline = Date.now() + 60_000;
    while (!output.includes('Development tokens')) {
      if (server.exitCode !== null) throw new Error(`server exited early:\n${output}`);
      if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 200)); // the banner is written in one go; let it finish
  });

  afterAll(() => {
    if (server?.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it('passes every check, exits 0 and writes the JUnit and JSON reports', async () => {
    const junit = join(outDir, 'conformance.xml');
    const json = join(outDir, 'conformance.json');
    const r = await run(
      [
        '--base-url',
        base,
        '--token',
        printedToken(output, 'gemeente'),
        '--token-other-tenant',
        printedToken(output, 'andere-werkgever'),
        '--token-employee',
        printedToken(output, 'werknemer'),
        '--junit',
        junit,
        '--json',
        json,
      ],
      packageDir,
    );
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('PASS  CNF-ADR-001');
    expect(r.stdout).toMatch(new RegExp(`CONFORMANT: ${conformanceChecks.length} passed, 0 failed, 0 skipped`));
    expect(existsSync(junit)).toBe(true);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain(`<testsuites name="banenafspraak conformance" tests="${conformanceChecks.length}" failures="0" skipped="0"`);
    expect(JSON.parse(readFileSync(json, 'utf8')).failed).toBe(0);
  });

  it('exits 1 when a check fails (a token the server rejects) and 2 on wrong usage', async () => {
    const bad = await run(
      ['--base-url', base, '--token', 'not-a-token', '--token-other-tenant', 'neither', '--only', 'CNF-CON'],
      packageDir,
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('FAIL  CNF-CON-001');
    expect(bad.stdout).toContain('observed: UnauthorizedError 401');
    const usage = await run(['--token', 'x'], packageDir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Missing --base-url, --token-other-tenant');
  });
});
