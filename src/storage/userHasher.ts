import crypto from 'node:crypto';

/**
 * One-way, keyed hashes of channel addresses (a phone number, a Teams user id). Rows that must
 * outlive a person's data (an opt-out record) and rows that must be found by person (their
 * conversation references) hold this hash, never the address itself.
 */
export class UserHasher {
  constructor(private readonly secret: Buffer) {}

  hash(channelId: string, userId: string): string {
    return crypto.createHmac('sha256', this.secret).update(`${channelId}\u0000${userId}`).digest('base64url');
  }
}
