import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { ConfigError, configVariableNames, loadConfig } from '../../src/config/config';

const root = path.resolve(__dirname, '..', '..');

describe('loadConfig', () => {
  test('defaults give a local SQLite bot on port 3978 in local mode', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.database.provider).toBe('sqlite');
    expect(config.database.url).toBe(`file:${path.join(root, 'data', 'iop-assistant.db')}`);
    expect(config.auth.localMode).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  test('a postgres URL selects PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database.provider).toBe('postgresql');
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/db' }).database.provider).toBe('postgresql');
  });

  test('bad values stop start-up with the variable name and what is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/LOG_LEVEL/);
      expect(message).toMatch(/DATABASE_URL: must start with file:, postgres:\/\/ or postgresql:\/\//);
    }
  });

  test('production without an app id refuses to start unless explicitly allowed', () => {
    const secrets = {
      FIELD_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      USER_HASH_SECRET: 'a'.repeat(32),
    };
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets })).toThrow(/MicrosoftAppId/);
    expect(
      loadConfig({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED_IN_PRODUCTION: 'true', ...secrets }).auth
        .localMode,
    ).toBe(true);
  });

  test('production requires an encryption key and a hash secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED_IN_PRODUCTION: 'true' })).toThrow(
      /FIELD_ENCRYPTION_KEY/,
    );
  });

  test('an app id without a password is refused', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'abc' })).toThrow(/MicrosoftAppPassword/);
  });

  test('a malformed encryption key is refused with its name', () => {
    expect(() => loadConfig({ FIELD_ENCRYPTION_KEY: 'k1:dG9vLXNob3J0' })).toThrow(
      /FIELD_ENCRYPTION_KEY: key "k1" must be 32 bytes/,
    );
  });
});

describe('.env.example', () => {
  const example = dotenv.parse(fs.readFileSync(path.join(root, '.env.example')));

  test('documents every setting the service reads, and nothing else', () => {
    expect(Object.keys(example).sort()).toEqual([...configVariableNames].sort());
  });

  test('is itself a valid configuration', () => {
    expect(() => loadConfig(example)).not.toThrow();
  });
});
