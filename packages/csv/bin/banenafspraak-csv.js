#!/usr/bin/env node
// The `banenafspraak-csv` command. A published package runs its build; in this repository,
// before any build, it runs the TypeScript source with tsx (so `pnpm exec banenafspraak-csv`
// works right after `pnpm install`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(fileURLToPath(built))) {
  const { main } = await import(built.href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  let tsx;
  try {
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
  } catch {
    process.stderr.write('banenafspraak-csv: not built yet and tsx is not installed; run `pnpm install` and `pnpm build`.\n');
    process.exit(2);
  }
  const child = spawnSync(process.execPath, ['--import', tsx, '--conditions=source', source, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = child.status ?? 2;
}
