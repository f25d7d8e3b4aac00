/**
 * cli/argv — splits a command line into the command name, positional arguments and long options.
 *
 * `--name value` and `--name=value` set an option; a name listed in `flags` takes no value. A lone
 * `-` is a positional (stdin). Anything else starting with `-` is an unknown option.
 */
import { type OptionValue, UserError } from './commands/types';

export interface ParsedArgv {
  readonly positional: string[];
  readonly options: Record<string, OptionValue>;
}

export function parseArgv(args: readonly string[], known: readonly string[], flags: readonly string[] = []): ParsedArgv {
  const positional: string[] = [];
  const options: Record<string, OptionValue> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-' || !arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg)) throw new UserError(`unknown option "${arg}"`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (flags.includes(name)) {
      if (eq >= 0) throw new UserError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    if (!known.includes(name)) throw new UserError(`unknown option "--${name}"`);
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= args.length) throw new UserError(`--${name} needs a value`);
      value = args[++i];
    }
    if (name in options) throw new UserError(`--${name} is given twice`);
    options[name] = value;
  }
  return { positional, options };
}
