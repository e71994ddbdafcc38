// Writes the generated artifacts (JSON Schemas, docs/standard pages). Run after changing
// schemas, rules or code lists: `pnpm --filter @banenafspraak/core generate`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderArtifacts } from './artifacts.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
for (const [path, content] of renderArtifacts()) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${path}`);
}
