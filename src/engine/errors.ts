/**
 * engine/errors — the error type for user mistakes.
 *
 * Contract: every id-level API (the functions the CLI and UI call with node ids and model code)
 * throws `InputError` for something the user can fix — an unknown node id, overlapping sets, a
 * cycle, a syntax error — with a message written for that user (no module prefix, no stack talk)
 * and, for text input, the 1-based line and column. Any other thrown error is a bug in Causeway.
 * The CLI prints `{"error": {"message", "line"?, "column"?}}` for an `InputError` and exits 1.
 */

export interface InputLocation {
  /** 1-based line in the input text. */
  readonly line?: number;
  /** 1-based column in the input text. */
  readonly column?: number;
}

export class InputError extends Error {
  override readonly name = 'InputError';
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, location: InputLocation = {}) {
    super(message);
    if (location.line !== undefined) this.line = location.line;
    if (location.column !== undefined) this.column = location.column;
  }
}

/** True for an `InputError`, also one thrown from another copy of this module (worker bundles). */
export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError || (error instanceof Error && error.name === 'InputError');
}
