/**
 * engine/io/report-markdown — the one-click review report: a Markdown document a reviewer can
 * read, paste into a pull request or print.
 *
 * Contract: every verdict in the report is recomputed from the document's graph here (nothing is
 * taken from the document but the graph and the author's notes). Sections: the causal question
 * and assumption register, the graph as model code, roles and automatic role labels with their
 * reasons, the adjustment verdict for the adjusted set with its reasons, the minimal adjustment
 * sets, the identification formula (TeX) or the hedge, per-node and per-edge notes, and the
 * simulator results when given. All user text (names, labels, notes) is escaped for the place it
 * is put, and no more, so the raw Markdown stays readable as plain text: in running text the
 * characters that can start emphasis, code, links, HTML, entities, tables or strikethrough
 * (\ ` * _ [ ] | ~ backslash-escaped; < > & as entities, which every Markdown renderer honours)
 * and line breaks (folded to spaces); where text starts a line, also the block markers (# - + =,
 * "1." / "1)"); in a heading, a trailing # run. A label such as `<img src=x onerror=…>` or
 * `[a](javascript:…)` therefore renders as exactly that text. Model code and the formula sit in
 * fences longer than any backtick run inside them. Complexity: the analyses it runs.
 */
import { checkAdjustmentSet } from '../adjust/adjustment-api';
import { adjustmentReport } from '../adjust/adjustment-report';
import { roleLabels } from '../adjust/labels';
import { nodesWithRole } from '../graph/build';
import { compareIds, indexGraph } from '../graph/indexed';
import { displayNameLookup } from '../graph/names';
import type { CausalGraph, EdgeKind, NodeId } from '../graph/types';
import { analysisReadiness } from '../graph/validate';
import type { IdentificationStrategy } from '../identify/identify';
import { identifyRoles } from '../identify/report';
import { serializeModelCode } from './dagitty-serialize';
import { ASSUMPTION_FIELDS, type AssumptionField, type CausewayDocument } from './document-types';

/** One estimator row of a simulation, as the simulator reports it. */
export interface ReportSimulationRow {
  readonly name: string;
  readonly estimate: number | null;
  readonly se: number | null;
  readonly ci: readonly [number, number] | null;
  readonly truth: number | null;
  readonly bias: number | null;
  readonly valid: boolean;
}

export interface MarkdownReportOptions {
  readonly title?: string;
  readonly simulation?: { readonly n: number; readonly seed: number; readonly rows: readonly ReportSimulationRow[] };
}

const FIELD_TITLES: Record<AssumptionField, string> = {
  question: 'Causal question',
  estimand: 'Estimand',
  treatment: 'Treatment definition',
  outcome: 'Outcome definition',
  unit: 'Unit of analysis',
  design: 'Design',
  assumptions: 'Identification assumptions',
  interference: 'Interference review',
  monitoring: 'Monitoring plan',
};

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes user text placed inside a line (after other text): Markdown renders it literally and no
 * HTML, entity, link or code span can form; line breaks become spaces.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[&<>]/g, (c) => ENTITIES[c])
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}

