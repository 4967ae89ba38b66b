import type { Activity } from 'botbuilder';
import type { IncomingMessage } from 'node:http';
import { clientAddress } from '../channels/directLine/clientAddress';
import type { Logger } from '../observability/logger';
import { addressKey } from './addressKey';
import { ClientError } from './jsonBody';
import { RateLimiter } from './rateLimiter';
import { isAllowedServiceUrl, type ServiceUrlPolicy } from './serviceUrlPolicy';

/** A refused request, with the headers that tell the caller why or when to retry. */
export class RequestRefused extends ClientError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(status, code, message);
  }
}

/** The part of the SDK's BotFrameworkAuthentication the guard needs. */
export interface RequestAuthenticator {
  authenticateRequest(activity: Activity, authHeader: string): Promise<unknown>;
}

export interface MessageGuardOptions {
  authenticator: RequestAuthenticator;
  serviceUrlPolicy: ServiceUrlPolicy;
  /** Requests per client address; unset turns that limit off. */
  addressLimiter?: RateLimiter;
  /** Turns per conversation; unset turns that limit off. */
  conversationLimiter?: RateLimiter;
  /** Reverse proxies whose X-Forwarded-For entries are trusted (TRUSTED_PROXY_HOPS). */
  trustedProxyHops: number;
  logger: Logger;
}

/** The settings `createMessageGuard` reads (a slice of AppConfig). */
export interface MessageGuardSettings {
  messagesPerMinute: number;
  addressPerMinute: number;
  trustedProxyHops: number;
}

/** Largest burst of turns one conversation may send after a quiet spell. */
export const CONVERSATION_BURST = 10;

/**
 * The checks in front of /api/messages, cheapest first, so a flood costs little: the per-address
 * limit before the body is read; then the serviceUrl policy, the Bot Framework token, and only
 * for an authenticated request the per-conversation limit, so a stranger cannot use up a real
 * conversation's allowance. A refused request changes nothing: no state, no outbound call.
 */
export class MessageGuard {
  constructor(private readonly options: MessageGuardOptions) {}

  /** Before the body is read. Throws RequestRefused (429) when the address is over its limit. */
  admitClient(req: IncomingMessage): void {
    const limiter = this.options.addressLimiter;
    if (!limiter) return;
    const key = addressKey(clientAddress(req, this.options.trustedProxyHops));
    refuseWhenLimited(limiter.take(key), 'Too many requests from this address; try again shortly.');
  }

  /** After the shape check. Throws RequestRefused: 403 serviceUrl, 401 credentials, 429 conversation. */
  async admitActivity(activity: Activity, authorization: string | undefined): Promise<void> {
    this.checkServiceUrl(activity.serviceUrl);
    await this.authenticate(activity, authorization ?? '');
    const limiter = this.options.conversationLimiter;
    if (!limiter) return;
    const key = `${activity.channelId}|${activity.conversation.id}`;
    refuseWhenLimited(limiter.take(key), 'Too many messages in this conversation; try again shortly.');
  }

  private checkServiceUrl(serviceUrl: string | undefined): void {
    const policy = this.options.serviceUrlPolicy;
    if (!policy.enforced || !serviceUrl || isAllowedServiceUrl(serviceUrl, policy)) return;
    this.options.logger.warn(
      { reason: 'ServiceUrlNotAllowed', host: hostOf(serviceUrl) },
      'activity refused',
    );
    throw new RequestRefused(
      403,
      'ServiceUrlNotAllowed',
      "The activity's serviceUrl is not a Bot Framework service this bot may call. If this channel is " +
        'trusted, add its host to SERVICE_URL_ALLOWLIST.',
    );
  }

  private async authenticate(activity: Activity, authorization: string): Promise<void> {
    try {
      await this.options.authenticator.authenticateRequest(activity, authorization);
    } catch (error) {
      if (isVerifierOutage(error)) {
        this.options.logger.error(
          { err: { type: (error as Error).name } },
          'could not load the Bot Framework signing keys',
        );
        throw new RequestRefused(
          503,
          'AuthenticationUnavailable',
          'Could not check the request credentials; try again shortly.',
          {
            'Retry-After': '30',
          },
        );
      }
      // Anything else about the token (missing, forged, expired, wrong audience, issuer or
      // serviceUrl) is the caller's problem; failing closed also covers errors not foreseen here.
      this.options.logger.warn(
        { reason: 'Unauthorized', err: { type: (error as Error)?.name } },
        'activity refused',
      );
      throw new RequestRefused(
        401,
        'Unauthorized',
        'The request does not carry a valid Bot Framework token.',
        {
          'WWW-Authenticate': 'Bearer',
        },
      );
    }
  }
}

/** Builds the guard from configuration; a limit of 0 turns that limit off. */
export function createMessageGuard(
  settings: MessageGuardSettings,
  authenticator: RequestAuthenticator,
  serviceUrlPolicy: ServiceUrlPolicy,
  logger: Logger,
): MessageGuard {
  const { messagesPerMinute, addressPerMinute } = settings;
  return new MessageGuard({
    authenticator,
    serviceUrlPolicy,
    logger,
    trustedProxyHops: settings.trustedProxyHops,
    addressLimiter: addressPerMinute > 0 ? new RateLimiter({ perMinute: addressPerMinute }) : undefined,
    conversationLimiter:
      messagesPerMinute > 0
        ? new RateLimiter({
            perMinute: messagesPerMinute,
            burst: Math.min(messagesPerMinute, CONVERSATION_BURST),
          })
        : undefined,
  });
}

function refuseWhenLimited(decision: { allowed: boolean; retryAfterSeconds: number }, message: string): void {
  if (decision.allowed) return;
  throw new RequestRefused(429, 'TooManyRequests', message, {
    'Retry-After': String(decision.retryAfterSeconds),
  });
}

/** The SDK reports unreachable or broken key endpoints as 5xx errors or fetch failures. */
function isVerifierOutage(error: unknown): boolean {
  const { statusCode, name } = (error ?? {}) as { statusCode?: unknown; name?: unknown };
  return (typeof statusCode === 'number' && statusCode >= 500) || name === 'FetchError';
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.slice(0, 253);
  } catch {
    return undefined;
  }
}
