// What the check modules share: the check shape, the categories and small helpers for messages.
import { isClientError } from '@banenafspraak/client';
import { type DocumentDefinition, documentDefinitions } from '@banenafspraak/core';
import { type Context, expectThat, type Json, type RawResponse } from './context.js';

/**
 * Groups of checks, in report order.
 *
 * @public
 */
export type CheckCategory = 'ADR' | 'VAL' | 'CON' | 'IDM' | 'PAG' | 'TEN' | 'LCY' | 'EMI' | 'VER' | 'EVT';

export interface CheckDefinition {
  readonly id: string;
  readonly category: CheckCategory;
  readonly title: string;
  readonly sends: string;
  readonly expects: string;
  readonly needsEmployee?: boolean;
  readonly run: (ctx: Context) => Promise<void>;
}

export type Doc = Record<string, Json>;

export const short = (text: string | undefined, max = 300): string =>
  text === undefined ? '(nothing)' : text.length > max ? `${text.slice(0, max)}…` : text;
export const describeError = (e: unknown): string => {
  if (isClientError(e)) {
    const status = 'status' in e ? ` ${String((e as { status: unknown }).status)}` : '';
    return `${e._tag}${status}: ${e.message}`;
  }
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
};

const PROBLEM_TYPE = /^application\/problem\+json\b/i;

export function assertProblem(r: RawResponse, status: number, what: string): Doc {
  expectThat(r.status === status, `${what}: wrong status`, `HTTP ${status}`, `HTTP ${r.status}: ${short(r.text)}`);
  const type = r.headers.get('Content-Type') ?? '';
  expectThat(
    PROBLEM_TYPE.test(type),
    `${what}: not a problem document`,
    'Content-Type: application/problem+json',
    `Content-Type: ${type || '(none)'}`,
  );
  const body = r.json() as Doc | undefined;
  expectThat(body && typeof body === 'object', `${what}: body is not JSON`, 'a JSON object', short(r.text));
  const missing = (['type', 'title', 'status', 'detail'] as const).filter((k) =>
    k === 'status' ? typeof body.status !== 'number' : typeof body[k] !== 'string',
  );
  expectThat(
    missing.length === 0,
    `${what}: problem members missing`,
    'type, title, detail (strings) and status (number), RFC 9457',
    `missing or wrong type: ${missing.join(', ')}`,
  );
  expectThat(
    body.status === status,
    `${what}: status member differs from the HTTP status`,
    `status: ${status}`,
    `status: ${String(body.status)}`,
  );
  return body;
}

export function definitionOf(type: string): DocumentDefinition {
  const d = documentDefinitions.find((x) => x.type === type);
  if (!d) throw new Error(`no definition for ${type}`);
  return d;
}

export const today = () => new Date().toISOString().slice(0, 10);
