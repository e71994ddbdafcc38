import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their source (the `source` export condition), so tests never
// wait for a build. Tests run in Vite's server environment, which has its own condition list
// (Vite's defaults for it, plus `source` first).
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
