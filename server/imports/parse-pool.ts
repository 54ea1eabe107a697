/**
 * Uploads are read (extracted and parsed) on worker threads, one per core, so that a slow document
 * never holds the thread that answers requests. A read still running at its request's deadline is
 * abandoned: its worker is terminated (piscina's abort), which stops even a loop that never yields,
 * and the import fails with the deadline's TIMEOUT error.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { FileReader, FileRead, ImportFile } from './read-file.js';

let pool: Piscina | null = null;

/** Longest delay setTimeout takes (a longer one fires at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;

function parsePool(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./parse-worker.mjs', import.meta.url).href,
    maxThreads: Math.max(1, availableParallelism()),
    // Started on the first upload, kept a while for the next one; idle workers do not hold the process open.
    minThreads: 0,
    idleTimeout: 60_000,
  });
  return pool;
}

/** Reads a file on a worker; at the deadline the worker is stopped and DeadlineExceededError thrown. */
export const readInPool: FileReader = async (file, organization, deadline) => {
  deadline.check();
  // The signal aborts when someone expires the deadline (the HTTP timer does); a deadline without
  // such an owner (a script's, a test's) still stops the worker on time.
  const remaining = deadline.remainingMs();
  const timer = remaining < MAX_TIMER_MS ? setTimeout(() => deadline.expire(), remaining) : null;
  timer?.unref();
  try {
    return (await parsePool().run({ file, organization } satisfies { file: ImportFile; organization: string | null }, { signal: deadline.signal })) as FileRead;
  } catch (error) {
    // An abort is the deadline's: say so with its error rather than piscina's AbortError.
    deadline.check();
    throw error;
  } finally {
    if (timer) clearTimeout(timer);
  }
};

/** Stops the workers (tests, shutdown); the next upload starts new ones. */
export async function closeParsePool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}
