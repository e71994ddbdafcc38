import { defineConfig } from 'vitest/config';
import { sharedTest, workspaceResolve } from '../../vitest.shared.ts';

export default defineConfig({
  ...workspaceResolve,
  test: { ...sharedTest, include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
