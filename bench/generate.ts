// A synthetic corpus for the benchmark: variations of the real plans in corpus/, with other
// jurisdiction names, nearby values and different line breaks. Seeded: same options, same files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStructure } from '../extractors/structure.ts';

export interface GenerateOptions {
  /** folder of seed plans (*.txt) */
  seeds: string;
  out: string;
  docs: number;
  seed?: number;
}

export interface Generated {
  files: string[];
  bytes: number;
  /** true when a matching corpus was already there */
  reused: boolean;
}

const GENERATOR_VERSION = '1';

/** Characters place names are made of; the suffix keeps the seed's level (县, 区, 市). */
const NAME_CHARS = '安平宁和德昌兴隆盛泰康永定清源丰乐华阳山河东西南北江湖云岭新城长青松林石桥金沙白水';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Seed {
  text: string;
  name: string | null;
}

function loadSeeds(dir: string): Seed[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no seed plans (*.txt) in ${dir}`);
  return files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return { text, name: analyzeStructure(text).jurisdiction.name };
  });
}

/** One variant of a seed: new name, values moved a little, a line-break style. */
export function variant(seed: Seed, index: number, rand: () => number): string {
  let text = seed.text;
  if (seed.name && seed.name.length >= 2) {
    const suffix = seed.name.slice(-1);
    const stem = seed.name.slice(0, -1);
    const pick = () => NAME_CHARS[Math.floor(rand() * NAME_CHARS.length)]!;
    const newStem = pick() + pick() + (index % 7 === 0 ? pick() : '');
    text = text.split(seed.name).join(newStem + suffix);
    if (stem.length >= 2) text = text.split(stem).join(newStem);
  }
  // rates and shares: same number of decimals, within ±10 %, never over 100
  text = text.replace(/(\d+)(?:\.(\d+))?(?=\s*[%％‰])/g, (m, _int: string, dec: string | undefined) => {
    const v = Number(m);
    if (!(v > 0 && v <= 100) || rand() < 0.3) return m;
    const decimals = dec?.length ?? 0;
    const next = Math.min(100, Math.max(0, v * (0.9 + rand() * 0.2)));
    const s = next.toFixed(decimals);
    return Number(s) === 0 ? m : s;
  });
  switch (index % 4) {
    case 1:
      return text.replace(/\r?\n/g, '\r\n');
    case 2:
      return text.replace(/\n[ \t\u3000]*\n+/g, '\n');
    case 3: {
      // re-wrapped at another width, as a PDF export would
      const width = 28 + Math.floor(rand() * 14);
      return text
        .split('\n')
        .map((l) => (l.length <= width ? l : l.match(new RegExp(`[^]{1,${width}}`, 'g'))!.join('\n')))
        .join('\n');
    }
    default:
      return text;
  }
}

/** Writes `docs` plans into `out` (replacing what was there), or reuses an identical earlier corpus. */
export function generateCorpus(opts: GenerateOptions): Generated {
  const seedNo = opts.seed ?? 1;
  const seeds = loadSeeds(opts.seeds);
  const key = createHash('sha256')
    .update(`${GENERATOR_VERSION}|${opts.docs}|${seedNo}|`)
    .update(seeds.map((s) => s.text).join('\0'))
    .digest('hex');
  const stamp = join(opts.out, '.corpus');
  if (existsSync(stamp)) {
    const prev = JSON.parse(readFileSync(stamp, 'utf8')) as { key: string; files: string[]; bytes: number };
    if (prev.key === key && prev.files.every((f) => existsSync(f))) return { files: prev.files, bytes: prev.bytes, reused: true };
  }
  rmSync(opts.out, { recursive: true, force: true });
  mkdirSync(opts.out, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  const digits = String(opts.docs).length;
  for (let i = 0; i < opts.docs; i++) {
    const rand = mulberry32(seedNo * 1_000_003 + i);
    const data = Buffer.from(variant(seeds[i % seeds.length]!, i, rand), 'utf8');
    const file = join(opts.out, `plan-${String(i + 1).padStart(digits, '0')}.txt`);
    writeFileSync(file, data);
    files.push(file);
    bytes += data.length;
  }
  writeFileSync(stamp, JSON.stringify({ key, files, bytes }));
  return { files, bytes, reused: false };
}
