/**
 * cli/commands/analyze — the full report for each FILE, one JSON line per file (DESIGN §5).
 */
import { analyzeGraph } from '../../engine';
import { loadText, readSource } from '../load';
import { flagOption, intOption } from './options';
import { type Command, type CommandRequest, UserError } from './types';

const now = () => performance.now();

function reportFor(text: string, source: string, request: CommandRequest) {
  const timing = flagOption(request, 'timing');
  const repeat = intOption(request, 'repeat', 1, 1, 1000);
  const parseStart = now();
  const { graph } = loadText(text, source);
  const parseMs = now() - parseStart;
  return analyzeGraph(graph, timing ? { clock: now, repeat, parseMs } : {});
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'the full analysis report of each graph (roles, labels, adjustment, front-door, identification, ...)',
  usage: 'FILE... [--timing] [--repeat N]',
  options: ['repeat'],
  flags: ['timing'],
  async run(request) {
    if (typeof request.options.model === 'string') {
      return { kind: 'json', value: reportFor(request.options.model, 'model', request) };
    }
    if (request.positional.length === 0) throw new UserError('analyze needs at least one FILE (use - for stdin)');
    if (request.positional.length === 1) {
      const file = request.positional[0];
      return { kind: 'json', value: reportFor(await readSource(request, file), file, request) };
    }
    // Several files: one line each; a bad file gets an error line and the others still run.
    const { errorObject } = await import('../main');
    const values: unknown[] = [];
    for (const file of request.positional) {
      try {
        values.push(reportFor(await readSource(request, file), file, request));
      } catch (error) {
        values.push({ file, ...errorObject(error) });
      }
    }
    return { kind: 'lines', values };
  },
};
