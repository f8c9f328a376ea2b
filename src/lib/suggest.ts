/**
 * "Did you mean …?" for editors: the known name closest to a mistyped one (a field name, an id,
 * a vocabulary value), by edit distance.
 */

/**
 * Edit distance between two strings, by code point (a Chinese character counts as one): insertions,
 * deletions, substitutions and swaps of two neighbours (`regoin` → `region` is one edit).
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The candidate closest to `input`, or undefined when none is close enough to be a plausible typo
 * (at most a third of the longer name's characters differ, and never more than 3; case ignored).
 * Between equally close names, one that contains the input or is contained in it is preferred.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const distance = editDistance(needle, c);
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max([...needle].length, [...c].length) / 3)));
    // On a tie, a name that contains the input (县 → 县区) or is contained in it wins.
    const score = distance - (c.includes(needle) || needle.includes(c) ? 0.5 : 0);
    if (distance <= limit && score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  return best;
}
