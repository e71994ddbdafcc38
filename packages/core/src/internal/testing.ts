import type * as z from 'zod';
import type { DocumentDefinition } from '../documents/definition.js';
import type { Issue } from '../validation/issue.js';
import { type ValidateOptions, validate } from '../validation/validate.js';

/** Deep copy of a definition's canonical example, changed by `mutate` (test helper). */
export function brokenExample<S extends z.ZodType>(
  definition: DocumentDefinition<S>,
  mutate: (doc: any) => void,
): unknown {
  const doc = structuredClone(definition.example);
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
  mutate: (doc: any) => void,
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
