import { hostname } from 'node:os';
import type { Db } from '../../db/client';
import type { MatchBatchJob } from './match-service';

/**
 * Where match batches wait to be run. Two implementations with the same handlers:
 *  - pg-boss (pg-boss-queue.ts) on PostgreSQL: several app servers take jobs from one table with
 *    SELECT … FOR UPDATE SKIP LOCKED, so a batch is run by one worker; a job whose worker died
 *    expires and is retried;
 *  - in-process (below) on the embedded PGlite database: one process, one connection, so there
 *    is no other server to share with; the jobs run one after another in this process.
 */
export interface MatchingQueue {
  readonly kind: 'pg-boss' | 'in-process';
  /** Who runs the jobs here, recorded on each finished batch. */
  readonly worker: string;
  enqueue(jobs: MatchBatchJob[]): Promise<void>;
  /** Resolves once every job enqueued here so far has run (in-process); pg-boss: at once. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export type MatchBatchHandler = (job: MatchBatchJob, worker: string) => Promise<unknown>;

/** How often a failed batch is tried again in-process before it is given up (and logged). */
const IN_PROCESS_ATTEMPTS = 3;

/** Runs jobs one at a time in this process, in the order they came, retrying a failure. */
export function createInProcessQueue(
  handler: MatchBatchHandler,
  onError: (error: unknown, job: MatchBatchJob) => void = () => undefined,
): MatchingQueue {
  const worker = `in-process:${hostname()}:${process.pid}`;
  const waiting: MatchBatchJob[] = [];
  let running: Promise<void> | null = null;
  let stopped = false;

  const runAll = async () => {
    while (!stopped && waiting.length > 0) {
      const job = waiting.shift()!;
      for (let attempt = 1; attempt <= IN_PROCESS_ATTEMPTS; attempt += 1) {
        try {
          await handler(job, worker);
          break;
        } catch (error) {
          if (attempt === IN_PROCESS_ATTEMPTS) onError(error, job);
        }
      }
    }
  };
  const kick = () => {
    running ??= (async () => {
      // NOTE: after the caller's transaction has ended: PGlite has one connection.
      await new Promise((resolve) => setImmediate(resolve));
      await runAll();
    })().finally(() => {
      running = null;
      if (!stopped && waiting.length > 0) kick();
    });
  };
  return {
    kind: 'in-process',
    worker,
    async enqueue(jobs) {
      if (stopped) return;
      waiting.push(...jobs);
      kick();
    },
    async drain() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      waiting.length = 0;
      await running;
    },
  };
}

const queues = new WeakMap<Db, MatchingQueue>();
let fallbackHandlerOf: ((db: Db) => MatchBatchHandler) | undefined;

/** Installs the queue a database's triggers use (server start; see routes.ts). */
export function registerMatchingQueue(db: Db, queue: MatchingQueue) {
  queues.set(db, queue);
}

export function unregisterMatchingQueue(db: Db, queue: MatchingQueue) {
  if (queues.get(db) === queue) queues.delete(db);
}

/** The handler an in-process queue made on demand runs (set by runs-service.ts). */
export function setFallbackHandler(handlerOf: (db: Db) => MatchBatchHandler) {
  fallbackHandlerOf = handlerOf;
}

/**
 * The queue of a database: the one the server installed, or — outside a server (CLI, a test
 * calling services directly) — an in-process queue made on first need.
 */
export function matchingQueueOf(db: Db): MatchingQueue {
  let queue = queues.get(db);
  if (!queue) {
    if (!fallbackHandlerOf) throw new Error('matching: no batch handler registered');
    queue = createInProcessQueue(fallbackHandlerOf(db));
    queues.set(db, queue);
  }
  return queue;
}
