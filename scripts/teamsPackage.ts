import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { type AppConfig, ConfigError, loadConfig } from '../src/config/config';
import { writeZip } from './zipWriter';

/** Thrown when the package cannot be built from this configuration; the message says what to set. */
export class TeamsPackageError extends Error {
  override readonly name = 'TeamsPackageError';
}

export interface TeamsPackageOptions {
  config: AppConfig;
  /** Where to write the zip; without it nothing is written. */
  outDir?: string;
  /** The app version shown in Teams (defaults to package.json's version). */
  version?: string;
}

export interface TeamsPackage {
  zip: Buffer;
  manifest: Record<string, unknown>;
  /** Fields that fell back to a default the clinic should replace. */
  warnings: string[];
  file?: string;
}

export const PACKAGE_FILE_NAME = 'iop-assistant-teams.zip';

/**
 * The Teams app id: TEAMS_APP_ID when set, otherwise a GUID derived from the bot's app id, so the
 * same bot always gets the same Teams app (re-uploading updates it instead of adding a second one).
 */
export function teamsAppId(config: AppConfig): string {
  if (config.teams.appId) return config.teams.appId;
  const hash = crypto
    .createHash('sha256')
    .update(`iop-assistant/teams-app/${config.auth.appId ?? ''}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5 (name-based)
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The manifest for this bot, from teams/manifest.template.json. */
export function buildTeamsManifest(
  config: AppConfig,
  version: string,
): { manifest: Record<string, unknown>; warnings: string[] } {
  const botId = config.auth.appId;
  if (!botId) {
    throw new TeamsPackageError(
      'MicrosoftAppId is not set. Teams talks to the bot through its Azure Bot registration: set MicrosoftAppId ' +
        '(and MicrosoftAppPassword) to the registration’s Microsoft App ID, then run this again. See docs/teams.md.',
    );
  }
  const websiteUrl = config.teams.websiteUrl ?? httpsOrUndefined(config.web.publicBaseUrl);
  if (!websiteUrl) {
    throw new TeamsPackageError(
      'TEAMS_WEBSITE_URL (or an https PUBLIC_BASE_URL) is needed: Teams requires a website URL.',
    );
  }
  const warnings: string[] = [];
  const fallback = (value: string | undefined, name: string) => {
    if (value) return value;
    warnings.push(`${name} is not set; the website URL is used. Set it to your privacy or terms page.`);
    return websiteUrl;
  };
  const values: Record<string, string> = {
    version,
    appId: teamsAppId(config),
    botId,
    botName: config.botName,
    shortName: config.botName.slice(0, 30),
    developerName: config.teams.developerName ?? config.botName,
    websiteUrl,
    privacyUrl: fallback(config.teams.privacyUrl, 'TEAMS_PRIVACY_URL'),
    termsUrl: fallback(config.teams.termsUrl, 'TEAMS_TERMS_URL'),
    accentColor: config.web.accentColor.toUpperCase(),
  };
  const template = JSON.parse(
    fs.readFileSync(path.join(config.projectRoot, 'teams', 'manifest.template.json'), 'utf8'),
  ) as unknown;
  const manifest = fill(template, values) as Record<string, unknown>;
  manifest.validDomains = config.web.publicBaseUrl ? [new URL(config.web.publicBaseUrl).host] : [];
  return { manifest, warnings };
}

/** Builds the app package: manifest.json plus the two icons, zipped. */
export function buildTeamsPackage(options: TeamsPackageOptions): TeamsPackage {
  const { config } = options;
  const version = options.version ?? packageVersion(config.projectRoot);
  const { manifest, warnings } = buildTeamsManifest(config, version);
  const icons = path.join(config.projectRoot, 'teams');
  const zip = writeZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    { name: 'color.png', data: fs.readFileSync(path.join(icons, 'color.png')) },
    { name: 'outline.png', data: fs.readFileSync(path.join(icons, 'outline.png')) },
  ]);
  if (!options.outDir) return { zip, manifest, warnings };
  fs.mkdirSync(options.outDir, { recursive: true });
  const file = path.join(options.outDir, PACKAGE_FILE_NAME);
  fs.writeFileSync(file, zip);
  return { zip, manifest, warnings, file };
}

/** Replaces {{name}} in every string of the template (values never change the JSON's shape). */
function fill(node: unknown, values: Record<string, string>): unknown {
  if (typeof node === 'string') return node.replace(/\{\{(\w+)\}\}/g, (m, key: string) => values[key] ?? m);
  if (Array.isArray(node)) return node.map((n) => fill(n, values));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, values)]));
  }
  return node;
}

function httpsOrUndefined(url: string | undefined): string | undefined {
  return url?.startsWith('https://') ? url : undefined;
}

function packageVersion(root: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
}

function main(argv: string[]): number {
  dotenv.config({ quiet: true });
  const outIndex = argv.indexOf('--out');
  try {
    const config = loadConfig();
    const outDir = path.resolve(
      outIndex >= 0 && argv[outIndex + 1]
        ? argv[outIndex + 1]
        : path.join(config.projectRoot, 'dist', 'teams'),
    );
    const built = buildTeamsPackage({ config, outDir });
    for (const warning of built.warnings) console.warn(`warning: ${warning}`);
    console.log(`Teams app package written to ${built.file}`);
    console.log('Upload it in Teams: Apps > Manage your apps > Upload an app (see docs/teams.md).');
    return 0;
  } catch (error) {
    if (error instanceof TeamsPackageError || error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
