import { GraphCanvas } from './canvas/GraphCanvas';
import { recommendationExample } from './examples/recommendation';

export function App() {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <header>
        <h1 style={{ fontSize: '1.1rem', margin: '0.5rem 1rem' }}>Causeway</h1>
      </header>
      <main style={{ flex: 1 }} aria-label="Causal diagram">
        <GraphCanvas graph={recommendationExample} />
      </main>
    </div>
  );
}
