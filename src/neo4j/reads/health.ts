import type { GraphDatabase } from '../driver.ts';

/** True when the database answers a trivial read within the driver's timeouts. */
export async function graphIsReachable(db: GraphDatabase): Promise<boolean> {
  try {
    await db.read((tx) => tx.run('RETURN 1'));
    return true;
  } catch {
    return false;
  }
}

export async function graphIsEmpty(db: GraphDatabase): Promise<boolean> {
  const result = await db.read((tx) => tx.run('MATCH (n) RETURN count(n) = 0 AS empty LIMIT 1'));
  return result.records[0]!.get('empty') as boolean;
}
