// Temporary adapter: runs rules written for the previous engine (a `check` that returns
// findings with both messages) on the new kernel, until every rule folder is migrated.
import type { DocumentType } from '../common/building-blocks.js';
import type { ReferenceData } from '../reference-data/index.js';
import type { Locale, Message, Severity } from '../validation/issue.js';
import type { BusinessRule as KernelRule, ReportOptions } from './rule.js';
import { defineRule as defineKernelRule } from './rule.js';

/** What a legacy rule knows besides the document. */
export interface RuleContext {
  readonly asOf: string;
  readonly referenceData: ReferenceData;
  readonly environment: 'production' | 'test';
  readonly locale: Locale;
  readonly previous?: unknown;
}

/** One finding of a legacy rule. */
export interface RuleFinding {
  readonly path: readonly (string | number)[];
  readonly message: Message;
  readonly severity?: Severity;
  readonly code?: string;
}

interface LegacyRule<D> {
  readonly id: string;
  readonly appliesTo: readonly DocumentType[];
  readonly severity: Severity;
  readonly titleNl: string;
  readonly titleEn: string;
  readonly source: string;
  check(document: D, context: RuleContext): readonly RuleFinding[];
}

/** A rule of the new kernel (named as before for the legacy rule lists). */
export type BusinessRule<_D = unknown> = KernelRule;

const LEGACY_MESSAGES = { finding: { nl: (m: Message) => m.nl, en: (m: Message) => m.en } };

/** Wraps a legacy rule as a kernel rule. */
export function defineRule<D>(rule: LegacyRule<D>): KernelRule {
  return defineKernelRule({
    id: rule.id,
    appliesTo: rule.appliesTo,
    severity: rule.severity,
    titleNl: rule.titleNl,
    titleEn: rule.titleEn,
    source: rule.source,
    messages: LEGACY_MESSAGES,
    check(document, ctx) {
      const context: RuleContext = { asOf: ctx.asOf, referenceData: ctx.referenceData, environment: ctx.environment, locale: 'nl', previous: ctx.previous };
      for (const f of rule.check(document as D, context)) {
        const options: ReportOptions = { ...(f.severity ? { severity: f.severity } : {}), ...(f.code ? { code: f.code } : {}) };
        ctx.report(f.path, 'finding', f.message, options);
      }
    },
  });
}

/** Shorthand for a legacy finding. */
export function finding(
  path: readonly (string | number)[],
  nl: string,
  en: string,
  extra?: { severity?: Severity; code?: string },
): RuleFinding {
  return { path, message: { nl, en }, ...extra };
}
