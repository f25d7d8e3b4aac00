/**
 * cli/load — reads the graph a command works on: a FILE argument (model code or a Causeway JSON
 * document; `-` is stdin) or, in `batch`, the `model` option.
 */
import { type CausalGraph, type CausewayDocument, readGraphInput } from '../engine';
import { type CommandRequest, UserError } from './commands/types';

export interface LoadedInput {
  readonly source: string;
  readonly document: CausewayDocument;
  readonly graph: CausalGraph;
}

/** Parses text into a document, turning a parse error into a located `UserError`. */
export function loadText(text: string, source: string): LoadedInput {
  const result = readGraphInput(text);
  if (!result.ok) {
    const { message, line, column } = result.error;
    const where = line !== undefined ? `${source}:${line}:${column ?? 1}: ` : `${source}: `;
    throw new UserError(where + message, line, column);
  }
  return { source, document: result.document, graph: result.document.graph };
}

/** The single input of a command: the `model` option (batch) or exactly one FILE. */
export async function loadInput(request: CommandRequest): Promise<LoadedInput> {
  const model = request.options.model;
  if (typeof model === 'string') return loadText(model, 'model');
  if (request.positional.length !== 1) throw new UserError('expected exactly one FILE (use - for stdin)');
  return loadText(await readSource(request, request.positional[0]), request.positional[0]);
}

/** Reads a file or stdin, turning a missing file into a `UserError`. */
export async function readSource(request: CommandRequest, path: string): Promise<string> {
  try {
    return await request.readText(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${path}: is a directory`);
    throw new UserError(`${path}: cannot be read (${code ?? 'unknown error'})`);
  }
}
