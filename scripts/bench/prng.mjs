/**
 * A small seeded pseudo-random generator (mulberry32) and the helpers the content generator
 * draws with. Same seed, same sequence: the benchmark content is identical on every machine.
 */

/** A 32-bit hash of a string (FNV-1a), to derive independent seeds from names. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A generator seeded by `seed` (a number or a string). Each entry of the benchmark draws from its
 * own generator, seeded by the entry's collection and index, so an entry's own text does not
 * depend on how many entries are generated.
 */
export function rng(seed) {
  let a = typeof seed === 'string' ? hash(seed) : seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    /** A float in [0, 1). */
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** One element of `list`. */
    pick: (list) => list[Math.floor(next() * list.length)],
    /** True with probability `p`. */
    chance: (p) => next() < p,
    /**
     * An index in [0, n) drawn with a Zipf-like skew (s ≈ 1): low indices are much more likely,
     * as a few core methods or reports are cited far more often than the rest.
     */
    zipf: (n) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1))) - 1),
    /** `k` distinct elements of `list` (fewer if the list is shorter), in drawing order. */
    sample: (list, k) => {
      const copy = [...list];
      const out = [];
      while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
  return r;
}
