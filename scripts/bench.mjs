#!/usr/bin/env node
// `npm run bench [-- filter... --json --time MS --list]`: runs bench/run.ts under tsx in this
// Node process's binary, from the repository root, and passes the exit status on.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(process.execPath, ['--import', 'tsx', join('bench', 'run.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (result.error) {
  console.error(`bench: could not start node: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
