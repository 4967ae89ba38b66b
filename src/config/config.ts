import path from 'node:path';
import { z } from 'zod';
import { type CipherKey, parseCipherKeys } from '../storage/fieldCipher';

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
  z.coerce
    .number()
    .int('must be a whole number')
    .positive('must be greater than 0')
    .default(fallback);

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
  USER_HASH_SECRET: optionalString.refine(
    (v) => v === undefined || v.length >= 16,
    'must be at least 16 characters (e.g. `openssl rand -base64 32`)',
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
  };
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
  const privacy = resolvePrivacy(e.NODE_ENV, e.FIELD_ENCRYPTION_KEY, e.USER_HASH_SECRET);
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
    privacy,
  });
}

// Used only when no secret is configured (local trials); production refuses to run with it.
const DEVELOPMENT_HASH_SECRET = 'iop-assistant-local-development-only';

function resolvePrivacy(
  env: string,
  keySpec: string | undefined,
  hashSecret: string | undefined,
): AppConfig['privacy'] {
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
  return Object.freeze({
    encryptionKeys,
    userHashSecret: Buffer.from(hashSecret ?? DEVELOPMENT_HASH_SECRET, 'utf8'),
    insecureDefaults: encryptionKeys.length === 0 || hashSecret === undefined,
  });
}
