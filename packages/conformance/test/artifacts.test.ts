import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conformanceChecks, renderConformanceDoc } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const path = 'docs/standard/conformance.md';

describe('docs/standard/conformance.md is committed and current', () => {
  it(path, () => {
    const file = join(root, path);
    expect(existsSync(file), `${path} is missing: run pnpm --filter @banenafspraak/conformance generate`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${path} is stale: run pnpm --filter @banenafspraak/conformance generate`).toBe(
      renderConformanceDoc(),
    );
  });

  it('documents every check once, with what it sends and expects', () => {
    const doc = renderConformanceDoc();
    const ids = conformanceChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of conformanceChecks) {
      expect(doc).toContain(`| ${c.id} |`);
      expect(c.sends.length).toBeGreaterThan(10);
      expect(c.expects.length).toBeGreaterThan(5);
    }
  });
});
