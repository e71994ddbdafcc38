import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDefinitions, corpusOutput } from './corpus/corpus.js';

// The committed hashes pin every validate() result of the corpus: rule ids, severities,
// codes, paths and both languages' messages. When a change is meant to alter results, run
// `pnpm --filter @banenafspraak/core corpus --out DIR` before and after it, review
// `diff -r`, then record the new hashes with `--update`.
const hashes = JSON.parse(readFileSync(new URL('./corpus/hashes.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('validate() corpus', () => {
  // About a second per type on a quiet machine; the limit leaves room for a busy one.
  for (const definition of corpusDefinitions)
    it(`gives the recorded results for ${definition.type}`, { timeout: 180_000 }, () => {
      const hash = createHash('sha256').update(corpusOutput(definition)).digest('hex');
      expect(hash).toBe(hashes[definition.type]);
    });
});
