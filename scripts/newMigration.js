#!/usr/bin/env node
// Creates a migration for both providers with Prisma's own differ (`prisma migrate diff`), so the
// SQL never drifts from the schema. Usage: npm run db:migration -- <name>
//
// With a driver adapter, Prisma's CLI cannot replay migrations into a shadow database on SQLite
// (the adapter runs one statement per call), so the "from" side is a snapshot of the models as of
// the last migration, prisma/migrated-models.prisma, which this script updates. A test applies
// every migration to an empty database and checks the result equals the current schema.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const name = (process.argv[2] || '').replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
if (!name) {
  console.error('usage: npm run db:migration -- <name>');
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const snapshot = path.join(root, 'prisma', 'migrated-models.prisma');

function schemaHeader(provider) {
  const schema = fs.readFileSync(path.join(root, 'prisma', provider, 'schema.prisma'), 'utf8');
  return schema.slice(0, schema.indexOf('}', schema.indexOf('datasource db')) + 1);
}

function diff(provider) {
  const dir = path.join(root, 'prisma', provider);
  let from = ['--from-empty'];
  if (fs.existsSync(snapshot)) {
    const previous = path.join(os.tmpdir(), `iop-previous-${provider}-${process.pid}.prisma`);
    fs.writeFileSync(previous, `${schemaHeader(provider)}\n\n${fs.readFileSync(snapshot, 'utf8')}`);
    from = ['--from-schema-datamodel', previous];
  }
  const args = [
    cli,
    'migrate',
    'diff',
    ...from,
    '--to-schema-datamodel',
    path.join(dir, 'schema.prisma'),
    '--script',
  ];
  return execFileSync(process.execPath, [...args, '--config', path.join(dir, 'prisma.config.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
}

function write(provider, sql) {
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${provider}: schema already matches the migrations; nothing written`);
    return false;
  }
  const dir = path.join(root, 'prisma', provider, 'migrations', `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  const lock = path.join(root, 'prisma', provider, 'migrations', 'migration_lock.toml');
  fs.writeFileSync(lock, `# Written by scripts/newMigration.js\nprovider = "${provider}"\n`);
  console.log(`${provider}: wrote ${path.relative(root, dir)}`);
  return true;
}

execFileSync(process.execPath, [path.join(__dirname, 'buildSchemas.js')], { stdio: 'inherit' });
const sqlite = diff('sqlite');
const postgresql = diff('postgresql');
const wrote = [write('sqlite', sqlite), write('postgresql', postgresql)].some(Boolean);
if (wrote) fs.copyFileSync(path.join(root, 'prisma', 'models.prisma'), snapshot);
