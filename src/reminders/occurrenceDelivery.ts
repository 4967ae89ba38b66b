import type { ConversationReference } from 'botbuilder';
import type { Clock } from '../bot/turnServices';
import { hashId, type Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { FieldCipher } from '../storage/fieldCipher';
import { type BackoffOptions, retryDelayMs } from './backoff';
import type { ClaimedOccurrence } from './claimOccurrences';
import type { ConversationRateLimiter } from './conversationRateLimiter';
import { classifyDeliveryError, type DeliveryFailure } from './deliveryError';
import { markSentMany, readClaimStates } from './groupStatements';
import { isRegular } from './occurrencePlan';
import { markFinished, release, retryLater } from './occurrenceOutcomes';
import type { Finished, OccurrenceScheduler } from './occurrenceScheduler';
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
  /** Another worker holds the occurrence now (our lease ran out), or a stop cancelled it. */
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

type Reference = Partial<ConversationReference>;
/** What happened to one send attempt, before it is recorded. */
type Attempt = { o: ClaimedOccurrence } & (
  { sent: true } | { failure: DeliveryFailure } | { deferMs: number }
);

const MINUTE_MS = 60_000;

/**
 * Sends a group of claimed occurrences, or records why not. The check (still ours? reminder
 * active? not opted out?), the sends and the record of their outcomes all happen under the
 * people's locks, so an opt-out or stop either lands before the check (nothing is sent) or waits
 * until the sends are recorded. Recording a send and scheduling the next occurrence are one
 * transaction. Groups exist for throughput: one lock transaction, one check and one record per
 * group instead of per send.
 */
export class OccurrenceDelivery {
  constructor(
    private readonly deps: DeliveryDeps,
    private readonly options: DeliveryOptions,
  ) {}

  /** Delivers the group; `references` maps conversation keys to stored references. */
  async deliverGroup(
    group: readonly ClaimedOccurrence[],
    references: Map<string, Reference>,
  ): Promise<Map<string, DeliveryResult>> {
    const results = new Map<string, DeliveryResult>();
    const now = this.deps.clock.now().getTime();
    // Too late to be useful ("take your 9 AM medication" at noon): recorded as missed, not sent.
    const late = group.filter((o) => now - o.dueAt.getTime() > this.options.graceMs);
    const timely = group.filter((o) => !late.includes(o));
    if (late.length > 0) {
      await this.deps.lock.runAll(people(late), (db) => this.finishUnsent(db, late, 'missed', results));
    }
    if (timely.length > 0) {
      await this.deps.lock.runAll(people(timely), (db) => this.sendLocked(db, timely, references, results), {
        timeoutMs: this.options.sendTimeoutMs + this.options.maxRateWaitMs + 5_000,
      });
    }
    return results;
  }

  private async sendLocked(
    db: DbClient,
    group: ClaimedOccurrence[],
    references: Map<string, Reference>,
    results: Map<string, DeliveryResult>,
  ): Promise<void> {
    const states = await readClaimStates(db, group);
    for (const o of group) if (!states.has(o.id)) results.set(o.id, 'lost');
    const allowed = (o: ClaimedOccurrence) =>
      states.get(o.id)?.reminderStatus === 'active' && !states.get(o.id)?.optedOut;
    const blocked = group.filter((o) => states.has(o.id) && !allowed(o));
    if (blocked.length > 0) await this.finishUnsent(db, blocked, 'cancelled', results);
    const attempts = await Promise.all(
      group.filter(allowed).map((o) => this.attempt(o, references.get(o.reminder.conversationKey))),
    );
    await this.record(db, attempts, results);
  }

  /** One send, with its wait for the conversation's rate limit. Never throws. */
  private async attempt(o: ClaimedOccurrence, reference: Reference | undefined): Promise<Attempt> {
    if (!reference) return { o, failure: { kind: 'undeliverable', code: 'no_reference' } };
    const key = o.reminder.conversationKey;
    const wait = await this.waitForSlot(key);
    if (wait > 0) return { o, deferMs: wait };
    try {
      await this.deps.sender.send(reference, this.message(o), { timeoutMs: this.options.sendTimeoutMs });
      this.deps.metrics?.dispatchLateness.observe(
        Math.max(0, this.deps.clock.now().getTime() - o.dueAt.getTime()) / 1000,
      );
      return { o, sent: true };
    } catch (error) {
      return { o, failure: classifyDeliveryError(error) };
    } finally {
      this.deps.limiter.finish(key);
    }
  }

  /**
   * Records the outcomes. The at-least-once window: if the process dies between the channel's
   * 200 and this commit, the lease expires and the occurrence is sent again.
   */
  private async record(
    db: DbClient,
    attempts: Attempt[],
    results: Map<string, DeliveryResult>,
  ): Promise<void> {
    const now = this.deps.clock.now();
    const sent = attempts.filter((a) => 'sent' in a).map((a) => a.o);
    // Planned before the transaction opens, so it holds only the writes (see planAll).
    const steps = await this.deps.scheduler.planAll(await this.finished(db, sent), now);
    await atomically(db, async (tx) => {
      const recorded = await markSentMany(tx, sent, now);
      for (const o of sent) results.set(o.id, recorded.has(o.id) ? 'sent' : 'lost');
      await this.deps.scheduler.applyAll(
        tx,
        steps.filter((step) => recorded.has(step.occurrenceId)),
        now,
      );
      for (const a of attempts) {
        if ('deferMs' in a)
          results.set(
            a.o.id,
            (await release(tx, a.o, new Date(now.getTime() + a.deferMs), now)) ? 'deferred' : 'lost',
          );
        if ('failure' in a) results.set(a.o.id, await this.recordFailure(tx, a.o, a.failure, now));
      }
    });
    this.deps.metrics?.remindersSent.inc(sent.filter((o) => results.get(o.id) === 'sent').length);
  }

  private async finishUnsent(
    db: DbClient,
    group: ClaimedOccurrence[],
    status: 'missed' | 'cancelled',
    results: Map<string, DeliveryResult>,
  ): Promise<void> {
    const now = this.deps.clock.now();
    await atomically(db, async (tx) => {
      const done: ClaimedOccurrence[] = [];
      for (const o of group) {
        const ok = await markFinished(tx, o, status, now);
        results.set(o.id, ok ? status : 'lost');
        if (ok) done.push(o);
      }
      // A missed occurrence still moves the series on; a cancelled one belongs to a reminder
      // that is stopped, paused or opted out, which must not get a next one.
      if (status === 'missed')
        await this.deps.scheduler.advanceAll(tx, await this.finished(tx, done, true), now);
    });
  }

  private async recordFailure(
    tx: DbClient,
    o: ClaimedOccurrence,
    failure: DeliveryFailure,
    now: Date,
  ): Promise<DeliveryResult> {
    this.deps.metrics?.remindersFailed.inc();
    this.deps.logger?.warn(
      { occurrence: hashId(o.id), code: failure.code, attempts: o.attempts, kind: failure.kind },
      'reminder send failed',
    );
    if (failure.kind === 'undeliverable') return this.markUndeliverable(tx, o, failure.code, now);
    if (failure.kind === 'retry' && o.attempts < this.options.maxAttempts) {
      const delay = retryDelayMs(o.attempts, this.options.backoff, failure.retryAfterMs, this.deps.random);
      return (await retryLater(tx, o, new Date(now.getTime() + delay), failure.code, now)) ? 'retry' : 'lost';
    }
    if (!(await markFinished(tx, o, 'dead', now, failure.code))) return 'lost';
    this.deps.metrics?.remindersDead.inc();
    // The series goes on: one dead-lettered send must not end someone's daily reminder.
    await this.deps.scheduler.advanceAll(tx, await this.finished(tx, [o]), now);
    return 'dead';
  }

  /**
   * The channel says the conversation is gone (blocked, removed, deleted). Every reminder of the
   * person is set aside as undeliverable, with its pending occurrences cancelled, until they talk
   * to the bot again and the dialogs resume them.
   */
  private async markUndeliverable(
    tx: DbClient,
    o: ClaimedOccurrence,
    code: string,
    now: Date,
  ): Promise<DeliveryResult> {
    if (!(await markFinished(tx, o, 'failed', now, code))) return 'lost';
    const userHash = o.reminder.userHash;
    await tx.reminder.updateMany({
      where: { userHash, status: { in: ['active', 'paused'] } },
      data: { status: 'undeliverable', updatedAt: now },
    });
    await tx.reminderOccurrence.updateMany({
      where: { reminder: { userHash }, status: 'pending' },
      data: { status: 'cancelled', updatedAt: now },
    });
    return 'undeliverable';
  }

  /**
   * The finished occurrences as the scheduler wants them. Session reminders get their cohort's
   * cancelled list read fresh (staff may have cancelled a session since the claim). With
   * `onlyActive`, reminders stopped meanwhile are left out.
   */
  private async finished(tx: DbClient, done: ClaimedOccurrence[], onlyActive = false): Promise<Finished[]> {
    if (done.length === 0) return [];
    const cohorts = await freshCohorts(tx, done);
    const active = onlyActive ? await activeReminders(tx, done) : undefined;
    return done
      .filter((o) => !active || active.has(o.reminderId))
      .map((o) => ({
        occurrenceId: o.id,
        reminder: { ...o.reminder, cohort: cohorts.get(o.reminder.cohortId ?? '') ?? null },
        previous: o.scheduledFor,
        regular: isRegular(o.reminderId, o),
      }));
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

function people(group: readonly ClaimedOccurrence[]): string[] {
  return group.map((o) => o.reminder.userHash);
}

type CohortRow = { id: string; name: string; cancelled: string };

async function freshCohorts(tx: DbClient, done: ClaimedOccurrence[]): Promise<Map<string, CohortRow>> {
  const ids = [...new Set(done.flatMap((o) => (o.reminder.cohortId ? [o.reminder.cohortId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await tx.cohort.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, cancelled: true },
  });
  return new Map(rows.map((c) => [c.id, c]));
}

async function activeReminders(tx: DbClient, done: ClaimedOccurrence[]): Promise<Set<string>> {
  const ids = [...new Set(done.map((o) => o.reminderId))];
  const rows = await tx.reminder.findMany({
    where: { id: { in: ids }, status: 'active' },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}
