/**
 * cli/bin — the process entry point: wires real files and stdin into `runCli`.
 */
import { readFile } from 'node:fs/promises';
import { runCli } from './main';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

let stdinText: Promise<string> | undefined;
const readText = (path: string): Promise<string> =>
  path === '-' ? (stdinText ??= readStdin()) : readFile(path, 'utf8');

runCli(process.argv.slice(2), { readText }).then(
  ({ stdout, code }) => {
    process.stdout.write(stdout, () => process.exit(code));
  },
  (error: unknown) => {
    process.stdout.write(JSON.stringify({ error: { message: `internal error: ${String(error)}` } }) + '\n');
    process.exit(1);
  },
);
