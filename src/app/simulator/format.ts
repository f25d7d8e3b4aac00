/** app/simulator/format — how simulator numbers are printed (a dash for a missing value). */

export const DASH = '—';

export function num(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const text = x.toFixed(digits);
  // A minus sign, not a hyphen, and no "-0.0000".
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

export function ci(interval: readonly [number, number] | readonly number[], digits = 4): string {
  return `[${num(interval[0], digits)}, ${num(interval[1], digits)}]`;
}

export function yesNo(x: boolean | null): string {
  return x === null ? DASH : x ? 'yes' : 'no';
}

export const TRUTH_METHOD: Readonly<Record<string, string>> = {
  'closed-form': 'closed form (path products)',
  enumeration: 'exact enumeration',
  'mc-crn': 'Monte Carlo with common random numbers',
};

export function setText(set: readonly string[]): string {
  return set.length === 0 ? '∅' : `{${set.join(', ')}}`;
}
