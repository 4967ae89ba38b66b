import path from 'node:path';
import { z } from 'zod';
import { type CipherKey, parseCipherKeys } from '../storage/fieldCipher';
import { isHostPattern } from '../server/serviceUrlPolicy';

/**
 * Every setting the service reads, parsed once from the environment and frozen. Nothing else in
 * the codebase reads `process.env`; `.env.example` documents the same names.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const positiveInt = (fallback: number) =>
  z.coerce.number().int('must be a whole number').positive('must be greater than 0').default(fallback);

// --- Security ---
// A request rate where 0 turns the limit off; an empty value means "use the default", not 0.
const limitPerMinute = (fallback: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number().int('must be a whole number').min(0, 'must be 0 (off) or more').default(fallback),
  );

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: optionalString.refine(
    (v) => v === undefined || /^(file:|postgres:\/\/|postgresql:\/\/)/.test(v),
    'must start with file:, postgres:// or postgresql://',
  ),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalString,
  ALLOW_UNAUTHENTICATED_IN_PRODUCTION: booleanFlag.default(false),
  MAX_BODY_BYTES: positiveInt(256 * 1024),
  BOT_NAME: z.string().min(1).default('IOP Guide'),
  PROGRAM_NAME: z.string().min(1).default('our program'),
  SUPPORT_CONTACT: z.string().min(1).default('the SAMHSA Helpline at 1-800-662-4357'),
  SHUTDOWN_GRACE_MS: positiveInt(10000),
  METRICS_TOKEN: optionalString,
  FIELD_ENCRYPTION_KEY: optionalString,
  RETENTION_DAYS: positiveInt(30),
  USER_HASH_SECRET: optionalString.refine(
    (v) => v === undefined || v.length >= 16,
    'must be at least 16 characters (e.g. `openssl rand -base64 32`)',
  ),
  // --- Web channels ---
  PUBLIC_BASE_URL: optionalString.refine(
    (v) => v === undefined || isHttpUrl(v),
    'must be an http(s) URL, e.g. https://bot.example.org',
  ),
  ALLOWED_EMBED_ORIGINS: optionalString.refine(
    (v) => v === undefined || splitList(v).every(isOrigin),
    'must be a comma-separated list of origins such as https://www.example.org (scheme and host, no path)',
  ),
  TRUSTED_PROXY_HOPS: z.coerce.number().int('must be a whole number').min(0).max(5).default(0),
  WEBCHAT_ACCENT_COLOR: optionalString.refine(
    (v) => v === undefined || /^#[0-9a-fA-F]{6}$/.test(v),
    'must be a colour like #0b5cad',
  ),
  WEBCHAT_LOGO_URL: optionalString.refine(
    (v) => v === undefined || isHttpUrl(v) || /^\/[^/]/.test(v),
    'must be an http(s) URL or a path on this server starting with /',
  ),
  WEBCHAT_TOKENS_PER_MINUTE: positiveInt(20),
  DIRECT_LINE_SECRET: optionalString,
  DIRECT_LINE_ENDPOINT: optionalString.refine(
    (v) => v === undefined || isHttpUrl(v),
    'must be an http(s) URL',
  ),
  DIRECT_LINE_TOKEN_SECRET: optionalString.refine(
    (v) => v === undefined || v.length >= 32,
    'must be at least 32 characters (e.g. `openssl rand -base64 48`)',
  ),
  DIRECT_LINE_CONVERSATION_TTL_HOURS: positiveInt(24),
  TEAMS_APP_ID: optionalString.refine(
    (v) => v === undefined || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
    'must be a GUID such as 6f1c2a9e-3b1d-4c55-9e0a-2d7f1b8c4e21',
  ),
  TEAMS_DEVELOPER_NAME: optionalString,
  TEAMS_WEBSITE_URL: optionalString.refine((v) => v === undefined || isHttpsUrl(v), 'must be an https URL'),
  TEAMS_PRIVACY_URL: optionalString.refine((v) => v === undefined || isHttpsUrl(v), 'must be an https URL'),
  TEAMS_TERMS_URL: optionalString.refine((v) => v === undefined || isHttpsUrl(v), 'must be an https URL'),
  // --- Security ---
  BOT_OPENID_METADATA_URL: optionalString.refine(
    (v) => v === undefined || isHttpUrl(v),
    'must be an http(s) URL',
  ),
  SERVICE_URL_ALLOWLIST: optionalString.refine(
    (v) => v === undefined || splitList(v).every(isHostPattern),
    'must be a comma-separated list of hosts such as bots.example.org, *.example.org or 127.0.0.1:3978',
  ),
  RATE_LIMIT_MESSAGES_PER_MINUTE: limitPerMinute(30),
  RATE_LIMIT_IP_PER_MINUTE: limitPerMinute(600),
  // --- Reminders ---
  REMINDERS_ENABLED: booleanFlag.default(true),
  REMINDER_POLL_MS: positiveInt(15000),
  REMINDER_BATCH_SIZE: positiveInt(100),
  REMINDER_CONCURRENCY: positiveInt(4),
  REMINDER_QUIET_HOURS: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM-HH:MM, e.g. 21:00-08:00')
    .default('21:00-08:00'),
  ADMIN_TOKEN: optionalString.refine(
    (v) => v === undefined || v.length >= 16,
    'must be at least 16 characters (e.g. `openssl rand -base64 24`)',
  ),
});

/** Every environment variable the service reads (for checking `.env.example`). */
export const configVariableNames: readonly string[] = Object.keys(envSchema.shape);

