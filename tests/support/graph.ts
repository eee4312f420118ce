/** Graph facts about a swarm: degrees and connectivity, from each node's open links. */
export interface Adjacency {
  [id: string]: string[];
}

export function connectedComponents(adjacency: Adjacency): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  for (const start of Object.keys(adjacency)) {
    if (seen.has(start)) continue;
    const component: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      component.push(id);
      for (const next of adjacency[id] ?? []) {
        if (!seen.has(next) && next in adjacency) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    components.push(component);
  }
  return components;
}

export function degreeStats(adjacency: Adjacency): { min: number; max: number; mean: number } {
  const degrees = Object.values(adjacency).map((n) => n.length);
  return {
    min: Math.min(...degrees),
    max: Math.max(...degrees),
    mean: degrees.reduce((s, d) => s + d, 0) / Math.max(1, degrees.length),
  };
}

/** Links both ends agree on: a link only one side reports is not open yet (or closing). */
export function symmetric(adjacency: Adjacency): Adjacency {
  const result: Adjacency = {};
  for (const [id, neighbours] of Object.entries(adjacency)) {
    result[id] = neighbours.filter((n) => adjacency[n]?.includes(id));
  }
  return result;
}
