// Browser bundles of the installed tarballs, made with esbuild as an application would
// (minified ESM for browsers), measured in gzip bytes against the budgets.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1024;
const cases = [
  {
    name: 'isValidBsn alone',
    budget: 3 * KB,
    code: "import { isValidBsn } from '@banenafspraak/core'; console.log(isValidBsn('111222333'));",
  },
  {
    name: 'validate + PlacementDefinition (zod included)',
    // validate runs the rules the definition lists (rulesFor), so only the placement's rules
    // come along, not the catalogue of every document type (116.1 KB gzip before, see
    // docs/benchmarks.md).
    budget: 80 * KB,
    code: "import { validate, PlacementDefinition } from '@banenafspraak/core'; console.log(validate(PlacementDefinition, {}));",
  },
  {
    name: 'client, eager part (core loads on demand)',
    budget: 64 * KB,
    code: "import { createClient } from '@banenafspraak/client'; const c = createClient({ baseUrl: '/v1' }); c.placements.list().then(console.log);",
  },
];

let failed = 0;
for (const c of cases) {
  const result = await build({
    stdin: { contents: c.code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    splitting: true,
    outdir: 'bundle-out',
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'error',
  });
  // The entry chunk and the chunks it imports statically: what the page loads before it runs.
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  const eager = new Set([entry]);
  for (const file of eager)
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement' && imp.path in outputs) eager.add(imp.path);
  let raw = 0;
  let gz = 0;
  let lazy = 0;
  for (const file of result.outputFiles) {
    const rel = Object.keys(outputs).find((k) => file.path.endsWith(k));
    if (eager.has(rel)) {
      raw += file.contents.length;
      gz += gzipSync(file.contents).length;
    } else lazy += gzipSync(file.contents).length;
  }
  const inputs = Object.keys(Object.values(outputs).reduce((all, o) => Object.assign(all, o.inputs), {}));
  const locales = inputs.filter((i) => /zod\/v4\/locales\/(?!en\.js)/.test(i));
  const ok = gz <= c.budget && locales.length === 0;
  if (!ok) failed++;
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(
    `${ok ? '›' : '✗'} ${c.name}: ${kb(raw)} min, ${kb(gz)} gzip (budget ${kb(c.budget)})${lazy ? `; ${kb(lazy)} gzip loaded on demand` : ''}${locales.length ? `; zod locales bundled: ${locales.length}` : ''}`,
  );
}
if (failed > 0) process.exit(1);
