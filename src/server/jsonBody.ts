import type { IncomingMessage } from 'node:http';

/** A request the client got wrong; the HTTP layer answers with `status` and this message. */
export class ClientError extends Error {
  override readonly name = 'ClientError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a JSON body, refusing it as soon as it passes `limit` bytes (by Content-Length when the
 * client sends one, otherwise while streaming), so an oversized body is never held in memory.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    throw new ClientError(413, 'PayloadTooLarge', `Request body is larger than the ${limit}-byte limit.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      throw new ClientError(413, 'PayloadTooLarge', `Request body is larger than the ${limit}-byte limit.`);
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0) throw new ClientError(400, 'EmptyBody', 'Request body is empty; send a JSON activity.');
  try {
    return JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
  } catch {
    throw new ClientError(400, 'MalformedJson', 'Request body is not valid JSON.');
  }
}