export type DatabaseProvider = 'sqlite' | 'postgresql';

export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  readonly database: { readonly provider: DatabaseProvider; readonly url: string };
  readonly auth: {
    readonly appId?: string;
    readonly appPassword?: string;
    readonly appType: string;
    readonly tenantId?: string;
    /** True when no app id is configured: inbound requests are not authenticated. */
    readonly localMode: boolean;
  };
  readonly maxBodyBytes: number;
  readonly botName: string;
  readonly programName: string;
  readonly supportContact: string;
  readonly shutdownGraceMs: number;
  readonly metricsToken?: string;
  readonly projectRoot: string;
  readonly privacy: {
    readonly encryptionKeys: CipherKey[];
    readonly userHashSecret: Buffer;
    /** True when running with development fallbacks that production forbids. */
    readonly insecureDefaults: boolean;
    /** Idle state and website chat history older than this are purged. */
    readonly retentionDays: number;
  };
  // --- Web channels ---
  readonly web: WebChannelsConfig;
  readonly teams: TeamsConfig;
  // --- Security ---
  readonly security: SecurityConfig;
  // --- Reminders ---
  readonly reminders: RemindersConfig;
}

/** The reminder dispatcher (docs/decisions/0010-reminder-dispatcher.md). */
export interface RemindersConfig {
  /** False: reminders can still be set up, but this instance sends none (another instance does). */
  readonly enabled: boolean;
  readonly pollMs: number;
  readonly batchSize: number;
  readonly concurrency: number;
  /** Local-time window in which skill and custom reminders are not sent. */
  readonly quietHours: { readonly start: string; readonly end: string };
}

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const projectRoot = path.resolve(__dirname, findRootOffset());

function findRootOffset(): string {
  // Compiled code lives in dist/src/config, sources in src/config.
  return __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..';
}

function resolveDatabase(url: string | undefined, root: string): AppConfig['database'] {
  if (url === undefined) {
    return { provider: 'sqlite', url: `file:${path.join(root, 'data', 'iop-assistant.db')}` };
  }
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    return { provider: 'sqlite', url: `file:${path.isAbsolute(file) ? file : path.join(root, file)}` };
  }
  return { provider: 'postgresql', url };
}

