/**
 * Hosts the Bot Framework posts from and expects replies at: its channel connectors
 * (webchat.botframework.com, directline.botframework.com, sms., slack., regional ones), the US
 * Government cloud, and Teams in the public, GCC, GCC High and DoD clouds. Teams' public host is
 * listed exactly: anyone can create a name under trafficmanager.net, so no wildcard there.
 */
export const BOT_FRAMEWORK_SERVICE_HOSTS: readonly string[] = Object.freeze([
  '*.botframework.com',
  '*.botframework.azure.us',
  'smba.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
]);

/** Where the bot may send replies and proactive messages (an activity's `serviceUrl`). */
export interface ServiceUrlPolicy {
  /** False: any http(s) URL is allowed (development and tests without an allowlist). */
  readonly enforced: boolean;
  /** Host patterns: `host`, `host:port`, or `*.domain` for any name under the domain. */
  readonly hosts: readonly string[];
  /** Service URLs of the bot's own connectors (built-in Direct Line); URLs under them are allowed. */
  readonly ownServiceUrls: () => readonly string[];
}

export interface ServiceUrlPolicyOptions {
  production: boolean;
  /** SERVICE_URL_ALLOWLIST entries; undefined when the variable is unset. */
  allowlist?: readonly string[];
  ownServiceUrls?: () => readonly (string | undefined)[];
}

/** Production always enforces the list; elsewhere only when SERVICE_URL_ALLOWLIST is set. */
export function createServiceUrlPolicy(options: ServiceUrlPolicyOptions): ServiceUrlPolicy {
  const own = options.ownServiceUrls ?? (() => []);
  return Object.freeze({
    enforced: options.production || options.allowlist !== undefined,
    hosts: Object.freeze([
      ...BOT_FRAMEWORK_SERVICE_HOSTS,
      ...(options.allowlist ?? []).map((h) => h.toLowerCase()),
    ]),
    ownServiceUrls: () => own().filter((u): u is string => typeof u === 'string' && u.length > 0),
  });
}

/**
 * True when the bot may call `url`. Under an enforced policy the URL must be https on a listed
 * host, or lie under one of the bot's own connector URLs; plain http is accepted only for loopback
 * hosts, which are never listed by default. URLs with a user name or password, or with characters
 * that URL parsers disagree on (backslashes, `@`, spaces, non-ASCII), are refused, so the host
 * checked here is the host the HTTP client will call.
 */
export function isAllowedServiceUrl(url: string | undefined, policy: ServiceUrlPolicy): boolean {
  const parsed = parseHttpUrl(url);
  if (!parsed) return false;
  if (!policy.enforced) return true;
  if (!/^[\x21-\x7e]+$/.test(url as string) || /[\\@]/.test(url as string)) return false;
  if (policy.ownServiceUrls().some((own) => isUnder(parsed, own))) return true;
  const host = hostnameOf(parsed);
  if (parsed.protocol === 'http:' && !isLoopback(host)) return false;
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  return policy.hosts.some((pattern) => matchesHost(pattern, host, port));
}

/** True for a valid SERVICE_URL_ALLOWLIST entry: a host name or IPv4 address, optional `*.` and `:port`. */
export function isHostPattern(entry: string): boolean {
  return /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i.test(entry);
}

function parseHttpUrl(url: string | undefined): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isUnder(url: URL, own: string): boolean {
  const base = parseHttpUrl(own);
  return base !== undefined && url.origin === base.origin && url.pathname.startsWith(base.pathname);
}

/** Lower-case host without IPv6 brackets or the trailing dot of a fully qualified name. */
function hostnameOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

function matchesHost(pattern: string, host: string, port: string): boolean {
  const [name, wantedPort] = pattern.split(':');
  if (wantedPort !== undefined && wantedPort !== port) return false;
  return name.startsWith('*.') ? host.endsWith(name.slice(1)) : host === name;
}
