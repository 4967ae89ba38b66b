import crypto from 'node:crypto';
import { MemoryStorage, type Storage } from 'botbuilder';
import { createFieldCipher } from '../src/storage/fieldCipher';
import { PrismaStorage } from '../src/storage/prismaStorage';
import type { Database } from '../src/storage/database';
import { percentile } from './stats';

export interface StorageOpFigures {
  readMicros: number;
  writeMicros: number;
  readP99Micros: number;
  writeP99Micros: number;
}

const STATE = {
  conversation: { language: 'en', lastTopicId: 'what-is-iop', lastChoices: ['a', 'b', 'c'], welcomed: true },
};

/** Mean and p99 time of a state read and an eTag'd write, one at a time, as a turn does them. */
export async function measureStorage(storage: Storage, iterations = 400): Promise<StorageOpFigures> {
  const key = `bench/${crypto.randomUUID()}`;
  await storage.write({ [key]: { ...STATE } });
  const reads: number[] = [];
  const writes: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    const item = (await storage.read([key]))[key];
    const t1 = performance.now();
    await storage.write({ [key]: { ...item, counter: i } });
    const t2 = performance.now();
    reads.push((t1 - t0) * 1000);
    writes.push((t2 - t1) * 1000);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  reads.sort((a, b) => a - b);
  writes.sort((a, b) => a - b);
  return {
    readMicros: mean(reads),
    writeMicros: mean(writes),
    readP99Micros: percentile(reads, 99),
    writeP99Micros: percentile(writes, 99),
  };
}

export function memoryStorage(): Storage {
  return new MemoryStorage();
}

export function prismaStorage(db: Database, encrypted: boolean): Storage {
  return new PrismaStorage(
    db.prisma,
    createFieldCipher(encrypted ? [{ id: 'bench', key: crypto.randomBytes(32) }] : []),
  );
}
