/**
 * Several handlers behind one Bolt listener. Bolt runs every registered listener's matchers for
 * every request (a copy of its middleware array and a spread of all the request's arguments per
 * listener, whether it matches or not): with 22 listeners that was ~10% of the CPU an
 * `/outreach list` took under load (bench/latency.ts, `--cpu-prof`). One listener per kind, with
 * a pattern matching exactly the ids its routes match, leaves Bolt's matching (and what an
 * unknown id gets: nothing) as it was, and picks the handler with one lookup. (Since then dispatch.ts
 * also runs only the request kind's listener, not all five.)
 */
export type Route<A> = readonly [id: string | RegExp, handler: (args: A) => Promise<void>];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function oneListener<A>(
  routes: ReadonlyArray<Route<A>>,
  idOf: (args: A) => string | undefined,
): { pattern: RegExp; listener: (args: A) => Promise<void> } {
  const exact = new Map<string, (args: A) => Promise<void>>();
  const patterns: Array<readonly [RegExp, (args: A) => Promise<void>]> = [];
  for (const [id, handler] of routes) {
    if (typeof id === 'string') {
      if (!exact.has(id)) exact.set(id, handler);
    } else patterns.push([id, handler]);
  }
  const pattern = new RegExp(
    routes.map(([id]) => (typeof id === 'string' ? `^${escapeRegExp(id)}$` : `(?:${id.source})`)).join('|'),
  );
  return {
    pattern,
    listener: async (args) => {
      const id = idOf(args) ?? '';
      const handler = exact.get(id) ?? patterns.find(([p]) => p.test(id))?.[1];
      if (handler) await handler(args);
    },
  };
}
