// What the read layer would send to Neo4j, recorded without one: a stand-in for the database that
// keeps each statement with its parameters and answers with no records. Only for checking the
// Cypher text; what the statements return is tested against the real database.
import type { QueryResult } from 'neo4j-driver';
import type { GraphDatabase } from '../../src/neo4j/driver.ts';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export function recordingDatabase(): { db: GraphDatabase; sent: Statement[] } {
  const sent: Statement[] = [];
  const db: Pick<GraphDatabase, 'query'> = {
    async query(cypher, params = {}) {
      sent.push({ cypher, params });
      return { records: [] } as Partial<QueryResult> as QueryResult;
    },
  };
  // The reads send their statements through `query` alone; a read using more fails on the missing method.
  return { db: db as GraphDatabase, sent };
}

/** The one statement `read` sends: a read that took two would defeat the folding of its lists. */
export async function statementOf(read: (db: GraphDatabase) => Promise<unknown>): Promise<Statement> {
  const { db, sent } = recordingDatabase();
  await read(db);
  if (sent.length !== 1) throw new Error(`expected one statement, got ${sent.length}`);
  return sent[0]!;
}

/**
 * The statement with its layout made regular, so the expected text reads like Cypher: blank lines
 * dropped and each line indented by the braces open around it (the generated text nests template
 * pieces and keeps their indentation, which says nothing about the query).
 */
export function formatCypher(cypher: string): string {
  let depth = 0;
  const lines: string[] = [];
  for (const line of cypher.split('\n').map((text) => text.trim())) {
    if (line === '') continue;
    const after = depth + (line.match(/\{/g)?.length ?? 0) - (line.match(/\}/g)?.length ?? 0);
    // A line that closes what an earlier one opened sits at the level it returns to.
    lines.push(`${'  '.repeat(Math.min(depth, after))}${line}`);
    depth = after;
  }
  return lines.join('\n');
}
