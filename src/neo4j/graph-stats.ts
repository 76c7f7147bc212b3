// Node and relationship counts by type: the seed's summary and the tests' idempotence check.
import type { GraphDatabase } from './driver.ts';

export interface GraphCounts {
  /** Nodes by entity label (Article, Actor, Claim, …); each node counted once. */
  nodes: Record<string, number>;
  /** Actors by kind (PERSON, COUNTRY, …). */
  actorKinds: Record<string, number>;
  relationships: Record<string, number>;
}

const ENTITY_LABELS = ['Article', 'Actor', 'Location', 'Event', 'Claim', 'Evidence'];

function toRecord(rows: { get(key: string): unknown }[]): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [row.get('key') as string, row.get('count') as number]));
}

export async function countGraph(db: GraphDatabase): Promise<GraphCounts> {
  return db.read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WITH [label IN labels(n) WHERE label IN $entityLabels][0] AS key
       RETURN coalesce(key, 'other') AS key, count(*) AS count ORDER BY key`,
      { entityLabels: ENTITY_LABELS },
    );
    const actorKinds = await tx.run('MATCH (a:Actor) RETURN a.kind AS key, count(*) AS count ORDER BY key');
    const relationships = await tx.run('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY key');
    return {
      nodes: toRecord(nodes.records),
      actorKinds: toRecord(actorKinds.records),
      relationships: toRecord(relationships.records),
    };
  });
}

function table(title: string, entries: Record<string, number>, withTotal = true): string {
  const rows = Object.entries(entries);
  const width = Math.max(5, ...rows.map(([name]) => name.length));
  const lines = rows.map(([name, n]) => `  ${name.padEnd(width)} ${String(n).padStart(9)}`);
  if (withTotal) {
    const total = rows.reduce((sum, [, n]) => sum + n, 0);
    lines.push(`  ${'total'.padEnd(width)} ${String(total).padStart(9)}`);
  }
  return [title, ...lines].join('\n');
}

export function formatCounts(counts: GraphCounts): string {
  return [
    table('Nodes by type', counts.nodes),
    table('Actors by kind', counts.actorKinds, false),
    table('Relationships by type', counts.relationships),
  ].join('\n');
}
