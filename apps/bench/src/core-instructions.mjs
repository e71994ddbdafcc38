// Instruction counts of zod's parse and of `validate` per document, which do not depend on the
// load of a shared machine. Run under callgrind; each phase ends with a callgrind dump, and
// the dumps hold the instructions of that phase:
//   valgrind --tool=callgrind --callgrind-out-file=OUT/out.%p node src/core-instructions.mjs CORE_DIST [N] [Type,…]
//   node src/core-instructions.mjs --sum OUT [N]
// Per document: 5,000 warm-up calls of each, an empty phase (the cost of a dump), N zod parses,
// N validate calls (N = 2000 by default).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [first, second, third] = process.argv.slice(2);
if (first === '--sum') {
  const n = Number(third ?? 2000);
  const phases = new Map();
  for (const f of readdirSync(second)) {
    const text = readFileSync(`${second}/${f}`, 'utf8');
    const label = /^desc: Trigger: dump (.*)$/m.exec(text)?.[1]?.trim();
    const total = /^totals: (\d+)/m.exec(text)?.[1];
    if (label && total) phases.set(label, Number(total));
  }
  console.log('| document | zod instructions | validate instructions | validate / zod |');
  console.log('|---|---:|---:|---:|');
  for (const [label] of phases) {
    if (!label.startsWith('zod-')) continue;
    const type = label.slice(4);
    const empty = phases.get(`empty-${type}`) ?? 0;
    const zod = ((phases.get(label) ?? 0) - empty) / n;
    const full = ((phases.get(`validate-${type}`) ?? Number.NaN) - empty) / n;
    console.log(
      `| ${type} | ${Math.round(zod).toLocaleString('en')} | ${Math.round(full).toLocaleString('en')} | ${(zod / full).toFixed(2)}× |`,
    );
  }
} else {
  const n = Number(second ?? 2000);
  const only = third?.split(',');
  const { documentDefinitions, validate } = await import(pathToFileURL(resolve(first, 'index.js')).href);
  const dump = (label) => execFileSync('callgrind_control', ['-d', label, String(process.pid)], { stdio: 'ignore' });
  for (const d of documentDefinitions) {
    if (only && !only.includes(d.type)) continue;
    const docs = Array.from({ length: 64 }, (_, i) => ({
      ...structuredClone(d.example),
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const zod = (x) => d.schema.safeParse(x);
    const full = (x) => validate(d, x, { asOf: '2026-06-01' });
    for (let i = 0; i < 5000; i++) {
      zod(docs[i % 64]);
      full(docs[i % 64]);
    }
    dump(`warm-${d.type}`);
    dump(`empty-${d.type}`);
    for (let i = 0; i < n; i++) zod(docs[i % 64]);
    dump(`zod-${d.type}`);
    for (let i = 0; i < n; i++) full(docs[i % 64]);
    dump(`validate-${d.type}`);
  }
}
