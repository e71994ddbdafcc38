import { defineConfig } from 'vitest/config';
import { hangTimeouts, seededProperties, workspaceResolve } from '../../vitest.shared.ts';

export default defineConfig({
  ...workspaceResolve,
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], ...hangTimeouts, ...seededProperties },
});
