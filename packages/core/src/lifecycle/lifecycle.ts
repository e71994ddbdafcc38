import type { ActorRole } from '../codelists/actor-role.js';
import type { ProcessEvent } from '../codelists/process-event.js';
import type { DocumentType } from '../common/building-blocks.js';

/**
 * A condition on a field of the document after the change, as data: the value at `field`
 * (a top-level key) is one of `in`. Used where one transition means different things for
 * different kinds of record (a trial placement starting is `TRIAL_STARTED`, an employment
 * `PLACEMENT_STARTED`).
 */
export interface FieldCondition {
  readonly field: string;
  readonly in: readonly string[];
}

/** A process event (brief §10.1) a transition emits, optionally only for some records. */
export interface EventEmission {
  readonly processEvent: ProcessEvent;
  readonly when?: FieldCondition;
}

/** One allowed status change. `from: null` is the creation of a record in state `to`. */
export interface LifecycleTransition<S extends string = string> {
  readonly from: S | null;
  readonly to: S;
  /** Roles that may make this change; a principal needs at least one (LCY-001). */
  readonly roles: readonly ActorRole[];
  /** The transition is allowed only for records matching this condition (AGR-003). */
  readonly when?: FieldCondition;
  /** Process events raised by the change, for lead-time measurement. */
  readonly emits?: readonly EventEmission[];
}

/**
 * The lifecycle of a document type as data: its states, which state changes are allowed,
 * who may make each, and which process event each emits. Rendered into docs/standard/events.md
 * as a state diagram; enforced by {@link validateTransition} (AGR-003, LCY-001).
 */
export interface Lifecycle<S extends string = string> {
  readonly documentType: DocumentType;
  /** All states, in the order of the usual flow. */
  readonly states: readonly S[];
  /** States without a way out. */
  readonly final: readonly S[];
  readonly transitions: readonly LifecycleTransition<S>[];
}

/** Whether a document (after the change) matches a condition. */
export function matchesCondition(condition: FieldCondition | undefined, document: unknown): boolean {
  if (condition === undefined) return true;
  if (document === null || typeof document !== 'object') return false;
  const value = (document as Record<string, unknown>)[condition.field];
  return typeof value === 'string' && condition.in.includes(value);
}

/** The states a record may be created in. */
export function initialStates<S extends string>(lifecycle: Lifecycle<S>): readonly S[] {
  return [...new Set(lifecycle.transitions.filter((t) => t.from === null).map((t) => t.to))];
}

/** The lifecycle's state changes as a table from → allowed targets (creation excluded). */
export function transitionTable<S extends string>(lifecycle: Lifecycle<S>): Readonly<Record<S, readonly S[]>> {
  const table = Object.fromEntries(lifecycle.states.map((s) => [s, [] as S[]])) as Record<S, S[]>;
  for (const t of lifecycle.transitions) if (t.from !== null && !table[t.from].includes(t.to)) table[t.from].push(t.to);
  return table;
}

/** The process events a change from `from` to the document's state emits. */
export function emittedProcessEvents(transition: LifecycleTransition, after: unknown): ProcessEvent[] {
  return (transition.emits ?? []).filter((e) => matchesCondition(e.when, after)).map((e) => e.processEvent);
}
