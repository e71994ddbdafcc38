/**
 * Medical vocabulary for the privacy rules: key stems that may never name a field of an
 * employer instruction (EMI-001) and words that suggest medical content in free text
 * (EMI-002, PRV-004). The lists are heuristics for warnings and for catching forbidden
 * fields; they never decide what is lawful.
 *
 * @internal Shared by rule modules; not exported from the package.
 */

/** Stems that make a field name medical, matched inside the lower-cased key without separators. */
const FORBIDDEN_KEY_STEMS = [
  'diagnos',
  'medic', // medication, medical, medicine
  'medisch',
  'medicijn',
  'treatment',
  'behandel',
  'therap',
  'prognos',
  'illness',
  'disease',
  'ziekte',
  'aandoening',
  'condition',
  'cause',
  'oorzaak',
  'symptom',
  'symptoom',
  'health',
  'gezondheid',
  'doctor',
  'physician',
  'huisarts',
  'specialist',
  'disabilit', // disability percentage
  'arbeidsongeschikt',
  'icd10',
  'icd11',
] as const;

/** Exact (normalised) key names that are medical but too short to match as stems. */
const FORBIDDEN_KEYS = ['icd', 'arts', 'ziek', 'dsm'] as const;

/** A normalised key that is one of the exact names or contains a stem (built once from the lists above). */
const MEDICAL_KEY = new RegExp(`^(?:${FORBIDDEN_KEYS.join('|')})$|${FORBIDDEN_KEY_STEMS.join('|')}`);
const SEPARATOR = /[^a-z0-9]/;

/** The key lower-cased, without anything but a–z and 0–9 (`Diagnosis_Code` → `diagnosiscode`). */
function normaliseKey(key: string): string {
  const lower = key.toLowerCase();
  // Most keys are camelCase: nothing to remove, and `replace` would copy them all the same.
  return SEPARATOR.test(lower) ? lower.replace(/[^a-z0-9]/g, '') : lower;
}

/** Whether a field name names medical data (diagnosis, cause, treatment, medication, …). */
export function isMedicalKey(key: string): boolean {
  return MEDICAL_KEY.test(normaliseKey(key));
}

/**
 * Paths of every object key anywhere in `value` that names medical data. Works on any input,
 * also input that is not (yet) a valid document; never throws.
 */
export function findMedicalKeys(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  // Almost every input has no medical key: a walk that keeps no path decides that, and only
  // then the same walk runs again to record where the keys are.
  if (value !== null && typeof value === 'object' && anyMedicalKey(value, 0, { small: [], large: undefined }))
    walkKeys(value, 0, [], { small: [], large: undefined }, found);
  return found;
}

/**
 * Objects already walked, so shared or cyclic input is walked once. Documents have a few
 * dozen objects: a linear scan of a short list beats hashing each object into a Set (which
 * also gives every object of fresh input an identity hash); long lists move into a Set.
 */
interface Seen {
  small: object[];
  large: Set<object> | undefined;
}

function firstVisit(seen: Seen, v: object): boolean {
  if (seen.large !== undefined) {
    if (seen.large.has(v)) return false;
    seen.large.add(v);
    return true;
  }
  const small = seen.small;
  for (let i = 0; i < small.length; i++) if (small[i] === v) return false;
  if (small.length < 32) small.push(v);
  else {
    seen.large = new Set(small);
    seen.large.add(v);
  }
  return true;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** {@link walkKeys} without paths: whether it would find anything (same objects, same keys). */
function anyMedicalKey(v: object, depth: number, seen: Seen): boolean {
  if (depth > 32 || !firstVisit(seen, v)) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const child: unknown = v[i];
      if (child !== null && typeof child === 'object' && anyMedicalKey(child, depth + 1, seen)) return true;
    }
    return false;
  }
  for (const key in v) {
    if (!hasOwn.call(v, key)) continue;
    if (isMedicalKey(key)) return true;
    const child = (v as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object' && anyMedicalKey(child, depth + 1, seen)) return true;
  }
  return false;
}

function walkKeys(v: object, depth: number, path: (string | number)[], seen: Seen, found: (string | number)[][]): void {
  if (depth > 32 || !firstVisit(seen, v)) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const child: unknown = v[i];
      if (child === null || typeof child !== 'object') continue;
      path.push(i);
      walkKeys(child, depth + 1, path, seen, found);
      path.pop();
    }
    return;
  }
  // Own enumerable keys in Object.keys order, without allocating the key array.
  for (const key in v) {
    if (!hasOwn.call(v, key)) continue;
    path.push(key);
    if (isMedicalKey(key)) found.push(path.slice());
    const child = (v as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object') walkKeys(child, depth + 1, path, seen, found);
    path.pop();
  }
}

