import { benchDispatch } from '../../../bench/dispatch';
jest.setTimeout(400_000);
it('bench', async () => {
  for (const p of (process.env.BP ?? 'sqlite,postgresql').split(',')) {
    const r = await benchDispatch(p as 'sqlite', { spreadMs: Number(process.env.BS ?? 0) });
    console.log(JSON.stringify(r));
  }
});
