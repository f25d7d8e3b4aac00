// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalysisClient } from '../../../../src/app/analysis/client';
import { runAnalysis } from '../../../../src/app/analysis/run-analysis';
import { BUSY_DELAY_MS } from '../../../../src/app/analysis/use-analysis-run';
import type { AnalysisRequest, AnalysisResponse } from '../../../../src/app/analysis/types';
import { AnalysisPanelsWith } from '../../../../src/app/panels/AnalysisPanels';
import { clearHistory, useDocumentStore } from '../../../../src/app/store/document';
import { useUiStore } from '../../../../src/app/store/ui';
import { graphFromLists, nodesWithRole } from '../../../../src/engine';
import { inProcessClient } from './render';

const triangle = graphFromLists({
  directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']],
  roles: { exposure: ['X'], outcome: ['Y'] },
});

beforeEach(() => {
  useDocumentStore.getState().setGraph(triangle);
  clearHistory();
  useUiStore.getState().setHighlight(null);
});
afterEach(cleanup);

describe('AnalysisPanels with the stores', () => {
  it('applies a clicked set to the document and re-analyses it', async () => {
    render(<AnalysisPanelsWith reportClient={inProcessClient()} queryClient={inProcessClient()} />);
    const region = await screen.findByRole('region', { name: 'Adjustment' });
    await waitFor(() => expect(region).toHaveTextContent('Nothing is adjusted for, and that is not enough.'));
    await userEvent.click(within(region).getAllByRole('button', { name: 'Adjust for {Z}' })[0]);
    expect(nodesWithRole(useDocumentStore.getState().graph, 'adjusted')).toEqual(['Z']);
    await waitFor(() => expect(region).toHaveTextContent('Adjusting for {Z} is valid.'));
  });

  it('keeps the open path of an invalid set on the canvas, lets a hovered path take over, and restores it', async () => {
    render(<AnalysisPanelsWith reportClient={inProcessClient()} queryClient={inProcessClient()} />);
    const paths = await screen.findByRole('region', { name: 'Paths' });
    const openPath = {
      nodes: ['X', 'Z', 'Y'],
      edges: [
        { from: 'Z', to: 'X', kind: '->' },
        { from: 'Z', to: 'Y', kind: '->' },
      ],
      tone: 'open-path',
    };
    await waitFor(() => expect(useUiStore.getState().highlight).toEqual(openPath));
    const causal = within(paths).getByRole('button', { name: 'X → Y, open' });
    fireEvent.mouseEnter(causal);
    expect(useUiStore.getState().highlight).toEqual({ nodes: ['X', 'Y'], edges: [{ from: 'X', to: 'Y', kind: '->' }], tone: 'causal-path' });
    fireEvent.mouseLeave(causal);
    expect(useUiStore.getState().highlight).toEqual(openPath);
    act(() => useDocumentStore.getState().applyAdjustedSet(['Z']));
    await waitFor(() => expect(useUiStore.getState().highlight).toBeNull());
  });

  it('re-analyses after an edit the analyses can see, a relabel included, but not after a move', async () => {
    const requests: string[] = [];
    const counting = new AnalysisClient<AnalysisRequest, AnalysisResponse>(() => ({
      remote: {
        analyze: async (graph, request) => {
          requests.push(request.kind);
          return runAnalysis(graph, request);
        },
      },
      terminate: () => {},
    }));
    render(<AnalysisPanelsWith reportClient={counting} queryClient={inProcessClient()} />);
    const adjustment = await screen.findByRole('region', { name: 'Adjustment' });
    const runs = requests.length;
    act(() => useDocumentStore.getState().moveNodes({ Z: { x: 3, y: 3 } }));
    await new Promise((r) => setTimeout(r, 50));
    expect(requests.length).toBe(runs);
    // A relabel: the names in the panel follow at once, from the document; the explanations,
    // written by the engine, follow with one new analysis.
    act(() => useDocumentStore.getState().relabel('Z', 'Prior activity'));
    expect(within(adjustment).getAllByRole('button', { name: 'Adjust for {Prior activity}' }).length).toBeGreaterThan(0);
    const roles = screen.getByRole('region', { name: 'Roles' });
    await waitFor(() => expect(roles).toHaveTextContent('Prior activity is a confounder: it opens the back-door path X ← Prior activity → Y.'));
    expect(requests.length).toBe(runs + 1);
    act(() => useDocumentStore.getState().setRoles(['Z'], 'adjusted', true));
    await waitFor(() => expect(adjustment).toHaveTextContent('Adjusting for {Prior activity} is valid.'));
    expect(requests.length).toBe(runs + 2);
  });

  it('shows "Computing…" only once a run takes longer than 100 ms', async () => {
    let release: () => void = () => {};
    const slow = new AnalysisClient<AnalysisRequest, AnalysisResponse>(() => ({
      remote: {
        analyze: (graph, request) =>
          new Promise((resolve) => {
            release = () => resolve(runAnalysis(graph, request));
          }),
      },
      terminate: () => {},
    }));
    // Fake timers: the 100 ms are counted by the test, not by a wall clock a busy machine stretches.
    vi.useFakeTimers();
    try {
      render(<AnalysisPanelsWith reportClient={slow} queryClient={inProcessClient()} />);
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent('');
      await act(() => vi.advanceTimersByTimeAsync(BUSY_DELAY_MS - 1));
      expect(status).toHaveTextContent('');
      await act(() => vi.advanceTimersByTimeAsync(2));
      expect(status).toHaveTextContent('Computing…');
      await act(async () => release());
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(status).toHaveTextContent('');
      expect(screen.getByRole('region', { name: 'Adjustment' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
