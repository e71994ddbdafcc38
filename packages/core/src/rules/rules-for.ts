import type { RuleDocumentType } from './document-types.js';
import { identifiersRules } from './identifiers/index.js';
import { lifecycleRules } from './lifecycle/index.js';
import { privacyRules } from './privacy/index.js';
import type { BusinessRule, RuleInfo } from './rule.js';

/** The order in which the catalogue lists rules and `validate` runs them. */
export function byRuleId(a: RuleInfo, b: RuleInfo): number {
  return a.id.localeCompare(b.id);
}

/**
 * The rules that apply to one document type, in id order: those of the groups every document
 * type shares (identifiers, lifecycle, privacy) and those of `groups`. A document definition
 * lists them as its `rules`, so that `validate` loads only the rules of the document it checks.
 */
export function rulesFor(type: RuleDocumentType, ...groups: readonly (readonly BusinessRule[])[]): readonly BusinessRule[] {
  return [identifiersRules, lifecycleRules, privacyRules, ...groups]
    .flat()
    .filter((rule) => rule.appliesTo.includes(type))
    .sort(byRuleId);
}
