/**
 * The supersede graph of policies: a policy names the policies it replaces (`supersedes`). A policy
 * that replaces itself, or a chain that comes back to where it started (A → B → A), would make the
 * pages contradict themselves (each says the other is the current one), so the check refuses both.
 */

/** One policy's id and the ids it supersedes. */
type SupersedeNode = { id: string; supersedes: readonly string[] };

/**
 * Every cycle, as the chain of ids from a policy back to itself (`['a', 'b', 'a']`), each cycle
 * once, starting from its smallest id. A self-reference is the chain `['a', 'a']`.
 */
export function supersedeCycles(nodes: readonly SupersedeNode[]): string[][] {
  const edges = new Map(nodes.map((n) => [n.id, n.supersedes]));
  const cycles = new Map<string, string[]>();
  const done = new Set<string>();
  const visit = (id: string, path: string[]) => {
    const at = path.indexOf(id);
    if (at >= 0) {
      const loop = path.slice(at);
      const start = loop.indexOf([...loop].sort()[0]!);
      const chain = [...loop.slice(start), ...loop.slice(0, start)];
      cycles.set(chain.join(' '), [...chain, chain[0]!]);
      return;
    }
    if (done.has(id)) return;
    for (const next of edges.get(id) ?? []) visit(next, [...path, id]);
    done.add(id);
  };
  for (const n of [...nodes].sort((a, b) => a.id.localeCompare(b.id))) visit(n.id, []);
  return [...cycles.values()];
}
