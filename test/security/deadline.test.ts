/**
 * A request's Deadline: passes with the clock even when no timer could fire (the event loop busy),
 * aborts its signal once, and `tick()` reads the clock often enough to stop a tight loop.
 */
import { describe, expect, it } from 'vitest';
import { Deadline, DeadlineExceededError } from '../../server/limits/deadline.js';

describe('a deadline', () => {
  it('has not passed before its time and has after, read from the clock alone', () => {
    const deadline = new Deadline(1000, 0);
    expect(deadline.expired(999)).toBe(false);
    expect(deadline.remainingMs(400)).toBe(600);
    expect(deadline.expired(1000)).toBe(true);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.remainingMs(400)).toBe(0);
  });

  it('throws a TIMEOUT error naming the limit once expired', () => {
    const deadline = new Deadline(30_000);
    expect(() => deadline.check()).not.toThrow();
    deadline.expire();
    expect(() => deadline.check()).toThrow(DeadlineExceededError);
    try {
      deadline.check();
    } catch (error) {
      expect((error as DeadlineExceededError).message).toBe('The request took longer than 30 s and was stopped. Ask for less (a smaller page, one unit) or try again later.');
      expect((error as DeadlineExceededError).extensions).toEqual({ code: 'TIMEOUT', timeoutMs: 30_000 });
    }
    expect(deadline.signal.reason).toBeInstanceOf(DeadlineExceededError);
  });

  it('stops a tight loop that never yields to the event loop within a few hundred steps of passing', () => {
    const deadline = new Deadline(5);
    let steps = 0;
    let stepsAfter = 0;
    expect(() => {
      for (;;) {
        steps++;
        if (Date.now() >= deadline.at) stepsAfter++;
        deadline.tick();
      }
    }).toThrow(DeadlineExceededError);
    expect(steps).toBeGreaterThan(0);
    expect(stepsAfter).toBeLessThanOrEqual(256);
  });

  it('without a limit never passes', () => {
    const deadline = Deadline.none();
    expect(deadline.expired(Number.MAX_SAFE_INTEGER)).toBe(false);
    for (let i = 0; i < 1000; i++) deadline.tick();
    expect(deadline.signal.aborted).toBe(false);
  });
});
