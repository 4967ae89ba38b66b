#!/usr/bin/env node
// After `npm install`: write each provider's schema from prisma/models.prisma, generate both
// Prisma clients (offline: driver adapters need no engine download) and compile the TypeScript,
// so `npm start` on a fresh clone has nothing left to prepare.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// Installed as someone else's dependency, or without dev tools (npm ci --omit=dev): nothing to do.
if (!fs.existsSync(path.join(root, 'node_modules', 'prisma', 'build', 'index.js'))) process.exit(0);

const run = (file, args) => execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: 'inherit' });
run(path.join(__dirname, 'buildSchemas.js'), []);
for (const provider of ['sqlite', 'postgresql']) {
  run(path.join(__dirname, 'prisma.js'), [provider, 'generate']);
}
run(path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), ['-p', 'tsconfig.build.json']);
