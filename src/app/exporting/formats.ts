/**
 * app/exporting/formats — every export the Exports menu offers, as text made by the engine from
 * the document (never from the screen): SVG figure, TikZ, DOT, DAGitty model code, a
 * networkx/DoWhy Python snippet and the Causeway JSON document. PNG is drawn from the SVG
 * (`png.ts`).
 */
import {
  type CausewayDocument,
  exportDot,
  exportPython,
  exportSvg,
  exportTikz,
  serializeDocument,
  serializeModelCode,
} from '../../engine';

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
  if (!format) throw new Error(`app/exporting: unknown format "${id}"`);
  return format;
}
