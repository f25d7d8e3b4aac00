/**
 * cli/commands/identify — P(y | do(x), z) as a formula (tree and TeX) or a hedge, with the
 * derivation steps and the strategy (adjustment, front-door or the ID algorithm).
 */
import { identify } from '../../engine';
import { loadInput } from '../load';
import { listOption, requiredList } from './options';
import type { Command } from './types';

export const identifyCommand: Command = {
  name: 'identify',
  summary: 'identify P(y | do(x), z): formula, hedge when not identifiable, derivation steps',
  usage: 'FILE --y Y --x X [--given Z]',
  options: ['y', 'x', 'given'],
  async run(request) {
    const { graph } = await loadInput(request);
    const result = identify(graph, {
      y: requiredList(request, 'y'),
      x: requiredList(request, 'x'),
      given: listOption(request, 'given'),
    });
    return {
      kind: 'json',
      value: {
        identifiable: result.identifiable,
        tex: result.tex,
        expression: result.expression,
        hedge: result.hedge,
        steps: result.steps,
        strategy: result.strategy,
      },
    };
  },
};
