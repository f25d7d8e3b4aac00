/**
 * cli/commands/adjust — the minimal sufficient adjustment sets for the graph's exposures and outcomes.
 */
import { DEFAULT_MAX_ADJUSTMENT_SETS, minimalAdjustmentSets } from '../../engine';
import { loadInput } from '../load';
import { choiceOption, intOption, listOption } from './options';
import type { Command } from './types';

const EFFECTS = ['total', 'direct'] as const;

export const adjustCommand: Command = {
  name: 'adjust',
  summary: 'minimal sufficient adjustment sets for the total or direct effect ([] = none exists, [[]] = the empty set works)',
  usage: 'FILE [--effect total|direct] [--must a,b] [--must-not c] [--max N]',
  options: ['effect', 'must', 'must-not', 'max'],
  async run(request) {
    const { graph } = await loadInput(request);
    const result = minimalAdjustmentSets(graph, {
      effect: choiceOption(request, 'effect', EFFECTS, 'total'),
      must: listOption(request, 'must'),
      mustNot: listOption(request, 'must-not'),
      max: intOption(request, 'max', DEFAULT_MAX_ADJUSTMENT_SETS, 0, 1_000_000),
    });
    return { kind: 'json', value: { sets: result.sets, truncated: result.truncated } };
  },
};
