// The `plan-targets` command line: each command is a module in commands/.
// Exit codes, for every command: 0 ok, 1 a document (or review file) failed, 2 usage or I/O.
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';
import type { CommandIO } from './commands/io.ts';
import { describeError } from './errors.ts';
import { VERSION } from './version.ts';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function buildProgram(ctx: CommandIO): Command {
  const program = new Command('plan-targets')
    .description('Source-grounded targets from Chinese local development plans, compared across jurisdictions')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: ctx.io.out, writeErr: ctx.io.err })
    .showHelpAfterError();
  for (const register of commands) register(program, ctx);
  // every command and subcommand throws instead of exiting, and prints where the program does
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const c of all(program).slice(1)) c.exitOverride().configureOutput({ writeOut: ctx.io.out, writeErr: ctx.io.err });
  return program;
}

export const processIO: CommandIO['io'] = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  tty: Boolean(process.stderr.isTTY),
};

/** Runs the CLI; returns the exit code. Errors become one line, never a stack trace. */
export async function main(argv: string[], io: CommandIO['io'] = processIO): Promise<number> {
  const exit = { code: EXIT.ok as number };
  const program = buildProgram({ io, exit });
  try {
    await program.parseAsync(argv);
    return exit.code;
  } catch (err) {
    // --help and --version end parsing with exit code 0; anything else commander refuses is usage
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    io.err(`plan-targets: ${describeError(err)}\n`);
    return EXIT.usage;
  }
}
