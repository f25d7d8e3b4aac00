/**
 * engine/io/export-formats — every text export, in one table the app's Exports menu and the
 * command line's `export --to` both read: SVG figure, TikZ, DOT, DAGitty model code, a
 * networkx/DoWhy Python snippet and the Causeway JSON document, each made from the document
 * (never from the screen). Complexity: that of the writer.
 */
import { serializeModelCode } from './dagitty-serialize';
import { serializeDocument } from './document';
import type { CausewayDocument } from './document-types';
import { exportDot } from './exports-dot';
import { exportPython } from './exports-python';
import { exportSvg } from './exports-svg';
import { exportTikz } from './exports-tikz';

export type TextFormatId = 'svg' | 'tikz' | 'dot' | 'dagitty' | 'python' | 'json';

export interface TextFormat {
  readonly id: TextFormatId;
  readonly label: string;
  readonly extension: string;
  readonly mime: string;
  readonly produce: (doc: CausewayDocument) => string;
}

export const TEXT_FORMATS: readonly TextFormat[] = [
  { id: 'svg', label: 'SVG figure (.svg)', extension: 'svg', mime: 'image/svg+xml', produce: (d) => exportSvg(d.graph) },
  { id: 'tikz', label: 'LaTeX TikZ (.tex)', extension: 'tex', mime: 'application/x-tex', produce: (d) => exportTikz(d.graph) },
  { id: 'dot', label: 'Graphviz DOT (.dot)', extension: 'dot', mime: 'text/vnd.graphviz', produce: (d) => exportDot(d.graph) },
  { id: 'dagitty', label: 'Model code (.dag)', extension: 'dag', mime: 'text/plain', produce: (d) => serializeModelCode(d.graph) },
  { id: 'python', label: 'Python: networkx + DoWhy (.py)', extension: 'py', mime: 'text/x-python', produce: (d) => exportPython(d.graph) },
  { id: 'json', label: 'Causeway JSON (.json)', extension: 'json', mime: 'application/json', produce: (d) => serializeDocument(d) },
];

export function textFormat(id: TextFormatId): TextFormat {
  const format = TEXT_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`engine/io/export-formats: unknown format "${id}"`);
  return format;
}
