// Writes the validate() corpus (test/corpus/corpus.ts) to a folder, one file per document type,
// and its hashes to test/corpus/hashes.json with --update. Compare two runs with `diff -r`.
// Run: pnpm --filter @banenafspraak/core corpus [--out DIR] [--update]
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusDefinitions, corpusOutput } from '../test/corpus/corpus.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { out: { type: 'string' }, update: { type: 'boolean' } },
});
const hashes: Record<string, string> = {};
for (const definition of corpusDefinitions) {
  const text = corpusOutput(definition);
  hashes[definition.type] = createHash('sha256').update(text).digest('hex');
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, `${definition.type}.jsonl`), text);
  }
  console.log(`${definition.type}: ${text.split('\n').length - 1} results, sha256 ${hashes[definition.type]}`);
}
if (values.update) {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../test/corpus/hashes.json');
  writeFileSync(file, `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`written ${file}`);
}
