/**
 * cli/commands/check-set — is a given set a valid adjustment set, and if not, why not.
 */
import { checkAdjustmentSet } from '../../engine';
import { loadInput } from '../load';
import { choiceOption, listOption } from './options';
import { type Command, UserError } from './types';

const EFFECTS = ['total', 'direct'] as const;

export const checkSetCommand: Command = {
  name: 'check-set',
  summary: 'check a set against the adjustment criterion (total effect) or the single-door criterion (direct effect), with reasons',
  usage: 'FILE --set a,b [--effect total|direct]',
  options: ['set', 'effect'],
  async run(request) {
    const { graph } = await loadInput(request);
    if (request.options.set === undefined) throw new UserError('check-set needs --set (a comma-separated list; --set "" for the empty set)');
    const result = checkAdjustmentSet(graph, {
      set: listOption(request, 'set'),
      effect: choiceOption(request, 'effect', EFFECTS, 'total'),
    });
    return { kind: 'json', value: { valid: result.valid, reasons: result.reasons, open_paths: result.openPaths } };
  },
};
