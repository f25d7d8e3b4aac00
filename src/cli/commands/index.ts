/**
 * cli/commands/index — the registry of commands. A new command is one file and one line here.
 */
import { adjustCommand } from './adjust';
import { analyzeCommand } from './analyze';
import { batchCommand } from './batch';
import { checkSetCommand } from './check-set';
import { dsepCommand } from './dsep';
import { exportCommand } from './export';
import { identifyCommand } from './identify';
import { pathsCommand } from './paths';
import { simulateCommand } from './simulate';
import type { Command } from './types';

const direct: Command[] = [analyzeCommand, dsepCommand, pathsCommand, exportCommand, simulateCommand, identifyCommand, adjustCommand, checkSetCommand];

export const findCommand = (name: string): Command | undefined => commands.find((c) => c.name === name);

export const commands: Command[] = [...direct, batchCommand(findCommand)];
