/**
 * Pages the re-rank should see besides Pagefind's best hits. Pagefind ranks by characters, so the
 * page named by a word of a longer query (集中组建 in 集中组建有哪几种方式) or the dataset that
 * answers a figure question may be missing from its first ten. A search for that name alone finds
 * it; only pages the typed query finds too are added, so the results stay the typed query's.
 */
import type { AssistName } from './assist-data';
import { compact, type SearchQuery } from './query';

/**
 * The longest known names (terms, aliases, 五个一 items, places) inside the query, other than
 * the whole query, at most `max`, none inside another.
 */
export function namesIn(query: SearchQuery, names: readonly AssistName[], max = 2): string[] {
  const phrase = query.phrase;
  const found = [...new Set(names.map(([name]) => compact(name)))]
    .filter((n) => n.length >= 2 && n !== phrase && phrase.includes(n))
    .sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (const n of found) {
    if (out.length === max) break;
    if (!out.some((o) => o.includes(n))) out.push(n);
  }
  return out;
}
