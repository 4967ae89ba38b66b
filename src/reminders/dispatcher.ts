import crypto from 'node:crypto';
import os from 'node:os';
import type { ConversationReference } from 'botbuilder';
import type { Clock } from '../bot/turnServices';
import type { DatabaseProvider } from '../config/config';
import { hashId, type Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { Db } from '../storage/database';
import type { FieldCipher } from '../storage/fieldCipher';
import { type BackoffOptions, DEFAULT_BACKOFF } from './backoff';
import { claimOccurrences, type ClaimedOccurrence } from './claimOccurrences';
import { forEachConcurrently } from './concurrently';
import {
  ConversationRateLimiter,
  type RateWindow,
  TEAMS_CONVERSATION_LIMITS,
} from './conversationRateLimiter';
import { type DeliveryResult, OccurrenceDelivery } from './occurrenceDelivery';
import { release } from './occurrenceOutcomes';
import { OccurrenceScheduler } from './occurrenceScheduler';
import { DEFAULT_SEND_TIMEOUT_MS, type ReminderSender } from './proactiveSender';
import { fixedQuietHours, type QuietHoursPolicy } from './quietHoursPolicy';
import { type ReferenceLoader, referenceLoader } from './referenceLoader';
import { ReminderMessages } from './reminderMessages';
import type { UserLock } from './userLock';

export interface DispatcherOptions {
  provider: DatabaseProvider;
  /** Names this instance in `claimedBy`; defaults to host, pid and a random suffix. */
  workerId?: string;
  /** Wait between polls when the last batch was not full (default 15 000). */
  pollMs?: number;
  /** Occurrences claimed per poll (default 100). */
  batchSize?: number;
  /** Occurrences sent together under one lock transaction (default 16); their sends run in parallel. */
  groupSize?: number;
  /**
   * Groups in flight at once (default 4). On PostgreSQL each group holds a pooled connection for
   * its sends: keep this below the pool size.
   */
  concurrency?: number;
  /** How long a claim holds before another worker may take it over (default 5 min). It must outlast a batch. */
  leaseMs?: number;
  /** Occurrences later than this when claimed are recorded missed, not sent (default 15 min). */
  graceMs?: number;
  /** Attempts before an occurrence is dead-lettered (default 8). */
  maxAttempts?: number;
  sendTimeoutMs?: number;
  maxRateWaitMs?: number;
  backoff?: BackoffOptions;
  rateLimits?: readonly RateWindow[];
}

export interface DispatcherDeps {
  db: Db;
  lock: UserLock;
  sender: ReminderSender;
  cipher: FieldCipher;
  /** Where conversation references come from (default: the ConversationRef table, one query per batch). */
  references?: ReferenceLoader;
  clock: Clock;
  quietHours?: QuietHoursPolicy;
  messages?: ReminderMessages;
  metrics?: Metrics;
  logger?: Logger;
  limiter?: ConversationRateLimiter;
  random?: () => number;
}

type Settings = Required<Omit<DispatcherOptions, 'rateLimits'>>;

/** Floor of a sleep, so a row that is due but cannot be claimed yet never turns the loop into a spin. */
const MIN_IDLE_MS = 10;

/**
 * The reminder worker: claim due occurrences → deliver each (send, retry later, dead-letter or
 * record why not) → repeat. A full batch means more are waiting, so it polls again at once;
 * otherwise it sleeps `pollMs`. Several instances may run against one PostgreSQL database; the
 * claim statement and the per-person lock keep each occurrence to one send.
 */
export class Dispatcher {
  private readonly settings: Settings;
  private readonly delivery: OccurrenceDelivery;
  private readonly references: ReferenceLoader;
  private loop?: Promise<void>;
  private active = false;
  private stopping = false;
  private wake?: () => void;

  constructor(
    private readonly deps: DispatcherDeps,
    options: DispatcherOptions,
  ) {
    this.settings = {
      provider: options.provider,
      workerId:
        options.workerId ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`,
      pollMs: options.pollMs ?? 15_000,
      batchSize: options.batchSize ?? 100,
      groupSize: options.groupSize ?? 16,
      concurrency: options.concurrency ?? 4,
      leaseMs: options.leaseMs ?? 5 * 60_000,
      graceMs: options.graceMs ?? 15 * 60_000,
      maxAttempts: options.maxAttempts ?? 8,
      sendTimeoutMs: options.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS,
      maxRateWaitMs: options.maxRateWaitMs ?? 2_000,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
    };
    this.references = deps.references ?? referenceLoader(deps.db, deps.cipher);
    this.delivery = new OccurrenceDelivery(
      {
        lock: deps.lock,
        sender: deps.sender,
        limiter: deps.limiter ?? new ConversationRateLimiter(options.rateLimits ?? TEAMS_CONVERSATION_LIMITS),
        scheduler: new OccurrenceScheduler(deps.quietHours ?? fixedQuietHours()),
        messages: deps.messages ?? ReminderMessages.load(),
        cipher: deps.cipher,
        clock: deps.clock,
        metrics: deps.metrics,
        logger: deps.logger,
        random: deps.random,
      },
      this.settings,
    );
  }

  get workerId(): string {
    return this.settings.workerId;
  }

  /** Starts the poll loop (idempotent). */
  start(): void {
    if (this.loop) return;
    this.active = true;
    this.stopping = false;
    this.loop = this.run();
  }

  /**
   * Stops claiming, hands back claimed occurrences not yet started, and resolves once the sends
   * in flight are recorded. Safe to call twice.
   */
  async stop(): Promise<void> {
    this.active = false;
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }

  /** Ends the current sleep early, e.g. after a reminder was created due within the poll interval. */
  nudge(): void {
    this.wake?.();
  }

  /** Claims one batch and delivers it; resolves with the number claimed. */
  async runOnce(): Promise<number> {
    const now = this.deps.clock.now();
    const batch = await claimOccurrences(this.deps.db, this.settings.provider, {
      workerId: this.settings.workerId,
      now,
      leaseMs: this.settings.leaseMs,
      limit: this.settings.batchSize,
    });
    this.deps.metrics?.remindersDue.inc(batch.length);
    if (batch.length === 0) return 0;
    const references = await this.references(batch.map((o) => o.reminder.conversationKey));
    const groups: ClaimedOccurrence[][] = [];
    for (let i = 0; i < batch.length; i += this.settings.groupSize)
      groups.push(batch.slice(i, i + this.settings.groupSize));
    await forEachConcurrently(groups, this.settings.concurrency, (group) => this.handle(group, references));
    return batch.length;
  }

  private async run(): Promise<void> {
    while (this.active) {
      let claimed = 0;
      try {
        claimed = await this.runOnce();
      } catch (error) {
        this.deps.logger?.error({ err: errorCode(error) }, 'reminder dispatch poll failed');
      }
      if (!this.active || claimed >= this.settings.batchSize) continue;
      const idle = await this.idleMs();
      // Checked again: stop() may have run while idleMs was waiting on the database.
      if (this.active) await this.sleep(idle);
    }
  }

  /**
   * How long to sleep: until the earliest pending occurrence is due, but never longer than
   * `pollMs`. Waking on time keeps lateness low without polling often; the cap still picks up
   * expired leases and occurrences other instances or the stores add meanwhile.
   */
  private async idleMs(): Promise<number> {
    try {
      const next = await this.deps.db.reminderOccurrence.findFirst({
        where: { status: 'pending' },
        orderBy: { dueAt: 'asc' },
        select: { dueAt: true },
      });
      if (!next) return this.settings.pollMs;
      const untilDue = next.dueAt.getTime() - this.deps.clock.now().getTime();
      return Math.min(this.settings.pollMs, Math.max(MIN_IDLE_MS, untilDue));
    } catch {
      return this.settings.pollMs;
    }
  }

  private async handle(
    group: ClaimedOccurrence[],
    references: Map<string, Partial<ConversationReference>>,
  ): Promise<void> {
    try {
      const results = this.stopping
        ? await this.handBack(group)
        : await this.delivery.deliverGroup(group, references);
      if (this.deps.logger?.isLevelEnabled('debug')) {
        for (const [id, result] of results)
          this.deps.logger.debug({ occurrence: hashId(id), result }, 'reminder occurrence handled');
      }
    } catch (error) {
      // Left claimed: when the lease runs out, this or another worker tries again.
      this.deps.logger?.error(
        { occurrences: group.length, err: errorCode(error) },
        'reminder delivery failed',
      );
    }
  }

  /** Shutting down: give back what was claimed but not started, without counting an attempt. */
  private async handBack(group: ClaimedOccurrence[]): Promise<Map<string, DeliveryResult>> {
    const now = this.deps.clock.now();
    const results = new Map<string, DeliveryResult>();
    for (const o of group)
      results.set(o.id, (await release(this.deps.db, o, o.dueAt, now)) ? 'deferred' : 'lost');
    return results;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      // Closes over `done` so a wake from an earlier sleep cannot end this one.
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; name?: unknown };
    if (typeof e.code === 'string') return e.code;
    if (typeof e.name === 'string') return e.name;
  }
  return 'error';
}
