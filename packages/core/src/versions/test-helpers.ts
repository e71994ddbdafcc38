// Test helpers: the canonical 0.1 documents as published in the frozen 0.1 JSON Schemas.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const schemas = join(dirname(fileURLToPath(import.meta.url)), '../../schemas');

/** A published JSON Schema of a version, parsed. */
export function publishedSchemas(version: string): { file: string; schema: Record<string, any> }[] {
  return readdirSync(join(schemas, version))
    .filter((f) => f.endsWith('.schema.json'))
    .map((file) => ({ file, schema: JSON.parse(readFileSync(join(schemas, version, file), 'utf8')) }));
}

/** The canonical examples of the 0.1 JSON Schemas: the 0.1 documents vendors were given. */
export function canonical0_1(): Record<string, unknown>[] {
  return publishedSchemas('0.1').flatMap(({ schema }) => schema.examples as Record<string, unknown>[]);
}
