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

/**
 * The supersede chain a policy belongs to, oldest first, as steps: the policies it replaces (and
 * the ones those replace …), itself, then the policies that replace it (and so on). A step holds
 * more than one id when two policies replace the same one. `[[id]]` when it neither replaces nor is
 * replaced. A cycle (which the content check refuses) cannot make it loop.
 */
export function supersedeChain(nodes: readonly SupersedeNode[], id: string): string[][] {
  const replaces = new Map(nodes.map((n) => [n.id, n.supersedes]));
  const seen = new Set([id]);
  const fresh = (ids: readonly string[]) => [...new Set(ids)].filter((x) => !seen.has(x) && (seen.add(x), true));
  const older: string[][] = [];
  for (let step = fresh(replaces.get(id) ?? []); step.length > 0; step = fresh(step.flatMap((x) => replaces.get(x) ?? []))) older.unshift(step);
  const newer: string[][] = [];
  const replacing = (ids: readonly string[]) => nodes.filter((n) => n.supersedes.some((s) => ids.includes(s))).map((n) => n.id);
  for (let step = fresh(replacing([id])); step.length > 0; step = fresh(replacing(step))) newer.push(step);
  return [...older, [id], ...newer];
}
