import type { DocumentType } from '../common/building-blocks.js';
import { employerInstructionRules } from './employer-instruction/index.js';
import { executionPlanRules } from './execution-plan/index.js';
import { identifiersRules } from './identifiers/index.js';
import { instrumentsRules } from './instruments/index.js';
import { lifecycleRules } from './lifecycle/index.js';
import { partnershipRules } from './partnership/index.js';
import { placementRules } from './placement/index.js';
import { privacyRules } from './privacy/index.js';
import type { BusinessRule } from './rule.js';
import { vacancyRules } from './vacancy/index.js';
import { wageValueRules } from './wage-value/index.js';

/** Every business rule of the standard, sorted by id. */
export const rules: readonly BusinessRule<any>[] = [
  ...identifiersRules,
  ...lifecycleRules,
  ...partnershipRules,
  ...executionPlanRules,
  ...vacancyRules,
  ...placementRules,
  ...instrumentsRules,
  ...wageValueRules,
  ...employerInstructionRules,
  ...privacyRules,
].sort((a, b) => a.id.localeCompare(b.id));

const byType = new Map<DocumentType, BusinessRule<any>[]>();
for (const rule of rules) {
  for (const type of rule.appliesTo) {
    const list = byType.get(type) ?? [];
    list.push(rule);
    byType.set(type, list);
  }
}

/** The rules that apply to a document type, in id order. */
export function rulesByDocumentType(type: DocumentType): readonly BusinessRule<any>[] {
  return byType.get(type) ?? [];
}

/** A rule as plain data, for documentation and for other languages. */
export interface RuleCatalogueEntry {
  id: string;
  severity: BusinessRule['severity'];
  appliesTo: readonly DocumentType[];
  titleNl: string;
  titleEn: string;
  source: string;
}

/** The rule catalogue as data (rendered into docs/standard/rules.md). */
export const ruleCatalogue: readonly RuleCatalogueEntry[] = rules.map(({ id, severity, appliesTo, titleNl, titleEn, source }) => ({
  id,
  severity,
  appliesTo,
  titleNl,
  titleEn,
  source,
}));
