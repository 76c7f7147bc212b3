// Runs at most a fixed number of tasks at once; the others wait in one first-in, first-out line, so
// that under load every task waits about as long as the others. The wait may be bounded: a task that
// would wait longer than the bound (by the tasks ahead of it and how long tasks have taken lately) is
// turned away at once, and one still waiting when the bound runs out is turned away then.

export interface FifoGateOptions {
  /** Tasks running at once. */
  maxRunning: number;
  /** The longest a task may wait for its turn; unbounded by default. */
  maxWaitMs?: number;
}

/** A task turned away by the gate, with how long it would have waited. */
export class GateFull extends Error {
  constructor(
    /** The expected wait (or the wait so far) that was over the bound. */
    readonly waitMs: number,
    readonly waiting: number,
  ) {
    super(`${waiting} requests are waiting; this one would wait about ${Math.ceil(waitMs)} ms`);
    this.name = 'GateFull';
  }
}

export interface FifoGate {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks waiting for their turn now. */
  readonly waiting: number;
  readonly running: number;
}

interface Waiter {
  admit: () => void;
  timer?: NodeJS.Timeout;
}

// How much each finished task moves the running mean of how long tasks take: about the last 20.
const SMOOTHING = 0.05;

export function fifoGate({ maxRunning, maxWaitMs = Number.POSITIVE_INFINITY }: FifoGateOptions): FifoGate {
  let running = 0;
  const line: Waiter[] = [];
  let meanTaskMs = 0;
  /** How long a task joining the line now would wait: the tasks ahead of it, maxRunning at a time. */
  const expectedWaitMs = () => ((line.length + 1) / maxRunning) * meanTaskMs;

  /** Hands a freed slot to the first in line. */
  function next(): void {
    const waiter = line.shift();
    if (!waiter) {
      running--;
      return;
    }
    clearTimeout(waiter.timer);
    waiter.admit();
  }

  function wait(): Promise<void> {
    return new Promise<void>((admit, refuse) => {
      const waiter: Waiter = { admit };
      if (Number.isFinite(maxWaitMs)) {
        waiter.timer = setTimeout(() => {
          line.splice(line.indexOf(waiter), 1);
          refuse(new GateFull(maxWaitMs, line.length));
        }, maxWaitMs);
      }
      line.push(waiter);
    });
  }

  return {
    get waiting() {
      return line.length;
    },
    get running() {
      return running;
    },
    async run(task) {
      if (running < maxRunning) {
        running++;
      } else {
        const expected = expectedWaitMs();
        if (expected > maxWaitMs) throw new GateFull(expected, line.length);
        await wait();
      }
      const started = performance.now();
      try {
        return await task();
      } finally {
        const took = performance.now() - started;
        meanTaskMs = meanTaskMs === 0 ? took : meanTaskMs + SMOOTHING * (took - meanTaskMs);
        next();
      }
    },
  };
}
