import type * as z from 'zod';
import { isValidAmCode } from '../codelists/labour-market-region.js';
import type { DocumentDefinition } from '../documents/definition.js';
import { identifierMessage, identifierParams } from '../identifiers/messages.js';
import { isIsoDate } from '../reference-data/internal/iso-date.js';
import { defaultReferenceData, type ReferenceData } from '../reference-data/reference-data.js';
import { type RuleEnvironment, RuleRun } from '../rules/context.js';
import { ALL_DOCUMENT_TYPES, isDocumentOf } from '../rules/document-types.js';
import { Facts } from '../rules/facts.js';
import type { BusinessRule } from '../rules/rule.js';
import { checkStandardVersion } from '../versions/version-check.js';
import type { Issue, Locale } from './issue.js';
import { overlaps, partialDocument } from './partial-document.js';
import { structureMessage } from './structure-messages.js';
import { unknownFieldIssues } from './unknown-fields.js';

/**
 * Options of {@link validate}.
 *
 * @public
 */
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

/**
 * Result of {@link validate}: valid when there is no issue of severity `error`; the parsed
 * document exactly then.
 *
 * @public
 */
export type ValidationResult<T> =
  | {
      valid: true;
      /** The parsed document, defaults applied. */
      value: T;
      /** Warnings and information. */
      issues: Issue[];
    }
  | {
      valid: false;
      value?: undefined;
      /** All issues found, structural and business rules. */
      issues: Issue[];
    };

/**
 * A mistake in how `validate` was called (not in the document), e.g. an `asOf` that is not
 * a date. Thrown, because no document could be judged with it.
 *
 * @public
 */
export class ValidationUsageError extends TypeError {
  override readonly name = 'ValidationUsageError';
}

