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
import { DocumentBar } from './files/DocumentBar';
import { useFileDrop } from './files/use-file-drop';
import { LibraryDialog } from './persistence/LibraryDialog';
import { Notices } from './persistence/Notices';
import { AssumptionsPanel } from './review/AssumptionsPanel';
import { ReportDialog } from './review/ReportDialog';
import { ReviewBanner } from './share/ReviewBanner';
import { SharePanel } from './share/SharePanel';
import './styles/app.css';
import './styles/print.css';

export function App() {
  useShortcuts();
  useFileDrop();
  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">Causeway</h1>
        <Toolbar />
        <DocumentBar />
      </header>
      <ReviewBanner />
      <SharePanel />
      <Notices />
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
          <AssumptionsPanel />
        </aside>
      </div>
      <ContextMenu />
      <HelpDialog />
      <LibraryDialog />
      <ReportDialog />
      <Announcer />
    </div>
  );
}
