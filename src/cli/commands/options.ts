/**
 * cli/commands/options — typed readers for command options, shared by argv and batch input.
 */
import { type CommandRequest, type OptionValue, UserError } from './types';

function raw(request: CommandRequest, name: string): OptionValue | undefined {
  return request.options[name];
}

/** A list option: `--x A,B` or `"x": ["A","B"]`. Missing → `fallback` (default: empty list). */
export function listOption(request: CommandRequest, name: string, fallback: string[] = []): string[] {
  const value = raw(request, name);
  if (value === undefined) return fallback;
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'string')) throw new UserError(`--${name} must be a list of node ids`);
    return [...value];
  }
  if (typeof value === 'string') return value === '' ? [] : value.split(',').map((s) => s.trim());
  throw new UserError(`--${name} must be a comma-separated list of node ids`);
}

/** A required list option with at least one member. */
export function requiredList(request: CommandRequest, name: string): string[] {
  const list = listOption(request, name);
  if (list.length === 0) throw new UserError(`--${name} is required (a comma-separated list of node ids)`);
  return list;
}

export function stringOption(request: CommandRequest, name: string): string | undefined {
  const value = raw(request, name);
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new UserError(`--${name} must be a single value`);
}

/** A string option restricted to `choices`. */
export function choiceOption<T extends string>(request: CommandRequest, name: string, choices: readonly T[], fallback: T): T {
  const value = stringOption(request, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UserError(`--${name} must be one of ${choices.join(', ')} (got "${value}")`);
  }
  return value as T;
}

/** A whole-number option within [min, max]. */
export function intOption(request: CommandRequest, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const value = raw(request, name);
  if (value === undefined) return fallback;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UserError(`--${name} must be a whole number between ${min} and ${max}`);
  }
  return n;
}

export function flagOption(request: CommandRequest, name: string): boolean {
  const value = raw(request, name);
  return value === true || value === 'true';
}
