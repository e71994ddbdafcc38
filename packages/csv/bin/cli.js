#!/usr/bin/env node
// The installed command. It exists before the first build, so installing the workspace links
// it without a warning. A published package (dist only) runs dist/cli.js. In a clone of the
// repository (src/ is there and tsx installed) it runs the TypeScript source, so
// `pnpm exec banenafspraak-csv` works right after install and never runs a stale build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
let tsx;
if (existsSync(source)) {
  try {
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
  } catch {
    // no tsx: run the build below
  }
}
if (tsx) {
  const args = ['--import', tsx, '--conditions=@banenafspraak/source', source, ...process.argv.slice(2)];
  process.exitCode = spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 2;
} else {
  await import(new URL('../dist/cli.js', import.meta.url).href); // runs the CLI: its entry check recognises this file's name
}
