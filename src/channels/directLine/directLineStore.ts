import type { Activity } from 'botbuilder';
import type { Db } from '../../storage/database';
import type { FieldCipher } from '../../storage/fieldCipher';

/** An activity as the browser sees it: its id carries the conversation and the sequence number. */
export type ChatActivity = Partial<Activity> & { id: string };

export interface StoredActivity {
  seq: number;
  activity: ChatActivity;
}

export interface DirectLineStoreOptions {
  /** Activities kept per conversation; older ones are deleted as new ones arrive. */
  historyLimit: number;
  /** A conversation idle for longer than this is gone (404), and swept from the database. */
  ttlMs: number;
  now?: () => Date;
}

/** Hosted Direct Line ids look like "<conversation>|0000042"; Web Chat only needs them unique. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/**
 * Conversations and their history for the built-in Direct Line endpoint, in the shared database so
 * that any instance can serve any conversation and a restart loses nothing. Activities are sealed
 * with the field cipher (they hold what people typed). `seq` is the watermark: it only grows, and
 * the row lock taken by the increment orders concurrent writers, also across instances.
 */
export class DirectLineStore {
  private readonly now: () => Date;

  constructor(
    private readonly prisma: Db,
    private readonly cipher: FieldCipher,
    private readonly options: DirectLineStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async create(id: string, userHash: string): Promise<void> {
    const now = this.now();
    await this.prisma.directLineConversation.create({
      data: { id, userHash, createdAt: now, lastActivityAt: now },
    });
  }

  /** True when the conversation exists and has not expired. */
  async isOpen(id: string): Promise<boolean> {
    const row = await this.prisma.directLineConversation.findUnique({
      where: { id },
      select: { lastActivityAt: true },
    });
    return row !== null && !this.expired(row.lastActivityAt);
  }

  /** Keeps an idle-but-visited conversation alive (a reconnect counts as activity). */
  async touch(id: string): Promise<void> {
    await this.prisma.directLineConversation.updateMany({
      where: { id },
      data: { lastActivityAt: this.now() },
    });
  }

  /**
   * Appends one activity; `build` receives the sequence number so the stored activity can carry
   * its own id. Returns undefined when the conversation does not exist.
   */
  async append(
    conversationId: string,
    build: (seq: number) => ChatActivity,
  ): Promise<StoredActivity | undefined> {
    return this.prisma.$transaction(async (tx) => {
      const bumped = await tx.directLineConversation.updateMany({
        where: { id: conversationId },
        data: { nextSeq: { increment: 1 }, lastActivityAt: this.now() },
      });
      if (bumped.count === 0) return undefined;
      const row = await tx.directLineConversation.findUniqueOrThrow({
        where: { id: conversationId },
        select: { nextSeq: true },
      });
      const seq = row.nextSeq;
      const activity = build(seq);
      await tx.directLineActivity.create({
        data: {
          conversationId,
          seq,
          activity: this.cipher.seal(JSON.stringify(activity)),
          createdAt: this.now(),
        },
      });
      if (seq > this.options.historyLimit) {
        await tx.directLineActivity.deleteMany({
          where: { conversationId, seq: { lte: seq - this.options.historyLimit } },
        });
      }
      return { seq, activity };
    });
  }

  /** Activities after `watermark`, oldest first, at most `limit` of them. */
  async since(conversationId: string, watermark: number, limit = 100): Promise<StoredActivity[]> {
    const rows = await this.prisma.directLineActivity.findMany({
      where: { conversationId, seq: { gt: watermark } },
      orderBy: { seq: 'asc' },
      take: limit,
    });
    return rows.map((r) => ({
      seq: r.seq,
      activity: JSON.parse(this.cipher.open(r.activity)) as ChatActivity,
    }));
  }

  /** The newest sequence number of each listed conversation (missing ones are left out). */
  async latestSeqs(ids: readonly string[]): Promise<Map<string, number>> {
    const latest = new Map<string, number>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.prisma.directLineConversation.findMany({
        where: { id: { in: ids.slice(i, i + 500) } },
        select: { id: true, nextSeq: true },
      });
      for (const row of rows) latest.set(row.id, row.nextSeq);
    }
    return latest;
  }

  /** Deletes conversations idle past the TTL, with their history. Returns how many went. */
  async sweep(batch = 200): Promise<number> {
    const cutoff = new Date(this.now().getTime() - this.options.ttlMs);
    let removed = 0;
    for (;;) {
      const stale = await this.prisma.directLineConversation.findMany({
        where: { lastActivityAt: { lt: cutoff } },
        select: { id: true },
        take: batch,
      });
      if (stale.length === 0) return removed;
      const ids = stale.map((s) => s.id);
      await this.prisma.$transaction([
        this.prisma.directLineActivity.deleteMany({ where: { conversationId: { in: ids } } }),
        this.prisma.directLineConversation.deleteMany({ where: { id: { in: ids } } }),
      ]);
      removed += ids.length;
    }
  }

  /** Removes every conversation of one person (the data-deletion request). */
  async forgetUser(userHash: string): Promise<number> {
    const rows = await this.prisma.directLineConversation.findMany({
      where: { userHash },
      select: { id: true },
    });
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return 0;
    await this.prisma.$transaction([
      this.prisma.directLineActivity.deleteMany({ where: { conversationId: { in: ids } } }),
      this.prisma.directLineConversation.deleteMany({ where: { id: { in: ids } } }),
    ]);
    return ids.length;
  }

  private expired(lastActivityAt: Date): boolean {
    return this.now().getTime() - lastActivityAt.getTime() > this.options.ttlMs;
  }
}
