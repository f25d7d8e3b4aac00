/**
 * cli/commands/paths — the simple paths between two nodes, each causal or not and open or not.
 */
import { DEFAULT_MAX_PATHS, listPaths } from '../../engine';
import { loadInput } from '../load';
import { intOption, listOption, stringOption } from './options';
import { type Command, UserError } from './types';

export const pathsCommand: Command = {
  name: 'paths',
  summary: 'list the paths between two nodes: causal or not, open or blocked given a set (capped by --max)',
  usage: 'FILE --from X --to Y [--given Z] [--max N]',
  options: ['from', 'to', 'given', 'max'],
  async run(request) {
    const { graph } = await loadInput(request);
    const from = stringOption(request, 'from');
    const to = stringOption(request, 'to');
    if (from === undefined || to === undefined) throw new UserError('paths needs --from and --to');
    const max = intOption(request, 'max', DEFAULT_MAX_PATHS, 0, 100_000);
    const result = listPaths(graph, from, to, listOption(request, 'given'), { max });
    return {
      kind: 'json',
      value: {
        paths: result.paths.map((p) => ({ nodes: p.nodes, edges: p.edges, causal: p.causal, open: p.open })),
        truncated: result.truncated,
        given: result.given,
      },
    };
  },
};
