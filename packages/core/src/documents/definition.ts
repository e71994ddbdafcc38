import type * as z from 'zod';
import type { ConfidentialityLevel } from '../codelists/confidentiality-level.js';
import type { DocumentType } from '../common/building-blocks.js';
import type { BusinessRule } from '../rules/rule.js';

/**
 * Everything the standard says about one document type: its schema, names, example,
 * lifecycle and privacy. Pass a definition to {@link validate}.
 *
 * @public
 */
export interface DocumentDefinition<S extends z.ZodType = z.ZodType, Status extends string = string> {
  /** Document type, the value of `documentType`. */
  readonly type: DocumentType;
  /** Dutch legal term. */
  readonly titleNl: string;
  /** English name. */
  readonly titleEn: string;
  /** Path segment of the collection in the REST API, e.g. `placements`. */
  readonly collection: string;
  /** zod schema of the document (structure only; business rules run after it). */
  readonly schema: S;
  /** A canonical, valid example. */
  readonly example: z.output<S>;
  /** Confidentiality a new record gets when none is given. */
  readonly defaultConfidentiality: ConfidentialityLevel;
  /** The lowest confidentiality this type may carry. */
  readonly confidentialityFloor: ConfidentialityLevel;
  /** Lifecycle states, in order of the usual flow. */
  readonly statuses: readonly Status[];
  /** Allowed status transitions (AGR-003): from → allowed targets. */
  readonly transitions: Readonly<Record<Status, readonly Status[]>>;
  /**
   * Paths of privacy-restricted fields (`*` matches any array index). Their values never
   * appear in issues, logs, error bodies or reports.
   */
  readonly restrictedPaths: readonly string[];
  /**
   * The business rules that apply to this document type, in id order: what {@link validate}
   * runs after the structure check. The same rules as the catalogue's
   * `rulesByDocumentType(type)`; listed here so that validating one document type loads only
   * its own rules.
   */
  readonly rules: readonly BusinessRule[];
}

/**
 * Helper that keeps literal types of a definition.
 *
 * @public
 */
export function defineDocument<S extends z.ZodType, const Status extends string>(
  definition: DocumentDefinition<S, Status>,
): DocumentDefinition<S, Status> {
  return definition;
}
