import { DocumentType } from '../common/building-blocks.js';
import type { CandidateProposal } from '../documents/candidate-proposal.js';
import type { ContactMoment } from '../documents/contact-moment.js';
import type { EmployerInstruction } from '../documents/employer-instruction.js';
import type { ExecutionPlan } from '../documents/execution-plan.js';
import type { InstrumentGrantDocument } from '../documents/instrument-grant.js';
import type { JobCoachPlan } from '../documents/job-coach-plan.js';
import type { JobCoachReport } from '../documents/job-coach-report.js';
import type { PartnershipAgreement } from '../documents/partnership-agreement.js';
import type { Placement } from '../documents/placement.js';
import type { PlacementFollowUp } from '../documents/placement-follow-up.js';
import type { Vacancy } from '../documents/vacancy.js';
import type { WageCostSubsidyDeclaration } from '../documents/wage-cost-subsidy-declaration.js';
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
  InstrumentGrant: InstrumentGrantDocument;
  CandidateProposal: CandidateProposal;
  PlacementFollowUp: PlacementFollowUp;
  WageCostSubsidyDeclaration: WageCostSubsidyDeclaration;
  JobCoachPlan: JobCoachPlan;
  JobCoachReport: JobCoachReport;
  ContactMoment: ContactMoment;
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
export const ALL_DOCUMENT_TYPES = DocumentType.options satisfies readonly RuleDocumentType[];

/** Whether a value is a parsed document of one of `types` (judged by its `documentType`). */
export function isDocumentOf<T extends RuleDocumentType>(value: unknown, types: readonly T[]): value is DocumentTypeMap[T] {
  if (value === null || typeof value !== 'object' || !('documentType' in value)) return false;
  const type = value.documentType;
  return types.some((t) => t === type);
}