const RULE_FAILED = {
  nl: 'Deze regel kon niet worden gecontroleerd; het document is daarom niet goedgekeurd.',
  en: 'This rule could not be checked, so the document is not accepted.',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * What is left of a rule that threw: none of its findings (those from `before` on), and a
 * `rule-failed` issue instead of an exception.
 */
function ruleFailed(rule: BusinessRule, issues: Issue[], before: number, locale: Locale): void {
  issues.length = before;
  // Fail closed: a rule that could not judge the document never lets it pass.
  issues.push({ severity: 'error', code: 'rule-failed', ruleId: rule.id, path: [], message: RULE_FAILED[locale] });
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
 *
 * @public
 */
export function validate<S extends z.ZodType>(
  definition: DocumentDefinition<S>,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<z.output<S>> {
  const locale = options.locale ?? 'nl';
  if (options.asOf !== undefined && !isIsoDate(options.asOf))
    throw new ValidationUsageError('validate: asOf must be a date YYYY-MM-DD that exists in the calendar');
  const env: RuleEnvironment = {
    asOf: options.asOf ?? today(),
    referenceData: options.referenceData ?? defaultReferenceData,
    environment: options.environment ?? 'production',
    locale,
    previous: options.previous,
    definition,
  };
  const skip = options.skipRules;
  // The definition lists its document type's rules, so validating one type loads only those.
  const rules = skip?.length ? definition.rules.filter((rule) => !skip.includes(rule.id)) : definition.rules;
  const issues: Issue[] = [];

  // Version (VER-001..003): an older supported version is checked as its upgrade.
  const version = checkStandardVersion(definition.type, input, locale, env.asOf);
  issues.push(...version.issues);
  if (version.stop) return { valid: false, issues };
  const upgraded = version.document;

  for (const rule of rules) {
    if (rule.checkInput === undefined) continue;
    const before = issues.length;
    try {
      rule.checkInput(upgraded, new RuleRun(rule, env, issues, undefined));
    } catch {
      ruleFailed(rule, issues, before, locale);
    }
  }
  const inputRuleIssues = issues.length;

  const parsed = definition.schema.safeParse(upgraded);
  if (parsed.success) {
    runDocumentRules(rules, parsed.data, issues, env);
    return issues.some((issue) => issue.severity === 'error') ? { valid: false, issues } : { valid: true, value: parsed.data, issues };
  }
  issues.push(...structureIssues(parsed.error.issues, upgraded, issues.slice(0, inputRuleIssues), locale));
  // Rules whose fields all parsed still run, on the document without the rejected fields (ADR 0016).
  const partial = partialDocument(definition.schema, upgraded, parsed.error.issues);
  if (partial !== undefined)
    runDocumentRules(
      rules,
      partial.document,
      issues,
      env,
      (rule) => rule.reads !== undefined && !rule.reads.some((read) => partial.rejected.some((path) => overlaps(read, path))),
    );
  return { valid: false, issues };
}

/**
 * Runs the document rules (all, or those `runs` selects); a rule with an input check has
 * already reported. A rule that throws keeps none of its findings.
 */
function runDocumentRules(
  rules: readonly BusinessRule[],
  document: unknown,
  issues: Issue[],
  env: RuleEnvironment,
  runs?: (rule: BusinessRule) => boolean,
): void {
  // Every schema of the standard has a `documentType`; rules only run on such documents.
  if (!isDocumentOf(document, ALL_DOCUMENT_TYPES)) return;
  // Facts several rules derive from the document are computed once, for this call only.
  const facts = new Facts(document, env);
  for (const rule of rules) {
    if (rule.checkInput !== undefined || (runs !== undefined && !runs(rule))) continue;
    const before = issues.length;
    try {
      rule.check(document, new RuleRun(rule, env, issues, facts));
    } catch {
      ruleFailed(rule, issues, before, env.locale);
    }
  }
}

/** The issues of the structure check, in the standard's words. */
function structureIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  inputRuleIssues: readonly Issue[],
  locale: Locale,
): Issue[] {
  const issues: Issue[] = [];
  // Unknown keys already named by an input rule (EMI-001) are not reported twice.
  const named = new Set(inputRuleIssues.map((i) => JSON.stringify(i.path)));
  for (const original of zodIssues) {
    let zi = original;
    const path = zi.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const missing =
      (zi.code === 'invalid_type' || zi.code === 'invalid_value' || zi.code === 'invalid_union') && valueAt(input, zi.path) === undefined;
    if (zi.code === 'unrecognized_keys' && named.size > 0) {
      const rest = zi.keys.filter((k) => !named.has(JSON.stringify([...path, k])));
      if (rest.length === 0) continue;
      zi = { ...zi, keys: rest };
    }
    if (zi.code === 'unrecognized_keys') {
      issues.push(...unknownFieldIssues(path, zi.keys, locale));
      continue;
    }
    // Identifier checks (BSN 11-proef, KvK shape…) carry their rule id and message key in the issue's params.
    const identifier = zi.code === 'custom' ? identifierParams(zi.params) : undefined;
    if (identifier) {
      issues.push({
        severity: 'error',
        code: identifier.code,
        ruleId: identifier.ruleId,
        path,
        message: identifierMessage(identifier.message, locale),
      });
      continue;
    }
    // A value outside the 35 region codes is IDN-007's finding, in whichever field it stands.
    if (!missing && zi.code === 'invalid_value' && isRegionCodeSet(zi.values)) {
      issues.push({ severity: 'error', code: 'invalid_value', ruleId: 'IDN-007', path, message: UNKNOWN_REGION[locale] });
      continue;
    }
    issues.push({ severity: 'error', code: missing ? 'required' : zi.code, path, message: structureMessage(zi, locale, missing) });
  }
  return issues;
}

const UNKNOWN_REGION = {
  nl: 'Onbekende arbeidsmarktregiocode (AMnn, een van de 35 regio’s).',
  en: 'Unknown labour-market region code (AMnn, one of the 35 regions).',
};

/** Whether a field's allowed values are the labour-market region codes (the `AmCode` enum). */
function isRegionCodeSet(values: readonly unknown[]): boolean {
  return values.length > 0 && values.every((v) => typeof v === 'string' && isValidAmCode(v));
}
