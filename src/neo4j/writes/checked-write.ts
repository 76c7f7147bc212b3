// A write whose records are checked against the stored graph first: the check reads what it needs
// and the batch is stored inside the same write transaction, so the check and the write see the
// same graph, and a check that refuses (by throwing) rolls everything back. The same transaction
// reads what the batch changed for earlier reads, before and after writing it.
import type { GraphBatch, GraphChange } from '../../model/graph.ts';
import type { GraphDatabase } from '../driver.ts';
import { type CreatedRecords, writeGraphBatchInTransaction } from './graph-batch.ts';
import { graphChange, readNeighbourhood } from './graph-change.ts';
import { readStoredFacts, type StoredFacts, type StoredLookup } from './stored-facts.ts';

export interface CheckedWrite {
  batch: GraphBatch;
  /**
   * Decided by the write's MERGEs, not by the stored facts: writers racing to store the same new
   * record all find it missing there (see graph-batch.ts).
   */
  created: CreatedRecords;
  /** What the write may have changed for earlier reads, once the transaction has committed. */
  change: GraphChange;
}

/**
 * Reads the stored facts `lookup` asks for, lets `check` turn them into the batch to store (or
 * throw to refuse the write), and stores that batch, all in one write transaction. Answers the
 * batch and which of its records it created.
 */
export function writeCheckedBatch(
  db: GraphDatabase,
  lookup: StoredLookup,
  check: (stored: StoredFacts) => GraphBatch,
): Promise<CheckedWrite> {
  return db.write(async (tx) => {
    const batch = check(await readStoredFacts(tx, lookup));
    const before = await readNeighbourhood(tx, batch);
    const created = await writeGraphBatchInTransaction(tx, batch);
    const after = await readNeighbourhood(tx, batch);
    return { batch, created, change: graphChange(batch, before, after) };
  });
}
