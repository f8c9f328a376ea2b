/**
 * Synonyms, as editors keep them in the glossary: a term and its `aliases` name the same thing
 * (区域性党建 / 区域化党建, 非公企业 / 新经济组织, 两新 / 新经济组织和新社会组织), and its
 * `searchTerms` are phrases that ask for it (党员找不到组织 → 党组织找党员，党员找党组织). A query
 * that contains one of these names is also searched with the name replaced by the others — the
 * term first, then its aliases in the order written — at most {@link MAX_EXTRA} more queries.
 */
import type { SynonymGroup } from './assist-data';
import { compact, fold, parseQuery, type SearchQuery } from './query';

/** How many queries an expansion may add to the one typed. */
export const MAX_EXTRA = 3;

export type Expansion = {
  /** The typed query first, then one query per other name searched. */
  queries: SearchQuery[];
  /** The other names searched, as shown to the reader (也搜索了：…). */
  also: string[];
};

type Match = { at: number; length: number; replacements: string[] };

/** Where the names of `group` occur in `text`, with what each occurrence may be replaced by. */
function matchesIn(text: string, group: SynonymGroup): Match[] {
  const names = group.names.map((n) => ({ name: n, key: compact(n) }));
  const asked = (group.asked ?? []).map((n) => ({ name: n, key: compact(n) }));
  const out: Match[] = [];
  for (const { key, isAsked } of [...names.map((n) => ({ ...n, isAsked: false })), ...asked.map((n) => ({ ...n, isAsked: true }))]) {
    if (key.length < 2) continue;
    const at = text.indexOf(key);
    if (at === -1) continue;
    // A phrase that asks for the term leads to the term; a name leads to the other names. A name
    // inside the typed one (两新 in 两新组织) would only add pages that share a part: left out.
    const others = isAsked ? names.slice(0, 1) : names.filter((n) => n.key !== key && !key.includes(n.key));
    if (others.length) out.push({ at, length: key.length, replacements: others.map((n) => n.name) });
  }
  return out;
}

/**
 * `text` with the match replaced by `name`, without repeating what the name shares with the
 * words around it (党建盲点 with 盲点 → 党建空白点 reads 党建空白点, not 党建党建空白点).
 */
function replaceAt(text: string, m: Match, name: string): string {
  let before = text.slice(0, m.at);
  let after = text.slice(m.at + m.length);
  for (let k = Math.min(before.length, name.length - 1); k >= 2; k--) {
    if (before.endsWith(name.slice(0, k))) {
      before = before.slice(0, -k);
      break;
    }
  }
  for (let k = Math.min(after.length, name.length - 1); k >= 2; k--) {
    if (after.startsWith(name.slice(-k))) {
      after = after.slice(k);
      break;
    }
  }
  return `${before}${name}${after}`;
}

/** The typed query and the queries its synonyms add. */
export function expandQuery(query: SearchQuery, groups: readonly SynonymGroup[]): Expansion {
  const text = query.text;
  if (!text) return { queries: [query], also: [] };
  // Longest occurrences first; one replacement site per stretch of text.
  const matches = groups.flatMap((g) => matchesIn(text, g)).sort((a, b) => b.length - a.length || a.at - b.at);
  const chosen: Match[] = [];
  for (const m of matches) {
    if (!chosen.some((c) => m.at < c.at + c.length && c.at < m.at + m.length)) chosen.push(m);
  }
  const also: string[] = [];
  const queries = [query];
  const seen = new Set([query.phrase]);
  // Round-robin over the sites: each site's first other name, then each site's second …
  for (let round = 0; queries.length <= MAX_EXTRA && chosen.some((m) => round < m.replacements.length); round++) {
    for (const m of chosen) {
      const name = m.replacements[round];
      if (!name || queries.length > MAX_EXTRA) continue;
      const variant = parseQuery(replaceAt(text, m, fold(name)));
      if (!variant.text || seen.has(variant.phrase)) continue;
      seen.add(variant.phrase);
      queries.push(variant);
      also.push(name);
    }
  }
  return { queries, also };
}
