import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    // The CommonJS build finds dist/worker.js through import.meta.url too.
    shims: true,
  },
  {
    // Worker threads of parallel imports, loaded by path from next to the bundles.
    entry: { worker: 'src/internal/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The CLI: one ESM file with a shebang (kept from the source), next to the library.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'es2022',
  },
]);
