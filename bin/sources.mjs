// The hash of every source file the build is made from, and their stamp (sizes, modification
// times): the build records both, and the CLI uses the build only while the stamp holds or the
// sources still hash the same (an edited source runs through tsx).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

// bin too: a changed build script makes a different build
export const SOURCE_DIRS = ['model', 'rules', 'extractors', 'pipeline', 'bench', 'bin'];

/** The files hashed, as paths under root, in the order hashed. */
function sourceFiles(root) {
  const all = ['package.json'];
  for (const dir of SOURCE_DIRS) {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|mjs|js|json)$/.test(f))
      .sort();
    for (const f of files) all.push(`${dir}/${f}`);
  }
  return all;
}

export function sourceHash(root) {
  const h = createHash('sha256');
  for (const f of sourceFiles(root)) {
    if (f === 'package.json') h.update(readFileSync(join(root, f)));
    else h.update(`${f}\0`).update(readFileSync(join(root, f)));
  }
  return h.digest('hex');
}

/**
 * Size and modification time of every source file and of every folder holding them (a file
 * added or removed changes its folder's): what the CLI compares at start instead of hashing
 * every source again. Anything different falls back to the hash.
 */
export function sourceStamp(root) {
  const files = {};
  const dirs = {};
  for (const f of sourceFiles(root)) {
    const st = statSync(join(root, f));
    files[f] = [st.size, st.mtimeMs];
  }
  for (const dir of SOURCE_DIRS) {
    dirs[dir] = statSync(join(root, dir)).mtimeMs;
    for (const d of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (d.isDirectory()) {
        const full = join(d.parentPath ?? d.path, d.name);
        dirs[relative(root, full).split(sep).join('/')] = statSync(full).mtimeMs;
      }
    }
  }
  return { files, dirs };
}

function stampHolds(root, stamp) {
  if (!stamp?.files || !stamp.dirs) return false;
  try {
    for (const [d, mtime] of Object.entries(stamp.dirs)) if (statSync(join(root, d)).mtimeMs !== mtime) return false;
    for (const [f, [size, mtime]] of Object.entries(stamp.files)) {
      const st = statSync(join(root, f));
      if (st.size !== size || st.mtimeMs !== mtime) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the build in dist/ was made from the sources as they are: its stamp still holds (a few
 * hundred stat calls), or else the sources hash as it recorded (a touched but unchanged file).
 */
export function buildIsCurrent(root, info = join(root, 'dist', 'build-info.json')) {
  if (!existsSync(info)) return false;
  try {
    const recorded = JSON.parse(readFileSync(info, 'utf8'));
    return stampHolds(root, recorded.stamp) || recorded.sources === sourceHash(root);
  } catch {
    return false;
  }
}

/**
 * Files the sources read beside themselves, `new URL('./name', import.meta.url)`: [path, name].
 * The build copies them next to its flat bundle; two with one name would collide, so that fails.
 */
export function siblingAssets(root) {
  const found = new Map();
  for (const dir of SOURCE_DIRS) {
    for (const f of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|mjs)$/.test(f)) continue;
      const text = readFileSync(join(root, dir, f), 'utf8');
      for (const m of text.matchAll(/new URL\(\s*'\.\/([^'/]+)'\s*,\s*import\.meta\.url\s*\)/g)) {
        const name = m[1];
        const from = join(root, dir, dirname(f), name);
        // a name only the build makes (the worker entry looks for ./worker.js, the compiled worker)
        if (!existsSync(from)) continue;
        if (found.has(name) && found.get(name) !== from) throw new Error(`two files named ${name} are read beside their modules: ${found.get(name)}, ${from}`);
        found.set(name, from);
      }
    }
  }
  return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([name, from]) => [from, basename(name)]);
}
