/**
 * cli/commands/export — converts a graph to another format; prints the text itself, not JSON.
 */
import {
  documentFromGraph,
  exportDot,
  exportPython,
  exportSvg,
  exportTikz,
  serializeDocument,
  serializeModelCode,
} from '../../engine';
import { loadInput } from '../load';
import { choiceOption } from './options';
import type { Command } from './types';

const FORMATS = ['dagitty', 'json', 'dot', 'tikz', 'networkx', 'svg'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'convert a graph to model code, a Causeway JSON document, DOT, TikZ, a networkx/DoWhy snippet or SVG',
  usage: `FILE --to ${FORMATS.join('|')}`,
  options: ['to'],
  async run(request) {
    const { graph, document } = await loadInput(request);
    const to = choiceOption(request, 'to', FORMATS, 'dagitty');
    switch (to) {
      case 'dagitty':
        return { kind: 'text', text: serializeModelCode(graph) };
      case 'json':
        return { kind: 'text', text: serializeDocument(document ?? documentFromGraph(graph)) };
      case 'dot':
        return { kind: 'text', text: exportDot(graph) };
      case 'tikz':
        return { kind: 'text', text: exportTikz(graph) };
      case 'networkx':
        return { kind: 'text', text: exportPython(graph) };
      case 'svg':
        return { kind: 'text', text: exportSvg(graph) };
    }
  },
};
