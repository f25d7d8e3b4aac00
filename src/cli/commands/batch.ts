/**
 * cli/commands/batch — JSON Lines in, one answer per line out, in order.
 *
 * Each line is `{"command": "...", "model": "<model code>", ...options}` with options named like
 * the long flags (lists as JSON arrays). A bad line gets an error line and the rest still run.
 * Blank lines are skipped. The exit code is 0 even when some lines failed: the answers say which.
 */
import { readSource } from '../load';
import { errorObject } from '../main';
import type { Command, CommandRequest, OptionValue } from './types';
import { UserError } from './types';

/** Options every batch line may carry besides the command's own. */
const BATCH_KEYS = new Set(['command', 'model']);

function lineRequest(value: unknown, lookup: (name: string) => Command | undefined, lineNo: number): {
  command: Command;
  request: CommandRequest;
} {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`line ${lineNo}: expected a JSON object`, lineNo);
  }
  const record = value as Record<string, unknown>;
  const name = record.command;
  if (typeof name !== 'string') throw new UserError(`line ${lineNo}: "command" is missing`, lineNo);
  if (name === 'batch') throw new UserError(`line ${lineNo}: batch cannot run inside batch`, lineNo);
  const command = lookup(name);
  if (!command) throw new UserError(`line ${lineNo}: unknown command "${name}"`, lineNo);
  if (typeof record.model !== 'string') throw new UserError(`line ${lineNo}: "model" must be model code text`, lineNo);
  const options: Record<string, OptionValue> = {};
  for (const [key, v] of Object.entries(record)) {
    if (key === 'command') continue;
    if (!BATCH_KEYS.has(key) && !command.options.includes(key) && !(command.flags ?? []).includes(key)) {
      throw new UserError(`line ${lineNo}: ${name} has no option "${key}"`, lineNo);
    }
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') options[key] = v;
    else if (Array.isArray(v) && v.every((item) => typeof item === 'string')) options[key] = v as string[];
    else throw new UserError(`line ${lineNo}: option "${key}" must be a string, number, boolean or list of strings`, lineNo);
  }
  const readText = () => Promise.reject(new UserError(`line ${lineNo}: batch reads models from "model", not files`));
  return { command, request: { positional: [], options, readText } };
}

export function batchCommand(lookup: (name: string) => Command | undefined): Command {
  return {
    name: 'batch',
    summary: 'read JSON Lines on stdin ({"command", "model", ...options}) and answer one line each',
    usage: '< requests.jsonl',
    options: [],
    async run(request) {
      const text = await readSource(request, '-');
      const values: unknown[] = [];
      const lines = text.split(/\r?\n/);
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() === '') continue;
        try {
          let parsed: unknown;
          try {
            parsed = JSON.parse(lines[i]);
          } catch (error) {
            throw new UserError(`line ${i + 1}: not valid JSON (${(error as Error).message})`, i + 1);
          }
          const { command, request: lineReq } = lineRequest(parsed, lookup, i + 1);
          const result = await command.run(lineReq);
          values.push(result.kind === 'text' ? { text: result.text } : result.kind === 'json' ? result.value : result.values);
        } catch (error) {
          values.push(errorObject(error));
        }
      }
      return { kind: 'lines', values };
    },
  };
}
