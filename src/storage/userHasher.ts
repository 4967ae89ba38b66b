import crypto from 'node:crypto';

/**
 * One-way, keyed hashes of channel addresses (a phone number, a Teams user id). Rows that must
 * outlive a person's data (an opt-out record) and rows that must be found by person (their
 * conversation references) hold this hash, never the address itself. Conversation ids and the
 * keys of bot state (which embed user and conversation ids) are hashed the same way, under keys
 * derived from the same secret, so no stored key names a person or a conversation.
 */
export class UserHasher {
  private readonly conversationSecret: Buffer;
  private readonly stateSecret: Buffer;

  constructor(private readonly secret: Buffer) {
    this.conversationSecret = derive(secret, 'conversation keys');
    this.stateSecret = derive(secret, 'state keys');
  }

  hash(channelId: string, userId: string): string {
    return crypto.createHmac('sha256', this.secret).update(`${channelId}\u0000${userId}`).digest('base64url');
  }

  /**
   * The key rows about one conversation are stored and found by (references, reminders, group
   * memberships): the channel id in the clear (it names no one), then a keyed hash of the
   * conversation id, which on SMS is a phone number.
   */
  conversationKey(channelId: string, conversationId: string): string {
    const digest = crypto
      .createHmac('sha256', this.conversationSecret)
      .update(`${channelId}\u0000${conversationId}`)
      .digest('base64url');
    return `${channelId}|${digest}`;
  }

  /** The stored form of a bot state key ("sms/users/+12015550123/"), which embeds channel ids. */
  stateKey(key: string): string {
    return crypto.createHmac('sha256', this.stateSecret).update(key).digest('base64url');
  }
}

function derive(secret: Buffer, purpose: string): Buffer {
  return crypto.createHmac('sha256', secret).update(`iop-assistant ${purpose}`).digest();
}
