import { defineConfig } from 'tsup';

// ESM ships unbundled, one module per source file, so a browser bundler keeps only what an
// application uses and can split off core's schemas (loaded on demand for response
// validation). CommonJS, for Node only, stays one file; the build script copies the rolled-up
// declarations to index.d.cts.
export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/**/*.test.ts'],
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
