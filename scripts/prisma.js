#!/usr/bin/env node
// Runs the Prisma CLI against one provider's schema: `node scripts/prisma.js sqlite|postgresql <args>`.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const [provider, ...args] = process.argv.slice(2);
if (provider !== 'sqlite' && provider !== 'postgresql') {
  console.error('usage: node scripts/prisma.js sqlite|postgresql <prisma arguments>');
  process.exit(2);
}
const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const config = path.join(root, 'prisma', provider, 'prisma.config.ts');
const result = spawnSync(process.execPath, [cli, ...args, '--config', config], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
});
process.exit(result.status ?? 1);
