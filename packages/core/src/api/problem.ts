import * as z from 'zod';
import { Issue } from '../validation/issue.js';
import { MigrationReport } from '../versions/migration.js';

/**
 * The RFC 9457 problem document (`application/problem+json`) every error response carries.
 * `issues` lists every validation issue of a 400 response, in core's {@link Issue} shape.
 *
 * @remarks `detail` never contains submitted values (no BSN, no instruction text, no token).
 */
export const ProblemDocument = z
  .object({
    type: z.string().describe('URI identifying the kind of problem.'),
    title: z.string().describe('Short Dutch summary of the kind of problem.'),
    status: z.int().describe('HTTP status code.'),
    detail: z.string().describe('Dutch explanation of this occurrence; never contains submitted values.'),
    instance: z.string().optional().describe('Path of the request.'),
    code: z.string().describe('Machine-readable code, e.g. invalid-input.'),
    issues: z.array(Issue).optional().describe('Every validation issue (path, rule id, code, message), for 400 responses.'),
    migration: MigrationReport.optional().describe('What upgrading a document of an older standard version changed before it was checked.'),
  })
  .meta({ id: 'Problem', title: 'Probleem', description: 'Error document following RFC 9457 (application/problem+json).' });
/** The RFC 9457 problem document of an error response. */
export type ProblemDocument = z.infer<typeof ProblemDocument>;
