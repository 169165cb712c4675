// What a command prints: results on stdout, progress and errors on stderr. On a terminal, one
// progress line that is cleared before any other line is printed, so the two never run together.
import type { CommandIO } from './io.ts';

const CLEAR = '\r\x1b[K';

/** Terminal columns a string takes: CJK and other wide characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cut to `columns` terminal columns (a line that wraps can no longer be cleared with \r). */
export function fitWidth(s: string, columns: number): string {
  if (displayWidth(s) <= columns) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = isWide(ch.codePointAt(0)!) ? 2 : 1;
    if (w + cw > columns - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

export class Display {
  private shown = '';

  constructor(
    private readonly io: CommandIO['io'],
    /** draw progress (stderr is a terminal, and not --quiet or --json) */
    private readonly live: boolean,
    private readonly columns: () => number = () => process.stderr.columns || 80,
  ) {}

  /** Replaces the progress line (terminals only). */
  progress(text: string): void {
    if (!this.live) return;
    this.shown = fitWidth(text, Math.max(10, this.columns() - 1));
    this.io.err(CLEAR + this.shown);
  }

  /** A result line on stdout. */
  out(line: string): void {
    this.around(() => this.io.out(line + '\n'));
  }

  /** An error line on stderr. */
  err(line: string): void {
    this.around(() => this.io.err(line + '\n'));
  }

  /** Clears the progress line for good. */
  done(): void {
    if (this.shown) this.io.err(CLEAR);
    this.shown = '';
  }

  private around(print: () => void): void {
    const shown = this.shown;
    if (shown) this.io.err(CLEAR);
    print();
    if (shown) this.io.err(shown);
  }
}
