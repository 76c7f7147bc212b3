import type { GraphDatabase } from '../driver.ts';

/** True when the database answers a trivial read within the driver's timeouts. */
export async function graphIsReachable(db: GraphDatabase): Promise<boolean> {
  try {
    await db.query('RETURN 1');
    return true;
  } catch {
    return false;
  }
}

export async function graphIsEmpty(db: GraphDatabase): Promise<boolean> {
  const result = await db.query('MATCH (n) RETURN count(n) = 0 AS empty LIMIT 1');
  return result.records[0]!.get('empty') as boolean;
}
