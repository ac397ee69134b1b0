/** Every "now" in the API comes from a Clock, so tests can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that reads `startAt` when created and then runs at real speed: lets a whole running
 * system (the seed, the jobs, the API) live on another date, for tests that must hold on any date.
 */
export function clockStartingAt(startAt: Date, real: () => number = Date.now): Clock {
  const offset = startAt.getTime() - real();
  return { now: () => new Date(real() + offset) };
}

/** The system clock, or one started at `SANXIN_TEST_NOW` when that is configured (never in production). */
export function clockFor(config: { testNow?: Date }): Clock {
  return config.testNow ? clockStartingAt(config.testNow) : systemClock;
}

export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
