// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../../src/app/examples/catalogue';
import { recommendationExample } from '../../../../src/app/examples/recommendation';
import { graphFromLists, identify } from '../../../../src/engine';
import { renderPanels, reportOf } from './render';

afterEach(cleanup);

const selectionExample = EXAMPLES.find((e) => e.id === 'selection')!.graph;

describe('identification panel with selected nodes', () => {
  it('says the identified effect is the one within the selected group', async () => {
    // The engine conditions on S: the query is P(Y | do(X), S), identifiable, while the population effect's adjustment fails.
    const answer = identify(selectionExample, { y: ['Y'], x: ['X'] });
    expect(answer.given).toEqual(['S']);
    expect(answer.identifiable).toBe(true);
    renderPanels(selectionExample, reportOf(selectionExample));
    const region = screen.getByRole('region', { name: 'Identification' });
    expect(region).toHaveTextContent('Within the selected group (given {S}), the effect of {X} on {Y} is identifiable by the ID algorithm (do-calculus).');
    expect(region).toHaveTextContent(
      'This formula is for the selected group: the effect among units with {S} at the selected value, which can differ from the effect in the whole population.',
    );
    expect(region).not.toHaveTextContent(/^The effect of/);
    const formula = await screen.findByTestId('formula');
    expect(formula.querySelector('annotation')?.textContent).toBe(`${answer.queryTex} = ${answer.tex}`);
  });

  it('names the selected group by its labels, and says nothing of it without selected nodes', () => {
    const base = graphFromLists({ directed: [['X', 'Y'], ['Y', 'S']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'], selected: ['S'] } });
    const labelled = { ...base, nodes: base.nodes.map((n) => (n.id === 'S' ? { ...n, label: 'In study' } : n)) };
    renderPanels(labelled, reportOf(labelled));
    expect(screen.getByRole('region', { name: 'Identification' })).toHaveTextContent(
      'Within the selected group (given {In study}), the effect of {X} on {Y} is not identifiable from the observed variables.',
    );
    cleanup();
    const plain = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    renderPanels(plain, reportOf(plain));
    const region = screen.getByRole('region', { name: 'Identification' });
    expect(region).toHaveTextContent('The effect of {X} on {Y} is identifiable by adjusting for {Z}.');
    expect(region).not.toHaveTextContent('selected group');
  });
});

describe('formula symbol key', () => {
  it('says what each symbol of the formula stands for where a label replaces the id, and nothing otherwise', async () => {
    renderPanels(recommendationExample, reportOf(recommendationExample));
    const region = screen.getByRole('region', { name: 'Identification' });
    await within(region).findByTestId('formula');
    expect(region).toHaveTextContent(
      'In the formula, engagement is Engagement; prior_activity is Prior activity; recommendation is Recommendation exposure.',
    );
    cleanup();
    const plain = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'], adjusted: ['Z'] } });
    renderPanels(plain, reportOf(plain));
    await within(screen.getByRole('region', { name: 'Identification' })).findByTestId('formula');
    expect(screen.queryByText(/In the formula/)).toBeNull();
  });

  it('keys the adjustment formula of a valid adjusted set too', async () => {
    const adjusted = { ...recommendationExample, nodes: recommendationExample.nodes.map((n) => (n.id === 'prior_activity' ? { ...n, roles: ['adjusted' as const] } : n)) };
    renderPanels(adjusted, reportOf(adjusted));
    const region = screen.getByRole('region', { name: 'Adjustment' });
    await within(region).findByTestId('formula');
    expect(region).toHaveTextContent('In the formula, engagement is Engagement; prior_activity is Prior activity; recommendation is Recommendation exposure.');
  });
});
