/**
 * Reads a field of the stored version (`ctx.previous`), which is unvalidated: any step that
 * is not an object yields `undefined`.
 */
export function previousField(previous: unknown, ...path: readonly string[]): unknown {
  let value = previous;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = Object.getOwnPropertyDescriptor(value, key)?.value;
  }
  return value;
}
