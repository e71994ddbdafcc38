import { defineConfig } from 'tsup';

// ESM ships unbundled, one module per source file, so a browser bundler keeps only the modules
// an application uses (`sideEffects: false`). CommonJS, for Node only, stays one file. The
// rolled-up declarations are built once; the build script copies them to index.d.cts.
const published = ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/test-helpers.ts', '!src/internal/testing.ts'];

export default defineConfig([
  {
    entry: published,
    format: ['esm'],
    bundle: false,
    dts: { entry: 'src/index.ts' },
    clean: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'es2022',
  },
]);
