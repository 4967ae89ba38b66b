import type { Clock } from '../bot/turnServices';
import type { Db } from '../storage/database';

export interface RetentionResult {
  stateEntries: number;
  directLineConversations: number;
  directLineActivities: number;
  conversationReferences: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what has sat idle longer than the retention period: bot state, website chat history,
 * and conversation references no active reminder still needs. Reminders of active people stay.
 */
export async function purgeIdleData(prisma: Db, now: Date, retentionDays: number): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const stale = await prisma.directLineConversation.findMany({
    where: { lastActivityAt: { lt: cutoff } },
    select: { id: true },
  });
  const staleIds = stale.map((c) => c.id);
  const [state, history, conversations, references] = await prisma.$transaction([
    prisma.stateEntry.deleteMany({ where: { updatedAt: { lt: cutoff } } }),
    prisma.directLineActivity.deleteMany({
      where: { OR: [{ conversationId: { in: staleIds } }, { createdAt: { lt: cutoff } }] },
    }),
    prisma.directLineConversation.deleteMany({ where: { id: { in: staleIds } } }),
    prisma.conversationRef.deleteMany({
      where: {
        updatedAt: { lt: cutoff },
        // A reminder that can still fire needs its reference to be delivered.
        NOT: { key: { in: await activeReminderKeys(prisma) } },
      },
    }),
  ]);
  return {
    stateEntries: state.count,
    directLineActivities: history.count,
    directLineConversations: conversations.count,
    conversationReferences: references.count,
  };
}

async function activeReminderKeys(prisma: Db): Promise<string[]> {
  const rows = await prisma.reminder.findMany({
    where: { status: { in: ['active', 'paused'] } },
    select: { conversationKey: true },
    distinct: ['conversationKey'],
  });
  return rows.map((r) => r.conversationKey);
}

/** Runs the purge now and then every `intervalMs` until stopped; failures are reported, not thrown. */
export class RetentionJob {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly prisma: Db,
    private readonly clock: Clock,
    private readonly retentionDays: number,
    private readonly onResult: (result: RetentionResult | Error) => void,
    private readonly intervalMs = 60 * 60 * 1000,
  ) {}

  start(): void {
    const tick = () => {
      this.running = purgeIdleData(this.prisma, this.clock.now(), this.retentionDays).then(
        this.onResult,
        (error: Error) => this.onResult(error),
      );
    };
    tick();
    this.timer = setInterval(tick, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