/** Parses and validates the environment. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid configuration; fix these environment variables:\n${problems}`);
  }
  const e = parsed.data;
  const localMode = e.MicrosoftAppId === undefined;
  if (!localMode && e.MicrosoftAppPassword === undefined && e.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError('MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  if (e.NODE_ENV === 'production' && localMode && !e.ALLOW_UNAUTHENTICATED_IN_PRODUCTION) {
    throw new ConfigError(
      'MicrosoftAppId: not set while NODE_ENV=production, so anyone could post to /api/messages. ' +
        'Set MicrosoftAppId and MicrosoftAppPassword from your Azure Bot registration, or set ' +
        'ALLOW_UNAUTHENTICATED_IN_PRODUCTION=true if this instance is reachable only by trusted callers.',
    );
  }
  const privacy = {
    ...resolvePrivacy(e.NODE_ENV, e.FIELD_ENCRYPTION_KEY, e.USER_HASH_SECRET),
    retentionDays: e.RETENTION_DAYS,
  };
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    database: Object.freeze(resolveDatabase(e.DATABASE_URL, projectRoot)),
    auth: Object.freeze({
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      localMode,
    }),
    maxBodyBytes: e.MAX_BODY_BYTES,
    botName: e.BOT_NAME,
    programName: e.PROGRAM_NAME,
    supportContact: e.SUPPORT_CONTACT,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    metricsToken: e.METRICS_TOKEN,
    projectRoot,
    privacy: Object.freeze(privacy),
    web: resolveWebChannels(e),
    teams: resolveTeams(e),
    security: resolveSecurity(e),
    reminders: Object.freeze({
      enabled: e.REMINDERS_ENABLED,
      pollMs: e.REMINDER_POLL_MS,
      batchSize: e.REMINDER_BATCH_SIZE,
      concurrency: e.REMINDER_CONCURRENCY,
      quietHours: Object.freeze({
        start: e.REMINDER_QUIET_HOURS.slice(0, 5),
        end: e.REMINDER_QUIET_HOURS.slice(6),
      }),
    }),
  });
}

// Used only when no secret is configured (local trials); production refuses to run with it.
const DEVELOPMENT_HASH_SECRET = 'iop-assistant-local-development-only';

function resolvePrivacy(
  env: string,
  keySpec: string | undefined,
  hashSecret: string | undefined,
): Omit<AppConfig['privacy'], 'retentionDays'> {
  let encryptionKeys: CipherKey[] = [];
  try {
    encryptionKeys = keySpec ? parseCipherKeys(keySpec) : [];
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (env === 'production' && (encryptionKeys.length === 0 || hashSecret === undefined)) {
    throw new ConfigError(
      'FIELD_ENCRYPTION_KEY and USER_HASH_SECRET: both are required when NODE_ENV=production, because ' +
        'stored conversations are health data. Generate each with `openssl rand -base64 32`.',
    );
  }
  return {
    encryptionKeys,
    userHashSecret: Buffer.from(hashSecret ?? DEVELOPMENT_HASH_SECRET, 'utf8'),
    insecureDefaults: encryptionKeys.length === 0 || hashSecret === undefined,
  };
}

// --- Web channels ---

/** The website chat, the Direct Line endpoints and the embed snippet (docs/web-chat.md). */
export interface WebChannelsConfig {
  /** Where people reach this bot (used for stream URLs and links); derived per request when unset. */
  readonly publicBaseUrl?: string;
  /** Origins allowed to frame the page and call the Direct Line endpoints from the browser. */
  readonly allowedEmbedOrigins: readonly string[];
  /** Reverse proxies in front of the bot whose X-Forwarded-For entries are trusted (0 = none). */
  readonly trustedProxyHops: number;
  readonly accentColor: string;
  readonly logoUrl?: string;
  /** Conversation starts and token requests allowed per client address per minute. */
  readonly tokensPerMinute: number;
  readonly directLine: {
    /** Set: Azure mode (the page gets tokens for the hosted service). Unset: the built-in endpoint. */
    readonly secret?: string;
    readonly endpoint: string;
    /** Signs built-in Direct Line tokens; unset means a random secret per start (sessions end on restart). */
    readonly tokenSecret?: string;
    readonly conversationTtlHours: number;
  };
}

