export { canonicalExamples } from './examples.js';
export * from './migrate.js';
export * from './migration.js';
export { LEGACY_EXTENSIONS_0_1_NAMESPACE, TOP_LEVEL_FIELDS_0_1, UNKNOWN_FIELDS_0_1_KEY } from './to-0.2.js';
export * from './version-check.js';
export * from './versions.js';
