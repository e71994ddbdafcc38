import type { DocumentType } from '../common/building-blocks.js';
import { candidateProposalRules } from './candidate-proposal/index.js';
import type { RuleDocumentType } from './document-types.js';
import { employerInstructionRules } from './employer-instruction/index.js';
import { executionPlanRules } from './execution-plan/index.js';
import { identifiersRules } from './identifiers/index.js';
import { instrumentGrantRules } from './instrument-grant/index.js';
import { instrumentsRules } from './instruments/index.js';
import { jobCoachingRules } from './job-coaching/index.js';
import { lifecycleRules } from './lifecycle/index.js';
import { partnershipRules } from './partnership/index.js';
import { placementRules } from './placement/index.js';
import { placementFollowUpRules } from './placement-follow-up/index.js';
import { privacyRules } from './privacy/index.js';
import type { BusinessRule, RuleInfo } from './rule.js';
import { vacancyRules } from './vacancy/index.js';
import { wageCostSubsidyDeclarationRules } from './wage-cost-subsidy-declaration/index.js';
import { wageValueRules } from './wage-value/index.js';

/**
 * Every business rule of the standard, sorted by id.
 *
 * @public
 */
export const rules: readonly BusinessRule[] = [
  ...identifiersRules,
  ...lifecycleRules,
  ...partnershipRules,
  ...executionPlanRules,
  ...vacancyRules,
  ...candidateProposalRules,
  ...placementRules,
  ...placementFollowUpRules,
  ...instrumentsRules,
  ...instrumentGrantRules,
  ...jobCoachingRules,
  ...wageValueRules,
  ...wageCostSubsidyDeclarationRules,
  ...employerInstructionRules,
  ...privacyRules,
].sort((a, b) => a.id.localeCompare(b.id));

const byType = new Map<string, BusinessRule[]>();
for (const rule of rules) {
  for (const type of rule.appliesTo) {
    const list = byType.get(type) ?? [];
    list.push(rule);
    byType.set(type, list);
  }
}

/**
 * The rules that apply to a document type, in id order.
 *
 * @public
 */
export function rulesByDocumentType(type: DocumentType): readonly BusinessRule[] {
  return byType.get(type) ?? [];
}

/**
 * A rule as plain data, for documentation and for other languages.
 *
 * @public
 */
export interface RuleCatalogueEntry extends RuleInfo {
  readonly appliesTo: readonly RuleDocumentType[];
}

/**
 * The rule catalogue as data (rendered into docs/standard/rules.md).
 *
 * @public
 */
export const ruleCatalogue: readonly RuleCatalogueEntry[] = rules.map(
  ({ id, severity, otherSeverities, appliesTo, titleNl, titleEn, source }) => ({
    id,
    severity,
    ...(otherSeverities ? { otherSeverities } : {}),
    appliesTo,
    titleNl,
    titleEn,
    source,
  }),
);
