import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config/config';
import { ZipArchive } from '../../../src/programs/zipArchive';
import {
  buildTeamsPackage,
  PACKAGE_FILE_NAME,
  teamsAppId,
  TeamsPackageError,
} from '../../../scripts/teamsPackage';
import { colorIcon, DEFAULT_ICON_ACCENT, outlineIcon } from '../../../scripts/teamsIcons';
import { readPng } from '../support/pngReader';

const APP_ID = '5f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const base = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'not-a-real-secret',
  PUBLIC_BASE_URL: 'https://bot.clinic.example.org',
  BOT_NAME: 'Harbor Helper',
};

interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { outline: string; color: string };
  accentColor: string;
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
  validDomains: string[];
}

function unpack(zip: Buffer): { archive: ZipArchive; manifest: Manifest } {
  const archive = ZipArchive.open(zip);
  return { archive, manifest: JSON.parse(archive.read('manifest.json').toString('utf8')) as Manifest };
}

describe('Teams app package', () => {
  test('holds a schema 1.19 manifest with every required field, a personal bot and its commands', () => {
    const { manifest } = unpack(buildTeamsPackage({ config: loadConfig(base), version: '1.2.3' }).zip);
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json',
    );
    expect(manifest.manifestVersion).toBe('1.19');
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(manifest.developer).toEqual({
      name: 'Harbor Helper',
      websiteUrl: 'https://bot.clinic.example.org',
      privacyUrl: 'https://bot.clinic.example.org',
      termsOfUseUrl: 'https://bot.clinic.example.org',
    });
    expect(manifest.name.short).toBe('Harbor Helper');
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full).toContain('Harbor Helper');
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.icons).toEqual({ outline: 'outline.png', color: 'color.png' });
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal']);
    const commands = manifest.bots[0].commandLists[0].commands;
    expect(commands.map((c) => c.title)).toEqual([
      'What is an IOP?',
      'Find a program',
      'My reminders',
      'Help',
    ]);
    expect(commands.every((c) => c.title.length <= 32 && c.description.length > 0)).toBe(true);
    expect(manifest.validDomains).toEqual(['bot.clinic.example.org']);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{\w+\}\}/);
  });

  test('the app id is stable for a bot, differs between bots, and TEAMS_APP_ID overrides it', () => {
    const first = teamsAppId(loadConfig(base));
    expect(teamsAppId(loadConfig(base))).toBe(first);
    expect(
      teamsAppId(loadConfig({ ...base, MicrosoftAppId: '00000000-0000-0000-0000-000000000009' })),
    ).not.toBe(first);
    const fixed = '6f1c2a9e-3b1d-4c55-9e0a-2d7f1b8c4e21';
    expect(
      unpack(buildTeamsPackage({ config: loadConfig({ ...base, TEAMS_APP_ID: fixed.toUpperCase() }) }).zip)
        .manifest.id,
    ).toBe(fixed);
  });

  test('carries a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const { archive } = unpack(buildTeamsPackage({ config: loadConfig(base) }).zip);
    const color = readPng(archive.read('color.png'));
    expect([color.width, color.height, color.colourType]).toEqual([192, 192, 6]);
    const outline = readPng(archive.read('outline.png'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let visible = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      if (a === 0) continue;
      visible++;
      if (r !== 255 || g !== 255 || b !== 255) throw new Error(`outline pixel ${i / 4} is not white`);
    }
    expect(visible).toBeGreaterThan(50);
    expect(visible).toBeLessThan(32 * 32 * 0.6);
    // The colour icon is opaque everywhere (Teams shows it on any background).
    const alphas = color.pixels.filter((_, i) => i % 4 === 3);
    expect(alphas.every((a) => a === 255)).toBe(true);
  });

  test('the bundled icons are what the icon script draws', () => {
    const root = path.resolve(__dirname, '..', '..', '..');
    expect(
      fs.readFileSync(path.join(root, 'teams', 'color.png')).equals(colorIcon(DEFAULT_ICON_ACCENT)),
    ).toBe(true);
    expect(fs.readFileSync(path.join(root, 'teams', 'outline.png')).equals(outlineIcon())).toBe(true);
  });

  test('writes the zip to --out and builds the same bytes twice', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
    try {
      const built = buildTeamsPackage({ config: loadConfig(base), outDir: dir, version: '1.0.0' });
      expect(built.file).toBe(path.join(dir, PACKAGE_FILE_NAME));
      expect(fs.readFileSync(built.file!).equals(built.zip)).toBe(true);
      expect(buildTeamsPackage({ config: loadConfig(base), version: '1.0.0' }).zip.equals(built.zip)).toBe(
        true,
      );
      expect(built.warnings.join(' ')).toMatch(/TEAMS_PRIVACY_URL/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses clearly without a Microsoft App ID or a website URL', () => {
    const noApp = () => buildTeamsPackage({ config: loadConfig({ PUBLIC_BASE_URL: base.PUBLIC_BASE_URL }) });
    expect(noApp).toThrow(TeamsPackageError);
    expect(noApp).toThrow(/MicrosoftAppId is not set/);
    const noSite = () =>
      buildTeamsPackage({ config: loadConfig({ ...base, PUBLIC_BASE_URL: 'http://localhost:3978' }) });
    expect(noSite).toThrow(/TEAMS_WEBSITE_URL/);
  });
});
