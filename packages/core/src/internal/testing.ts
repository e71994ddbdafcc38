import type * as z from 'zod';
import type { DocumentDefinition } from '../documents/definition.js';
import { documentDefinitions } from '../documents/index.js';
import { defaultReferenceData } from '../reference-data/reference-data.js';
import { type RuleEnvironment, RuleRun } from '../rules/context.js';
import type { AnyDocument } from '../rules/document-types.js';
import { Facts } from '../rules/facts.js';
import type { BusinessRule } from '../rules/rule.js';
import type { Issue } from '../validation/issue.js';
import { type ValidateOptions, validate } from '../validation/validate.js';

/**
 * A copy of a canonical example that a test reshapes on purpose (wrong values, missing
 * required fields, misplaced text). The document's own type forbids exactly those edits, so
 * this one name is untyped instead of an `any` in every test.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests break the example on purpose, which the document type forbids
export type LooseDocument = any;

/** A change a test makes to a {@link LooseDocument}. */
export type Mutation = (doc: LooseDocument) => void;

/** Deep copy of a definition's canonical example, for a test to reshape (test helper). */
export function looseCopy<S extends z.ZodType>(definition: DocumentDefinition<S>): LooseDocument {
  return structuredClone(definition.example);
}

/** Deep copy of a definition's canonical example, changed by `mutate` (test helper). */
export function brokenExample<S extends z.ZodType>(definition: DocumentDefinition<S>, mutate: Mutation): unknown {
  const doc = looseCopy(definition);
  mutate(doc);
  return doc;
}

/**
 * Validates a changed copy of the canonical example and returns the issues of one rule,
 * in both languages, for assertions and inline snapshots.
 */
export function issuesOfRule<S extends z.ZodType>(
  definition: DocumentDefinition<S>,
  ruleId: string,
  mutate: Mutation,
  options: ValidateOptions = {},
): { valid: boolean; nl: Issue[]; en: Issue[] } {
  const input = brokenExample(definition, mutate);
  const nl = validate(definition, input, { asOf: '2026-06-01', ...options, locale: 'nl' });
  const en = validate(definition, input, { asOf: '2026-06-01', ...options, locale: 'en' });
  return {
    valid: nl.valid,
    nl: nl.issues.filter((i) => i.ruleId === ruleId),
    en: en.issues.filter((i) => i.ruleId === ruleId),
  };
}

/** A repeatable pseudo-random sequence in [0, 1) (a linear congruential generator), for sampled tests that must not vary between runs. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** A finding of one rule, in both languages (test helper). */
export interface TestFinding {
  readonly path: (string | number)[];
  readonly message: { nl: string; en: string };
  readonly severity: Issue['severity'];
  readonly code: string;
}

/**
 * Runs one rule's `check` (or `checkInput`) on a document directly, outside `validate`, and
 * returns its findings in both languages. The document need not be valid: tests use it to
 * reach fields that the schemas would reject.
 */
export function findingsOf(
  rule: BusinessRule,
  document: unknown,
  options: Partial<Omit<RuleEnvironment, 'locale'>> & { input?: boolean } = {},
): TestFinding[] {
  // The definition of the document's type, else of the first type the rule applies to.
  const type = document !== null && typeof document === 'object' && 'documentType' in document ? document.documentType : rule.appliesTo[0];
  const definition = documentDefinitions.find((d) => d.type === type) ?? documentDefinitions.find((d) => d.type === rule.appliesTo[0]);
  if (definition === undefined) throw new Error(`${rule.id}: no definition for ${String(type)}`);
  const run = (locale: 'nl' | 'en'): Issue[] => {
    const env: RuleEnvironment = {
      asOf: '2026-06-01',
      referenceData: defaultReferenceData,
      environment: 'production',
      definition,
      ...options,
      locale,
    };
    const issues: Issue[] = [];
    // Tests hand rules documents of any shape on purpose.
    const doc = document as AnyDocument;
    const ctx = new RuleRun(rule, env, issues, new Facts(doc, env));
    if (options.input) rule.checkInput?.(document, ctx);
    else rule.check(doc, ctx);
    return issues;
  };
  const nl = run('nl');
  const en = run('en');
  return nl.map((i, k) => ({ path: i.path, severity: i.severity, code: i.code, message: { nl: i.message, en: en[k]?.message ?? '' } }));
}
