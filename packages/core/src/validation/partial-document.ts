import * as z from 'zod';
import type { Path } from '../rules/rule.js';

/** How many times fields are taken out before giving up (each round removes at least one). */
const MAX_ROUNDS = 16;

/** A document without the fields the structure check rejected. */
export interface PartialDocument {
  /** The parsed remainder (defaults applied). */
  readonly document: unknown;
  /** The paths taken out of the input. */
  readonly rejected: readonly Path[];
}

/** Whether one path lies on the other (equal, or one inside the other). */
export function overlaps(a: Path, b: Path): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether `inner` is `outer` or lies inside it. */
function isWithin(inner: Path, outer: Path): boolean {
  return outer.length <= inner.length && overlaps(inner, outer);
}

function copyJson(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    return undefined;
  }
}

/** Removes the value at `path`; false when there was nothing to remove. */
function remove(root: unknown, path: Path): boolean {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = Object.getOwnPropertyDescriptor(node, key)?.value;
  }
  const last = path[path.length - 1];
  if (node === null || typeof node !== 'object' || last === undefined || !Object.hasOwn(node, last)) return false;
  return Reflect.deleteProperty(node, last);
}

/**
 * Where a rejected value is taken out: a list is taken out whole (removing one element would
 * shift the indexes that findings report), and unknown keys one by one.
 */
function targets(issue: z.core.$ZodIssue): Path[] {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const base = path.findIndex((k) => typeof k === 'number');
  const trimmed = base >= 0 ? path.slice(0, base) : path;
  if (issue.code === 'unrecognized_keys' && base < 0) return issue.keys.map((k) => [...trimmed, k]);
  return [trimmed];
}

/**
 * The input without the fields the structure check rejected, parsed again: so that the rules
 * whose fields are all sound can still judge the document (ADR 0016). A rejected field is
 * taken out; when it cannot be (a required field inside an object is missing), the object
 * around it is; top-level fields may all go. Gives up (undefined) when the document itself
 * would have to go.
 */
export function partialDocument(schema: z.ZodType, input: unknown, issues: readonly z.core.$ZodIssue[]): PartialDocument | undefined {
  // A rejected top-level field may go even when it is required: the rules that read it do not run.
  const relaxed = schema instanceof z.ZodObject ? schema.partial() : schema;
  const copy = copyJson(input);
  const rejected: Path[] = [];
  let pending = issues;
  for (let n = 0; n < MAX_ROUNDS; n++) {
    // Paths already taken out in this round: issues inside them are settled.
    const round: Path[] = [];
    for (const issue of pending)
      for (const target of targets(issue)) {
        if (round.some((done) => isWithin(target, done))) continue;
        let path = target;
        if (!remove(copy, path)) {
          // A required field is missing: it counts as rejected, and the object around it goes
          // (a top-level field may be absent from the relaxed document).
          rejected.push(path);
          if (path.length === 1) continue;
          path = path.slice(0, -1);
          while (path.length > 0 && !remove(copy, path)) path = path.slice(0, -1);
        }
        if (path.length === 0) return undefined;
        round.push(path);
        rejected.push(path);
      }
    const again = relaxed.safeParse(copy);
    if (again.success) return { document: again.data, rejected };
    pending = again.error.issues;
  }
  return undefined;
}
