// Gold arguments: files, or folders of .jsonl files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './errors.ts';

export function expandGold(args: string[]): string[] {
  return args.flatMap((a) => {
    const st = statSync(a, { throwIfNoEntry: false });
    if (!st) throw new InputError(a, 'no such gold file or folder');
    if (!st.isDirectory()) return [a];
    return readdirSync(a)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(a, f));
  });
}
