/**
 * engine/io/document-check — small typed readers for untrusted JSON that record located errors.
 *
 * Contract: each reader takes a value and its JSON path, returns the typed value (or undefined)
 * and records `path: problem` when the value does not fit. Paths look like `graph.nodes[3].id`.
 * Error collection stops growing at `DOCUMENT_LIMITS.maxErrors`.
 * Complexity: O(1) per call, plus the size of any string checked.
 */
import { DOCUMENT_LIMITS, type DocumentError } from './document-types';

export type Json = unknown;
export type JsonObject = Readonly<Record<string, unknown>>;

export const child = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
export const item = (path: string, index: number): string => `${path}[${index}]`;

export class Checker {
  readonly errors: DocumentError[] = [];

  get full(): boolean {
    return this.errors.length >= DOCUMENT_LIMITS.maxErrors;
  }

  fail(path: string, problem: string): undefined {
    if (!this.full) this.errors.push({ path, message: `${path || '(document)'}: ${problem}` });
    return undefined;
  }

  object(value: Json, path: string, allowed: readonly string[]): JsonObject | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.fail(path, 'expected an object');
    const record = value as JsonObject;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.fail(child(path, key), `unknown field (expected one of ${allowed.join(', ')})`);
    }
    return record;
  }

  array(value: Json, path: string, max: number): readonly Json[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, 'expected an array');
    if (value.length > max) return this.fail(path, `too many entries: ${value.length} (at most ${max})`);
    return value;
  }

  string(value: Json, path: string, max: number = DOCUMENT_LIMITS.maxStringLength): string | undefined {
    if (typeof value !== 'string') return this.fail(path, 'expected a string');
    if (value.length > max) return this.fail(path, `text too long: ${value.length} characters (at most ${max})`);
    return value;
  }

  number(value: Json, path: string): number | undefined {
    if (typeof value !== 'number') return this.fail(path, 'expected a number');
    if (!Number.isFinite(value)) return this.fail(path, 'expected a finite number');
    return value;
  }

  oneOf<T extends string>(value: Json, path: string, options: readonly T[]): T | undefined {
    if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
      return this.fail(path, `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}`);
    }
    return value as T;
  }

  position(value: Json, path: string): { x: number; y: number } | undefined {
    const o = this.object(value, path, ['x', 'y']);
    if (!o) return undefined;
    const x = this.number(o.x, child(path, 'x'));
    const y = this.number(o.y, child(path, 'y'));
    return x === undefined || y === undefined ? undefined : { x: x === 0 ? 0 : x, y: y === 0 ? 0 : y };
  }
}
