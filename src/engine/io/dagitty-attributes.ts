/**
 * engine/io/dagitty-attributes — the meaning of attribute keys and values in model code.
 *
 * Contract: `roleForKey` maps every role keyword DAGitty accepts (`e`, `source`, `u`, …) to its
 * role; `parseNumberList` reads "x,y" / "x1,y1,x2,y2" values (whitespace allowed around each
 * number, extra numbers ignored) and returns null when there are too few or one is not a decimal
 * number. `formatCoordinate` writes positions as `toFixed(3)`, the way DAGitty does.
 * Complexity: O(length of the value).
 */
import type { Role } from '../graph/types';

const ROLE_KEYWORDS: ReadonlyMap<string, Role> = new Map<string, Role>([
  ['exposure', 'exposure'],
  ['e', 'exposure'],
  ['source', 'exposure'],
  ['outcome', 'outcome'],
  ['o', 'outcome'],
  ['target', 'outcome'],
  ['adjusted', 'adjusted'],
  ['a', 'adjusted'],
  ['latent', 'latent'],
  ['l', 'latent'],
  ['unobserved', 'latent'],
  ['u', 'latent'],
  ['selected', 'selected'],
  ['s', 'selected'],
]);

export function roleForKey(key: string): Role | undefined {
  return ROLE_KEYWORDS.get(key);
}

/** Node attribute keys that model code interprets; they can never be kept as plain attributes. */
export function isReservedNodeKey(key: string): boolean {
  return ROLE_KEYWORDS.has(key) || key === 'pos' || key === 'label';
}

/** Edge attribute keys that model code interprets. */
export function isReservedEdgeKey(key: string): boolean {
  return key === 'pos' || key === 'label';
}

/** Graph attribute keys that model code interprets. */
export function isReservedGraphKey(key: string): boolean {
  return key === 'bb';
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The first `count` numbers of a comma-separated list, or null. */
export function parseNumberList(value: string, count: number): number[] | null {
  const parts = value.split(',');
  if (parts.length < count) return null;
  const numbers: number[] = [];
  for (let i = 0; i < count; i++) {
    const part = parts[i].trim();
    if (!DECIMAL.test(part)) return null;
    const n = Number(part);
    if (!Number.isFinite(n)) return null;
    numbers.push(n === 0 ? 0 : n);
  }
  return numbers;
}

export function formatCoordinate(n: number): string {
  return n.toFixed(3);
}

/** JavaScript's shortest form of a number, as DAGitty writes `bb` (`1.50` → `1.5`, never `-0`). */
export function formatShortNumber(n: number): string {
  return String(n === 0 ? 0 : n);
}

/**
 * Why a string cannot be written inside model-code quotes, or null when it can: quoted strings
 * cannot hold control characters, and a final backslash would escape the closing quote.
 */
export function unwritableInQuotes(value: string): string | null {
  if (hasControlCharacter(value)) return 'contains a control character (tab, line break, …), which model code cannot write';
  if (value.endsWith('\\')) return 'ends with a backslash, which model code cannot write';
  return null;
}

/** C0 and C1 control characters (and DEL): what model code can never hold inside quotes. */
export function isControlCode(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isControlCode(value.charCodeAt(i))) return true;
  return false;
}
