import { benchDispatch } from '../../../bench/dispatch';
jest.setTimeout(300_000);
it('bench sqlite', async () => { console.log(JSON.stringify(await benchDispatch('sqlite', {}))); });
it('bench pg', async () => { console.log(JSON.stringify(await benchDispatch('postgresql', {}))); });
