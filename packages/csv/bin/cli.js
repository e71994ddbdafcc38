#!/usr/bin/env node
// The installed command. It exists before the first build, so installing the workspace links
// it without a warning. It runs dist/cli.js; in this repository before a build, the
// TypeScript source with tsx, so `pnpm exec banenafspraak-csv` works right after install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(fileURLToPath(built))) {
  await import(built.href); // runs the CLI: its entry check recognises this file's name
} else {
  const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  let tsx;
  try {
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
  } catch {
    process.stderr.write('banenafspraak-csv: not built yet and tsx is not installed; run `pnpm install` and `pnpm build`.\n');
    process.exit(2);
  }
  const args = ['--import', tsx, '--conditions=@banenafspraak/source', source, ...process.argv.slice(2)];
  process.exitCode = spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 2;
}
