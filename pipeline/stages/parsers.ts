// The PDF, Word and HTML parsers, loaded on first need: together they are most of what a process
// would load at start (pdf.js, mammoth with jszip, cheerio with undici), and a run over text plans
// needs none of them.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { requireWithCodeCache } from '../code-cache.ts';

// pdf.js (legacy build) brings core-js polyfills that replace native built-ins on Node 20,
// Array.prototype.push and JSON.parse among them: every push in the extractors would then run a
// slow JS function. Natives replaced while it loads are put back.
const BUILT_INS = [Array, Array.prototype, String.prototype, RegExp.prototype, Map.prototype, Set.prototype, Object, JSON, Math];

async function keepingNatives<T>(load: () => Promise<T>): Promise<T> {
  const natives = BUILT_INS.map((o) => new Map(Object.getOwnPropertyNames(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!])));
  try {
    return await load();
  } finally {
    BUILT_INS.forEach((o, i) => {
      for (const [k, d] of natives[i]!) {
        const now = Object.getOwnPropertyDescriptor(o, k);
        if (typeof d.value === 'function' && now && now.value !== d.value) Object.defineProperty(o, k, d);
      }
    });
  }
}

let pdf: Promise<typeof import('pdf-parse')> | undefined;
type Mammoth = typeof import('mammoth');
let word: Promise<Mammoth> | undefined;
let html: Promise<typeof import('cheerio')> | undefined;

// The build (bin/build.mjs) bundles pdf-parse with pdf.js and its worker code into one CommonJS
// file beside the CLI, which loads with V8's code cache (../code-cache.ts): compiling pdf.js
// (~3 MB) would otherwise cost each process that reads a PDF some 0.1 s of CPU.
declare const __PLAN_TARGETS_PDF_BUNDLE__: string | undefined;
let savePdfCache = () => {};

/**
 * V8 checks its flags against a code cache's: a worker thread sets its own (workers/entry.mjs), the
 * CLI its process's (bin/v8-flags.mjs, recorded in the environment), each with a cache of its own.
 */
function cacheVariant(): string {
  const flags = (process.env.PLAN_TARGETS_V8_FLAGS ?? '').replace(/(^|\s)--/g, '$1').replace(/[^\w=.-]+/g, '_');
  return [isMainThread ? '' : 'worker', flags].filter(Boolean).join('-');
}

export const loadPdf = () =>
  (pdf ??= keepingNatives(async () => {
    if (typeof __PLAN_TARGETS_PDF_BUNDLE__ === 'string') {
      const dist = fileURLToPath(new URL('.', import.meta.url));
      // PLAN_TARGETS_CODE_CACHE=0: compiled at each start, as before the cache (the bench times both)
      const cacheDir = process.env.PLAN_TARGETS_CODE_CACHE === '0' ? null : join(dist, '.v8-cache');
      const bundle = requireWithCodeCache<typeof import('pdf-parse')>(join(dist, __PLAN_TARGETS_PDF_BUNDLE__), cacheDir, cacheVariant());
      savePdfCache = bundle.save;
      return bundle.exports;
    }
    const m = await import('pdf-parse');
    // pdf.js's worker code, which it would otherwise load (and polyfill from) on the first page
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string).catch(() => undefined);
    return m;
  }));
/** After a PDF was read: the code cache of pdf.js written, when this process had none (see loadPdf). */
export const pdfWasRead = () => savePdfCache();
// a CommonJS module: its exports are the default export
export const loadWord = () => (word ??= import('mammoth').then((m) => (m as unknown as { default?: Mammoth }).default ?? m));
export const loadHtml = () => (html ??= import('cheerio'));
