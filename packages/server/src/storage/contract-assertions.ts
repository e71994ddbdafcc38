// Assertions and fixed values shared by the storage contract suites; a failure says what differed.
import { isServerError } from '../errors.js';

export class ContractFailure extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}

/** JSON with sorted keys: PostgreSQL's jsonb does not keep key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** Equal as JSON, whatever the key order. */
export function equal(actual: unknown, expected: unknown, message: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new ContractFailure(`${message}: expected ${e}, got ${a}`);
}

export async function rejects(promise: Promise<unknown>, code: string, message: string): Promise<void> {
  try {
    await promise;
  } catch (e) {
    if (isServerError(e) && e.code === code) return;
    throw new ContractFailure(`${message}: expected ServerError ${code}, got ${isServerError(e) ? e.code : String(e)}`);
  }
  throw new ContractFailure(`${message}: expected ServerError ${code}, but it resolved`);
}

/** A fixed UUID per number, so a case can name its records. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The clock of the contract cases. */
export const NOW = '2026-04-01T10:00:00.000Z';
