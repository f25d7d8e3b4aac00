/**
 * The command line as a real process: what `npm run --silent cli -- ...` prints and its exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8', input, timeout: 60_000 });

describe('cli process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'causeway-cli-'));
  const file = join(dir, 'g.dag');
  writeFileSync(file, 'dag { x [exposure] y [outcome] z -> {x y} x -> y }');

  it('prints JSON and exits 0 on success', () => {
    const out = run(['dsep', file, '--x', 'x', '--y', 'y', '--given', 'z']);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ separated: false, open_path: ['x', 'y'] });
  });
  it('exits 1 with an error object and no stack trace on bad input', () => {
    const out = run(['analyze', '-'], 'dag { x -> }');
    expect(out.status).toBe(1);
    const value = JSON.parse(out.stdout);
    expect(value.error.line).toBe(1);
    expect(out.stdout + out.stderr).not.toMatch(/\n\s+at /);
  });
  it('answers batch lines in order', () => {
    const out = run(['batch'], '{"command":"dsep","model":"a -> b -> c","x":["a"],"y":["c"],"given":["b"]}\n{"command":"nope"}\n');
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].separated).toBe(true);
    expect(lines[1].error.message).toMatch(/unknown command/);
  });
});
