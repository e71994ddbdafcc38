import { defineConfig } from 'vitest/config';
import { workspaceResolve } from '../../vitest.shared';

export default defineConfig({
  ...workspaceResolve,
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
