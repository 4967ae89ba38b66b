import type { Clock } from '../bot/turnServices';
import type { Db } from '../storage/database';
import { LIVE_STATUSES } from './occurrenceScheduler';
import { atomically, type DbClient, type UserLock } from './userLock';

/** One consent event in a person's record. */
export interface ConsentEvent {
  action: 'opt_in' | 'opt_out';
  channelId: string;
  at: Date;
}

/**
 * Messaging consent: STOP and START, and the record of both. An opt-out runs under the same
 * per-person lock as the dispatcher's check-then-send (share one UserLock), and does all its
 * writes in one transaction: once `optOut` resolves, nothing more is sent to that person, not
 * even an occurrence that was already claimed or in the middle of its send.
 */
export class ConsentStore {
  constructor(
    private readonly prisma: Db,
    private readonly lock: UserLock,
    private readonly clock: Clock,
  ) {}

  /** Records the opt-out, stops every reminder of the person and cancels what was queued. */
  async optOut(
    userHash: string,
    channelId: string,
  ): Promise<{ remindersStopped: number; occurrencesCancelled: number }> {
    return this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        const now = this.clock.now();
        await tx.optOut.upsert({
          where: { userHash },
          create: { userHash, channelId, createdAt: now },
          update: { channelId },
        });
        await tx.consentRecord.create({ data: { userHash, channelId, action: 'opt_out', createdAt: now } });
        return stopEverything(tx, userHash, now);
      }),
    );
  }

  /**
   * Lifts a standing opt-out and records the opt-in. Stopped reminders stay stopped: the person
   * sets up again the ones they still want, rather than getting every old one back at once.
   */
  async optIn(userHash: string, channelId: string): Promise<void> {
    await this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        await tx.optOut.deleteMany({ where: { userHash } });
        await tx.consentRecord.create({
          data: { userHash, channelId, action: 'opt_in', createdAt: this.clock.now() },
        });
      }),
    );
  }

  async isOptedOut(userHash: string): Promise<boolean> {
    return (await this.prisma.optOut.count({ where: { userHash } })) > 0;
  }

  /** The person's consent events, oldest first. */
  async records(userHash: string): Promise<ConsentEvent[]> {
    const rows = await this.prisma.consentRecord.findMany({
      where: { userHash },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((r) => ({
      action: r.action === 'opt_in' ? 'opt_in' : 'opt_out',
      channelId: r.channelId,
      at: r.createdAt,
    }));
  }

  /**
   * Deletes the person's consent history (part of deleting their data). The standing opt-out is
   * kept on purpose: it names no one, and without it a deleted person could be messaged again.
   */
  async deleteRecords(userHash: string): Promise<number> {
    const { count } = await this.prisma.consentRecord.deleteMany({ where: { userHash } });
    return count;
  }
}

/** Stops all of a person's reminders and cancels their live occurrences, claimed ones included. */
export async function stopEverything(
  tx: DbClient,
  userHash: string,
  now: Date,
): Promise<{ remindersStopped: number; occurrencesCancelled: number }> {
  const stopped = await tx.reminder.updateMany({
    where: { userHash, status: { in: ['active', 'paused', 'undeliverable'] } },
    data: { status: 'stopped', updatedAt: now },
  });
  const cancelled = await tx.reminderOccurrence.updateMany({
    where: { reminder: { userHash }, status: { in: LIVE_STATUSES } },
    data: { status: 'cancelled', leaseUntil: null, updatedAt: now },
  });
  return { remindersStopped: stopped.count, occurrencesCancelled: cancelled.count };
}
