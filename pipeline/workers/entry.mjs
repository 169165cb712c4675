// Worker entry: plain JS, so it can load the TypeScript worker through tsx (no build step), or,
// copied into dist/ by the build, the compiled worker beside it.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// Each worker is a fresh V8 isolate that compiles the extractors anew; the largest functions were
// optimised and re-optimised for seconds of CPU per worker (on the core the other worker needs).
// Left to the baseline compiler they cost a little at steady state and much less to warm up: on
// 2,000 plans, 1 worker 21.2 → 19.7 s, 2 workers 20.5 → 16.1 s. (The flags are process-wide.)
// With less inlining (a third of V8's budget per function) the optimizing compiler's threads spend
// about a fifth less CPU on a run of a few hundred plans (0.78 → 0.63 s on 500). No inlining at
// all saved a little more but made the steady state some 4% slower (the outline pass 13%).
setFlagsFromString('--max-optimized-bytecode-size=4000');
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

const built = new URL('./worker.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  await preloadParsers();
  const { register } = await import('tsx/esm/api');
  register();
  // tsx turns on source maps; their cache keeps every loaded module's map. A worker's errors
  // reach the user as one line, never as a mapped stack trace.
  process.setSourceMapsEnabled(false);
  await import('./worker.ts');
}

/**
 * Under tsx only: the third-party parsers ingest uses, loaded natively before tsx's hooks are in
 * place (through the hooks they cost some 200 MB more per thread once a PDF is read). pdf.js's
 * core-js polyfills replace native built-ins while loading (Array.prototype.push, JSON.parse…,
 * some 20% of a worker's time): those replaced are restored. The compiled worker loads the
 * parsers when a document needs them (pipeline/stages/parsers.ts, which restores them too).
 */
async function preloadParsers() {
  const BUILT_INS = [Array, Array.prototype, String.prototype, RegExp.prototype, Map.prototype, Set.prototype, Object, JSON, Math];
  const natives = BUILT_INS.map((o) => new Map(Object.getOwnPropertyNames(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)])));
  for (const pkg of ['pdf-parse', 'pdfjs-dist/legacy/build/pdf.worker.mjs', 'mammoth', 'cheerio']) {
    try {
      await import(pkg);
    } catch {
      // not installed where expected: ingest's own import decides
    }
  }
  BUILT_INS.forEach((o, i) => {
    for (const [k, d] of natives[i]) {
      const now = Object.getOwnPropertyDescriptor(o, k);
      if (typeof d.value === 'function' && now && now.value !== d.value) Object.defineProperty(o, k, d);
    }
  });
}
