/**
 * The guide docs/guides/import-a-regional-spreadsheet.md works exactly as written: its import
 * commands run on the sample in docs/guides/examples, print what the guide shows, and the fixes
 * in its table make the re-import exit 0.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { tempDir, writeTo } from './helpers.js';

const guide = readFileSync(new URL('../../../docs/guides/import-a-regional-spreadsheet.md', import.meta.url), 'utf8');
const examples = new URL('../../../docs/guides/examples/', import.meta.url);

/** The `banenafspraak-csv import …` commands of the guide, each with the output block after it. */
function importCommands(): { args: string[]; output: string | undefined }[] {
  const blocks = [...guide.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2] ?? '' }));
  return blocks.flatMap((b, i) => {
    // Whole commands only (not the shell example with `…` in it).
    if (b.lang !== 'sh' || !b.text.startsWith('banenafspraak-csv import ') || b.text.includes('…')) return [];
    const next = blocks[i + 1];
    const args = b.text.replace(/\\\n/g, ' ').trim().split(/\s+/).slice(1);
    return [{ args, output: next && next.lang === '' ? next.text : undefined }];
  });
}

/** The guide's fix table: cell → new value. */
function fixes(): [string, string][] {
  return [...guide.matchAll(/^\| ([A-Z]+\d+) \| ([^|]+?) \|/gm)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']);
}

async function run(args: string[], dir: string): Promise<{ code: number; stderr: string }> {
  const written: string[] = [];
  const sink = {
    write: (s: string) => {
      written.push(s);
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const absolute = args.map((a, i) => (i === 0 || a.startsWith('-') ? a : join(dir, a)));
  const code = await main(absolute, { stdout: sink, stderr: sink });
  return { code, stderr: written.join('').replaceAll(`${dir}/`, '') };
}

const withoutSeconds = (text: string) => text.replace(/; [\d.]+ s$/gm, '; … s').trim();

const root = new URL('../../../', import.meta.url).pathname;

/** The guide's `pnpm exec banenafspraak-csv import …` commands (run from the repository root), each with its output block. */
function rootCommands(): { args: string[]; output: string | undefined }[] {
  const blocks = [...guide.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2] ?? '' }));
  return blocks.flatMap((b, i) => {
    if (b.lang !== 'sh' || !b.text.startsWith('pnpm exec banenafspraak-csv import ')) return [];
    const next = blocks[i + 1];
    const args = b.text.replace(/\\\n/g, ' ').trim().split(/\s+/).slice(3);
    return [{ args, output: next && next.lang === '' ? next.text : undefined }];
  });
}

describe('the spreadsheet guide, as written', () => {
  it('imports the sample, shows what the guide shows, and re-imports the fixed invalid rows with exit 0', async () => {
    const dir = tempDir();
    for (const name of ['regio-rijnmond.csv', 'rijnmond.json']) copyFileSync(new URL(name, examples), join(dir, name));
    const [first, second] = importCommands();
    if (!first || !second) throw new Error('the guide has no import and re-import commands');

    const imported = await run(first.args, dir);
    expect(imported.code).toBe(1);
    expect(withoutSeconds(imported.stderr)).toBe(withoutSeconds(first.output ?? ''));

    // Step 4: the fixes in the guide's table, in the invalid-rows file.
    const file = join(dir, 'te-herstellen.csv');
    const lines = readFileSync(file, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    const table = fixes();
    expect(table.length).toBeGreaterThan(0);
    for (const [cell, value] of table) {
      const column = cell.charCodeAt(0) - 65;
      const row = Number(cell.slice(1)) - 1;
      const cells = (lines[row] ?? '').split(';');
      cells[column] = value;
      lines[row] = cells.join(';');
    }
    writeFileSync(file, `\ufeff${lines.join('\r\n')}`);

    const again = await run(second.args, dir);
    expect(withoutSeconds(again.stderr)).toBe(withoutSeconds(second.output ?? ''));
    expect(again.code).toBe(0);
  });

  it('runs the sample sheets of the daily-flow section from the repository root, printing what the guide shows', async () => {
    const commands = rootCommands();
    expect(commands.length).toBeGreaterThanOrEqual(2);
    const dir = tempDir();
    for (const { args, output } of commands) {
      // The file is relative to the repository root; the output goes to a temporary folder.
      const resolved = args.map((a, i) => (i === 1 ? join(root, a) : args[i - 1] === '--out' ? join(dir, a) : a));
      let stderr = '';
      await main(resolved, { stdout: writeTo(() => undefined), stderr: writeTo((s) => (stderr += s)) });
      expect(withoutSeconds(stderr)).toBe(withoutSeconds(output ?? ''));
    }
  });
});
