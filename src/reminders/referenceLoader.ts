import type { ConversationReference } from 'botbuilder';
import type { Db } from '../storage/database';
import type { FieldCipher } from '../storage/fieldCipher';

/** Conversation references by ConversationRef key. */
export type ReferenceLoader = (
  keys: readonly string[],
) => Promise<Map<string, Partial<ConversationReference>>>;

/**
 * Loads the references of a whole claimed batch in one query. It reads the rows that
 * ConversationReferenceStore writes (sealed JSON of the reference); one query per batch instead
 * of one per send matters at dispatch rates, and on PostgreSQL keeps pooled connections free for
 * the sends' transactions.
 */
export function referenceLoader(db: Db, cipher: FieldCipher): ReferenceLoader {
  return async (keys) => {
    const rows = await db.conversationRef.findMany({
      where: { key: { in: [...new Set(keys)] } },
      select: { key: true, reference: true },
    });
    return new Map(
      rows.map((r) => [r.key, JSON.parse(cipher.open(r.reference)) as Partial<ConversationReference>]),
    );
  };
}
