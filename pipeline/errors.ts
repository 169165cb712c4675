// Errors that reach the user as one line naming the file and what is wrong.

/** A problem with one input (plan file, review file, gold file): never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    /** line number or JSON path, where known */
    readonly where?: string,
  ) {
    super(`${file}${where ? `:${where}` : ''}: ${problem}`);
    this.name = 'InputError';
  }
}

/** One line for the user, whatever was thrown. */
export function describeError(err: unknown, file?: string): string {
  if (err instanceof InputError) return err.message;
  const msg = err instanceof Error ? err.message : String(err);
  const firstLine = msg.split('\n')[0] ?? msg;
  return file ? `${file}: ${firstLine}` : firstLine;
}
