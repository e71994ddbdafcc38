import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

// One zod for the whole standard: an application whose zod satisfies core must satisfy csv too,
// or npm refuses to install csv next to a core it already accepts (ERESOLVE).
it('asks for the same zod as core (peer dependency)', () => {
  const own = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const core = createRequire(import.meta.url)('@banenafspraak/core/package.json');
  expect(own.peerDependencies.zod).toBe(core.peerDependencies.zod);
});
