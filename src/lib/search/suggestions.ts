/** Terms the search page suggests before a search and after one that found nothing. */

/**
 * The `count` glossary terms that most pages explain (methods, policies, program items, cases
 * linked from the term), ties in the glossary's own order.
 */
export function suggestedTerms(terms: readonly { term: string; links: number }[], count = 12): string[] {
  return terms
    .map((t, i) => ({ ...t, i }))
    .sort((a, b) => b.links - a.links || a.i - b.i)
    .slice(0, count)
    .map((t) => t.term);
}
