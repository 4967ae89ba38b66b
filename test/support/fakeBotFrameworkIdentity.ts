import crypto, { type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

/** The issuer of tokens the Bot Framework channels send to bots (public cloud). */
export const CHANNEL_TOKEN_ISSUER = 'https://api.botframework.com';

/** Channels the main signing key is endorsed for (the SDK checks the activity's channelId). */
export const ENDORSED_CHANNELS = ['webchat', 'directline', 'msteams', 'sms', 'test'];

export interface ChannelTokenOptions {
  /** The bot's app id: the audience the SDK requires. */
  audience: string;
  /** The `serviceurl` claim; omitted when undefined. */
  serviceUrl?: string;
  issuer?: string;
  /** Seconds from now; negative for a token that has already expired. Default 3600. */
  expiresIn?: number;
  /** Seconds from now before which the token is not valid. Default -60. */
  notBefore?: number;
  /**
   * trusted: the published key endorsed for ENDORSED_CHANNELS; teamsOnly: a published key endorsed
   * only for msteams; unpublished: a key the bot has never seen, under the trusted key's id.
   */
  key?: 'trusted' | 'teamsOnly' | 'unpublished';
  /** `none` produces an unsigned token. */
  algorithm?: 'RS256' | 'none';
}

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  endorsements?: string[];
}

function rsaKey(kid: string, endorsements?: string[]): SigningKey {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey, endorsements };
}

/**
 * A loopback stand-in for the Bot Framework's OpenID metadata and signing-key endpoints, with its
 * own RSA keys, so tests can send channel tokens the SDK accepts (or forged ones it must refuse)
 * without the internet. Point BOT_OPENID_METADATA_URL at `metadataUrl`.
 */
export class FakeBotFrameworkIdentity {
  /** How many times the signing keys were fetched. */
  keyFetches = 0;
  private readonly keys = {
    trusted: rsaKey('fake-channel-key', ENDORSED_CHANNELS),
    teamsOnly: rsaKey('fake-teams-key', ['msteams']),
    unpublished: rsaKey('fake-channel-key'),
  };
  private server?: http.Server;
  private base = '';

  get metadataUrl(): string {
    return `${this.base}/v1/.well-known/openidconfiguration`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** A channel token with the claims the SDK checks, shaped by `options`. */
  token(options: ChannelTokenOptions): string {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      iss: options.issuer ?? CHANNEL_TOKEN_ISSUER,
      aud: options.audience,
      nbf: now + (options.notBefore ?? -60),
      exp: now + (options.expiresIn ?? 3600),
    };
    if (options.serviceUrl !== undefined) claims.serviceurl = options.serviceUrl;
    const key = this.keys[options.key ?? 'trusted'];
    if (options.algorithm === 'none') {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${part({ alg: 'none', typ: 'JWT', kid: key.kid })}.${part(claims)}.`;
    }
    return jwt.sign(claims, key.privateKey, { algorithm: 'RS256', keyid: key.kid, noTimestamp: true });
  }

  /** `Bearer <token>`, as the Authorization header carries it. */
  bearer(options: ChannelTokenOptions): string {
    return `Bearer ${this.token(options)}`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    // restify patches ServerResponse globally; its writeHead does not return `this`.
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/v1/.well-known/openidconfiguration') {
      json(200, {
        issuer: CHANNEL_TOKEN_ISSUER,
        jwks_uri: `${this.base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
      return;
    }
    if (req.url === '/v1/.well-known/keys') {
      this.keyFetches++;
      json(200, { keys: [this.keys.trusted, this.keys.teamsOnly].map(publishedKey) });
      return;
    }
    json(404, { error: 'not found' });
  }
}

function publishedKey(key: SigningKey): Record<string, unknown> {
  const { n, e } = key.publicKey.export({ format: 'jwk' });
  return { kty: 'RSA', use: 'sig', kid: key.kid, n, e, endorsements: key.endorsements };
}
