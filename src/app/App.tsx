/**
 * app/App — the editor: toolbar, canvas with legend, model code, and the analyses column.
 */
import { useShortcuts } from './actions/keyboard';
import { GraphCanvas } from './canvas/GraphCanvas';
import { Announcer } from './components/Announcer';
import { ConnectBanner } from './components/ConnectBanner';
import { ContextMenu } from './components/ContextMenu';
import { HelpDialog } from './components/HelpDialog';
import { Legend } from './components/Legend';
import { SidePanels } from './components/SidePanels';
import { Toolbar } from './components/Toolbar';
import { ModelCodePane } from './model-code/ModelCodePane';
import './styles/app.css';

export function App() {
  useShortcuts();
  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">Causeway</h1>
        <Toolbar />
      </header>
      <div className="workspace">
        <main className="editor" aria-label="Diagram editor">
          <div className="canvas-wrap">
            <GraphCanvas />
            <ConnectBanner />
            <Legend />
          </div>
          <ModelCodePane />
        </main>
        <aside className="side" aria-label="Analyses">
          <SidePanels />
        </aside>
      </div>
      <ContextMenu />
      <HelpDialog />
      <Announcer />
    </div>
  );
}
