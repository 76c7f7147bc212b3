// Counts the Cypher statements one request sends, so tests and benchmarks can see that nested
// requests cost one query per level (the N+1 guard) and report queries per request.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDatabase } from './driver.ts';

export interface CountingDatabase extends GraphDatabase {
  readonly statements: number;
}

function counting(tx: ManagedTransaction, onRun: () => void): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === 'run') {
        return (...args: Parameters<ManagedTransaction['run']>) => {
          onRun();
          return target.run(...args);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** Whether `db` is one that countStatements made. */
export function isCounting(db: GraphDatabase): db is CountingDatabase {
  return 'statements' in db;
}

/** The same database, counting every statement run through query(), read() and write(). */
export function countStatements(db: GraphDatabase): CountingDatabase {
  let statements = 0;
  const onRun = () => {
    statements += 1;
  };
  return {
    ...db,
    get statements() {
      return statements;
    },
    query: (cypher, params) => {
      onRun();
      return db.query(cypher, params);
    },
    read: (work) => db.read((tx) => work(counting(tx, onRun))),
    write: (work) => db.write((tx) => work(counting(tx, onRun))),
  };
}
