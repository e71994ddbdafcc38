import * as z from 'zod';
import { Issue } from '../validation/issue.js';

/**
 * Result of a dry-run validation (`POST /{collection}/_valideer`): nothing is stored. Sent
 * with status 200 also when the document is invalid.
 *
 * @public
 */
export const ValidationReport = z
  .object({
    valid: z.boolean().describe('True when there is no issue of severity error.'),
    issues: z.array(Issue).describe('Every issue: structure and business rules.'),
  })
  .meta({ id: 'ValidationOutcome', title: 'Validatieresultaat', description: 'Outcome of validating a document without storing it.' });
/**
 * Result of a dry-run validation.
 *
 * @public
 */
export type ValidationReport = z.infer<typeof ValidationReport>;
