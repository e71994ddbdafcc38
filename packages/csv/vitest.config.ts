import { defineConfig } from 'vitest/config';
import { workspaceResolve } from '../../vitest.shared.ts';

export default defineConfig({
  ...workspaceResolve,
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
