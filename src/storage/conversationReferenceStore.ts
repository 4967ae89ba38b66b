import crypto from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { Db } from './database';
import type { FieldCipher } from './fieldCipher';
import type { UserHasher } from './userHasher';

/**
 * Durable conversation references, for proactive messages. A small in-process memo of what was
 * last written keeps the common case (same reference, turn after turn) free of database writes;
 * it is bounded, so process memory does not grow with the number of conversations.
 */
export class ConversationReferenceStore {
  private readonly written = new Map<string, string>();

  constructor(
    private readonly prisma: Db,
    private readonly cipher: FieldCipher,
    private readonly hasher: UserHasher,
    private readonly memoLimit = 5000,
  ) {}

  /**
   * The key in the clear, `channelId|conversationId`: only for tools and tests that seed rows of
   * their own. The service stores references under `keyFor`, which hashes the conversation id.
   */
  static keyOf(reference: Partial<ConversationReference>): string {
    return `${reference.channelId ?? ''}|${reference.conversation?.id ?? ''}`;
  }

  /** The key a conversation's reference (and its reminders) are stored under: no conversation id in it. */
  keyFor(reference: { channelId?: string; conversation?: { id?: string } }): string {
    return this.hasher.conversationKey(reference.channelId ?? '', reference.conversation?.id ?? '');
  }

  async remember(reference: Partial<ConversationReference>): Promise<void> {
    const key = this.keyFor(reference);
    // The id of the activity being answered changes every turn and a proactive message needs none:
    // left in, it would make every turn look like a changed reference and cost a write.
    const { activityId: _answered, ...stable } = reference;
    const json = JSON.stringify(stable);
    const digest = crypto.createHash('sha256').update(json).digest('base64');
    if (this.written.get(key) === digest) return;
    const userHash = this.hasher.hash(reference.channelId ?? '', reference.user?.id ?? '');
    const sealed = this.cipher.seal(json);
    await this.prisma.conversationRef.upsert({
      where: { key },
      create: { key, channelId: reference.channelId ?? '', userHash, reference: sealed },
      update: { reference: sealed, userHash },
    });
    this.memo(key, digest);
  }

  async get(key: string): Promise<Partial<ConversationReference> | undefined> {
    const row = await this.prisma.conversationRef.findUnique({ where: { key } });
    return row ? (JSON.parse(this.cipher.open(row.reference)) as Partial<ConversationReference>) : undefined;
  }

  async forget(key: string): Promise<void> {
    this.written.delete(key);
    await this.prisma.conversationRef.deleteMany({ where: { key } });
  }

  async forgetUser(userHash: string): Promise<number> {
    this.written.clear();
    const { count } = await this.prisma.conversationRef.deleteMany({ where: { userHash } });
    return count;
  }

  private memo(key: string, digest: string): void {
    this.written.delete(key);
    this.written.set(key, digest);
    if (this.written.size > this.memoLimit) {
      const oldest = this.written.keys().next().value;
      if (oldest !== undefined) this.written.delete(oldest);
    }
  }
}
