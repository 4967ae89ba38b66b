import type { Storage, StoreItems } from 'botbuilder';

/** Wraps a Storage and counts the calls (and keys) that reach it. */
export class CountingStorage implements Storage {
  reads = 0;
  writes = 0;
  deletes = 0;
  readKeys: string[] = [];
  writtenKeys: string[] = [];

  constructor(private readonly inner: Storage) {}

  reset(): void {
    this.reads = this.writes = this.deletes = 0;
    this.readKeys = [];
    this.writtenKeys = [];
  }

  read(keys: string[]): Promise<StoreItems> {
    this.reads++;
    this.readKeys.push(...keys);
    return this.inner.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    this.writes++;
    this.writtenKeys.push(...Object.keys(changes));
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    this.deletes++;
    return this.inner.delete(keys);
  }
}
