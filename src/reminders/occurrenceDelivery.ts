import type { ConversationReference } from 'botbuilder';
import type { Clock } from '../bot/turnServices';
import { hashId, type Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { FieldCipher } from '../storage/fieldCipher';
import { type BackoffOptions, retryDelayMs } from './backoff';
import type { ClaimedOccurrence } from './claimOccurrences';
import type { ConversationRateLimiter } from './conversationRateLimiter';
import { classifyDeliveryError, type DeliveryFailure } from './deliveryError';
import { isRegular } from './occurrencePlan';
import { markFinished, markSent, readClaimState, release, retryLater } from './occurrenceOutcomes';
import type { OccurrenceScheduler } from './occurrenceScheduler';
import type { ReminderSender } from './proactiveSender';
import type { ReminderMessages } from './reminderMessages';
import { atomically, type DbClient, type UserLock } from './userLock';

/** How one delivery ended. */
export type DeliveryResult =
  | 'sent'
  | 'missed'
  | 'cancelled'
  | 'retry'
  | 'dead'
  | 'undeliverable'
  | 'deferred'
  /** Another worker holds the occurrence now (our lease ran out); it decides. */
  | 'lost';

export interface DeliveryOptions {
  graceMs: number;
  maxAttempts: number;
  sendTimeoutMs: number;
  /** Longest wait for a conversation's rate limit while holding the claim; longer waits defer. */
  maxRateWaitMs: number;
  backoff: BackoffOptions;
}

export interface DeliveryDeps {
  lock: UserLock;
  sender: ReminderSender;
  limiter: ConversationRateLimiter;
  scheduler: OccurrenceScheduler;
  messages: ReminderMessages;
  cipher: FieldCipher;
  clock: Clock;
  metrics?: Metrics;
  logger?: Logger;
  random?: () => number;
}

const MINUTE_MS = 60_000;

/**
 * Sends one claimed occurrence, or records why not. The check (still ours? reminder active? not
 * opted out?), the send and the record of its outcome all happen under the person's lock, so an
 * opt-out or stop either lands before the check (nothing is sent) or waits until the send is
 * recorded. The record of a send and the scheduling of the next occurrence are one transaction.
 */
export class OccurrenceDelivery {
  constructor(
    private readonly deps: DeliveryDeps,
    private readonly options: DeliveryOptions,
  ) {}

  /** `reference` is the stored conversation reference (undefined when there is none). */
  async deliver(o: ClaimedOccurrence, reference: Partial<ConversationReference> | undefined): Promise<DeliveryResult> {
    const { clock, lock } = this.deps;
    if (clock.now().getTime() - o.dueAt.getTime() > this.options.graceMs) {
      // Too late to be useful ("take your 9 AM medication" at noon): record it, move on.
      return lock.run(o.reminder.userHash, (db) => this.finishUnsent(db, o, 'missed'));
    }
    return lock.run(o.reminder.userHash, (db) => this.sendLocked(db, o, reference), {
      timeoutMs: this.options.sendTimeoutMs + this.options.maxRateWaitMs + 5_000,
    });
  }

  private async sendLocked(
    db: DbClient,
    o: ClaimedOccurrence,
    reference: Partial<ConversationReference> | undefined,
  ): Promise<DeliveryResult> {
    const verdict = await this.mayStillSend(db, o);
    if (verdict === 'lost') return 'lost';
    if (verdict === 'blocked') return this.finishUnsent(db, o, 'cancelled');
    if (!reference) return this.recordFailure(db, o, { kind: 'undeliverable', code: 'no_reference' });
    const wait = await this.waitForSlot(o.reminder.conversationKey);
    if (wait > 0) {
      await release(db, o, new Date(this.deps.clock.now().getTime() + wait), this.deps.clock.now());
      return 'deferred';
    }
    try {
      await this.deps.sender.send(reference, this.message(o), { timeoutMs: this.options.sendTimeoutMs });
    } catch (error) {
      return this.recordFailure(db, o, classifyDeliveryError(error));
    } finally {
      this.deps.limiter.finish(o.reminder.conversationKey);
    }
    // The at-least-once window: if the process dies between the channel's 200 and this commit,
    // the lease expires and the occurrence is sent again.
    const sentAt = this.deps.clock.now();
    const recorded = await atomically(db, async (tx) => {
      if (!(await markSent(tx, o, sentAt))) return false;
      await this.advance(tx, o, sentAt);
      return true;
    });
    this.deps.metrics?.remindersSent.inc();
    this.deps.metrics?.dispatchLateness.observe(Math.max(0, sentAt.getTime() - o.dueAt.getTime()) / 1000);
    return recorded ? 'sent' : 'lost';
  }

  /** 'ours' when the claim still holds and the person may be messaged. */
  private async mayStillSend(db: DbClient, o: ClaimedOccurrence): Promise<'ours' | 'lost' | 'blocked'> {
    const state = await readClaimState(db, o);
    if (!state) return 'lost';
    return state.reminderStatus !== 'active' || state.optedOut ? 'blocked' : 'ours';
  }

  private async finishUnsent(db: DbClient, o: ClaimedOccurrence, status: 'missed' | 'cancelled'): Promise<DeliveryResult> {
    const now = this.deps.clock.now();
    const done = await atomically(db, async (tx) => {
      if (!(await markFinished(tx, o, status, now))) return false;
      // A missed occurrence still moves the series on; a cancelled one belongs to a reminder
      // that is stopped, paused or opted out, which must not get a next one.
      if (status === 'missed' && (await this.isActive(tx, o.reminderId))) await this.advance(tx, o, now);
      return true;
    });
    return done ? status : 'lost';
  }

  private async recordFailure(db: DbClient, o: ClaimedOccurrence, failure: DeliveryFailure): Promise<DeliveryResult> {
    const now = this.deps.clock.now();
    this.deps.metrics?.remindersFailed.inc();
    this.deps.logger?.warn(
      { occurrence: hashId(o.id), code: failure.code, attempts: o.attempts, kind: failure.kind },
      'reminder send failed',
    );
    if (failure.kind === 'undeliverable') return this.markUndeliverable(db, o, failure.code, now);
    if (failure.kind === 'retry' && o.attempts < this.options.maxAttempts) {
      const delay = retryDelayMs(o.attempts, this.options.backoff, failure.retryAfterMs, this.deps.random);
      const ok = await retryLater(db, o, new Date(now.getTime() + delay), failure.code, now);
      return ok ? 'retry' : 'lost';
    }
    const dead = await atomically(db, async (tx) => {
      if (!(await markFinished(tx, o, 'dead', now, failure.code))) return false;
      // The series goes on: one dead-lettered send must not end someone's daily reminder.
      await this.advance(tx, o, now);
      return true;
    });
    if (dead) this.deps.metrics?.remindersDead.inc();
    return dead ? 'dead' : 'lost';
  }

  /**
   * The channel says the conversation is gone (blocked, removed, deleted). Every reminder of the
   * person is set aside as undeliverable, with its pending occurrences cancelled, until they talk
   * to the bot again and the dialogs resume them.
   */
  private async markUndeliverable(db: DbClient, o: ClaimedOccurrence, code: string, now: Date): Promise<DeliveryResult> {
    const done = await atomically(db, async (tx) => {
      if (!(await markFinished(tx, o, 'failed', now, code))) return false;
      const userHash = o.reminder.userHash;
      await tx.reminder.updateMany({
        where: { userHash, status: { in: ['active', 'paused'] } },
        data: { status: 'undeliverable', updatedAt: now },
      });
      await tx.reminderOccurrence.updateMany({
        where: { reminder: { userHash }, status: 'pending' },
        data: { status: 'cancelled', updatedAt: now },
      });
      return true;
    });
    return done ? 'undeliverable' : 'lost';
  }

  /** Schedules what follows `o`: the next regular occurrence, or ends a one-time reminder. */
  private async advance(tx: DbClient, o: ClaimedOccurrence, now: Date): Promise<void> {
    const reminder = { ...o.reminder, cohort: o.reminder.cohort };
    if (isRegular(o.reminderId, o)) {
      // The cohort's cancelled list may have changed since the claim; read it fresh.
      if (reminder.cohortId) {
        reminder.cohort = await tx.cohort.findUnique({ where: { id: reminder.cohortId }, select: { name: true, cancelled: true } });
      }
      await this.deps.scheduler.scheduleNext(tx, reminder, o.scheduledFor, now);
    } else {
      await this.deps.scheduler.endIfIdle(tx, o.reminderId, now);
    }
  }

  private async isActive(db: DbClient, reminderId: string): Promise<boolean> {
    const row = await db.reminder.findUnique({ where: { id: reminderId }, select: { status: true } });
    return row?.status === 'active';
  }

  /** 0 once a send slot is taken; otherwise the wait (ms) after which to try again. */
  private async waitForSlot(conversationKey: string): Promise<number> {
    let waited = 0;
    for (;;) {
      const wait = this.deps.limiter.tryTake(conversationKey);
      if (wait === 0) return 0;
      if (waited + wait > this.options.maxRateWaitMs) return wait;
      await new Promise((resolve) => setTimeout(resolve, wait));
      waited += wait;
    }
  }

  private message(o: ClaimedOccurrence) {
    const r = o.reminder;
    const what = r.kind === 'session' && r.cohort ? r.cohort.name : this.deps.cipher.open(r.what);
    return this.deps.messages.build({
      occurrenceId: o.id,
      kind: r.kind,
      what,
      language: r.language,
      timeZone: r.timeZone,
      eventAt: new Date(o.scheduledFor.getTime() + r.leadMinutes * MINUTE_MS),
    });
  }
}
