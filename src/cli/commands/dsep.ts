/**
 * cli/commands/dsep — are X and Y d-/m-separated given Z, and if not, which path is open.
 */
import { dSeparation } from '../../engine';
import { loadInput } from '../load';
import { listOption, requiredList } from './options';
import type { Command } from './types';

export const dsepCommand: Command = {
  name: 'dsep',
  summary: 'd-/m-separation of X and Y given Z, with an open path when they are not separated',
  usage: 'FILE --x A,B --y C [--given D,E]',
  options: ['x', 'y', 'given'],
  async run(request) {
    const { graph } = await loadInput(request);
    const result = dSeparation(graph, requiredList(request, 'x'), requiredList(request, 'y'), listOption(request, 'given'));
    return { kind: 'json', value: { separated: result.separated, open_path: result.openPath, given: result.given } };
  },
};
