import type { DocumentDefinition } from '../documents/definition.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { Severity } from '../validation/issue.js';
import type { DocumentTypeMap, RuleDocumentType } from './document-types.js';
import type { Facts } from './facts.js';

/**
 * A path into a document: field names and list indexes.
 *
 * @public
 */
export type Path = readonly (string | number)[];

// Checked bivariantly (a method's parameter), so rules whose messages take different
// parameters share one catalogue type; `ctx.report` still checks each rule's own parameters.
/** @public */
export type TemplateFunction<P> = { render(params: P): string }['render'];

/**
 * A message text: fixed, or built from the parameters of the finding.
 *
 * @public
 */
export type Template<P> = string | TemplateFunction<P>;

/**
 * One message of a rule, in both languages of the standard.
 *
 * @public
 */
export interface RuleMessage<P = unknown> {
  readonly nl: Template<P>;
  readonly en: Template<P>;
}

/**
 * The messages of a rule, by key.
 *
 * @public
 */
export type RuleMessages = Readonly<Record<string, RuleMessage>>;

/** @public */
export type ParamsOf<T> = T extends (params: infer P) => string ? P : never;

/**
 * The parameters a message needs (`never` for a fixed text).
 *
 * @public
 */
export type MessageParams<S> = S extends RuleMessage
  ? [ParamsOf<S['nl']>] extends [never]
    ? ParamsOf<S['en']>
    : ParamsOf<S['nl']>
  : never;

/**
 * How one finding departs from the rule's defaults.
 *
 * @public
 */
export interface ReportOptions {
  /** Overrides the rule's severity for this finding (e.g. IDN-004: error for shape, warning for check). */
  readonly severity?: Severity;
  /** A more specific code than the rule id, e.g. `PLC-004.too-long`. */
  readonly code?: string;
}

/** @public */
export type ReportArgs<P> = [P] extends [never] ? [params?: undefined, options?: ReportOptions] : [params: P, options?: ReportOptions];

/**
 * What a rule knows besides the document, when it checks raw input (`checkInput`).
 *
 * @public
 */
export interface InputContext<M extends RuleMessages = RuleMessages> {
  /** Reference date for checks about "now" (e.g. dates in the future). ISO date. */
  readonly asOf: string;
  /** Effective-dated parameter tables (WML, percentages); selected by the dates in the document. */
  readonly referenceData: ReferenceData;
  /** `production` flags test identifiers (OIN test prefix) as warnings. */
  readonly environment: 'production' | 'test';
  /** The stored version before an update (unvalidated), when validating an update. */
  readonly previous?: unknown;
  /** The definition of the document type being validated: its transitions, confidentiality floor… */
  readonly definition: DocumentDefinition;
  /** Records a finding at `path` with one of the rule's messages. */
  report<K extends keyof M & string>(path: Path, key: K, ...args: ReportArgs<MessageParams<M[K]>>): void;
}

/**
 * What a rule knows besides the document.
 *
 * @public
 */
export interface RuleContext<M extends RuleMessages = RuleMessages> extends InputContext<M> {
  /** Facts derived from the document, computed on first use and shared by the rules of one validation. */
  readonly facts: Facts;
}

/**
 * What a rule is, as the catalogue lists it.
 *
 * @public
 */
export interface RuleInfo {
  /** Stable id, e.g. `PLC-004`. Ids are stable once published; a retired id is never reused. */
  readonly id: string;
  /** Default severity of its findings (the catalogue's). */
  readonly severity: Severity;
  /**
   * The severities some of its findings have instead of the default, e.g. a warning for a
   * failed check digit next to an error for a wrong shape (ADR 0010). A finding with any
   * other severity is a defect of the rule: it fails (`rule-failed`).
   */
  readonly otherSeverities?: readonly Severity[];
  /** What the rule checks, in Dutch. */
  readonly titleNl: string;
  /** What the rule checks, in English. */
  readonly titleEn: string;
  /** Legal or other source (brief references like R18, seeds like S1). */
  readonly source: string;
}

/**
 * A numbered business rule of the standard: a pure check of one document type that reports
 * its findings through the context, with its own messages in Dutch and English.
 *
 * @public
 */
export interface BusinessRule<T extends RuleDocumentType = RuleDocumentType, M extends RuleMessages = RuleMessages> extends RuleInfo {
  /** Document types the rule applies to. */
  readonly appliesTo: readonly T[];
  /** The rule's messages by key, in both languages. */
  readonly messages: M;
  /**
   * The fields the rule reads. When a document has structure problems elsewhere, the rule
   * still runs on the rest of it, as long as none of these fields was rejected (ADR 0016).
   * Without this list the rule runs only on structurally valid documents.
   */
  readonly reads?: readonly Path[];
  /** Checks a structurally valid document; reports findings with `ctx.report`. */
  check(document: DocumentTypeMap[T], ctx: RuleContext<M>): void;
  /**
   * Checks the raw input before the structure check, valid or not (EMI-001 names forbidden
   * medical fields that the strict schema rejects). Must accept any shape.
   */
  checkInput?(input: unknown, ctx: InputContext<M>): void;
}

/**
 * What {@link defineRule} takes: a rule, with `appliesTo` as one document type or a list.
 *
 * @public
 */
export interface RuleSpec<T extends RuleDocumentType, M extends RuleMessages> extends RuleInfo {
  readonly appliesTo: T | readonly T[];
  readonly messages: M;
  readonly reads?: readonly Path[];
  check(document: DocumentTypeMap[T], ctx: RuleContext<M>): void;
  checkInput?(input: unknown, ctx: InputContext<M>): void;
}

/**
 * Defines a business rule. The document type of `check` follows from `appliesTo`; the
 * message keys and parameters of `ctx.report` follow from `messages`.
 *
 * @example
 * ```ts
 * export const WVA_001 = defineRule({
 *   id: 'WVA-001', appliesTo: 'WageValueAssessment', severity: 'error', source: 'R7',
 *   titleNl: '…', titleEn: '…',
 *   messages: { range: { nl: 'De loonwaarde is …', en: 'The wage value is …' } },
 *   check(assessment, ctx) {
 *     if (assessment.wageValuePct > 100) ctx.report(['wageValuePct'], 'range');
 *   },
 * });
 * ```
 *
 * @public
 */
export function defineRule<const T extends RuleDocumentType, const M extends RuleMessages>(spec: RuleSpec<T, M>): BusinessRule<T, M> {
  const appliesTo: readonly T[] = typeof spec.appliesTo === 'string' ? [spec.appliesTo] : spec.appliesTo;
  return { ...spec, appliesTo };
}

/** The text of a message in one language. */
export function renderMessage(message: RuleMessage, locale: 'nl' | 'en', params: unknown): string {
  const template = message[locale];
  return typeof template === 'string' ? template : template(params);
}
