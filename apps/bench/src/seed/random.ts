// Deterministic randomness for the seed: the same seed and size give the same dataset, so runs
// on different days measure the same data.

/** A small seeded generator (mulberry32): fast, and good enough for spreading synthetic data. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** An index into cumulative weights (see {@link cumulative}). */
  weighted(cumulativeWeights: Float64Array): number;
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted(cum) {
      const x = next() * (cum[cum.length - 1] as number);
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cum[mid] as number) > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
    chance: (p) => next() < p,
  };
}

/** Running sums of weights, for {@link Random.weighted}. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

/** A weighted choice among labelled options, e.g. `{ ACTIVE: 40, ENDED: 40 }`. */
export function chooser<K extends string>(weights: Readonly<Record<K, number>>): (r: Random) => K {
  const keys = Object.keys(weights) as K[];
  const cum = cumulative(keys.map((k) => weights[k]));
  return (r) => keys[r.weighted(cum)] as K;
}

/** A random-looking version-4 UUID drawn from `r` (ids as the server would assign them: spread over the key space). */
export function uuidFrom(r: Random): string {
  const hex = (n: number) =>
    Math.floor(r.next() * 16 ** n)
      .toString(16)
      .padStart(n, '0');
  const variant = (8 + Math.floor(r.next() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(6)}${hex(6)}`;
}

/** The last digit that makes eight digits pass the 11-proef (BSN, RSIN), or undefined when none does. */
export function elevenProofDigit(eight: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(eight[i]) * (9 - i);
  // The check: sum + d * -1 ≡ 0 (mod 11), d in 0..9.
  const d = sum % 11;
  return d <= 9 ? d : undefined;
}

/** A nine-digit number passing the 11-proef (synthetic BSN or RSIN), never starting with 0. */
export function elevenProofNumber(r: Random): string {
  for (;;) {
    const eight = `${r.int(1, 9)}${String(r.int(0, 9_999_999)).padStart(7, '0')}`;
    const d = elevenProofDigit(eight);
    if (d !== undefined) return `${eight}${d}`;
  }
}

const DAY = 86_400_000;
/** `YYYY-MM-DD` plus `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
