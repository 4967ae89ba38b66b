import { startTestApp } from '../../support/testApp';
test('smoke', async () => {
  const t = await startTestApp({ env: { DIRECT_LINE_TOKEN_SECRET: 'x'.repeat(40) } });
  try {
    const start = await fetch(`${t.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: 'en-US' }) });
    const conv = await start.json() as any;
    console.log(start.status, conv);
    const post = await fetch(`${t.baseUrl}/v3/directline/conversations/${conv.conversationId}/activities`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${conv.token}` }, body: JSON.stringify({ type: 'message', text: 'what is an IOP?', from: { id: 'x' }, locale: 'en-US' }) });
    console.log(post.status, await post.text());
    const poll = await fetch(`${t.baseUrl}/v3/directline/conversations/${conv.conversationId}/activities?watermark=0`, { headers: { authorization: `Bearer ${conv.token}` } });
    console.log(poll.status, JSON.stringify(await poll.json()).slice(0, 3000));
    const page = await fetch(`${t.baseUrl}/`);
    console.log(page.status, Object.fromEntries(page.headers), (await page.text()).slice(0, 1500));
  } finally {
    console.log(t.logs.text.slice(0, 3000));
    await t.close();
  }
});
