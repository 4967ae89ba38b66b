import jwt from 'jsonwebtoken';

/** What a built-in Direct Line token allows: one person in one conversation. */
export interface DirectLineGrant {
  conversationId: string;
  userId: string;
}

/** Why a token was refused; the routes map each to the status the hosted service uses. */
export type TokenProblem = 'missing' | 'invalid' | 'expired' | 'wrongConversation';

export class TokenRejected extends Error {
  override readonly name = 'TokenRejected';
  constructor(readonly problem: TokenProblem) {
    super(`Direct Line token refused: ${problem}`);
  }
}

/** The hosted service issues 30-minute tokens; clients (directlinejs) refresh every 15 minutes. */
export const TOKEN_LIFETIME_SECONDS = 1800;

const ISSUER = 'iop-assistant/directline';
const AUDIENCE = 'iop-assistant/directline/conversation';

/**
 * Signs and checks the tokens of the built-in Direct Line endpoint (HMAC-SHA256 JWTs). A token
 * names its conversation and user, so it cannot be replayed against another conversation and the
 * sender of every activity is the token's user, whatever the client claims.
 */
export class DirectLineTokens {
  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
    private readonly lifetimeSeconds = TOKEN_LIFETIME_SECONDS,
  ) {}

  issue(grant: DirectLineGrant): { token: string; expiresIn: number } {
    const iat = Math.floor(this.now() / 1000);
    const payload = { conv: grant.conversationId, sub: grant.userId, iat, exp: iat + this.lifetimeSeconds };
    const token = jwt.sign(payload, this.secret, { algorithm: 'HS256', issuer: ISSUER, audience: AUDIENCE });
    return { token, expiresIn: this.lifetimeSeconds };
  }

  /** The grant in a token; throws TokenRejected when it is missing, forged, expired or for another conversation. */
  verify(token: string | undefined, conversationId?: string): DirectLineGrant {
    if (!token) throw new TokenRejected('missing');
    let claims: jwt.JwtPayload;
    try {
      claims = jwt.verify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        clockTimestamp: Math.floor(this.now() / 1000),
      }) as jwt.JwtPayload;
    } catch (error) {
      throw new TokenRejected(error instanceof jwt.TokenExpiredError ? 'expired' : 'invalid');
    }
    if (typeof claims.conv !== 'string' || typeof claims.sub !== 'string') throw new TokenRejected('invalid');
    if (conversationId !== undefined && claims.conv !== conversationId)
      throw new TokenRejected('wrongConversation');
    return { conversationId: claims.conv, userId: claims.sub };
  }
}

/** The token in `Authorization: Bearer <token>`, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
