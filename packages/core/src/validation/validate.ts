import type * as z from 'zod';
import type { DocumentDefinition } from '../documents/definition.js';
import { IDENTIFIER_MESSAGES } from '../identifiers/messages.js';
import { type ReferenceData, defaultReferenceData } from '../reference-data/index.js';
import { rulesByDocumentType } from '../rules/catalogue.js';
import type { BusinessRule, RuleContext, RuleFinding } from '../rules/rule.js';
import { closeScope, openScope } from '../rules/scope.js';
import type { Issue, Locale } from './issue.js';
import { checkStandardVersion } from '../versions/version-check.js';
import { structureMessage } from './structure-messages.js';
import { unknownFieldIssues } from './unknown-fields.js';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /**
   * Reference date for checks about "now" (a signature date in the future, an overdue
   * reassessment). Defaults to the current date. Legal parameters are never selected by it:
   * they follow the dates in the document.
   */
  asOf?: string;
  /** Language of messages: `nl` (default) or `en`. */
  locale?: Locale;
  /** Rule ids to skip, e.g. `['WVA-012']`. */
  skipRules?: readonly string[];
  /** Newer parameter tables; defaults to the tables shipped with this version. */
  referenceData?: ReferenceData;
  /** `production` (default) flags test identifiers; `test` does not. */
  environment?: 'production' | 'test';
  /**
   * The stored version before an update, so that status transitions (AGR-003) and
   * fields that may not change (EMI-008) can be checked.
   */
  previous?: unknown;
}

/** Result of {@link validate}: valid when there is no issue of severity `error`. */
export interface ValidationResult<T> {
  valid: boolean;
  /** The parsed document (defaults applied) when the structure is valid. */
  value?: T;
  /** All issues found, structural and business rules. */
  issues: Issue[];
}

const RULE_FAILED: readonly RuleFinding[] = [
  { path: [], message: { nl: 'Regel kon niet worden uitgevoerd.', en: 'Rule could not be evaluated.' }, severity: 'warning', code: 'rule-failed' },
];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function report(issues: Issue[], rule: BusinessRule<any>, findings: readonly RuleFinding[], locale: Locale): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    issues.push({
      severity: f.severity ?? rule.severity,
      code: f.code ?? rule.id,
      ruleId: rule.id,
      // A copy: findings may share path arrays (constants, indexes) with the rule.
      path: f.path.slice(),
      message: locale === 'en' ? f.message.en : f.message.nl,
    });
  }
}

/** The rules of a type split once into those that check the raw input and the rest. */
interface RulePlan {
  readonly input: readonly BusinessRule<any>[];
  /** Rules without an input check: rules with one already reported on the raw input. */
  readonly document: readonly BusinessRule<any>[];
}

function split(rules: readonly BusinessRule<any>[]): RulePlan {
  return { input: rules.filter((r) => r.checkInput), document: rules.filter((r) => !r.checkInput) };
}

// Keyed by the catalogue's list for a type (stable); rebuilt if that list's length changes.
const plans = new WeakMap<readonly BusinessRule<any>[], { plan: RulePlan; length: number }>();

function planOf(rules: readonly BusinessRule<any>[]): RulePlan {
  const known = plans.get(rules);
  if (known !== undefined && known.length === rules.length) return known.plan;
  const plan = split(rules);
  plans.set(rules, { plan, length: rules.length });
  return plan;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
  }
  return cur;
}

/**
 * Validates a document: first its structure (zod), then every numbered business rule that
 * applies to its type. Never throws on bad input and collects all issues.
 *
 * @example
 * ```ts
 * import { validate, PlacementDefinition } from '@banenafspraak/core';
 * const result = validate(PlacementDefinition, JSON.parse(body), { locale: 'en' });
 * if (!result.valid) console.log(result.issues);
 * ```
 * @see docs/standard/rules.md
 */
export function validate<S extends z.ZodType>(
  definition: DocumentDefinition<S>,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<z.output<S>> {
  const locale = options.locale ?? 'nl';
  const context: RuleContext = {
    asOf: options.asOf ?? today(),
    referenceData: options.referenceData ?? defaultReferenceData,
    environment: options.environment ?? 'production',
    locale,
    previous: options.previous,
  };
  const all = rulesByDocumentType(definition.type);
  const skipRules = options.skipRules;
  let plan = planOf(all);
  if (skipRules && skipRules.length > 0) {
    const skip = new Set(skipRules);
    plan = split(all.filter((rule) => !skip.has(rule.id)));
  }
  const issues: Issue[] = [];

  // Version (VER-001..003): an older supported version is checked as its upgrade.
  const version = checkStandardVersion(definition.type, input, locale, context.asOf);
  issues.push(...version.issues);
  if (version.stop) return { valid: false, issues };
  input = version.document;

  const inputRules = plan.input;
  for (let i = 0; i < inputRules.length; i++) {
    const rule = inputRules[i]!;
    let findings: readonly RuleFinding[];
    try {
      findings = rule.checkInput!(input, context);
    } catch {
      findings = RULE_FAILED;
    }
    if (findings.length > 0) report(issues, rule, findings, locale);
  }
  const inputRuleIssues = issues.length;

  const parsed = definition.schema.safeParse(input);
  if (!parsed.success) {
    for (const original of parsed.error.issues) {
      let zi = original;
      const path = zi.path.map((p) => (typeof p === 'number' ? p : String(p)));
      const missing =
        (zi.code === 'invalid_type' || zi.code === 'invalid_value' || zi.code === 'invalid_union') &&
        valueAt(input, zi.path) === undefined;
      // Unknown keys already named by an input rule (EMI-001) are not reported twice.
      if (zi.code === 'unrecognized_keys' && inputRuleIssues > 0) {
        const named = new Set(issues.slice(0, inputRuleIssues).map((i) => JSON.stringify(i.path)));
        const rest = zi.keys.filter((k) => !named.has(JSON.stringify([...path, k])));
        if (rest.length === 0) continue;
        zi = { ...zi, keys: rest };
      }
      if (zi.code === 'unrecognized_keys') {
        issues.push(...unknownFieldIssues(path, zi.keys, locale));
        continue;
      }
      // Identifier checks (BSN 11-proef, KvK shape…) report with their rule id and in English on request.
      const identifier = missing ? undefined : IDENTIFIER_MESSAGES.get(zi.message);
      if (identifier) {
        issues.push({
          severity: 'error',
          code: zi.code,
          ruleId: identifier.ruleId,
          path,
          message: locale === 'en' ? identifier.en : zi.message,
        });
        continue;
      }
      issues.push({
        severity: 'error',
        code: missing ? 'required' : zi.code,
        path,
        message: structureMessage(zi, locale, missing),
      });
    }
    return { valid: false, issues };
  }
  const document = parsed.data;
  // Facts several rules derive from the document are shared within this call only.
  const outer = openScope(document, context, definition.schema);
  try {
    const documentRules = plan.document;
    for (let i = 0; i < documentRules.length; i++) {
      const rule = documentRules[i]!;
      let findings: readonly RuleFinding[];
      try {
        findings = rule.check(document, context);
      } catch {
        // A rule must never turn bad input into an exception for the caller.
        findings = RULE_FAILED;
      }
      if (findings.length > 0) report(issues, rule, findings, locale);
    }
  } finally {
    closeScope(outer);
  }
  let valid = true;
  for (let i = 0; i < issues.length; i++) {
    if (issues[i]!.severity === 'error') {
      valid = false;
      break;
    }
  }
  return { valid, value: document, issues };
}
