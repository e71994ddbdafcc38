import { describe, expect, it } from 'vitest';
import { findMedicalKeys, isMedicalKey } from './medical-terms.js';

// The definition findMedicalKeys had before it avoided the Set and the key arrays.
function reference(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const seen = new Set<object>();
  const path: (string | number)[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || depth > 32 || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i], depth + 1);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(v)) {
      path.push(key);
      if (isMedicalKey(key)) found.push([...path]);
      walk((v as Record<string, unknown>)[key], depth + 1);
      path.pop();
    }
  };
  walk(value, 0);
  return found;
}

describe('findMedicalKeys', () => {
  it('walks shared, cyclic, deep and wide input as before', () => {
    const shared = { diagnosis: 'x', note: { treatment: 1 } };
    const cyclic: Record<string, unknown> = { medication: 'y' };
    cyclic.self = cyclic;
    cyclic.list = [cyclic, shared];
    let deep: Record<string, unknown> = { cause: 'z' };
    for (let i = 0; i < 40; i++) deep = { [`level${i}`]: deep, ...(i % 7 === 0 ? { prognosis: i } : {}) };
    const wide = Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? shared : { i, symptom: i, inner: [shared, { illness: i }] }));
    const inherited = Object.create({ diagnosis: 'inherited' }) as Record<string, unknown>;
    inherited.own = { medicatie: 1 };
    Object.defineProperty(inherited, 'treatment', { value: 1, enumerable: false });
    const inputs: unknown[] = [
      null,
      'diagnosis',
      [1, 'a', null],
      { a: shared, b: shared, c: [shared, shared] },
      cyclic,
      deep,
      wide,
      { wide, cyclic, deep },
      inherited,
      { 0: { diagnosis: 1 }, b: 1, 1: { cause: 2 } },
    ];
    for (const input of inputs) expect(findMedicalKeys(input)).toEqual(reference(input));
    expect(findMedicalKeys(wide).length).toBeGreaterThan(60);
  });
});
