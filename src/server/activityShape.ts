import { z } from 'zod';
import { ClientError } from './jsonBody';

const idHolder = z.object({ id: z.string().min(1, 'must not be empty') }).passthrough();

/**
 * The fields the bot relies on. The SDK's own check only asserts that `type` exists; anything
 * less than this would fail later, deep inside a turn.
 */
const activitySchema = z
  .object({
    type: z.string().min(1, 'must not be empty'),
    channelId: z.string().min(1, 'must not be empty'),
    conversation: idHolder,
    from: idHolder.optional(),
    recipient: idHolder.optional(),
    serviceUrl: z.string().optional(),
    deliveryMode: z.string().optional(),
    text: z.string().optional(),
    locale: z.string().max(20).optional(),
    localTimezone: z.string().max(64).optional(),
    // --- Security: fields the SDK and the bot read without checking (found by test/security/fuzz.test.ts) ---
    id: z.string().optional(),
    replyToId: z.string().optional(),
    entities: z.array(z.object({ type: z.string() }).passthrough()).optional(),
  })
  .passthrough()
  .superRefine((a, ctx) => {
    if (a.type === 'message' && !a.from) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'is required for a message' });
    }
    if (a.deliveryMode !== 'expectReplies' && !isHttpUrl(a.serviceUrl)) {
      ctx.addIssue({
        code: 'custom',
        path: ['serviceUrl'],
        message: 'must be an http(s) URL unless deliveryMode is expectReplies',
      });
    }
  });

function isHttpUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Throws a 400 ClientError naming each missing or malformed field. */
export function assertActivityShape(body: unknown): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ClientError(
      400,
      'InvalidActivity',
      'Request body must be a JSON object (a Bot Framework activity).',
    );
  }
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) {
    const fields = parsed.error.issues
      .map((i) => `${i.path.join('.') || 'activity'} ${i.message}`)
      .join('; ');
    throw new ClientError(400, 'InvalidActivity', `Activity is missing required fields: ${fields}.`);
  }
}
