/**
 * cli/commands/types — the shape every command shares, so `batch` can run any of them.
 *
 * A command receives already-parsed options (from argv or from a JSON Lines object) and returns
 * either a JSON value or plain text. User mistakes are thrown as `UserError` (or the engine's
 * `InputError`); the runner turns them into `{"error": {...}}` with exit code 1.
 */

/** Option values: argv gives strings (lists comma-separated) and booleans; batch gives JSON values. */
export type OptionValue = string | number | boolean | readonly string[];

export interface CommandRequest {
  /** Positional arguments (file names; `-` is stdin). */
  readonly positional: readonly string[];
  /** Long options without the dashes: `--must-not a,b` → `{ "must-not": "a,b" }`. */
  readonly options: Readonly<Record<string, OptionValue>>;
  /** Reads a file, or stdin for `-`. */
  readText(path: string): Promise<string>;
}

export type CommandResult =
  | { readonly kind: 'json'; readonly value: unknown }
  /** Several JSON values, one per line (analyze with several files). */
  | { readonly kind: 'lines'; readonly values: readonly unknown[] }
  | { readonly kind: 'text'; readonly text: string };

export interface Command {
  readonly name: string;
  /** One line for the help text. */
  readonly summary: string;
  /** Usage after the command name, e.g. `FILE --x A,B --y C [--given D,E]`. */
  readonly usage: string;
  /** Option names the command accepts (without dashes); anything else is a user error. */
  readonly options: readonly string[];
  /** Options that take no value. */
  readonly flags?: readonly string[];
  run(request: CommandRequest): Promise<CommandResult>;
}

/** A mistake in the user's input: printed as an error object, exit code 1, no stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
