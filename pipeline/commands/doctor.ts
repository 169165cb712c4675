// `plan-targets doctor`: is this machine ready? Node, the native SQLite module, the compiled build;
// optional parts (Chromium for the browser test and screenshots, OCR tools) when missing say what
// they are for and how to install them. One screen; exit 0 when the required parts are fine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import type { CommandIO } from './io.ts';

export interface Check {
  name: string;
  required: boolean;
  ok: boolean;
  /** what was found, or what is wrong */
  detail: string;
  /** what to do when not ok */
  fix?: string;
}

const MIN_NODE = [20, 19] as const;

/** Runs a tool briefly; its first output line, or null when it is not there. */
function probe(cmd: string, args: string[]): string | null {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 });
  if (r.error || r.status !== 0) return null;
  const text = `${r.stdout}\n${r.stderr}`;
  return text;
}

const firstLine = (s: string, re?: RegExp): string => (s.split('\n').find((l) => (re ? re.test(l) : l.trim())) ?? '').trim();

export function nodeCheck(version = process.versions.node): Check {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return {
    name: 'Node.js',
    required: true,
    ok,
    detail: `v${version}${ok ? '' : ` (needs ${MIN_NODE.join('.')} or later)`}`,
    fix: 'install Node.js 20.19 or later (https://nodejs.org, or your package manager), then `npm ci`',
  };
}

function sqliteCheck(): Check {
  const check: Check = { name: 'SQLite (better-sqlite3)', required: true, ok: false, detail: '', fix: 'run `npm ci` (it builds better-sqlite3; needs python3, make and a C++ compiler), or `npm rebuild better-sqlite3` after changing Node' };
  try {
    const require = createRequire(import.meta.url);
    const Database = require('better-sqlite3') as new (f: string) => { prepare(s: string): { get(): { v: string } }; close(): void };
    const db = new Database(':memory:');
    const v = db.prepare('SELECT sqlite_version() AS v').get().v;
    db.close();
    return { ...check, ok: true, detail: `native module loads, SQLite ${v}` };
  } catch (err) {
    return { ...check, detail: `cannot load: ${(err as Error).message.split('\n')[0]}` };
  }
}

function buildCheck(): Check {
  const fix = 'run `npm run build` (`npm ci` does it): without it the CLI runs the TypeScript sources through tsx, slower to start';
  // the build module is generated: imported by path so that a missing build is a finding, not a crash
  const at = new URL('../../dist/build-info.json', import.meta.url);
  const here = new URL('../../dist/', import.meta.url);
  if (import.meta.url.includes('/dist/')) return { name: 'compiled build', required: false, ok: true, detail: 'running it (dist/)' };
  if (!existsSync(at)) return { name: 'compiled build', required: false, ok: false, detail: `none in ${here.pathname}`, fix };
  return { name: 'compiled build', required: false, ok: true, detail: `present (${here.pathname}); this command ran from the sources`, fix };
}

function chromiumCheck(): Check {
  const fix = 'for `npm test`\'s browser test and screenshots: `apt-get install chromium fonts-wqy-microhei` (never `npx playwright install`)';
  for (const cmd of ['/usr/bin/chromium', 'chromium', 'chromium-browser']) {
    const out = probe(cmd, ['--version']);
    if (out) {
      const fonts = probe('fc-list', [':lang=zh', 'family']);
      const cjk = fonts ? fonts.trim().length > 0 : null;
      return {
        name: 'Chromium',
        required: false,
        ok: cjk !== false,
        detail: `${firstLine(out, /chrom/i)} (${cmd})${cjk === false ? '; no CJK font' : cjk ? '; CJK font present' : ''}`,
        fix: 'install a CJK font: `apt-get install fonts-wqy-microhei`',
      };
    }
  }
  return { name: 'Chromium', required: false, ok: false, detail: 'not found', fix };
}

function ocrChecks(): Check[] {
  const tess = probe('tesseract', ['--version']);
  const langs = tess ? probe('tesseract', ['--list-langs']) : null;
  const chi = langs ? /^chi_sim$/m.test(langs) : false;
  const tra = langs ? /^chi_tra$/m.test(langs) : false;
  const pdftoppm = probe('pdftoppm', ['-v']);
  const purpose = 'for scanned PDFs (OCR)';
  return [
    {
      name: 'tesseract',
      required: false,
      ok: tess !== null,
      detail: tess ? firstLine(tess) : 'not found',
      fix: `${purpose}: \`apt-get install tesseract-ocr tesseract-ocr-chi-sim\``,
    },
    {
      name: 'tesseract chi_sim',
      required: false,
      ok: chi,
      detail: chi ? 'language data present' : tess ? 'language data missing' : 'no tesseract',
      fix: `${purpose}: \`apt-get install tesseract-ocr-chi-sim\``,
    },
    {
      name: 'tesseract chi_tra',
      required: false,
      ok: tra,
      detail: tra ? 'language data present: scans in traditional script are read with it' : tess ? 'language data missing: scans in traditional script are read as simplified (many characters misread)' : 'no tesseract',
      fix: `for scans in traditional script: \`apt-get install tesseract-ocr-chi-tra\``,
    },
    {
      name: 'pdftoppm',
      required: false,
      ok: pdftoppm !== null,
      detail: pdftoppm ? firstLine(pdftoppm) : 'not found',
      fix: `${purpose}: \`apt-get install poppler-utils\``,
    },
  ];
}

export function runChecks(): Check[] {
  return [nodeCheck(), sqliteCheck(), buildCheck(), chromiumCheck(), ...ocrChecks()];
}

export function formatChecks(checks: Check[]): string[] {
  const width = Math.max(...checks.map((c) => c.name.length));
  const lines = checks.map((c) => `${c.ok ? '✓' : c.required ? '✗' : '–'} ${c.name.padEnd(width)}  ${c.detail}`);
  const todo = checks.filter((c) => !c.ok && c.fix);
  if (todo.length) {
    lines.push('', 'to do:');
    for (const c of todo) lines.push(`  ${c.name}${c.required ? ' (required)' : ''}: ${c.fix}`);
  }
  const missing = checks.filter((c) => c.required && !c.ok);
  lines.push('', missing.length ? `not ready: ${missing.map((c) => c.name).join(', ')} (required)` : 'ready: the required parts are fine');
  return lines;
}

export function register(program: Command, { io, exit }: CommandIO): void {
  program
    .command('doctor')
    .description('check this machine: Node, the native SQLite module, the build; Chromium and OCR tools if installed; says what to install')
    .option('--json', 'print JSON instead of text')
    .action((o: { json?: boolean }) => {
      const checks = runChecks();
      io.out(o.json ? JSON.stringify(checks, null, 2) + '\n' : formatChecks(checks).join('\n') + '\n');
      if (checks.some((c) => c.required && !c.ok)) exit.code = 1;
    });
}
