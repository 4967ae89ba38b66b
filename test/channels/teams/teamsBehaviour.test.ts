import type { Activity } from 'botbuilder';
import type { CapturedActivity } from '../../../src/channels/loopbackConnector';
import { postActivity, startTestApp, type RunningTestApp } from '../../support/testApp';

/**
 * Teams at the protocol level: activities shaped as Teams sends them, posted to /api/messages,
 * with the loopback connector standing in for Teams' service URL.
 */
const BOT = { id: '28:bot-app-id', name: 'IOP Guide' };
const TENANT = { id: 'tenant-0001' };
let counter = 0;

function teamsActivity(
  conversationId: string,
  serviceUrl: string,
  fields: Record<string, unknown>,
): Partial<Activity> {
  counter++;
  return {
    id: `teams-${counter}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:user-${conversationId}`, name: 'Pat', aadObjectId: 'aad-user-1' },
    recipient: BOT,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT.id },
    channelData: { tenant: TENANT },
    locale: 'en-US',
    localTimezone: 'America/New_York',
    timestamp: new Date(),
    ...fields,
  } as Partial<Activity>;
}

function repliesFor(t: RunningTestApp, conversationId: string): CapturedActivity[] {
  return t.connector.received.filter((c) => c.conversationId === conversationId);
}

function cardText(captured: CapturedActivity[]): string {
  return captured
    .map(
      (c) =>
        `${c.activity.text ?? ''} ${c.activity.summary ?? ''} ${JSON.stringify(c.activity.attachments ?? [])}`,
    )
    .join('\n');
}

async function send(t: RunningTestApp, activity: Partial<Activity>): Promise<void> {
  const res = await postActivity(t.baseUrl, activity);
  expect(res.status).toBeLessThan(300);
}

/** Waits until a reply to this conversation matches, then returns all replies so far. */
async function replyMatching(
  t: RunningTestApp,
  conversationId: string,
  pattern: RegExp,
): Promise<CapturedActivity[]> {
  await t.connector.waitFor((c) => c.conversationId === conversationId && pattern.test(cardText([c])));
  return repliesFor(t, conversationId);
}

function expectTeamsShape(captured: CapturedActivity[]): void {
  expect(captured.length).toBeGreaterThan(0);
  for (const { activity } of captured) {
    expect(activity.suggestedActions).toBeUndefined();
    for (const attachment of activity.attachments ?? []) {
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    }
  }
}

describe('Teams behaviour', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  test('installationUpdate add stores the conversation reference; remove forgets it', async () => {
    const conversation = 'a:install-1';
    await send(t, teamsActivity(conversation, t.serviceUrl, { type: 'installationUpdate', action: 'add' }));
    const stored = await t.app.references.get(
      t.app.references.keyFor({ channelId: 'msteams', conversation: { id: conversation } }),
    );
    expect(stored?.serviceUrl).toBe(t.serviceUrl);
    expect(stored?.user?.id).toBe(`29:user-${conversation}`);
    await send(
      t,
      teamsActivity(conversation, t.serviceUrl, { type: 'installationUpdate', action: 'remove' }),
    );
    expect(
      await t.app.references.get(
        t.app.references.keyFor({ channelId: 'msteams', conversation: { id: conversation } }),
      ),
    ).toBeUndefined();
  });

  test('the install conversationUpdate greets with a card of buttons (no suggested actions) and stores the reference', async () => {
    const conversation = 'a:install-2';
    await send(
      t,
      teamsActivity(conversation, t.serviceUrl, {
        type: 'conversationUpdate',
        membersAdded: [BOT, { id: `29:user-${conversation}` }],
      }),
    );
    const replies = await replyMatching(t, conversation, /automated assistant/i);
    expectTeamsShape(replies);
    const buttons = replies.flatMap((r) =>
      (r.activity.attachments ?? []).flatMap((a) => (a.content as { actions?: unknown[] }).actions ?? []),
    );
    expect(buttons).toContainEqual(
      expect.objectContaining({
        type: 'Action.Submit',
        data: { msteams: { type: 'imBack', value: 'What is an IOP?' }, choice: 'What is an IOP?' },
      }),
    );
    expect(
      await t.app.references.get(
        t.app.references.keyFor({ channelId: 'msteams', conversation: { id: conversation } }),
      ),
    ).toBeDefined();
  });

  test('an @mention of the bot is stripped before the message is understood', async () => {
    const conversation = 'a:mention';
    await send(
      t,
      teamsActivity(conversation, t.serviceUrl, {
        type: 'message',
        text: '<at>IOP Guide</at> what is an IOP?',
        entities: [{ type: 'mention', text: '<at>IOP Guide</at>', mentioned: BOT }],
      }),
    );
    const replies = await replyMatching(t, conversation, /structured mental-health treatment/i);
    expectTeamsShape(replies);
    expect(cardText(replies)).not.toContain('<at>');
  });

  test('an Adaptive Card Action.Submit (value.choice, no text) reaches the dialogs like a typed answer', async () => {
    const conversation = 'a:submit';
    await send(
      t,
      teamsActivity(conversation, t.serviceUrl, {
        type: 'message',
        value: { msteams: { type: 'imBack', value: 'What is an IOP?' }, choice: 'What is an IOP?' },
      }),
    );
    const replies = await replyMatching(t, conversation, /structured mental-health treatment/i);
    expectTeamsShape(replies);
    const answer = replies.find((r) => /structured mental-health treatment/i.test(cardText([r])))!;
    expect(answer.activity.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect((answer.activity.attachments?.[0].content as { version: string }).version).toBe('1.4');
  });

  test('every reply sent to Teams in these conversations used cards, never suggested actions', () => {
    const teams = t.connector.received.filter((c) => c.conversationId.startsWith('a:'));
    expectTeamsShape(teams);
  });
});
