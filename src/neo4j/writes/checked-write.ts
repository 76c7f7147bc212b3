// A write whose records are checked against the stored graph first: the check reads what it needs
// and the batch is stored inside the same write transaction, so the check and the write see the
// same graph, and a check that refuses (by throwing) rolls everything back. The same transaction
// reads what the batch changed for earlier reads, before and after writing it.
import type { GraphBatch, GraphChange } from '../../model/graph.ts';
import type { GraphDatabase } from '../driver.ts';
import { writeGraphBatchInTransaction } from './graph-batch.ts';
import { graphChange, readNeighbourhood } from './graph-change.ts';
import { readStoredFacts, type StoredFacts, type StoredLookup } from './stored-facts.ts';

export interface CheckedWrite {
  batch: GraphBatch;
  /** What the graph held of the looked-up records before the write. */
  stored: StoredFacts;
  /** What the write may have changed for earlier reads, once the transaction has committed. */
  change: GraphChange;
}

/**
 * Reads the stored facts `lookup` asks for, lets `check` turn them into the batch to store (or
 * throw to refuse the write), and stores that batch, all in one write transaction.
 */
export function writeCheckedBatch(
  db: GraphDatabase,
  lookup: StoredLookup,
  check: (stored: StoredFacts) => GraphBatch,
): Promise<CheckedWrite> {
  return db.write(async (tx) => {
    const stored = await readStoredFacts(tx, lookup);
    const batch = check(stored);
    const before = await readNeighbourhood(tx, batch);
    await writeGraphBatchInTransaction(tx, batch);
    const after = await readNeighbourhood(tx, batch);
    return { batch, stored, change: graphChange(batch, before, after) };
  });
}
