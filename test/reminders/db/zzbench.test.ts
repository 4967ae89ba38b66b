import { benchDispatch } from '../../../bench/dispatch';
jest.setTimeout(300_000);
it('bench pg', async () => {
  const t0 = process.cpuUsage();
  const w0 = Date.now();
  const r = await benchDispatch((process.env.BP as 'postgresql') ?? 'postgresql', {
    count: Number(process.env.BC ?? 4000),
    instances: Number(process.env.BI ?? 2),
    concurrency: Number(process.env.BCON ?? 6),
    spreadMs: Number(process.env.BS ?? 0),
  });
  const cpu = process.cpuUsage(t0);
  console.log(
    JSON.stringify(r),
    'cpu%',
    Math.round(((cpu.user + cpu.system) / 1000 / (Date.now() - w0)) * 100),
  );
});
