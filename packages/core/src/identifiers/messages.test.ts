import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IDENTIFIER_MESSAGES } from './messages.js';

const dir = dirname(fileURLToPath(import.meta.url));

describe('identifier messages', () => {
  it('every message an identifier schema reports has an English wording and a rule id', () => {
    const declared = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'messages.ts')
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/MESSAGE = '([^']+)'/g)].map((m) => m[1]));
    expect(declared.length).toBeGreaterThan(10);
    for (const nl of declared) expect(IDENTIFIER_MESSAGES.get(nl as string), nl).toBeDefined();
  });
});
