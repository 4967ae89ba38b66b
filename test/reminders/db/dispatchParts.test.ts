import { countDeliveries } from '../../../bench/dispatch';
import type { CapturedActivity } from '../../../src/channels/loopbackConnector';
import { renderMessage } from '../../../src/channels/renderer';
import { retryDelayMs } from '../../../src/reminders/backoff';
import { addCancelled, findSession, parseCancelled } from '../../../src/reminders/cohortSessions';
import { classifyConsentKeyword } from '../../../src/reminders/consentKeywords';
import { ConversationRateLimiter } from '../../../src/reminders/conversationRateLimiter';
import { classifyDeliveryError, retryAfter, UndeliverableError } from '../../../src/reminders/deliveryError';
import { newJoinCode, normaliseJoinCode } from '../../../src/reminders/joinCode';
import { KeyedMutex } from '../../../src/reminders/keyedMutex';
import { ReminderMessages } from '../../../src/reminders/reminderMessages';
import {
  parseReminderReply,
  REMINDER_ACTIONS,
  reminderReplyValue,
} from '../../../src/reminders/reminderReplies';

const OCCURRENCE = '3f9a2b1c-7d6e-4f00-9a1b-2c3d4e5f6a7b';

describe('retry backoff', () => {
  it('doubles its ceiling per attempt, draws from the upper half, and caps at maxMs', () => {
    const options = { baseMs: 1000, maxMs: 10_000 };
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a, options, undefined, () => 0))).toEqual([
      500, 1000, 2000, 4000, 5000,
    ]);
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a, options, undefined, () => 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 10_000,
    ]);
  });

  it('never retries sooner than Retry-After', () => {
    expect(retryDelayMs(1, { baseMs: 1000, maxMs: 10_000 }, 90_000, () => 0.5)).toBe(90_000);
    expect(retryDelayMs(4, { baseMs: 1000, maxMs: 10_000 }, 100, () => 0.5)).toBe(6000);
  });
});

describe('per-conversation rate limiter', () => {
  function limiter(
    windows = [
      { limit: 7, windowMs: 1000 },
      { limit: 60, windowMs: 30_000 },
    ],
    maxKeys = 100,
  ) {
    let now = 0;
    const l = new ConversationRateLimiter(windows, { now: () => now, marginMs: 0, maxKeys });
    return { l, at: (ms: number) => (now = ms) };
  }

  it('allows 7 per second and 60 per 30 seconds for one conversation, independently of others', () => {
    const { l, at } = limiter();
    const sent: number[] = [];
    for (let t = 0; t < 40_000; t += 10) {
      at(t);
      if (l.tryTake('a') === 0) {
        l.finish('a');
        sent.push(t);
      }
    }
    const inWindow = (start: number, span: number) =>
      sent.filter((s) => s >= start && s < start + span).length;
    expect(Math.max(...sent.map((s) => inWindow(s, 1000)))).toBe(7);
    expect(Math.max(...sent.map((s) => inWindow(s, 30_000)))).toBe(60);
    at(40_000);
    expect(l.tryTake('b')).toBe(0);
  });

  it('says how long to wait, and counts a send as current until it finishes', () => {
    const { l, at } = limiter([{ limit: 2, windowMs: 1000 }]);
    at(0);
    expect(l.tryTake('a')).toBe(0);
    expect(l.tryTake('a')).toBe(0);
    // Both still open (e.g. the SDK is waiting out a Retry-After): check back a full window later.
    expect(l.tryTake('a')).toBe(1000);
    at(300);
    l.finish('a');
    at(1200);
    l.finish('a');
    expect(l.tryTake('a')).toBe(100);
    at(1300);
    expect(l.tryTake('a')).toBe(0);
  });

  it('bounds memory: idle conversations are forgotten first', () => {
    const { l, at } = limiter([{ limit: 7, windowMs: 1000 }], 50);
    for (let i = 0; i < 500; i += 1) {
      at(i * 100);
      expect(l.tryTake(`c${i}`)).toBe(0);
      l.finish(`c${i}`);
    }
    expect(l.size).toBeLessThanOrEqual(50);
  });
});

describe('reminder reply values', () => {
  it('round-trips every action with the short occurrence reference', () => {
    for (const action of REMINDER_ACTIONS) {
      const value = reminderReplyValue(action, OCCURRENCE);
      expect(value).toBe(`${action} #3f9a2b1c`);
      expect(parseReminderReply(` ${value.toUpperCase()} `)).toEqual({ action, ref: '3f9a2b1c' });
    }
    expect(parseReminderReply('done')).toBeUndefined();
    expect(parseReminderReply('done #xyz')).toBeUndefined();
    expect(parseReminderReply('I am done #3f9a2b1c')).toBeUndefined();
  });

  it('are never mistaken for a messaging opt-out', () => {
    for (const action of REMINDER_ACTIONS)
      expect(classifyConsentKeyword(reminderReplyValue(action, OCCURRENCE))).toBeNull();
  });

  it('count a delivery per conversation, so two occurrences sharing a short reference are not a duplicate', () => {
    const twin = '3f9a2b1c-0000-4000-8000-000000000000';
    const captured = (conversationId: string, occurrenceId: string): CapturedActivity => ({
      conversationId,
      receivedAt: 0,
      activity: {
        suggestedActions: {
          to: [],
          actions: [{ type: 'imBack', title: 'Done', value: reminderReplyValue('done', occurrenceId) }],
        },
      },
    });
    const counts = countDeliveries([captured('a', OCCURRENCE), captured('b', twin), captured('b', twin)]);
    expect([...counts.values()].sort()).toEqual([1, 2]);
  });
});