/** As `markdownText`, for text that starts a line (a list item's content): block markers too. */
export function markdownLine(text: string): string {
  return markdownText(text.trimStart())
    .replace(/^(?=#{1,6}(?:\s|$)|[-+=](?:[-+=\s]|$))/, '\\')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** As `markdownText`, for a heading's text: a trailing # run would be read as the closing sequence. */
function headingText(text: string): string {
  return markdownText(text).replace(/#(?=#*\s*$)/g, '\\#');
}

function fence(text: string, info = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${info}\n${text}${text.endsWith('\n') ? '' : '\n'}${marks}`;
}

/** A node's display name by id (`graph/names`): the label where there is one. */
type Namer = (id: string) => string;

const list = (ids: readonly string[], name: Namer) => (ids.length ? ids.map((id) => markdownText(name(id))).join(', ') : '—');
const setText = (ids: readonly string[], name: Namer) => (ids.length ? `{${ids.map((id) => markdownText(name(id))).join(', ')}}` : 'the empty set {}');
const ARROWS: Partial<Record<EdgeKind, string>> = { '->': '→', '<->': '↔' };
const num = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : v.toFixed(3));

export function reviewReport(doc: CausewayDocument, options: MarkdownReportOptions = {}): string {
  const { graph } = doc;
  const out: string[] = [`# ${headingText(options.title ?? graph.name ?? 'Causal diagram review')}`, ''];
  const register = doc.notes?.assumptions ?? {};
  const filled = ASSUMPTION_FIELDS.filter((f) => register[f]?.trim());
  out.push('## Assumption register', '');
  if (filled.length === 0) out.push('_The author has not filled in the assumption register._', '');
  for (const field of filled) out.push(`**${FIELD_TITLES[field]}:** ${markdownText(register[field]!.trim())}`, '');

  out.push('## Graph', '', fence(serializeModelCode(graph)), '');
  const name: Namer = displayNameLookup(graph);
  // Where a label stands for a node, its id follows once, to find it in the model code above.
  const named: Namer = (id) => (name(id) === id ? id : `${name(id)} (${id})`);
  const exposure = nodesWithRole(graph, 'exposure');
  const outcome = nodesWithRole(graph, 'outcome');
  const adjusted = nodesWithRole(graph, 'adjusted');
  out.push(
    `- Exposure: ${list(exposure, named)}`,
    `- Outcome: ${list(outcome, named)}`,
    `- Adjusted for: ${list(adjusted, named)}`,
    `- Latent: ${list(nodesWithRole(graph, 'latent'), named)}`,
    `- Selected: ${list(nodesWithRole(graph, 'selected'), named)}`,
    '',
  );

  const readiness = analysisReadiness(indexGraph(graph));
  if (!readiness.ok) {
    out.push('## Analysis', '', `The analyses cannot run: ${markdownText(readiness.message)}.`, '');
  } else if (exposure.length === 0 || outcome.length === 0) {
    out.push('## Analysis', '', 'Mark an exposure and an outcome to see adjustment and identification.', '');
  } else {
    out.push('## Role labels', '', ...roleLabelLines(graph, named));
    out.push('', '## Adjustment', '', ...adjustmentLines(graph, adjusted, name));
    out.push('', '## Identification', '', ...identificationLines(graph, name), '');
  }

  const nodeNotes = doc.notes?.nodes ?? [];
  const edgeNotes = doc.notes?.edges ?? [];
  if (nodeNotes.length + edgeNotes.length > 0) {
    out.push('## Notes', '');
    for (const note of nodeNotes) out.push(`- **${markdownText(named(note.id))}**: ${markdownText(note.text)}`);
    for (const note of edgeNotes) {
      out.push(`- **${markdownText(`${name(note.from)} ${ARROWS[note.kind] ?? note.kind} ${name(note.to)}`)}**: ${markdownText(note.text)}`);
    }
    out.push('');
  }

  if (options.simulation) {
    const { n, seed, rows } = options.simulation;
    out.push('## Simulation', '', `n = ${n}, seed = ${seed}.`, '', '| estimator | estimate | SE | 95% CI | truth | bias | valid for this graph |', '|---|---|---|---|---|---|---|');
    for (const r of rows) {
      const ci = r.ci ? `[${num(r.ci[0])}, ${num(r.ci[1])}]` : '—';
      out.push(`| ${markdownText(r.name)} | ${num(r.estimate)} | ${num(r.se)} | ${ci} | ${num(r.truth)} | ${num(r.bias)} | ${r.valid ? 'yes' : 'no'} |`);
    }
    out.push('');
  }
  out.push('_Generated by Causeway. Every verdict above was computed from the graph, not copied from the author._', '');
  return out.join('\n');
}

/** The verdict on the adjusted set; selected nodes are in the set tested, as they are always conditioned on. */
function adjustmentLines(graph: CausalGraph, adjusted: readonly NodeId[], name: Namer): string[] {
  const check = checkAdjustmentSet(graph, { set: adjusted });
  const selected = nodesWithRole(graph, 'selected');
  const subject =
    check.set.length === 0
      ? 'Adjusting for nothing'
      : selected.length === 0
        ? `The adjusted set ${setText(check.set, name)}`
        : `The set ${setText(check.set, name)} (${adjusted.length === 0 ? 'the selected' : 'the adjusted and the selected'} ${selected.length === 1 ? 'node, which is' : 'nodes, which are'} always conditioned on)`;
  const lines = check.valid
    ? [check.set.length === 0 ? `${subject} identifies the total effect: the empty set is a valid adjustment set.` : `${subject} is a valid adjustment set for the total effect.`]
    : [`${subject} does **not** identify the total effect:`, '', ...check.reasons.map((reason) => `- ${markdownLine(reason)}`)];
  const sets = adjustmentReport(graph);
  if (sets) {
    const minimal = sets.total.minimal;
    lines.push(
      '',
      minimal.length === 0
        ? 'No adjustment set identifies the total effect.'
        : `Minimal adjustment sets${sets.total.truncated ? ' (first ones)' : ''}: ${minimal.map((set) => setText(set, name)).join('; ')}.`,
    );
  }
  return lines;
}

/** One entry per labelled node: its name (with the id of the model code), then the reason for each label. */
function roleLabelLines(graph: CausalGraph, named: Namer): string[] {
  const labels = roleLabels(graph) ?? {};
  const labelled = Object.keys(labels).sort(compareIds);
  if (labelled.length === 0) return ['No variable is a confounder, mediator, collider or instrument for this effect.'];
  return labelled.map((id) => `- **${markdownText(named(id))}**: ${labels[id].map((entry) => markdownText(entry.reason)).join(' ')}`);
}

function strategyText(strategy: IdentificationStrategy, name: Namer): string {
  switch (strategy.kind) {
    case 'adjustment':
      return strategy.set.length === 0 ? 'without adjustment' : `by adjusting for ${setText(strategy.set, name)}`;
    case 'frontdoor':
      return `by the front-door criterion through ${setText(strategy.set, name)}`;
    default:
      return 'by the ID algorithm (do-calculus)';
  }
}

/**
 * The formula with its query as left-hand side, or the hedge. With selected nodes the query is
 * conditioned on them, so the formula is the effect within the selected group and says so.
 */
function identificationLines(graph: CausalGraph, name: Namer): string[] {
  const result = identifyRoles(graph);
  if (!result) return ['The exposure and outcome roles do not form a query that can be identified.'];
  const selected = nodesWithRole(graph, 'selected');
  const within = selected.length > 0 ? `Within the selected group (given ${setText(selected, name)}), the` : 'The';
  const effect = `${within} effect of ${setText(nodesWithRole(graph, 'exposure'), name)} on ${setText(nodesWithRole(graph, 'outcome'), name)}`;
  if (!result.identifiable) {
    const hedge = result.hedge;
    return [
      `${effect} is **not identifiable** from the observed variables in this graph.`,
      ...(hedge ? ['', `A hedge proves it: F = ${setText(hedge.F, name)}, F′ = ${setText(hedge.Fprime, name)}.`] : []),
    ];
  }
  return [
    `${effect} is identifiable ${strategyText(result.strategy, name)}:`,
    '',
    fence(`${result.queryTex} = ${result.tex}`, 'math'),
    ...(selected.length > 0
      ? [
          '',
          `This formula is for the selected group: the effect among units with ${list(selected, name)} at the selected value, which can differ from the effect in the whole population.`,
        ]
      : []),
  ];
}
