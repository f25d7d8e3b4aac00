/**
 * cli/main — runs one command line and returns what to print, so tests call it in-process.
 *
 * Every command prints JSON (or, for `export`, plain text) on stdout and exits 0; a user error
 * prints `{"error": {"message", "line"?, "column"?}}` and exits 1; nothing ever prints a stack
 * trace. Unexpected failures are reported the same way, as an internal error.
 */
import { isInputError } from '../engine';
import { parseArgv } from './argv';
import { commands, findCommand } from './commands/index';
import { type CommandResult, UserError } from './commands/types';

export interface CliIo {
  readText(path: string): Promise<string>;
}

export interface CliOutput {
  readonly stdout: string;
  readonly code: 0 | 1;
}

export function errorObject(error: unknown): { error: { message: string; line?: number; column?: number } } {
  if (error instanceof UserError || isInputError(error)) {
    const located = error as { line?: number; column?: number };
    return {
      error: {
        message: error.message,
        ...(located.line !== undefined ? { line: located.line } : {}),
        ...(located.column !== undefined ? { column: located.column } : {}),
      },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { error: { message: `internal error: ${message}` } };
}

export function formatResult(result: CommandResult): string {
  switch (result.kind) {
    case 'json':
      return JSON.stringify(result.value) + '\n';
    case 'lines':
      return result.values.map((v) => JSON.stringify(v) + '\n').join('');
    case 'text':
      return result.text.endsWith('\n') ? result.text : result.text + '\n';
  }
}

export function helpText(): string {
  const lines = [
    'Causeway command line: causal graph analysis with JSON output.',
    '',
    'usage: npm run --silent cli -- <command> [arguments]',
    '',
    ...commands.map((c) => `  ${c.name} ${c.usage}\n      ${c.summary}`),
    '',
    'FILE is model code (DAGitty language) or a Causeway JSON document; - reads stdin.',
  ];
  return lines.join('\n') + '\n';
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<CliOutput> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return { stdout: helpText(), code: name === undefined ? 1 : 0 };
  }
  try {
    const command = findCommand(name);
    if (!command) throw new UserError(`unknown command "${name}"; commands: ${commands.map((c) => c.name).join(', ')}`);
    const { positional, options } = parseArgv(rest, command.options, command.flags);
    const result = await command.run({ positional, options, readText: io.readText });
    return { stdout: formatResult(result), code: 0 };
  } catch (error) {
    return { stdout: JSON.stringify(errorObject(error)) + '\n', code: 1 };
  }
}
