import { importNational } from '../../../bench/locator';
import { importDirectory } from '../../../src/programs/directoryImporter';
import { openTestDatabase, providers } from '../../support/testDatabases';
import { MH_XLSX, SU_XLSX } from '../support/samhsaData';
for (const provider of providers()) {
  it(`upd ${provider}`, async () => {
    const { db, cleanup } = await openTestDatabase(provider);
    await importNational(db);
    const t = performance.now();
    const a = await importDirectory(db.prisma, MH_XLSX, { now: new Date(), edition: '2024' });
    const b = await importDirectory(db.prisma, SU_XLSX, { now: new Date(), edition: '2024' });
    process.stderr.write(`${provider} all-updated ${Math.round(performance.now() - t)} ms ${a.updated} ${b.updated}\n`);
    await cleanup();
  }, 600000);
}
