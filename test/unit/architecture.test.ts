/**
 * The house rules that keep the engine pure, checked on the source text: the engine imports no UI,
 * DOM or worker code and uses no global randomness; only src/app/canvas imports React Flow.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const importsOf = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
/** Source text without comments, so a comment that mentions `window.` is not a violation. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');

describe('architecture', () => {
  const engine = sourceFiles('src/engine');

  it('keeps the engine free of UI, DOM and worker imports', () => {
    const offenders = engine.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => /^(react|react-dom|@xyflow|zustand|zundo|katex|comlink)(\/|$)/.test(spec) || /\/(app|workers)\//.test(spec))
        .map((spec) => `${relative('.', file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the engine free of DOM globals and Math.random', () => {
    const offenders = engine.filter((file) =>
      /(^|[^.\w])(window|document|localStorage|sessionStorage|navigator)\.|Math\.random\(/.test(code(readFileSync(file, 'utf8'))),
    );
    expect(offenders.map((f) => relative('.', f))).toEqual([]);
  });

  it('imports React Flow only inside src/app/canvas', () => {
    const offenders = sourceFiles('src')
      .filter((file) => !relative('.', file).split(/[\\/]/).join('/').startsWith('src/app/canvas/'))
      .filter((file) => importsOf(readFileSync(file, 'utf8')).some((spec) => spec.startsWith('@xyflow/')));
    expect(offenders.map((f) => relative('.', f))).toEqual([]);
  });
});
