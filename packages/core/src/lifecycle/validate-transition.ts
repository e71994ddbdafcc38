import type { ActorRole } from '../codelists/actor-role.js';
import type { ProcessEvent } from '../codelists/process-event.js';
import type { DocumentDefinition } from '../documents/definition.js';
import type { Issue, Locale } from '../validation/issue.js';
import { lifecycles } from './definitions.js';
import { emittedProcessEvents, initialStates, type LifecycleTransition, matchesCondition } from './lifecycle.js';

/** Who makes a change: the process roles the caller acts in. */
export interface TransitionPrincipal {
  readonly roles: readonly ActorRole[];
}

/** Result of {@link validateTransition}. */
export interface TransitionCheck {
  /** No issue of severity error. */
  readonly allowed: boolean;
  /** Status before (`null` on creation) and after. */
  readonly from: string | null;
  readonly to: string;
  /** The lifecycle transition taken; absent when there is none or the status did not change. */
  readonly transition?: LifecycleTransition;
  /** Process events the change raises (brief §10.1); empty when not allowed. */
  readonly processEvents: readonly ProcessEvent[];
  readonly issues: readonly Issue[];
}

function statusOf(doc: unknown): string | undefined {
  if (doc === null || typeof doc !== 'object') return undefined;
  const s = (doc as { status?: unknown }).status;
  return typeof s === 'string' ? s : undefined;
}

function issue(ruleId: string, nl: string, en: string, locale: Locale): Issue {
  return { severity: 'error', code: ruleId, ruleId, path: ['status'], message: locale === 'en' ? en : nl };
}

/**
 * Checks a status change against the lifecycle of the document type: the change must be a
 * transition of the lifecycle (AGR-003; `before` absent = creation, which must start in an
 * initial state) and the principal must act in a role allowed to make it (LCY-001). Returns
 * the process events the change emits. Messages name states and roles only, never values of
 * other fields.
 *
 * @example
 * ```ts
 * const r = validateTransition(CandidateProposalDefinition, stored, updated, { roles: ['EMPLOYER'] });
 * // PENDING → INVITED by the employer: r.allowed === true, r.processEvents → ['CANDIDATE_INVITED']
 * ```
 */
export function validateTransition(
  definition: DocumentDefinition,
  before: unknown,
  after: unknown,
  principal: TransitionPrincipal,
  options: { locale?: Locale } = {},
): TransitionCheck {
  const locale = options.locale ?? 'nl';
  const lifecycle = lifecycles[definition.type];
  const from = before === undefined || before === null ? null : (statusOf(before) ?? null);
  const to = statusOf(after) ?? '';
  const refuse = (i: Issue): TransitionCheck => ({ allowed: false, from, to, processEvents: [], issues: [i] });
  if (!lifecycle.states.includes(to))
    return refuse(issue('AGR-003', `Onbekende status ${to || '(geen)'}.`, `Unknown status ${to || '(none)'}.`, locale));
  if (from !== null && from === to) return { allowed: true, from, to, processEvents: [], issues: [] };
  const candidates = lifecycle.transitions.filter((t) => t.from === from && t.to === to);
  const transition = candidates.find((t) => matchesCondition(t.when, after));
  if (!transition) {
    if (from === null)
      return refuse(
        issue(
          'AGR-003',
          `Een nieuw record begint in ${initialStates(lifecycle).join(' of ')}, niet in ${to}.`,
          `A new record starts in ${initialStates(lifecycle).join(' or ')}, not in ${to}.`,
          locale,
        ),
      );
    return refuse(
      issue(
        'AGR-003',
        candidates.length > 0
          ? `Statusovergang van ${from} naar ${to} is voor dit soort record niet toegestaan.`
          : `Statusovergang van ${from} naar ${to} is niet toegestaan.`,
        candidates.length > 0
          ? `Status change from ${from} to ${to} is not allowed for this kind of record.`
          : `Status change from ${from} to ${to} is not allowed.`,
        locale,
      ),
    );
  }
  if (!principal.roles.some((r) => transition.roles.includes(r)))
    return {
      ...refuse(
        issue(
          'LCY-001',
          `Statusovergang naar ${to} mag alleen door ${transition.roles.join(', ')}.`,
          `Only ${transition.roles.join(', ')} may change the status to ${to}.`,
          locale,
        ),
      ),
      transition,
    };
  return { allowed: true, from, to, transition, processEvents: emittedProcessEvents(transition, after), issues: [] };
}
