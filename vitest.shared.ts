// Shared by every package's vitest config. Workspace packages resolve each other's source
// (the `source` export condition, see docs/decisions/0006) so tests never wait for a build or
// run against a stale one. Vitest runs tests in Vite's server (SSR) environment, which has its
// own condition list, so the condition is set there too, in front of Vite's defaults.
import { fileURLToPath } from 'node:url';

export const workspaceResolve = {
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
};

/**
 * Test options every package shares: the fast-check seed (see vitest.setup.ts) and the
 * timeouts. A timeout only catches a hang; it is far above any test's duration on a busy
 * machine (tests run while other suites share the cores), so no test sets a lower one.
 */
export const sharedTest = {
  setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
  testTimeout: 180_000,
  hookTimeout: 180_000,
};
