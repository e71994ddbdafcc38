import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their source (`source` export condition). Tests run in Vite's
// server environment, which has its own condition list: Vite's defaults plus `source` first.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 90_000 },
});
