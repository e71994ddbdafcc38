import type { DocumentType } from '../common/building-blocks.js';
import type { ReferenceData } from '../reference-data/index.js';
import type { Locale, Message, Severity } from '../validation/issue.js';

/** What a rule knows besides the document. */
export interface RuleContext {
  /** Reference date for checks about "now" (e.g. dates in the future). ISO date. */
  readonly asOf: string;
  /** Effective-dated parameter tables (WML, percentages); selected by the period date. */
  readonly referenceData: ReferenceData;
  /** `production` flags test identifiers (OIN test prefix) as warnings. */
  readonly environment: 'production' | 'test';
  readonly locale: Locale;
  /** The stored version before an update (unvalidated), when validating an update. */
  readonly previous?: unknown;
}

/** One finding of a rule: where, how serious, and what to say. */
export interface RuleFinding {
  readonly path: readonly (string | number)[];
  readonly message: Message;
  /** Overrides the rule's severity for this finding (e.g. IDN-004: error for shape, warning for check). */
  readonly severity?: Severity;
  /** More specific code than the rule id, e.g. `PLC-004.too-long`. */
  readonly code?: string;
}

/**
 * A numbered business rule of the standard. Ids are stable once published; a retired rule's
 * id is never reused.
 */
export interface BusinessRule<D = unknown> {
  /** Stable id, e.g. `PLC-004`. */
  readonly id: string;
  /** Document types the rule applies to. */
  readonly appliesTo: readonly DocumentType[];
  /** Default severity of its findings. */
  readonly severity: Severity;
  /** What the rule checks, in Dutch. */
  readonly titleNl: string;
  /** What the rule checks, in English. */
  readonly titleEn: string;
  /** Legal or other source (brief references like R18, seeds like S1). */
  readonly source: string;
  /** Runs the rule on a structurally valid document; returns nothing when it passes. */
  check(document: D, context: RuleContext): readonly RuleFinding[];
  /**
   * Optional check of the raw input, run before the structure check on every input, valid or
   * not (EMI-001 uses it to name forbidden medical fields that the strict schema rejects).
   * Must accept any shape and never throw.
   */
  checkInput?(input: unknown, context: RuleContext): readonly RuleFinding[];
}

/** Defines a rule for documents of type `D`. */
export function defineRule<D>(rule: BusinessRule<D>): BusinessRule<D> {
  return rule;
}

/** Shorthand for a finding. */
export function finding(
  path: readonly (string | number)[],
  nl: string,
  en: string,
  extra?: { severity?: Severity; code?: string },
): RuleFinding {
  return { path, message: { nl, en }, ...extra };
}
