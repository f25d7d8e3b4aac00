import { GraphCanvas } from './canvas/GraphCanvas';
import { SidePanels } from './components/SidePanels';
import { useDocumentStore } from './store/document';

export function App() {
  const graph = useDocumentStore((s) => s.graph);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <header>
        <h1 style={{ fontSize: '1.1rem', margin: '0.5rem 1rem' }}>Causeway</h1>
      </header>
      <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <main style={{ flex: 1 }} aria-label="Causal diagram">
          <GraphCanvas graph={graph} />
        </main>
        <aside aria-label="Analyses" style={{ width: '24rem', overflow: 'auto' }}>
          <SidePanels />
        </aside>
      </div>
    </div>
  );
}
