// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportView, SetList } from '../../../../src/app/analysis/types';
import { type CausalGraph, graphFromLists } from '../../../../src/engine';
import { renderPanels, reportOf } from './render';

afterEach(cleanup);

const PANELS = ['Roles', 'Adjustment', 'Front-door', 'Instruments', 'Testable implications', 'd-separation', 'Paths', 'Identification'];

// Confounding triangle with a mediator: Z → X → M → Y, Z → Y.
const confounded = (roles: Record<string, string[]> = {}): CausalGraph =>
  graphFromLists({
    directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'M'], ['M', 'Y']],
    roles: { exposure: ['X'], outcome: ['Y'], ...roles },
  });

/** The report of `graph` with the minimal total-effect sets replaced by `minimal`. */
function withMinimal(graph: CausalGraph, minimal: SetList): ReportView {
  const report = reportOf(graph);
  if (!report.adjustment?.ok) throw new Error('test: expected an adjustment section');
  return { ...report, adjustment: { ok: true, value: { ...report.adjustment.value, minimal: { ok: true, value: minimal } } } };
}

describe('analysis panels', () => {
  it('shows the cycle message instead of results in every panel', () => {
    const cyclic = graphFromLists({ directed: [['A', 'B'], ['B', 'C'], ['C', 'A']], roles: { exposure: ['A'], outcome: ['C'] } });
    renderPanels(cyclic, reportOf(cyclic));
    for (const name of PANELS) {
      const region = screen.getByRole('region', { name });
      expect(region).toHaveTextContent('The graph has a cycle: A → B → C → A');
      expect(within(region).queryAllByRole('button')).toEqual([]);
      expect(within(region).queryAllByRole('checkbox')).toEqual([]);
    }
  });

  it('names each panel exactly, as a landmark region', () => {
    const g = confounded();
    renderPanels(g, reportOf(g));
    for (const name of PANELS) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
  });

  it('says "no set exists" for [] and "the empty set works" for [[]], differently', () => {
    const g = confounded();
    const none = renderPanels(g, withMinimal(g, { sets: [], truncated: false }));
    const adjustment = () => screen.getByRole('region', { name: 'Adjustment' });
    expect(adjustment()).toHaveTextContent('No adjustment set exists for the total effect');
    expect(adjustment()).not.toHaveTextContent('The empty set works');
    none.unmount();
    renderPanels(g, withMinimal(g, { sets: [[]], truncated: false }));
    expect(adjustment()).toHaveTextContent('The empty set works for the total effect: no adjustment is needed.');
    expect(adjustment()).not.toHaveTextContent('No adjustment set exists for the total effect');
  });

  it('applies a minimal set as the adjusted set when it is clicked', async () => {
    const g = confounded();
    const { env } = renderPanels(g, reportOf(g));
    const region = screen.getByRole('region', { name: 'Adjustment' });
    const buttons = within(region).getAllByRole('button', { name: 'Adjust for {Z}' });
    await userEvent.click(buttons[0]);
    expect(env.applyAdjustedSet).toHaveBeenCalledWith(['Z']);
  });

  it('marks the set that is currently adjusted as pressed, says it is valid and gives its formula', async () => {
    const g = confounded({ adjusted: ['Z'] });
    renderPanels(g, reportOf(g));
    const region = screen.getByRole('region', { name: 'Adjustment' });
    expect(within(region).getAllByRole('button', { name: 'Adjust for {Z}' })[0]).toHaveAttribute('aria-pressed', 'true');
    expect(region).toHaveTextContent('Adjusting for {Z} is valid.');
    const formula = await within(region).findByTestId('formula');
    expect(formula.querySelector('annotation')?.textContent).toBe('P(Y \\mid \\mathrm{do}(X)) = \\sum_{Z} P(Y \\mid X, Z) P(Z)');
  });

  it('explains an invalid set, pins its open path, and lists a forbidden mediator', () => {
    const g = confounded({ adjusted: ['M'] });
    const { env } = renderPanels(g, reportOf(g));
    const region = screen.getByRole('region', { name: 'Adjustment' });
    expect(region).toHaveTextContent('Adjusting for {M} is not valid.');
    expect(within(region).getByText('Must not be adjusted for')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'M' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'X ← Z → Y' })).toBeInTheDocument();
    expect(env.pin).toHaveBeenCalledWith('adjustment', {
      nodes: ['X', 'Z', 'Y'],
      edges: [
        { from: 'Z', to: 'X', kind: '->' },
        { from: 'Z', to: 'Y', kind: '->' },
      ],
      tone: 'open-path',
    });
  });

  it('highlights a path on hover and on focus, and clears it when left', () => {
    const g = confounded();
    const { env } = renderPanels(g, reportOf(g));
    const region = screen.getByRole('region', { name: 'Paths' });
    const biasing = within(region).getByRole('button', { name: 'X ← Z → Y, open' });
    const expected = {
      nodes: ['X', 'Z', 'Y'],
      edges: [
        { from: 'Z', to: 'X', kind: '->' },
        { from: 'Z', to: 'Y', kind: '->' },
      ],
      tone: 'open-path',
    };
    fireEvent.mouseEnter(biasing);
    expect(env.preview).toHaveBeenLastCalledWith(expected);
    fireEvent.mouseLeave(biasing);
    expect(env.preview).toHaveBeenLastCalledWith(null);
    const causal = within(region).getByRole('button', { name: 'X → M → Y, open' });
    causal.focus();
    expect(env.preview).toHaveBeenLastCalledWith({
      nodes: ['X', 'M', 'Y'],
      edges: [
        { from: 'X', to: 'M', kind: '->' },
        { from: 'M', to: 'Y', kind: '->' },
      ],
      tone: 'causal-path',
    });
    causal.blur();
    expect(env.preview).toHaveBeenLastCalledWith(null);
  });

  it('lists paths as blocked once the confounder is adjusted', () => {
    const g = confounded({ adjusted: ['Z'] });
    renderPanels(g, reportOf(g));
    const region = screen.getByRole('region', { name: 'Paths' });
    expect(within(region).getByRole('button', { name: 'X ← Z → Y, blocked' })).toHaveAccessibleDescription('Blocked at Z (conditioned on).');
    expect(region).toHaveTextContent('1 causal path (1 open), 1 biasing path (0 open) given {Z}.');
  });

  it('renders the identification formula with KaTeX and names the strategy', async () => {
    const g = confounded();
    renderPanels(g, reportOf(g));
    const region = screen.getByRole('region', { name: 'Identification' });
    expect(region).toHaveTextContent('The effect of {X} on {Y} is identifiable by adjusting for {Z}.');
    const formula = await within(region).findByTestId('formula');
    expect(formula.querySelector('.katex')).not.toBeNull();
    expect(formula.querySelector('annotation')?.textContent).toMatch(/\\mathrm\{do\}\(X\)/);
  });

  it('shows and pins the hedge when the effect is not identifiable', () => {
    const bow = graphFromLists({ directed: [['X', 'Y']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    const { env } = renderPanels(bow, reportOf(bow));
    const region = screen.getByRole('region', { name: 'Identification' });
    expect(region).toHaveTextContent('The effect of {X} on {Y} is not identifiable from the observed variables.');
    expect(region).toHaveTextContent('F = {X, Y}, F′ = {Y}');
    expect(within(region).getByRole('button', { name: 'Show the hedge' })).toBeInTheDocument();
    expect(env.pin).toHaveBeenCalledWith('hedge', expect.objectContaining({ nodes: ['X', 'Y'], tone: 'hedge' }));
  });

  it('pins a hedge made by a drawn latent node together with that node', () => {
    const iv = graphFromLists({ directed: [['Z', 'X'], ['U', 'X'], ['U', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'], latent: ['U'] } });
    const { env } = renderPanels(iv, reportOf(iv));
    expect(env.pin).toHaveBeenCalledWith('hedge', expect.objectContaining({ nodes: ['X', 'Y', 'U'], tone: 'hedge' }));
  });

  it('asks for exposure and outcome when they are missing', () => {
    const g = graphFromLists({ directed: [['A', 'B']] });
    renderPanels(g, reportOf(g));
    expect(screen.getByRole('region', { name: 'Adjustment' })).toHaveTextContent('Mark at least one exposure and one outcome');
  });

  it('answers a d-separation query picked from the checkboxes, with the open path', async () => {
    const collider = graphFromLists({ directed: [['A', 'C'], ['B', 'C']] });
    const { env } = renderPanels(collider, reportOf(collider));
    const region = screen.getByRole('region', { name: 'd-separation' });
    const verdict = () => region.querySelector('[aria-live="polite"]');
    expect(verdict()).toHaveTextContent('Pick at least one node for X and one for Y.');
    expect(within(region).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Variable', 'From (X)', 'To (Y)', 'Given (Z)']);
    await userEvent.click(within(region).getByRole('checkbox', { name: 'A in X' }));
    await userEvent.click(within(region).getByRole('checkbox', { name: 'B in Y' }));
    // A node in X cannot also be picked for Y or Z.
    expect(within(region).getByRole('checkbox', { name: 'A in Y' })).toBeDisabled();
    await waitFor(() => expect(verdict()).toHaveTextContent('{A} and {B} are d-separated.'));
    await userEvent.click(within(region).getByRole('checkbox', { name: 'C in Z' }));
    await waitFor(() => expect(verdict()).toHaveTextContent('{A} and {B} are not d-separated given {C}.'));
    expect(within(region).getByRole('button', { name: 'A → C ← B' })).toBeInTheDocument();
    expect(region).toHaveTextContent('Open because C is a collider that is conditioned on.');
    expect(env.pin).toHaveBeenLastCalledWith('dsep', expect.objectContaining({ nodes: ['A', 'C', 'B'], tone: 'open-path' }));
  });

  it('shows role labels with their reasons and warns about a contradicting role', () => {
    const g = confounded({ adjusted: ['M'] });
    const { env } = renderPanels(g, reportOf(g));
    const region = screen.getByRole('region', { name: 'Roles' });
    const z = within(region).getByRole('button', { name: 'Z' });
    const item = z.closest('li')!;
    expect(item).toHaveTextContent('confounder');
    expect(item.querySelector('.cw-reason')?.textContent).toMatch(/Z/);
    expect(region.querySelector('.cw-warnings')).toHaveTextContent(/M is adjusted but it is a mediator/);
    fireEvent.mouseEnter(z);
    expect(env.preview).toHaveBeenLastCalledWith(expect.objectContaining({ tone: 'set', nodes: expect.arrayContaining(['Z']) }));
  });

  it('lists testable implications and previews the variables involved', () => {
    const chain = graphFromLists({ directed: [['A', 'B'], ['B', 'C']] });
    const { env } = renderPanels(chain, reportOf(chain));
    const region = screen.getByRole('region', { name: 'Testable implications' });
    const item = within(region).getByRole('button', { name: 'A is independent of C given {B}' });
    expect(item).toHaveTextContent('A ⊥ C | B');
    fireEvent.mouseEnter(item);
    expect(env.preview).toHaveBeenLastCalledWith({ nodes: ['A', 'C', 'B'], edges: [], tone: 'set' });
  });

  it('lists instruments with their conditioning sets', () => {
    const g = graphFromLists({
      directed: [['W', 'Z'], ['W', 'Y'], ['Z', 'X'], ['X', 'Y']],
      bidirected: [['X', 'Y']],
      roles: { exposure: ['X'], outcome: ['Y'] },
    });
    const { env } = renderPanels(g, reportOf(g));
    const region = screen.getByRole('region', { name: 'Instruments' });
    const item = within(region).getByRole('button', { name: 'Z, given {W}' });
    fireEvent.focus(item);
    expect(env.preview).toHaveBeenLastCalledWith({ nodes: ['Z', 'W'], edges: [], tone: 'set' });
  });

  it('shows the first ten implications of a long list and the rest on request', async () => {
    const empty = graphFromLists({ nodes: ['A', 'B', 'C', 'D', 'E', 'F'] });
    renderPanels(empty, reportOf(empty));
    const region = screen.getByRole('region', { name: 'Testable implications' });
    expect(within(region).getAllByRole('button', { name: /is independent of/ })).toHaveLength(10);
    const more = within(region).getByRole('button', { name: 'Show all 15 implications' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(within(region).getAllByRole('button', { name: /is independent of/ })).toHaveLength(15);
    expect(within(region).getByRole('button', { name: 'Show the first 10 only' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says so when the graph implies no independence', () => {
    const g = graphFromLists({ directed: [['A', 'B']] });
    renderPanels(g, reportOf(g));
    expect(screen.getByRole('region', { name: 'Testable implications' })).toHaveTextContent(
      'The graph implies no conditional independence that data could test.',
    );
  });
});
