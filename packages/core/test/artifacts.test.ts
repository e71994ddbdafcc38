import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderArtifacts } from '../scripts/artifacts.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('generated artifacts are committed and current', () => {
  for (const [path, content] of renderArtifacts()) {
    it(path, () => {
      const file = join(root, path);
      expect(existsSync(file), `${path} is missing: run pnpm --filter @banenafspraak/core generate`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${path} is stale: run pnpm --filter @banenafspraak/core generate`).toBe(content);
    });
  }
});
