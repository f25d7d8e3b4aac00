/**
 * engine/sim/csv — simulated data as CSV (RFC 4180).
 *
 * Contract: `sampleToCsv(scm, sample, { latents })` writes one header row of node ids and one row
 * per unit: observed columns only by default; with `latents: true` the latent columns follow,
 * labelled `latent:<id>` so they can never be mistaken for observed data. Binary and categorical
 * values print as integers, continuous ones with up to 17 significant digits (round-trip exact).
 * Fields containing a comma, quote or line break are quoted with doubled quotes; a field starting
 * with = + - @ (a spreadsheet formula) that is not a number is prefixed with ' (CSV injection).
 * Complexity: O(n · columns). Reference: RFC 4180; OWASP "CSV Injection".
 */
import type { ScmSample, Scm } from './sample';

function field(text: string): string {
  let out = text;
  if (/^[=+\-@\t\r]/.test(out) && !Number.isFinite(Number(out))) out = `'${out}`;
  return /[",\r\n]/.test(out) ? `"${out.replace(/"/g, '""')}"` : out;
}

export function sampleToCsv(scm: Scm, sample: ScmSample, options: { latents?: boolean } = {}): string {
  const observed = scm.spec.nodes.filter((n) => !n.latent).map((n) => n.id);
  const latent = options.latents ? scm.spec.nodes.filter((n) => n.latent).map((n) => n.id) : [];
  const ids = [...observed, ...latent];
  const cols = ids.map((id) => sample.all.get(id)!);
  const header = [...observed.map(field), ...latent.map((id) => field(`latent:${id}`))].join(',');
  const lines = [header];
  const n = cols[0]?.length ?? 0;
  for (let i = 0; i < n; i++) {
    let line = '';
    for (let j = 0; j < cols.length; j++) {
      if (j > 0) line += ',';
      const v = cols[j][i];
      line += String(v);
    }
    lines.push(line);
  }
  return `${lines.join('\r\n')}\r\n`;
}
