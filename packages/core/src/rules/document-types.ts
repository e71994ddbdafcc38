import type { EmployerInstruction } from '../documents/employer-instruction.js';
import type { ExecutionPlan } from '../documents/execution-plan.js';
import type { PartnershipAgreement } from '../documents/partnership-agreement.js';
import type { Placement } from '../documents/placement.js';
import type { Vacancy } from '../documents/vacancy.js';
import type { WageValueAssessment } from '../documents/wage-value-assessment.js';

/**
 * The parsed document of each document type, by the value of its `documentType`. A rule's
 * `appliesTo` selects its document type from this map; a new document type adds an entry.
 *
 * @public
 */
export interface DocumentTypeMap {
  PartnershipAgreement: PartnershipAgreement;
  ExecutionPlan: ExecutionPlan;
  Vacancy: Vacancy;
  Placement: Placement;
  WageValueAssessment: WageValueAssessment;
  EmployerInstruction: EmployerInstruction;
}

/**
 * A document type that rules can apply to.
 *
 * @public
 */
export type RuleDocumentType = keyof DocumentTypeMap;

/**
 * A parsed document of any type.
 *
 * @public
 */
export type AnyDocument = DocumentTypeMap[RuleDocumentType];

/** Every document type, for rules that look at all of them (identifiers, status transitions). */
export const ALL_DOCUMENT_TYPES = [
  'PartnershipAgreement',
  'ExecutionPlan',
  'Vacancy',
  'Placement',
  'WageValueAssessment',
  'EmployerInstruction',
] as const satisfies readonly RuleDocumentType[];

/** Whether a value is a parsed document of one of `types` (judged by its `documentType`). */
export function isDocumentOf<T extends RuleDocumentType>(value: unknown, types: readonly T[]): value is DocumentTypeMap[T] {
  if (value === null || typeof value !== 'object' || !('documentType' in value)) return false;
  const type = value.documentType;
  return types.some((t) => t === type);
}
