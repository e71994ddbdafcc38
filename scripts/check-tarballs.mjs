// Checks the packed tarballs (the directory given) as the registry would receive them: the
// licence text, the metadata that makes the README's links work on the registry page, every
// `exports` target present, dist only (no src, tests, test helpers or a CommonJS copy of a CLI)
// and source maps that carry their sources.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const licence = readFileSync(join(import.meta.dirname, '..', 'LICENSE'), 'utf8');
const problems = [];

for (const tarball of readdirSync(dir).filter((f) => f.endsWith('.tgz'))) {
  const files = execFileSync('tar', ['tzf', join(dir, tarball)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
  const read = (file) =>
    execFileSync('tar', ['xzf', join(dir, tarball), '-O', `package/${file}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const manifest = JSON.parse(read('package.json'));
  const name = manifest.name;
  const fail = (what) => problems.push(`${name}: ${what}`);

  if (!files.includes('LICENSE') || read('LICENSE') !== licence) fail('LICENSE missing or not the EUPL-1.2 text');
  if (!files.includes('README.md')) fail('README.md missing');
  if (!manifest.repository?.directory || !manifest.homepage || !manifest.bugs?.url)
    fail('repository (with directory), homepage or bugs missing');
  for (const f of files) {
    if (f.startsWith('src/')) fail(`ships source ${f} (the source maps carry it)`);
    if (/\.test\.|test-helpers|\/testing\.|\.spec\./.test(f)) fail(`ships test code ${f}`);
    if (/(^|\/)cli\.c?js$/.test(f) && f.endsWith('.cjs')) fail(`ships a CommonJS copy of its CLI: ${f}`);
  }
  const targets = [];
  const collect = (node) => {
    if (typeof node === 'string') targets.push(node);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) if (!key.startsWith('@banenafspraak/')) collect(value);
    if (node && typeof node === 'object' && Object.keys(node).some((k) => k.startsWith('@banenafspraak/')))
      fail('exports keep the repository-only source condition');
  };
  collect(manifest.exports);
  for (const bin of Object.values(manifest.bin ?? {})) targets.push(bin);
  for (const t of targets) {
    if (t.includes('*')) continue;
    if (!files.includes(t.replace(/^\.\//, ''))) fail(`points at missing ${t}`);
  }
  const map = files.find((f) => f.endsWith('.js.map'));
  if (map && !JSON.parse(read(map)).sourcesContent?.length) fail(`${map} has no sourcesContent`);
  console.log(`› ${tarball}: ${files.length} files`);
}
if (problems.length > 0) {
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
