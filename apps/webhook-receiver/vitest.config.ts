import { defineConfig } from 'vitest/config';
import { hangTimeouts, workspaceResolve } from '../../vitest.shared.ts';

export default defineConfig({
  ...workspaceResolve,
  test: { include: ['src/**/*.test.ts'], ...hangTimeouts },
});
