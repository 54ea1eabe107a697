/**
 * A request's deadline, shared by everything the request starts: the HTTP layer answers 503 when it
 * passes, and heavy work (parsing, coverage, long lists, imports) checks it cooperatively and stops,
 * so nothing runs on (or is written) after the client has been answered.
 *
 * A timer alone cannot stop work that holds the event loop, so `check()` also reads the clock;
 * `tick()` does so only every few hundred calls, for tight loops.
 */
import { GraphQLError } from 'graphql';

export class DeadlineExceededError extends GraphQLError {
  constructor(readonly timeoutMs: number) {
    super(`The request took longer than ${formatSeconds(timeoutMs)} and was stopped. Ask for less (a smaller page, one unit) or try again later.`, {
      extensions: { code: 'TIMEOUT', timeoutMs },
    });
  }
}

const TICKS_BETWEEN_CLOCK_READS = 256;

export class Deadline {
  private readonly controller = new AbortController();
  private ticks = 0;
  /** Epoch milliseconds after which the request's work is abandoned. */
  readonly at: number;

  constructor(readonly timeoutMs: number, now = Date.now()) {
    this.at = now + timeoutMs;
  }

  /** No deadline (the command line, tests of pure parts). */
  static none(): Deadline {
    return new Deadline(Number.POSITIVE_INFINITY);
  }

  /** Aborted when the deadline passes (or `expire()` is called): give it to work that takes a signal. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Milliseconds left (0 once passed). */
  remainingMs(now = Date.now()): number {
    return this.expired(now) ? 0 : Math.max(0, this.at - now);
  }

  /** True once the deadline has passed; reads the clock. */
  expired(now = Date.now()): boolean {
    if (!this.controller.signal.aborted && now >= this.at) this.expire();
    return this.controller.signal.aborted;
  }

  /** Marks the deadline as passed (the HTTP layer's timer does, as does a closed connection). */
  expire(): void {
    if (!this.controller.signal.aborted) this.controller.abort(new DeadlineExceededError(this.timeoutMs));
  }

  /** Throws DeadlineExceededError once the deadline has passed. */
  check(): void {
    if (this.expired()) throw new DeadlineExceededError(this.timeoutMs);
  }

  /** `check()` for tight loops: reads the clock every few hundred calls. */
  tick(): void {
    if (++this.ticks % TICKS_BETWEEN_CLOCK_READS === 0 || this.controller.signal.aborted) this.check();
  }
}

export function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}
