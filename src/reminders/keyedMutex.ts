/**
 * An in-process mutex per key: work for one key runs one at a time, in arrival order; different
 * keys never wait for each other. A key's entry is removed when its queue drains, so memory
 * follows the number of keys in use, not the number ever seen.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /**
   * Runs `work` holding every key in `keys`. Keys are taken one by one in sorted order, so two
   * callers with overlapping sets can never each hold a key the other is waiting for.
   */
  runAll<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const take = (i: number): Promise<T> =>
      i === sorted.length ? work() : this.run(sorted[i], () => take(i + 1));
    return take(0);
  }

  /** Keys with work running or waiting. */
  get size(): number {
    return this.tails.size;
  }
}
