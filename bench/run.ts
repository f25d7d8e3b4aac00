/**
 * bench/run — finds bench/*.bench.ts, runs the cases whose "file/name" contains every filter
 * word (case-insensitive), and prints a table of per-call medians (or JSON with `--json`).
 *
 *   npm run bench                       all cases
 *   npm run bench -- dsep 500           cases matching "dsep" and "500"
 *   npm run bench -- --json             machine-readable results on stdout
 *   npm run bench -- --time 1500        time box per case in ms (default 1000)
 *   npm run bench -- --list             names only
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchCase, type CaseResult, DEFAULT_TIMING, timeCase } from './harness';

interface Args {
  filters: string[];
  json: boolean;
  list: boolean;
  budgetMs: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { filters: [], json: false, list: false, budgetMs: DEFAULT_TIMING.budgetMs };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--list') args.list = true;
    else if (a === '--time') {
      const ms = Number(argv[++i]);
      if (!(ms > 0)) throw new Error('bench: --time needs a positive number of milliseconds');
      args.budgetMs = ms;
    } else if (a.startsWith('--')) throw new Error(`bench: unknown option ${a}`);
    else args.filters.push(a.toLowerCase());
  }
  return args;
}

async function loadCases(dir: string): Promise<{ file: string; case: BenchCase }[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const out: { file: string; case: BenchCase }[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { cases?: BenchCase[] };
    if (!Array.isArray(mod.cases)) throw new Error(`bench: ${f} does not export \`cases\``);
    for (const c of mod.cases) out.push({ file: f.replace(/\.bench\.ts$/, ''), case: c });
  }
  return out;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4));

function printTable(rows: (CaseResult & { file: string })[]): void {
  const header = ['case', 'median ms', 'p90 ms', 'runs'];
  const body = rows.map((r) => [`${r.file}/${r.name}`, fmt(r.medianMs), fmt(r.p90Ms), String(r.runs)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = dirname(fileURLToPath(import.meta.url));
  const all = await loadCases(dir);
  const chosen = all.filter(({ file, case: c }) => {
    const name = `${file}/${c.name}`.toLowerCase();
    return args.filters.every((f) => name.includes(f));
  });
  if (chosen.length === 0) {
    console.error(`bench: no case matches ${args.filters.join(' ') || '(no filter)'}; try --list`);
    process.exitCode = 1;
    return;
  }
  if (args.list) {
    for (const { file, case: c } of chosen) console.log(`${file}/${c.name}`);
    return;
  }
  console.error(`node ${process.version} ${process.platform}/${process.arch}; ${chosen.length} case(s), ≤ ${args.budgetMs} ms each`);
  const results: (CaseResult & { file: string })[] = [];
  const progress = process.stderr.isTTY === true;
  for (const { file, case: c } of chosen) {
    if (progress) process.stderr.write(`  ${file}/${c.name} …\r`);
    results.push({ file, ...timeCase(c, { ...DEFAULT_TIMING, budgetMs: args.budgetMs }) });
    if (progress) process.stderr.write('\x1b[2K');
  }
  if (args.json) {
    const json = results.map((r) => ({
      case: `${r.file}/${r.name}`,
      median_ms: r.medianMs,
      p90_ms: r.p90Ms,
      min_ms: r.minMs,
      runs: r.runs,
    }));
    console.log(JSON.stringify({ node: process.version, results: json }, null, 2));
  } else {
    printTable(results);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
