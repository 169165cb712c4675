// A CommonJS file loaded with V8's code cache: the bytecode of its functions that had run when the
// cache was written, kept in a folder, so the next process neither parses nor compiles them again.
// (Node 20 has no compile cache of its own: module.enableCompileCache came in Node 22.)
// V8 refuses a cache made by another V8 version or other flags; it does not check the source
// itself, so the cache's name holds the file's size and modification time.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';

export interface CachedModule<T> {
  exports: T;
  /** how the code was compiled: from the cache, or anew (no cache yet, or V8 refused it) */
  cache: 'used' | 'none' | 'refused';
  /**
   * Writes the cache when the code was compiled anew (once; a folder that cannot be written is no
   * error). Call it after the code's first real use: only functions that have run are in it.
   */
  save(): void;
}

/** `cacheDir` null: compiled as without a cache, none read or written. */
export function requireWithCodeCache<T>(file: string, cacheDir: string | null, variant = ''): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  const st = statSync(file);
  // the variant: a worker thread sets V8 flags for its process (workers/entry.mjs), which V8's cache check includes
  const name = `${basename(file)}.${st.size}-${Math.round(st.mtimeMs)}-${process.version}-${process.arch}${variant ? `-${variant}` : ''}.v8`;
  const cacheFile = cacheDir === null ? null : join(cacheDir, name);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // none yet
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'refused' : 'used';
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  let pending = cacheFile !== null && cache !== 'used';
  return {
    exports: module.exports,
    cache,
    save() {
      if (!pending || !cacheDir || !cacheFile) return;
      pending = false;
      const tmp = `${cacheFile}.tmp-${process.pid}-${threadId}`;
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        // a read-only install: the code compiles at each start, as without a cache
        try {
          rmSync(tmp, { force: true });
        } catch {
          // nothing written
        }
      }
    },
  };
}
