/**
 * The `adjust` and `check-set` commands, through the same runner as the command line and `batch`.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';

const files: Record<string, string> = {
  'butterfly.dag': 'dag { X [exposure] Y [outcome] A -> X A -> M B -> M B -> Y M -> X M -> Y X -> Y }',
  'bow.dag': 'dag { X [exposure] Y [outcome] X -> Y X <-> Y }',
  'cycle.dag': 'dag { X [exposure] Y [outcome] X -> Y Y -> X }',
};

async function run(args: string[], stdin = '') {
  const out = await runCli(args, {
    readText: async (path) => {
      if (path === '-') return stdin;
      if (path in files) return files[path];
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
  });
  return { code: out.code, lines: out.stdout.trim().split('\n').map((line) => JSON.parse(line)) };
}

describe('cli: adjust', () => {
  it('prints the minimal sets', async () => {
    expect(await run(['adjust', 'butterfly.dag'])).toEqual({ code: 0, lines: [{ sets: [['A', 'M'], ['B', 'M']], truncated: false }] });
    expect((await run(['adjust', 'butterfly.dag', '--must-not', 'A'])).lines[0]).toEqual({ sets: [['B', 'M']], truncated: false });
    expect((await run(['adjust', 'butterfly.dag', '--max', '1'])).lines[0]).toEqual({ sets: [['A', 'M']], truncated: true });
    expect((await run(['adjust', 'bow.dag', '--effect', 'direct'])).lines[0]).toEqual({ sets: [], truncated: false });
  });

  it('refuses a cycle and a bad effect with an error object', async () => {
    const cycle = await run(['adjust', 'cycle.dag']);
    expect(cycle.code).toBe(1);
    expect(cycle.lines[0].error.message).toMatch(/cycle/);
    const effect = await run(['adjust', 'butterfly.dag', '--effect', 'sideways']);
    expect(effect.code).toBe(1);
  });
});

describe('cli: check-set', () => {
  it('prints validity, reasons and open paths', async () => {
    const out = await run(['check-set', 'butterfly.dag', '--set', 'M']);
    expect(out.code).toBe(0);
    expect(out.lines[0]).toEqual({
      valid: false,
      reasons: ['The non-causal path X ← A → M ← B → Y is open given {M}.'],
      open_paths: [['X', 'A', 'M', 'B', 'Y']],
    });
    expect((await run(['check-set', 'butterfly.dag', '--set', 'B,M'])).lines[0]).toEqual({ valid: true, reasons: [], open_paths: [] });
  });

  it('needs --set and rejects unknown ids', async () => {
    expect((await run(['check-set', 'butterfly.dag'])).code).toBe(1);
    const unknown = await run(['check-set', 'butterfly.dag', '--set', 'Q']);
    expect(unknown.code).toBe(1);
    expect(unknown.lines[0].error.message).toMatch(/"Q"/);
  });

  it('runs in batch', async () => {
    const input = [
      JSON.stringify({ command: 'adjust', model: files['butterfly.dag'], 'must-not': ['B'] }),
      JSON.stringify({ command: 'check-set', model: files['butterfly.dag'], set: [], effect: 'total' }),
    ].join('\n');
    const out = await run(['batch'], input);
    expect(out.lines[0]).toEqual({ sets: [['A', 'M']], truncated: false });
    expect(out.lines[1].valid).toBe(false);
  });
});
