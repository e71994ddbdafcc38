// Shared by every package's vitest config. Workspace packages resolve each other's source
// (the `@banenafspraak/source` export condition, see docs/decisions/0006) so tests never wait for a build or
// run against a stale one. Vitest runs tests in Vite's server (SSR) environment, which has its
// own condition list, so the condition is set there too, in front of Vite's defaults.
import { fileURLToPath } from 'node:url';

export const workspaceResolve = {
  resolve: { conditions: ['@banenafspraak/source'] },
  ssr: { resolve: { conditions: ['@banenafspraak/source', 'module', 'node', 'development|production'] } },
};

// A test's timeout only catches a hang: it sits far above what any test takes on a busy
// 2-core machine, so no result depends on machine speed. A test may only raise it (when it is
// heavy by design and says so), never lower it.
export const hangTimeouts = { testTimeout: 300_000, hookTimeout: 300_000 };

// Property tests draw the same cases on every run (see vitest.setup.ts).
export const seededProperties = { setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))] };
