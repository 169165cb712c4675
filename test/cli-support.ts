// The CLI in-process: argv in, exit code and what it printed out.
import { main } from '../pipeline/cli.ts';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function cli(args: string[], opts: { tty?: boolean } = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await main(['node', 'plan-targets', ...args], {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    tty: opts.tty ?? false,
  });
  return { code, out, err };
}
