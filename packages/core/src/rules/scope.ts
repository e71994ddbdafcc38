import type { RuleContext, RuleFinding } from './legacy.js';

/**
 * Per-validation scratch space for facts that several rules derive from the same document
 * (the identifier index, the live instrument grants, recomputed subsidy amounts).
 *
 * `validate` opens a scope for the parsed document and its freshly created context and
 * closes it before it returns. A helper asks {@link scopeOf} with the document and context
 * it was given: outside a validation (a rule called directly) there is no scope and the
 * helper computes afresh. Facts therefore never outlive one call: a document that is
 * mutated and validated again is indexed again, and no identity trick can return the facts
 * of another document. Rules never mutate the document, so facts stay true within a call.
 * @internal
 */
export class ValidationScope {
  /** Identifier index (`identifiers/internal.ts`). */
  idIndex: unknown = undefined;
  /** Live instrument grants of a placement (`instruments/internal.ts`). */
  liveGrants: unknown = undefined;
  /** Live grants of some instruments, by the (constant) list of instruments asked for. */
  liveGrantsOf: Map<unknown, unknown> | undefined = undefined;
  /** Per-grant memo of the instrument helpers (`instruments/internal.ts`). */
  grantFacts: unknown = undefined;
  /** Reference date of the record (`identifiers/internal.ts`). */
  referenceDate: string | undefined = undefined;
  constructor(
    readonly doc: unknown,
    readonly ctx: RuleContext,
    /** The zod schema `doc` is the output of: lets helpers walk only what the schema allows. */
    readonly schema: unknown,
  ) {}
}

let current: ValidationScope | undefined;

/** Opens a scope for one validation; returns the scope it replaces, for {@link closeScope}. @internal */
export function openScope(doc: unknown, ctx: RuleContext, schema: unknown): ValidationScope | undefined {
  const previous = current;
  current = new ValidationScope(doc, ctx, schema);
  return previous;
}

/** Closes the current scope and restores the one {@link openScope} returned. @internal */
export function closeScope(previous: ValidationScope | undefined): void {
  current = previous;
}

/** The open scope when it belongs to exactly this document and context, else undefined. @internal */
export function scopeOf(doc: unknown, ctx: RuleContext | undefined): ValidationScope | undefined {
  const s = current;
  return s !== undefined && s.doc === doc && s.ctx === ctx ? s : undefined;
}

/** The result of a rule that passes: shared and frozen, so a passing rule allocates nothing. @internal */
export const NO_FINDINGS: readonly RuleFinding[] = Object.freeze([]) as readonly RuleFinding[];
