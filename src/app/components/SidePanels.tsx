/**
 * The side column: the Simulator section (its body loads on first open), then the analysis panels
 * (`src/app/panels/AnalysisPanels.tsx`) when that module exists, loaded as its own chunk so the
 * editor becomes interactive first.
 */
import { type ComponentType, Suspense, lazy } from 'react';
import { SimulatorSection } from '../simulator/SimulatorSection';

const found = import.meta.glob<{ AnalysisPanels: ComponentType }>('../panels/AnalysisPanels.tsx');
const loader = Object.values(found)[0];
const Panels = loader ? lazy(() => loader().then((m) => ({ default: m.AnalysisPanels }))) : null;

export function SidePanels() {
  return (
    <>
      <SimulatorSection />
      {Panels ? (
        <Suspense fallback={<p className="side-empty">Loading analyses…</p>}>
          <Panels />
        </Suspense>
      ) : (
        <p className="side-empty">Analyses appear here.</p>
      )}
    </>
  );
}
