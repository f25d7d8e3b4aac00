/**
 * app/simulator/ScmEditor — the structural causal model on the drawn graph, one group per node:
 * equation type (linear-Gaussian, logistic for a binary 0/1 node, or a custom equation), intercept,
 * one coefficient per incoming edge, the noise SD, and one strength per drawn bidirected edge (its
 * hidden common cause). The engine's validation messages appear under the field they concern.
 */
import type { ExpandedGraph, NodeSpec, ScmSpec, SpecIssue } from '../../engine';
import { FieldErrors, NumberField, SelectField, TextField } from './fields';
import {
  type EquationChoice,
  equationChoice,
  latentStrength,
  setCoefficient,
  setEquationChoice,
  setExpression,
  setExpressionOutput,
  setIntercept,
  setLatentStrength,
  setNoiseSd,
} from './scm-edit';

const CHOICES: readonly (readonly [EquationChoice, string])[] = [
  ['linear', 'Linear-Gaussian (continuous)'],
  ['logistic', 'Logistic (binary 0/1)'],
  ['expr', 'Custom equation'],
];

const OUTPUTS = [
  ['continuous', 'continuous value'],
  ['logit', 'binary 0/1, expression is the logit'],
  ['probability', 'binary 0/1, expression is the probability'],
] as const;

const issueText = (issue: SpecIssue) => (issue.severity === 'warning' ? `Warning: ${issue.message}` : issue.message);

type Field = 'intercept' | 'sd' | 'expr' | `coef:${string}` | 'node';

