import fc from 'fast-check';
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

describe('isMedicalKey', () => {
  // Its definition: the key lower-cased, without anything but a–z and 0–9, is one of the exact
  // names or contains one of the stems.
  const STEMS =
    /diagnos|medic|medisch|medicijn|treatment|behandel|therap|prognos|illness|disease|ziekte|aandoening|condition|cause|oorzaak|symptom|symptoom|health|gezondheid|doctor|physician|huisarts|specialist|disabilit|arbeidsongeschikt|icd10|icd11/;
  const definition = (key: string): boolean => {
    const k = key.toLowerCase().replace(/[^a-z0-9]/g, '');
    return ['icd', 'arts', 'ziek', 'dsm'].includes(k) || STEMS.test(k);
  };

  it('matches the normalised key, whatever the case, separators and position', () => {
    const medical = [
      'diagnosis',
      'Diagnosis_Code',
      'medi_cation',
      'ICD',
      'i.c.d',
      'ICD-10',
      'Arts',
      'DSM',
      'becauseOf',
      '\u0130CD',
      'sic\u212Aness_ziek-te',
    ];
    const other = ['artsen', 'parts', 'DSM-5', 'caus\u00e9', 'note', 'id', '', '-', 'startDate', 'documentType', 'mediator'];
    for (const key of medical) expect(isMedicalKey(key), key).toBe(true);
    for (const key of other) expect(isMedicalKey(key), key).toBe(false);
    for (const key of [...medical, ...other]) expect(definition(key), key).toBe(isMedicalKey(key));
  });

  it('agrees with its definition on generated keys', () => {
    const unit = fc.constantFrom(...'aAcCdDeEiIkKlLmMsStTuUzZ01_-. \u0130\u212A\u00e9'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (key) => {
        expect(isMedicalKey(key)).toBe(definition(key));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });
});
