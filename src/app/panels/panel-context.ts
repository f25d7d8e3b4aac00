/**
 * app/panels/panel-context — what every panel needs from its surroundings: the graph (for names),
 * and the few things a panel may ask for: preview a highlight, apply an adjusted set, set roles.
 * The container (AnalysisPanels) binds these to the stores; tests bind them to spies.
 */
import { createContext, useContext, useMemo } from 'react';
import { type CausalGraph, type Role, displayNameLookup } from '../../engine';
import type { AnalysisClient } from '../analysis/client';
import type { AnalysisRequest, AnalysisResponse } from '../analysis/types';
import type { HighlightSpec } from './highlight';

export interface PanelActions {
  /** Shows `h` on the canvas while the pointer or focus is on an item; `null` when it leaves. */
  readonly preview: (h: HighlightSpec | null) => void;
  /**
   * Keeps `h` on the canvas as the standing highlight of `source` (a verdict's open path, a hedge);
   * the most recently pinned one shows when nothing is previewed. `null` withdraws it.
   */
  readonly pin: (source: string, h: HighlightSpec | null) => void;
  /** Makes exactly these nodes the adjusted set. */
  readonly applyAdjustedSet: (ids: readonly string[]) => void;
  readonly setRoles: (ids: readonly string[], role: Role, on: boolean) => void;
}

export interface PanelEnvironment extends PanelActions {
  /** The document's graph, for names and highlights. */
  readonly graph: CausalGraph;
  /** The same graph, replaced only when an analysis could see the change (what queries are asked about). */
  readonly analysisGraph: CausalGraph;
  /** Runs the queries a panel asks itself (d-separation); `null` where no worker is available. */
  readonly queryClient: AnalysisClient<AnalysisRequest, AnalysisResponse> | null;
}

export const PanelContext = createContext<PanelEnvironment | null>(null);

export function usePanelEnvironment(): PanelEnvironment {
  const env = useContext(PanelContext);
  if (!env) throw new Error('app/panels: a panel was rendered outside PanelContext');
  return env;
}

/** The display name of a node, as the engine's explanations write it (`displayNames`: label, else id). */
export function useNodeName(): (id: string) => string {
  const { graph } = usePanelEnvironment();
  return useMemo(() => displayNameLookup(graph), [graph]);
}