/** Which field an engine message is about (the node group when none fits). */
export function fieldOfIssue(node: NodeSpec, issue: SpecIssue): Field {
  const m = issue.message;
  if (issue.position !== undefined || (node.eq.type === 'expr' && /expr|symbol|function|parse|unexpected|uses "/i.test(m))) return 'expr';
  const coef = /coefficient of (\S+) /.exec(m);
  if (coef) return `coef:${coef[1]}`;
  if (/intercept/.test(m)) return 'intercept';
  if (/noise SD|Laplace|Student|uniform/.test(m)) return 'sd';
  return 'node';
}

interface Props {
  readonly spec: ScmSpec;
  /** A node's display name by id (the label where there is one); equations use the ids. */
  readonly nameOf: (id: string) => string;
  readonly expanded: ExpandedGraph | null;
  readonly issues: readonly SpecIssue[];
  readonly onChange: (spec: ScmSpec) => void;
}

export function ScmEditor({ spec, nameOf, expanded, issues, onChange }: Props) {
  const global = issues.filter((i) => i.node === undefined);
  const bidirected = expanded?.bidirectedLatents ?? new Map<string, readonly [string, string]>();
  const nodes = spec.nodes.filter((n) => !bidirected.has(n.id));
  const hidden = spec.nodes.filter((n) => bidirected.has(n.id));
  return (
    <div className="sim-editor">
      <p className="sim-hint">
        Treatment <strong>{spec.treatment}</strong>, outcome <strong>{spec.outcome}</strong> (the exposure and outcome roles). Binary nodes are
        coded 0/1; coefficients are used exactly as typed. Custom equations use parent ids and <code>eps</code> (the node&apos;s noise), with + − * / ^,
        comparisons, <code>c ? a : b</code> and exp, log, sqrt, abs, sin, cos, tanh, min, max, sigmoid, step.
      </p>
      {global.length > 0 && (
        <div role="alert" className="sim-alert">
          <FieldErrors id="sim-global-errors" messages={global.map(issueText)} />
        </div>
      )}
      {nodes.map((node) => (
        <NodeEditor
          key={node.id}
          spec={spec}
          node={node}
          name={nameOf(node.id)}
          parents={expanded?.parents.get(node.id) ?? []}
          bidirected={bidirected}
          issues={issues.filter((i) => i.node === node.id)}
          onChange={onChange}
        />
      ))}
      {hidden.map((node) => {
        const ends = bidirected.get(node.id)!;
        const strength = latentStrength(spec, node.id, ends);
        return (
          <fieldset key={node.id} className="sim-node">
            <legend>
              Hidden common cause of {ends[0]} ↔ {ends[1]}
            </legend>
            {strength === null ? (
              <p className="sim-hint">Both ends need a linear or logistic equation to set a strength here.</p>
            ) : (
              <NumberField label={`Strength (covariance it induces; loadings √|b|)`} value={Number(strength.toPrecision(12))} onCommit={(v) => onChange(setLatentStrength(spec, node.id, ends, v))} />
            )}
            <FieldErrors id={`sim-node-${node.id}-errors`} messages={issues.filter((i) => i.node === node.id).map(issueText)} />
          </fieldset>
        );
      })}
    </div>
  );
}

function NodeEditor({
  spec,
  node,
  name,
  parents,
  bidirected,
  issues,
  onChange,
}: {
  spec: ScmSpec;
  node: NodeSpec;
  name: string;
  parents: readonly string[];
  bidirected: ReadonlyMap<string, readonly [string, string]>;
  issues: readonly SpecIssue[];
  onChange: (spec: ScmSpec) => void;
}) {
  const byField = new Map<Field, string[]>();
  for (const issue of issues) {
    const f = fieldOfIssue(node, issue);
    byField.set(f, [...(byField.get(f) ?? []), issueText(issue)]);
  }
  const errorsOf = (f: Field) => byField.get(f) ?? [];
  const choice = equationChoice(node);
  const id = node.id;
  const roles = [id === spec.treatment ? 'treatment' : '', id === spec.outcome ? 'outcome' : '', node.latent ? 'latent' : ''].filter(Boolean);
  const parentName = (p: string) => {
    const ends = bidirected.get(p);
    return ends ? `the hidden cause of ${ends[0]} ↔ ${ends[1]}` : p;
  };
  const eq = node.eq;
  return (
    <fieldset className="sim-node">
      <legend>
        {name}
        {name !== id && (
          <>
            {' '}
            <code>{id}</code>
          </>
        )}
        {roles.length > 0 && <span className="sim-muted"> ({roles.join(', ')})</span>}
      </legend>
      {choice === 'other' ? (
        <p className="sim-hint">
          {eq.type === 'cpt' ? `A conditional probability table over ${eq.parents.length} parent(s).` : 'A discrete root (Bernoulli or categorical).'} Edit it in the
          document&apos;s JSON, or switch it:{' '}
        </p>
      ) : null}
      <SelectField
        label="Equation"
        value={choice === 'other' ? ('other' as EquationChoice) : choice}
        options={choice === 'other' ? [['other', 'Table or discrete root'] as const, ...CHOICES] : CHOICES}
        onChange={(c) => onChange(setEquationChoice(spec, id, c, parents))}
      />
      {(eq.type === 'linear' || eq.type === 'logistic') && choice !== 'other' && (
        <div className="sim-grid-fields">
          <NumberField label="Intercept" value={eq.intercept} errors={errorsOf('intercept')} onCommit={(v) => onChange(setIntercept(spec, id, v))} />
          {parents.map((p) => (
            <NumberField
              key={p}
              label={
                <>
                  Coefficient of {parentName(p)} <span aria-hidden="true">→ {id}</span>
                </>
              }
              value={eq.coef[p] ?? 0}
              errors={errorsOf(`coef:${p}`)}
              onCommit={(v) => onChange(setCoefficient(spec, id, p, v))}
            />
          ))}
          {eq.type === 'linear' && eq.noise.dist === 'normal' && (
            <NumberField label="Noise SD" value={eq.noise.sd} errors={errorsOf('sd')} onCommit={(v) => onChange(setNoiseSd(spec, id, v))} />
          )}
          {eq.type === 'linear' && eq.noise.dist !== 'normal' && <p className="sim-hint">Noise: {eq.noise.dist}</p>}
        </div>
      )}
      {eq.type === 'expr' && (
        <>
          <TextField
            label={`Equation of ${id}`}
            value={eq.expr}
            errors={errorsOf('expr')}
            hint={parents.length > 0 ? `Parents: ${parents.join(', ')}` : 'No parents: use constants and eps.'}
            onCommit={(text) => onChange(setExpression(spec, id, text))}
          />
          <div className="sim-grid-fields">
            <SelectField label="Output" value={eq.output} options={OUTPUTS} onChange={(o) => onChange(setExpressionOutput(spec, id, o))} />
            {eq.noise.dist === 'normal' && (
              <NumberField label="Noise SD (eps)" value={eq.noise.sd} errors={errorsOf('sd')} onCommit={(v) => onChange(setNoiseSd(spec, id, v))} />
            )}
          </div>
        </>
      )}
      <FieldErrors id={`sim-node-${id}-errors`} messages={errorsOf('node')} />
    </fieldset>
  );
}
