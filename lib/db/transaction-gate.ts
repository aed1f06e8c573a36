/**
 * One SQLite connection serves every request, and `@prisma/adapter-better-sqlite3`
 * only serialises *transactions* against each other: a plain query from another
 * request, issued while an interactive transaction awaits between statements, runs
 * inside that transaction (it reads its uncommitted rows, and its own write is rolled
 * back with it). The gate closes while a transaction is open; plain queries and our
 * own prepared statements wait until it opens again.
 */
export class TransactionGate {
  #held = false;
  #waiters: Array<() => void> = [];

  /** True while no transaction holds the connection. */
  get isOpen(): boolean {
    return !this.#held;
  }

  /** Waits until the connection is free. Resolves at once (a microtask) when it is. */
  async whenOpen(): Promise<void> {
    while (this.#held) await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  /** Takes the connection for a transaction; call the returned function once it ends. */
  async close(): Promise<() => void> {
    await this.whenOpen();
    this.#held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#held = false;
      // Wake everyone in arrival order; a woken transaction takes the gate at once and
      // the plain queries behind it go back to waiting.
      for (const wake of this.#waiters.splice(0)) wake();
    };
  }
}
