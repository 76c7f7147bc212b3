// Small helpers shared by the type modules' resolvers for what the read layer hands back: batches,
// lists of ids and relationships that must point at a node.

/** The one result of a root list, which runs as a batch of one parent. */
export function single<T>(results: T[]): T {
  return results[0]!;
}

/** A node a stored relationship points at; its absence means the graph is broken, not the request. */
export function required<T>(value: T | null): T {
  if (value === null) throw new Error('a relationship points at a node that does not exist');
  return value;
}

/** Resolves lists of ids to rows through a request loader, keeping each list's order. */
export function loadEach<T>(lists: string[][], load: (id: string) => Promise<T | null>): Promise<T[][]> {
  return Promise.all(
    lists.map((ids) => Promise.all(ids.map(load)).then((rows) => rows.filter((r): r is Awaited<T> => r !== null))),
  );
}
