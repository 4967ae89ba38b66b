import type { ConsentPort } from '../../dialogs/consentPort';
import type {
  CohortPort,
  DeliveredReminder,
  PracticePort,
  ReminderKind,
  ReminderPort,
  ReminderView,
} from '../../dialogs/reminderPort';
import type { Db } from '../storage/database';
import type { FieldCipher } from '../storage/fieldCipher';
import type { CohortStore } from './cohortStore';
import type { ConsentStore } from './consentStore';
import { occurrenceRef } from './reminderReplies';
import type { ReminderStore, ReminderView as StoredReminder } from './reminderStore';

/** What the adapters are built on: the stores, plus the database for the one read they lack. */
export interface ReminderPortSources {
  reminders: ReminderStore;
  consent: ConsentStore;
  cohorts: CohortStore;
  prisma: Db;
  cipher: FieldCipher;
}

/** The dialog ports, backed by the reminder, consent and cohort stores. */
export interface ReminderPorts {
  reminders: ReminderPort;
  practice: PracticePort;
  consent: ConsentPort;
  cohorts: CohortPort;
}

/** A typed "done" is about a reminder sent this recently, not an old one. */
const RECENT_MS = 24 * 60 * 60_000;
/** Reminders a person can still see and manage; ended, stopped ones are history. */
const LISTED = new Set(['active', 'paused', 'undeliverable']);
const KINDS: readonly ReminderKind[] = ['custom', 'skill', 'session'];

/** Builds the ports the reminder, consent, skill and group dialogs are given (see src/dialogCatalog.ts). */
export function createReminderPorts(sources: ReminderPortSources): ReminderPorts {
  return {
    reminders: reminderPort(sources),
    practice: {
      log: (userHash, skillId) => sources.reminders.logPractice(userHash, skillId),
      stats: (userHash, timeZone) => sources.reminders.stats(userHash, timeZone),
    },
    consent: consentPort(sources.consent),
    cohorts: {
      async findByCode(code) {
        const cohort = await sources.cohorts.show(code);
        return cohort
          ? { code: cohort.joinCode, name: cohort.name, schedule: cohort.schedule, timeZone: cohort.timeZone }
          : null;
      },
      async join(owner, code, leadMinutes, language) {
        return (
          (await sources.cohorts.join(code, owner.userHash, owner.conversationKey, leadMinutes, language)) !==
          undefined
        );
      },
    },
  };
}

function reminderPort(sources: ReminderPortSources): ReminderPort {
  const store = sources.reminders;
  return {
    async create(owner, reminder) {
      return toView(await store.create({ ...owner, ...reminder, skillId: reminder.skillId ?? null }));
    },
    async list(userHash) {
      return (await store.list(userHash)).filter((r) => LISTED.has(r.status)).map(toView);
    },
    async setPaused(userHash, reminderIds, paused) {
      let changed = 0;
      for (const id of reminderIds) {
        const done = paused
          ? await store.pause(userHash, id)
          : (await store.resume(userHash, id)) !== undefined;
        if (done) changed += 1;
      }
      return changed;
    },
    async reschedule(userHash, reminderId, schedule) {
      const { rrule, timeZone, leadMinutes, nextAt } = schedule;
      return (
        (await store.changeTime(userHash, reminderId, { rrule, timeZone, leadMinutes, firstAt: nextAt })) !==
        undefined
      );
    },
    remove: (userHash, reminderId) => store.delete(userHash, reminderId),
    removeAll: (userHash) => store.deleteAll(userHash),
    ...replyActions(sources),
  };
}

/** The answers to a delivered reminder message, by its short reference. */
function replyActions(
  sources: ReminderPortSources,
): Pick<ReminderPort, 'findDelivered' | 'done' | 'snooze' | 'skip' | 'stop'> {
  const store = sources.reminders;
  return {
    findDelivered: (userHash, now, ref) => findDelivered(sources, userHash, now, ref),
    async done(userHash, ref) {
      return (await store.done(userHash, ref)) !== undefined;
    },
    async snooze(userHash, ref, minutes) {
      return (await store.snooze(userHash, ref, minutes))?.dueAt ?? null;
    },
    async skip(userHash, ref) {
      return (await store.skip(userHash, ref)) !== undefined;
    },
    async stop(userHash, ref) {
      return (await store.stop(userHash, ref)) === true;
    },
  };
}

function consentPort(store: ConsentStore): ConsentPort {
  return {
    isOptedOut: (userHash) => store.isOptedOut(userHash),
    async optOut(event) {
      const wasOptedOut = await store.isOptedOut(event.userHash);
      // Recorded (and everything stopped) every time: a repeated STOP must still hold.
      await store.optOut(event.userHash, event.channelId);
      return !wasOptedOut;
    },
    async optIn(event) {
      const wasOptedOut = await store.isOptedOut(event.userHash);
      await store.optIn(event.userHash, event.channelId);
      return wasOptedOut;
    },
  };
}

/**
 * The reminder message a reply is about. ReminderStore finds an occurrence by reference only
 * inside its actions, and gives no details; the dialogs need the subject and the skill, so this
 * one read is done here, scoped to the person exactly as the store's actions are.
 */
async function findDelivered(
  sources: ReminderPortSources,
  userHash: string,
  now: Date,
  ref?: string,
): Promise<DeliveredReminder | null> {
  const cleaned = ref?.trim().toLowerCase();
  if (cleaned !== undefined && !/^[0-9a-f]{8}$/.test(cleaned)) return null;
  const row = await sources.prisma.reminderOccurrence.findFirst({
    where: {
      reminder: { userHash },
      ...(cleaned
        ? { id: { startsWith: cleaned } }
        : { sentAt: { gte: new Date(now.getTime() - RECENT_MS) } }),
    },
    orderBy: { sentAt: 'desc' },
    include: { reminder: true },
  });
  if (!row?.sentAt) return null;
  const { reminder } = row;
  return {
    occurrenceRef: occurrenceRef(row.id),
    reminderId: reminder.id,
    kind: kindOf(reminder.kind),
    what: sources.cipher.open(reminder.what),
    ...(reminder.skillId ? { skillId: reminder.skillId } : {}),
    sentAt: row.sentAt,
  };
}

function toView(stored: StoredReminder): ReminderView {
  return {
    id: stored.id,
    kind: kindOf(stored.kind),
    what: stored.what,
    ...(stored.skillId ? { skillId: stored.skillId } : {}),
    rrule: stored.rrule,
    timeZone: stored.timeZone,
    leadMinutes: stored.leadMinutes,
    // An undeliverable reminder is held like a paused one, and "resume" brings it back.
    status: stored.status === 'active' ? 'active' : 'paused',
    nextAt: stored.nextAt,
  };
}

function kindOf(kind: string): ReminderKind {
  return (KINDS as readonly string[]).includes(kind) ? (kind as ReminderKind) : 'custom';
}
