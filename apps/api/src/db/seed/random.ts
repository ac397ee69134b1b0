/**
 * A seeded PRNG (mulberry32) so demo data is reproducible: the same seed gives the same rows,
 * which keeps screenshots, docs and tests stable. Not for anything security-related.
 */
export interface Random {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (count is capped at items.length). */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const float = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(float() * (max - min + 1));
  return {
    float,
    int,
    chance: (probability) => float() < probability,
    pick: (items) => items[Math.floor(float() * items.length)],
    sample: (items, count) => {
      const pool = items.slice();
      const taken = Math.min(count, pool.length);
      // Partial Fisher-Yates: only the first `taken` slots need shuffling.
      for (let i = 0; i < taken; i++) {
        const j = int(i, pool.length - 1);
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      return pool.slice(0, taken);
    },
  };
}

/**
 * Independent streams from one seed, so that e.g. asking for more interactions does not
 * reshuffle the customers.
 */
export function deriveSeed(seed: number, stream: number): number {
  return (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
}

export type Weighted<T> = readonly (readonly [T, number])[];

/** Builds the cumulative table once; each draw is then a binary search (the 100k benchmark calls this a lot). */
export function weightedPicker<T>(entries: Weighted<T>): (random: Random) => T {
  const values = entries.map(([value]) => value);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) cumulative.push((total += weight));
  return (random) => {
    const target = random.float() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return values[low];
  };
}
