/**
 * The side column: renders the analysis panels (`src/app/panels/AnalysisPanels.tsx`) when that
 * module exists, loaded as its own chunk so the editor becomes interactive first.
 */
import { type ComponentType, Suspense, lazy } from 'react';

const found = import.meta.glob<{ AnalysisPanels: ComponentType }>('../panels/AnalysisPanels.tsx');
const loader = Object.values(found)[0];
const Panels = loader ? lazy(() => loader().then((m) => ({ default: m.AnalysisPanels }))) : null;

export function SidePanels() {
  if (!Panels) return <p className="side-empty">Analyses appear here.</p>;
  return (
    <Suspense fallback={<p className="side-empty">Loading analyses…</p>}>
      <Panels />
    </Suspense>
  );
}
