import { ask, startTestApp } from '../../support/testApp';
import { programAt } from '../../programs/db/programFixtures';
test('probe', async () => {
  const t = await startTestApp();
  for (const [name, lat, lon] of [['Riverside Evening IOP', 40.7452, -74.0302], ['Harbor Light IOP', 40.7365, -74.0391]] as const)
    await t.app.database.prisma.program.create({ data: programAt(name, lat, lon, { levelIop: true, treatsMentalHealth: true, zip: '07030', phone: '201-555-0100' }) });
  const conv = { conversation: { id: 'sms-probe' }, channelId: 'sms', from: { id: '+15555550100' }, locale: undefined };
  for (const text of ['hi', 'what is an IOP?', 'tell me more', 'find an IOP near 07030', 'more', 'what medication should I take?', 'delete my data', 'remind me tomorrow at 9am to stretch', 'I want to kill myself', 'purple elephants']) {
    const r = await ask(t.baseUrl, text, conv);
    console.log('>>', text, '\n', r.map((a) => `[${(a.text ?? '').length}] ${a.text} ${a.attachments ? 'ATT' : ''} ${a.suggestedActions ? 'SA' : ''}`).join('\n---\n'));
  }
  await t.close();
});
