import { toLocalDateTime } from '@banenafspraak/core';

/**
 * Process-event facts (ADR 0027): the lead-time report's view of an outbox event, one row per
 * process event code it raises and case link it carries, so the report pairs cases over typed
 * columns instead of the outbox's JSON. Computed here only, from the stored event, on the write
 * path and in the backfill alike.
 */

/**
 * The links a lead-time case is paired by, in order: a start belongs to the case of its first
 * link in this order; a stop closes the case of any link it carries.
 */
export const CASE_KEY_LIST = ['vacancyId', 'placementId', 'grantId', 'assessmentId', 'partnershipId'] as const;

/** One process-event fact row (tenant columns apart, they are the outbox row's). */
export interface ProcessEventFact {
  readonly code: string;
  /** A case link key, or `null` for an event that carries none (one row, an unlinked start). */
  readonly caseKey: string | null;
  readonly caseVal: string | null;
  /** Whether `caseKey` is the event's first case key (the one a start pairs on). */
  readonly firstKey: boolean;
  /** The event's time as stored (ISO). */
  readonly time: string;
  /** Europe/Amsterdam date and hour of `time`: the day a lead time counts from, and the cut-off. */
  readonly localDate: string;
  readonly localHour: number;
}

const object = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * The process-event facts of one event: for each distinct process event code, a row per case
 * link it carries (a link is a present, non-null value), or one row without a link. No rows for
 * an event without process events, or whose time is no date-time (it has no day to count from).
 */
export function processEventFacts(event: { readonly time?: unknown; readonly data?: unknown }): ProcessEventFact[] {
  const data = object(event.data);
  const codes = Array.isArray(data.processEvents) ? [...new Set(data.processEvents.filter((c) => typeof c === 'string'))] : [];
  if (codes.length === 0 || typeof event.time !== 'string') return [];
  let local: { date: string; hour: number };
  try {
    local = toLocalDateTime(event.time);
  } catch {
    return [];
  }
  const links = object(data.links);
  const present = CASE_KEY_LIST.filter((k) => links[k] !== undefined && links[k] !== null);
  const base = { time: event.time, localDate: local.date, localHour: local.hour };
  return codes.flatMap((code): ProcessEventFact[] =>
    present.length === 0
      ? [{ code, caseKey: null, caseVal: null, firstKey: false, ...base }]
      : present.map((k, i) => ({ code, caseKey: k, caseVal: String(links[k]), firstKey: i === 0, ...base })),
  );
}
