// Every command of the CLI, in the order `--help` lists them. One module each.
import type { Command } from 'commander';
import type { CommandIO } from './io.ts';
import { register as run } from './run.ts';
import { register as evaluate } from './eval.ts';
import { register as review } from './review.ts';
import { register as indicators } from './indicators.ts';
import { register as compare } from './compare.ts';
import { register as history } from './history.ts';
import { register as forget } from './forget.ts';
import { register as doctor } from './doctor.ts';

export const commands: ((program: Command, ctx: CommandIO) => void)[] = [run, evaluate, review, indicators, compare, history, forget, doctor];
