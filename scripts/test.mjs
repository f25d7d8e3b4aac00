#!/usr/bin/env node
// `npm test`: type checks and lint, then unit and property tests, then end-to-end tests in Chromium.
// Ends with one summary line, "N passed, N failed", counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'test-results';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const step = (name, cmd, args) => {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  return result.status === 0;
};

const counts = (file) => {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
  } catch {
    return { passed: 0, failed: 0 };
  }
};

const json = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
let ok = step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
ok = step('lint', 'npm', ['run', '--silent', 'lint']) && ok;
ok = step('unit and property tests', 'npx', ['vitest', 'run', ...json(`${reports}/unit.json`)]) && ok;
ok = step('end-to-end tests', 'node', ['scripts/e2e.mjs', ...json(`${reports}/e2e.json`)]) && ok;

const unit = counts(`${reports}/unit.json`);
const e2e = counts(`${reports}/e2e.json`);
console.log(`\nunit and property: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
process.exit(ok ? 0 : 1);
