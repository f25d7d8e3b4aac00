/**
 * cli/commands/export — converts a graph to another format; prints the text itself, not JSON.
 * The formats are the app's Exports menu (`engine/io/export-formats`); `networkx` names the
 * Python snippet, as DESIGN's CLI contract spells it.
 */
import { type TextFormatId, textFormat } from '../../engine';
import { loadInput } from '../load';
import { choiceOption } from './options';
import type { Command } from './types';

const FORMATS = ['dagitty', 'json', 'dot', 'tikz', 'networkx', 'svg'] as const;
const FORMAT_ID: Record<(typeof FORMATS)[number], TextFormatId> = {
  dagitty: 'dagitty',
  json: 'json',
  dot: 'dot',
  tikz: 'tikz',
  networkx: 'python',
  svg: 'svg',
};

export const exportCommand: Command = {
  name: 'export',
  summary: 'convert a graph to model code, a Causeway JSON document, DOT, TikZ, a networkx/DoWhy snippet or SVG',
  usage: `FILE --to ${FORMATS.join('|')}`,
  options: ['to'],
  async run(request) {
    const { document } = await loadInput(request);
    const to = choiceOption(request, 'to', FORMATS, 'dagitty');
    return { kind: 'text', text: textFormat(FORMAT_ID[to]).produce(document) };
  },
};
