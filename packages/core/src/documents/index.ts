import { CandidateProposalDefinition } from './candidate-proposal.js';
import { ContactMomentDefinition } from './contact-moment.js';
import type { DocumentDefinition } from './definition.js';
import { EmployerInstructionDefinition } from './employer-instruction.js';
import { ExecutionPlanDefinition } from './execution-plan.js';
import { InstrumentGrantDefinition } from './instrument-grant.js';
import { JobCoachPlanDefinition } from './job-coach-plan.js';
import { JobCoachReportDefinition } from './job-coach-report.js';
import { PartnershipAgreementDefinition } from './partnership-agreement.js';
import { PlacementDefinition } from './placement.js';
import { PlacementFollowUpDefinition } from './placement-follow-up.js';
import { VacancyDefinition } from './vacancy.js';
import { WageCostSubsidyDeclarationDefinition } from './wage-cost-subsidy-declaration.js';
import { WageValueAssessmentDefinition } from './wage-value-assessment.js';

/**
 * All document definitions of the standard, in lifecycle order.
 *
 * @public
 */
export const documentDefinitions: readonly DocumentDefinition[] = [
  PartnershipAgreementDefinition,
  ExecutionPlanDefinition,
  VacancyDefinition,
  CandidateProposalDefinition,
  PlacementDefinition,
  InstrumentGrantDefinition,
  PlacementFollowUpDefinition,
  JobCoachPlanDefinition,
  JobCoachReportDefinition,
  WageValueAssessmentDefinition,
  WageCostSubsidyDeclarationDefinition,
  ContactMomentDefinition,
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
