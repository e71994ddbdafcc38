// Test helpers: the canonical 0.1 documents as published in the frozen 0.1 JSON Schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const schemas = join(dirname(fileURLToPath(import.meta.url)), '../../schemas');

/** A published JSON Schema of a version, parsed. */
export function publishedSchemas(version: string): {
  file: string;
  schema: Record<string, unknown> & {
    $ref?: string;
    $defs?: Record<string, { properties: Record<string, unknown> }>;
    examples?: Record<string, unknown>[];
  };
}[] {
  return readdirSync(join(schemas, version))
    .filter((f) => f.endsWith('.schema.json'))
    .map((file) => ({ file, schema: JSON.parse(readFileSync(join(schemas, version, file), 'utf8')) }));
}

/** The canonical examples of the 0.1 JSON Schemas: the 0.1 documents vendors were given. */
export function canonical0_1(): Record<string, unknown>[] {
  return publishedSchemas('0.1').flatMap(({ schema }) => schema.examples ?? []);
}

/** The value, or a thrown error naming what was missing (keeps tests free of `!`). */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}