describe('reminder messages', () => {
  const messages = ReminderMessages.load();
  const base = {
    occurrenceId: OCCURRENCE,
    timeZone: 'America/Chicago',
    eventAt: new Date('2026-12-01T19:30:00Z'),
  };

  it('numbers the choices as text on SMS and keeps the buttons on Teams', () => {
    const message = messages.build({ ...base, kind: 'custom', what: 'take a walk', language: 'en' });
    const sms = renderMessage(message, 'sms')
      .map((a) => a.text)
      .join('\n');
    expect(sms).toContain('Reminder: take a walk');
    expect(sms).toContain('1) Done\n2) Snooze 10 min\n3) Snooze 1 hour\n4) Skip\n5) Stop these reminders');
    const teams = JSON.stringify(renderMessage(message, 'msteams'));
    expect(teams).toContain('snooze60 #3f9a2b1c');
  });

  it('says the session time in the zone and language of the reminder', () => {
    expect(messages.build({ ...base, kind: 'session', what: 'Grupo A', language: 'es' }).text).toBe(
      'A la 1:30 p.m. empieza tu sesión de grupo (Grupo A).',
    );
    expect(messages.build({ ...base, kind: 'session', what: 'Group A', language: 'en' }).text).toBe(
      'Your group session (Group A) starts at 1:30 PM.',
    );
    expect(
      messages.build({ ...base, kind: 'skill', what: 'box breathing', language: 'es' }).cards?.[0],
    ).toMatchObject({ kind: 'reminder', title: 'Hora de practicar' });
  });
});

describe('delivery error classification', () => {
  const restError = (statusCode: number, retry?: string) => ({
    name: 'RestError',
    statusCode,
    response: {
      status: statusCode,
      headers: { get: (n: string) => (n === 'retry-after' ? retry : undefined) },
    },
  });

  it('retries throttling, precondition, timeout and server errors, reading Retry-After', () => {
    expect(classifyDeliveryError(restError(429, '3'))).toEqual({
      kind: 'retry',
      code: '429',
      retryAfterMs: 3000,
    });
    for (const status of [412, 500, 502, 503, 504])
      expect(classifyDeliveryError(restError(status)).kind).toBe('retry');
    expect(classifyDeliveryError({ code: 'ECONNREFUSED' })).toEqual({ kind: 'retry', code: 'ECONNREFUSED' });
    expect(classifyDeliveryError({ name: 'AbortError' })).toEqual({ kind: 'retry', code: 'timeout' });
  });

  it('gives up on a gone conversation and on other client errors', () => {
    expect(classifyDeliveryError(restError(403))).toEqual({ kind: 'undeliverable', code: '403' });
    expect(classifyDeliveryError(restError(404)).kind).toBe('undeliverable');
    expect(classifyDeliveryError(new UndeliverableError('no_reference'))).toEqual({
      kind: 'undeliverable',
      code: 'no_reference',
    });
    expect(classifyDeliveryError(restError(400))).toEqual({ kind: 'permanent', code: '400' });
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    expect(retryAfter('120', now)).toBe(120_000);
    expect(retryAfter('Tue, 01 Dec 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfter('soon', now)).toBeUndefined();
  });
});

describe('join codes and cancelled sessions', () => {
  it('draws codes from the unambiguous alphabet and reads typed codes forgivingly', () => {
    let i = 0;
    expect(newJoinCode(() => i++ % 32)).toBe('23456789'.slice(0, 6));
    expect(normaliseJoinCode(' k7m-q4d ')).toBe('K7MQ4D');
    expect(normaliseJoinCode('K7MQ40')).toBeUndefined();
    expect(normaliseJoinCode('K7MQ4')).toBeUndefined();
  });

  it('finds a real session by its local start, and keeps the cancelled list sorted and unique', () => {
    const rule = 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0';
    expect(findSession(rule, 'America/New_York', '2026-12-08T18:00')).toEqual(
      new Date('2026-12-08T23:00:00Z'),
    );
    expect(findSession(rule, 'America/New_York', '2026-12-09T18:00')).toMatch(/no session/);
    expect(addCancelled('2026-12-15T18:00', '2026-12-08T18:00')).toBe('2026-12-08T18:00,2026-12-15T18:00');
    expect([...parseCancelled(addCancelled('2026-12-08T18:00', '2026-12-08T18:00'))]).toEqual([
      '2026-12-08T18:00',
    ]);
  });
});

describe('keyed mutex', () => {
  it('runs work for one key in order and lets other keys through', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const slow = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${name}`);
    };
    await Promise.all([
      mutex.run('a', slow('a1', 20)),
      mutex.run('a', slow('a2', 1)),
      mutex.run('b', slow('b1', 1)),
    ]);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
    expect(mutex.size).toBe(0);
  });
});
