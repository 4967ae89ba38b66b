import { MemoryStorage } from 'botbuilder';
import { createFieldCipher } from '../../src/storage/fieldCipher';
import { PrismaStorage } from '../../src/storage/prismaStorage';
import { UserHasher } from '../../src/storage/userHasher';
import { openTestDatabase, providers } from '../support/testDatabases';
import { describeStorageConformance } from './storageConformance';
import crypto from 'node:crypto';

describeStorageConformance('MemoryStorage (control)', async () => ({
  storage: new MemoryStorage(),
  close: async () => undefined,
}));

for (const provider of providers()) {
  describeStorageConformance(`PrismaStorage on ${provider}`, async () => {
    const { db, cleanup } = await openTestDatabase(provider);
    return { storage: new PrismaStorage(db.prisma, createFieldCipher([])), close: cleanup };
  });

  // As the app runs it: values sealed, keys (which embed user and conversation ids) hashed.
  describeStorageConformance(`PrismaStorage on ${provider}, encrypted, hashed keys`, async () => {
    const { db, cleanup } = await openTestDatabase(provider);
    const cipher = createFieldCipher([{ id: 'k1', key: crypto.randomBytes(32) }]);
    const hasher = new UserHasher(crypto.randomBytes(32));
    return { storage: new PrismaStorage(db.prisma, cipher, hasher), close: cleanup };
  });
}
