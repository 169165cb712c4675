#!/usr/bin/env node
// Builds the CLI into dist/: one ES module bundle per entry (the CLI, the document worker) with
// shared chunks and dynamic imports kept lazy, dependencies left to node_modules. Run by `npm ci`
// (the `prepare` script) and `npm run build`. bin/plan-targets.mjs uses dist/ when its recorded
// source hash matches the sources, and runs the sources through tsx otherwise.
//   node bin/build.mjs [--outdir DIR]   (DIR must sit directly under the project: the code finds
//                                        package.json and the rules one folder up)
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siblingAssets, sourceHash, sourceStamp } from './sources.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--outdir');
const outdir = resolve(ROOT, i > 0 ? process.argv[i + 1] : 'dist');
if (resolve(outdir, '..') !== ROOT) {
  console.error(`build: ${outdir} must be a folder directly under ${ROOT}`);
  process.exit(2);
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // not fatal: the CLI runs the sources through tsx
  console.error('build: esbuild is not installed; the CLI will run the TypeScript sources (slower to start)');
  process.exit(0);
}

/**
 * Bundled dependencies: pure JS. zod, xstate, commander and p-limit are loaded by every command;
 * exceljs and jszip (compare.xlsx) as one file load in a third of the time their few hundred
 * files take. (mammoth, external, loads its own jszip from node_modules.)
 */
const BUNDLED = ['zod', 'xstate', 'commander', 'p-limit', 'exceljs', 'jszip'];

/**
 * exceljs's entry requires its streaming reader and writer (with unzipper, saxes, fast-csv…)
 * at load; compare.xlsx uses the Workbook alone. Here they load when first asked for: the same
 * object, its `stream` members getters.
 */
const lazyExcelStreams = {
  name: 'lazy-exceljs-streams',
  setup(build) {
    build.onLoad({ filter: /exceljs[\\/]lib[\\/]exceljs\.nodejs\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const lazy = source.replace(/(\w+): (require\('\.\/stream\/xlsx\/[\w-]+'\)),/g, 'get $1() { return $2; },');
      const warnings = lazy === source ? [{ text: 'exceljs entry not as expected: its streams load eagerly' }] : [];
      return { contents: lazy, loader: 'js', warnings };
    });
  },
};
/** The PDF reader's bundle in dist/ (see below). */
const PDF_BUNDLE = 'pdf.cjs';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const t0 = performance.now();
// the stamp first: a file edited while this runs then no longer matches it
const stamp = sourceStamp(ROOT);
const hash = sourceHash(ROOT);
// what the sources compute at every start, computed once here: the rules version, the JSON Schemas
const { tsImport } = await import('tsx/esm/api');
const { getRulesVersion } = await tsImport('../pipeline/version.ts', import.meta.url);
const { schemaTexts } = await tsImport('../pipeline/stages/write.ts', import.meta.url);
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await esbuild.build({
  absWorkingDir: ROOT,
  // the bench's timed run too, so the bench times the code users run
  entryPoints: { cli: 'pipeline/cli.ts', worker: 'pipeline/workers/worker.ts', once: 'bench/once.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // small pure-JS dependencies go into the bundle (zod alone is ~100 files, most of them locales
  // the tool never uses); native, large or lazily loaded ones stay in node_modules
  // (pdfjs-dist, pdf-parse's own dependency: the build reads PDFs through dist/pdf.cjs below; the
  // sources' import of its worker stays an import, never run from dist/)
  external: [...Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => !BUNDLED.includes(d)), 'pdfjs-dist'],
  chunkNames: 'chunk-[hash]',
  // bundled CommonJS (commander) requires node built-ins
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  define: {
    __PLAN_TARGETS_RULES_VERSION__: JSON.stringify(getRulesVersion()),
    __PLAN_TARGETS_SCHEMAS__: JSON.stringify(JSON.stringify(schemaTexts())),
    __PLAN_TARGETS_PDF_BUNDLE__: JSON.stringify(PDF_BUNDLE),
  },
  legalComments: 'none',
  plugins: [lazyExcelStreams],
  logLevel: 'warning',
});
// pdf-parse with pdf.js and its worker code, one CommonJS file: the CLI loads it with V8's code
// cache (pipeline/code-cache.ts, pipeline/stages/parsers.ts), which Node 20 has for no ES module.
// Its `import.meta.url` (pdf.js requires @napi-rs/canvas from there) is the file's own.
await esbuild.build({
  absWorkingDir: ROOT,
  stdin: {
    contents: "export { PDFParse } from 'pdf-parse'; export * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';",
    resolveDir: ROOT,
    sourcefile: 'pdf-bundle.js',
    loader: 'js',
  },
  outfile: join(outdir, PDF_BUNDLE),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@napi-rs/canvas'],
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
});
// files a module names beside itself (`new URL('./entry.mjs', import.meta.url)`: the worker pool's
// entry, the review workbench's client script) go beside the bundle, which is one flat folder
for (const [from, name] of siblingAssets(ROOT)) copyFileSync(from, join(outdir, name));
writeFileSync(join(outdir, 'build-info.json'), JSON.stringify({ sources: hash, stamp }, null, 2) + '\n');
console.error(`build: ${relative(ROOT, outdir)}/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
