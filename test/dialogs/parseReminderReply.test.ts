import { parseReminderReply } from '../../dialogs/parseReminderReply';
import { reminderReplyValue } from '../../src/reminders/reminderReplies';

const ID = '3f9a2b1c-0000-4000-8000-000000000000';

describe('parseReminderReply', () => {
  it('reads the button values the reminder message carries', () => {
    expect(parseReminderReply(reminderReplyValue('done', ID))).toEqual({
      action: 'done',
      occurrenceRef: '3f9a2b1c',
    });
    expect(parseReminderReply(reminderReplyValue('snooze10', ID))).toEqual({
      action: 'snooze',
      minutes: 10,
      occurrenceRef: '3f9a2b1c',
    });
    expect(parseReminderReply(reminderReplyValue('snooze60', ID))).toMatchObject({
      action: 'snooze',
      minutes: 60,
    });
    expect(parseReminderReply(reminderReplyValue('skip', ID))).toMatchObject({ action: 'skip' });
    expect(parseReminderReply(reminderReplyValue('stop', ID))).toMatchObject({
      action: 'stop',
      occurrenceRef: '3f9a2b1c',
    });
  });

  it.each([
    ['DONE', { action: 'done' }],
    ['Done!', { action: 'done' }],
    ['did it', { action: 'done' }],
    ['hecho', { action: 'done' }],
    ['Listo', { action: 'done' }],
    ['SNOOZE', { action: 'snooze', minutes: 10 }],
    ['snooze 10 min', { action: 'snooze', minutes: 10 }],
    ['Snooze 1 hour', { action: 'snooze', minutes: 60 }],
    ['snooze an hour', { action: 'snooze', minutes: 60 }],
    ['snooze 45 minutes', { action: 'snooze', minutes: 60 }],
    ['posponer', { action: 'snooze', minutes: 10 }],
    ['Posponer 1 hora', { action: 'snooze', minutes: 60 }],
    ['SKIP', { action: 'skip' }],
    ['skip this one', { action: 'skip' }],
    ['omitir', { action: 'skip' }],
    ['Saltar esta vez', { action: 'skip' }],
    ['Stop these reminders', { action: 'stop' }],
    ['Detener estos recordatorios', { action: 'stop' }],
    ['practice now', { action: 'practice' }],
    ['practicar', { action: 'practice' }],
  ])('typed "%s"', (text, expected) => {
    expect(parseReminderReply(text)).toEqual(expected);
  });

  it.each([
    'STOP',
    'stop',
    'done with work at 5',
    'skip the meeting tomorrow',
    'snooze button broke',
    'hello',
    '',
  ])('is not a reply: "%s"', (text) => {
    expect(parseReminderReply(text)).toBeNull();
  });
});
