#!/usr/bin/env node
// Runs the end-to-end suite against a production build in the system's Chromium.
// With CI=true a missing browser fails the run; locally it prints a notice and skips.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  const notice =
    'End-to-end tests need Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.';
  if (process.env.CI === 'true') {
    console.error(`e2e: ${notice}`);
    process.exit(1);
  }
  console.warn(`e2e: skipped. ${notice}`);
  process.exit(0);
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build') || !existsSync('dist/index.html')) {
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
}
const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
run('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.e2e.config.ts', ...extra], { CHROMIUM_PATH: chromium });
