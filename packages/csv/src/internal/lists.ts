/** Small helpers for arrays whose indexes are known to be in range (parallel arrays). */

/** `list[i]` for an index the caller knows is in range; a wrong index is a defect, not a hole. */
export function at<T>(list: ArrayLike<T>, i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`index ${i} is outside a list of ${list.length}`);
  return value;
}

/** Appends to a list created on first use, so rows without findings allocate nothing. */
export function append<T>(list: T[] | undefined, item: T): T[] {
  if (list === undefined) return [item];
  list.push(item);
  return list;
}