/** Fields of the Teams app package (scripts/teamsPackage.ts). */
export interface TeamsConfig {
  readonly appId?: string;
  readonly developerName?: string;
  readonly websiteUrl?: string;
  readonly privacyUrl?: string;
  readonly termsUrl?: string;
}

type ParsedEnv = z.infer<typeof envSchema>;

function resolveWebChannels(e: ParsedEnv): WebChannelsConfig {
  return Object.freeze({
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    allowedEmbedOrigins: Object.freeze(
      splitList(e.ALLOWED_EMBED_ORIGINS ?? '').map((o) => new URL(o).origin),
    ),
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    accentColor: e.WEBCHAT_ACCENT_COLOR ?? '#0b5cad',
    logoUrl: e.WEBCHAT_LOGO_URL,
    tokensPerMinute: e.WEBCHAT_TOKENS_PER_MINUTE,
    directLine: Object.freeze({
      secret: e.DIRECT_LINE_SECRET,
      endpoint: (e.DIRECT_LINE_ENDPOINT ?? 'https://directline.botframework.com').replace(/\/+$/, ''),
      tokenSecret: e.DIRECT_LINE_TOKEN_SECRET,
      conversationTtlHours: e.DIRECT_LINE_CONVERSATION_TTL_HOURS,
    }),
  });
}

function resolveTeams(e: ParsedEnv): TeamsConfig {
  return Object.freeze({
    appId: e.TEAMS_APP_ID?.toLowerCase(),
    developerName: e.TEAMS_DEVELOPER_NAME,
    websiteUrl: e.TEAMS_WEBSITE_URL,
    privacyUrl: e.TEAMS_PRIVACY_URL,
    termsUrl: e.TEAMS_TERMS_URL,
  });
}

// --- Security ---

/** Inbound authentication, the serviceUrl allowlist and rate limits (docs/decisions/0012-security-hardening.md). */
export interface SecurityConfig {
  /** Replaces the Bot Framework's OpenID metadata URL for channel tokens (tests, private key servers). */
  readonly openIdMetadataUrl?: string;
  /** Extra serviceUrl hosts (SERVICE_URL_ALLOWLIST); undefined when unset, which outside production turns the check off. */
  readonly serviceUrlAllowlist?: readonly string[];
  /** Turns per conversation per minute on /api/messages (bursts of up to 10); 0 = off. */
  readonly messagesPerMinute: number;
  /** Requests per client address per minute on /api/messages; 0 = off. */
  readonly addressPerMinute: number;
}

function resolveSecurity(e: ParsedEnv): SecurityConfig {
  if (e.NODE_ENV === 'production' && e.BOT_OPENID_METADATA_URL?.startsWith('http:')) {
    throw new ConfigError('BOT_OPENID_METADATA_URL: must be an https URL when NODE_ENV=production.');
  }
  return Object.freeze({
    openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    serviceUrlAllowlist:
      e.SERVICE_URL_ALLOWLIST === undefined
        ? undefined
        : Object.freeze(splitList(e.SERVICE_URL_ALLOWLIST.toLowerCase())),
    messagesPerMinute: e.RATE_LIMIT_MESSAGES_PER_MINUTE,
    addressPerMinute: e.RATE_LIMIT_IP_PER_MINUTE,
  });
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function isHttpsUrl(value: string): boolean {
  return isHttpUrl(value) && value.startsWith('https:');
}

function isOrigin(value: string): boolean {
  return isHttpUrl(value) && new URL(value).origin === value.replace(/\/$/, '');
}
