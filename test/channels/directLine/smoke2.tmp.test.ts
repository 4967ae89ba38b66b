import { startTestApp } from '../../support/testApp';
import zlib from 'node:zlib';
test('assets', async () => {
  const t = await startTestApp({ env: { DIRECT_LINE_TOKEN_SECRET: 'x'.repeat(40) } });
  try {
    for (const enc of ['identity', 'gzip']) {
      const r = await fetch(`${t.baseUrl}/webchat/webchat.js?v=4.18.1`, { headers: { 'accept-encoding': enc } });
      const buf = Buffer.from(await r.arrayBuffer());
      console.log(enc, r.status, Object.fromEntries(r.headers), buf.length);
    }
    const http = await import('node:http');
    await new Promise<void>((resolve) => http.get(`${t.baseUrl}/webchat/webchat.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => { const b = Buffer.concat(chunks); console.log('raw', res.headers['content-length'], b.length, zlib.gunzipSync(b).length); resolve(); });
    }));
  } finally { await t.close(); }
});
