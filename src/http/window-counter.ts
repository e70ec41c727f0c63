/**
 * Counts attempts per key in fixed windows, in memory (per process, like the rate-limit plugin's
 * own store). For a second limit on one route: @fastify/rate-limit runs only one of its limiters
 * per request, and login needs two (per address and per account).
 */
export class WindowCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Without counting: the seconds until the window ends if `max` attempts are already counted,
   * else 0 (the next attempt may go ahead).
   */
  blocked(key: string): number {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now || window.count < this.max) return 0;
    return Math.ceil((window.resetAt - now) / 1000);
  }

  /** Forgets the key's attempts (a successful sign-in clears the account's failures). */
  clear(key: string): void {
    this.windows.delete(key);
  }

  /** Counts one attempt: 0 while within the limit, else the seconds until the window ends. */
  hit(key: string): number {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size >= 100_000)
        for (const [old, entry] of this.windows) if (entry.resetAt <= now) this.windows.delete(old);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count > this.max ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }
}
