// Writes the official EUPL-1.2 text (from the SPDX licence list, not typed by hand) to LICENSE
// in the repository root and in every published package, so each tarball ships it.
// `--check` fails instead when a LICENSE file differs from that text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const licences = require('spdx-license-list/full');
const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');

const id = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license;
const entry = licences[id];
if (!entry) throw new Error(`No SPDX text for ${id}`);
const text = `${entry.licenseText.trim()}\n`;

const dirs = [root];
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  if (manifest.license !== id) throw new Error(`${manifest.name}: license ${manifest.license}, expected ${id}`);
  dirs.push(dir);
}
let stale = 0;
for (const dir of dirs) {
  const file = join(dir, 'LICENSE');
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current === text) continue;
  if (check) {
    console.error(`${file}: not the SPDX text of ${id} (run node scripts/licence.mjs)`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
if (stale > 0) process.exit(1);