/**
 * Words that suggest medical content. `sub` matches anywhere (Dutch compounds such as
 * *slaapmedicatie*), `start` at the start of a word, `word` only as a whole word.
 */
const MEDICAL_WORDS: readonly { readonly text: string; readonly mode: 'sub' | 'start' | 'word' }[] = [
  { text: 'diagnos', mode: 'sub' },
  { text: 'medicat', mode: 'sub' },
  { text: 'medicijn', mode: 'sub' },
  { text: 'medisch', mode: 'sub' },
  { text: 'medical', mode: 'sub' },
  { text: 'medicine', mode: 'sub' },
  { text: 'behandeling', mode: 'sub' },
  { text: 'behandelaar', mode: 'sub' },
  { text: 'treatment', mode: 'sub' },
  { text: 'therapie', mode: 'sub' },
  { text: 'therapy', mode: 'sub' },
  { text: 'therapeut', mode: 'sub' },
  { text: 'psychiat', mode: 'sub' },
  { text: 'psycholoog', mode: 'sub' },
  { text: 'psychose', mode: 'sub' },
  { text: 'psychosis', mode: 'sub' },
  { text: 'huisarts', mode: 'sub' },
  { text: 'bedrijfsarts', mode: 'sub' },
  { text: 'ziekenhuis', mode: 'sub' },
  { text: 'hospital', mode: 'sub' },
  { text: 'ziekte', mode: 'sub' },
  { text: 'ziek', mode: 'word' },
  { text: 'illness', mode: 'sub' },
  { text: 'disease', mode: 'sub' },
  { text: 'aandoening', mode: 'sub' },
  { text: 'stoornis', mode: 'sub' },
  { text: 'disorder', mode: 'sub' },
  { text: 'syndroom', mode: 'sub' },
  { text: 'syndrome', mode: 'sub' },
  { text: 'prognos', mode: 'sub' },
  { text: 'symptom', mode: 'sub' },
  { text: 'symptoom', mode: 'sub' },
  { text: 'epilep', mode: 'sub' },
  { text: 'autis', mode: 'sub' },
  { text: 'adhd', mode: 'word' },
  { text: 'depressi', mode: 'sub' },
  { text: 'burn-out', mode: 'sub' },
  { text: 'burnout', mode: 'sub' },
  { text: 'diabet', mode: 'sub' },
  { text: 'kanker', mode: 'sub' },
  { text: 'cancer', mode: 'sub' },
  { text: 'chemo', mode: 'start' },
  { text: 'schizo', mode: 'sub' },
  { text: 'bipola', mode: 'sub' },
  { text: 'migraine', mode: 'sub' },
  { text: 'reuma', mode: 'sub' },
  { text: 'astma', mode: 'sub' },
  { text: 'asthma', mode: 'sub' },
  { text: 'operatie', mode: 'start' },
  { text: 'surgery', mode: 'sub' },
  { text: 'pijnstill', mode: 'sub' },
  { text: 'arts', mode: 'word' },
  { text: 'dokter', mode: 'sub' },
  { text: 'doctor', mode: 'sub' },
  { text: 'neuroloog', mode: 'sub' },
  { text: 'ggz', mode: 'word' },
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MEDICAL_TEXT = new RegExp(
  MEDICAL_WORDS.map(({ text, mode }) =>
    mode === 'sub'
      ? escapeRegExp(text)
      : mode === 'start'
        ? `(?<![\\p{L}\\p{N}])${escapeRegExp(text)}`
        : `(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`,
  ).join('|'),
  'iu',
);

/**
 * Whether free text looks like it contains medical information (a diagnosis, condition,
 * treatment, medication or care provider). A lexical heuristic: use it for warnings only.
 */
// A quick first pass: the terms alone, without word boundaries and without Unicode case
// folding. Every term is ASCII, and under /iu only U+212A (KELVIN SIGN) and U+017F (LONG S)
// fold onto ASCII letters, so a text the exact expression matches either contains one of
// those two or matches this expression. (They are tested with `includes`: inside a
// case-insensitive alternation V8 does not reliably match U+017F literally.) Most texts are
// not medical and stop here.
const MEDICAL_TEXT_PREFILTER = new RegExp(MEDICAL_WORDS.map(({ text }) => escapeRegExp(text)).join('|'), 'i');

export function looksMedical(text: string): boolean {
  if (!MEDICAL_TEXT_PREFILTER.test(text) && !text.includes('\u212A') && !text.includes('\u017F')) return false;
  return MEDICAL_TEXT.test(text);
}

/** The exact expression alone, without the first pass (tests compare the two). @internal */
export function looksMedicalExact(text: string): boolean {
  return MEDICAL_TEXT.test(text);
}
