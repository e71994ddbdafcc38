import type { DocumentDefinition } from './definition.js';
import { EmployerInstructionDefinition } from './employer-instruction.js';
import { ExecutionPlanDefinition } from './execution-plan.js';
import { PartnershipAgreementDefinition } from './partnership-agreement.js';
import { PlacementDefinition } from './placement.js';
import { VacancyDefinition } from './vacancy.js';
import { WageValueAssessmentDefinition } from './wage-value-assessment.js';

export * from './definition.js';
export * from './employer-instruction.js';
export * from './execution-plan.js';
export * from './partnership-agreement.js';
export * from './placement.js';
export * from './vacancy.js';
export * from './wage-value-assessment.js';

/**
 * All document definitions of the standard, in lifecycle order.
 *
 * @public
 */
export const documentDefinitions: readonly DocumentDefinition[] = [
  PartnershipAgreementDefinition,
  ExecutionPlanDefinition,
  VacancyDefinition,
  PlacementDefinition,
  WageValueAssessmentDefinition,
  EmployerInstructionDefinition,
];

/**
 * A definition of any document type of the standard.
 *
 * @public
 */
export type AnyDocumentDefinition = DocumentDefinition;

/**
 * Finds a definition by document type or collection name.
 *
 * @public
 */
export function getDocumentDefinition(typeOrCollection: string): AnyDocumentDefinition | undefined {
  return documentDefinitions.find((d) => d.type === typeOrCollection || d.collection === typeOrCollection);
}
