import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

export const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/** A fresh directory for one test; it is removed when the test ends, passed or failed. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'banenafspraak-csv-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .filter((l) => l !== '');
}

/** Canary values: they appear in input fixtures only and must never appear in any output. */
export const CANARIES = [
  '999992077',
  '12345672',
  '012345672',
  '111222333',
  '123456789',
  'CANARY-WGI-7731',
  'CANARY-NOTE-5521',
  'CANARY-NAME-Jansen',
];

export function expectNoCanary(text: string): void {
  for (const c of CANARIES) {
    if (text.includes(c)) throw new Error(`output contains restricted value ${c.slice(0, 3)}…`);
  }
}

/** A writable stand-in that hands every written string to `write` (for CLI output and NDJSON). */
export function writeTo(write: (text: string) => void): NodeJS.WritableStream {
  const target = {
    write: (text: string) => {
      write(text);
      return true;
    },
    once: () => target,
    on: () => target,
  };
  return target as unknown as NodeJS.WritableStream;
}

/** A writable stand-in that collects every written string into `into`. */
export function collectInto(into: unknown[]): NodeJS.WritableStream {
  return writeTo((text) => {
    into.push(text);
  });
}

/** The CLI's `main` in this process; the exit code and everything it printed. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../src/cli.js');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: writeTo((s) => {
      stdout += s;
    }),
    stderr: writeTo((s) => {
      stderr += s;
    }),
  });
  return { code, stdout, stderr };
}
