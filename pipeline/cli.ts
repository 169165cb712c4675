// The `plan-targets` command line: each command is a module in commands/.
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';
import type { CommandIO } from './commands/io.ts';
import { describeError } from './errors.ts';
import { VERSION } from './version.ts';

export function buildProgram(ctx: CommandIO): Command {
  const program = new Command('plan-targets')
    .description('Source-grounded targets from Chinese local development plans, compared across jurisdictions')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: ctx.io.out, writeErr: ctx.io.err })
    .showHelpAfterError();
  for (const register of commands) register(program, ctx);
  // subcommands throw instead of exiting too
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI; returns the exit code. Errors become one line, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const exit = { code: 0 };
  const program = buildProgram({ io: { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }, exit });
  try {
    await program.parseAsync(argv);
    return exit.code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    process.stderr.write(`plan-targets: ${describeError(err)}\n`);
    return 2;
  }
}
