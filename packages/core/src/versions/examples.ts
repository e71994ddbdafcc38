import { documentDefinitions } from '../documents/index.js';
import { migrate } from './migrate.js';
import type { JsonObject } from './migration.js';
import { getStandardVersion } from './versions.js';

/**
 * The canonical examples of a version of the standard, one per document type of that
 * version: the current examples, migrated to it. A test keeps them equal to the examples
 * published in that version's JSON Schemas. Throws for a version the standard does not have,
 * or whose examples cannot be reached by lossless migrations.
 */
export function canonicalExamples(version: string): JsonObject[] {
  const declared = getStandardVersion(version);
  if (declared === undefined) throw new Error(`no standard version ${version}`);
  return documentDefinitions
    .filter((d) => declared.documentTypes.includes(d.type))
    .map((d) => {
      const result = migrate(d.example, version);
      if (!result.ok) throw new Error(`the ${d.type} example has no lossless form in ${version}`);
      return result.document;
    });
}
