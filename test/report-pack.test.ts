// The report's targets block is gzipped piece by piece as records come: the same bytes as gzipping
// the whole text at once, and plain JSON while it stays small.
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GZIP_ABOVE, PackedJson, scriptJson } from '../pipeline/compare/html.ts';

describe('PackedJson', () => {
  it('keeps a small block as JSON, made safe inside <script>', async () => {
    const p = new PackedJson();
    p.write('{"t":[');
    p.write(JSON.stringify(['</script>', '\u2028']));
    p.write(']}');
    expect(await p.end()).toEqual({ json: scriptJson({ t: [['</script>', '\u2028']] }) });
  });

  it('gzips a large one as it comes, byte for byte as gzipSync of the whole', async () => {
    const rows = Array.from({ length: 80_000 }, (_, i) => JSON.stringify([i % 97, `孕产妇死亡率控制在${i % 13}/10万以下<`, i * 7, null]));
    const whole = scriptJson({ t: rows.map((r) => JSON.parse(r) as unknown) });
    expect(whole.length).toBeGreaterThan(GZIP_ABOVE);
    const p = new PackedJson();
    p.write('{"t":[');
    for (let i = 0; i < rows.length; i++) if (!p.write(i ? `,${rows[i]}` : rows[i]!)) await p.drain();
    p.write(']}');
    const body = await p.end();
    if (!('base64' in body)) throw new Error('not packed');
    const bytes = Buffer.from(body.base64, 'base64');
    expect(gunzipSync(bytes).toString()).toBe(whole);
    expect(bytes.equals(gzipSync(Buffer.from(whole), { level: 6 }))).toBe(true);
  });
});
