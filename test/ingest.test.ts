import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../pipeline/errors.ts';
import { ingest, ingestBuffer, type Ingested } from '../pipeline/stages/ingest.ts';

const dir = join(import.meta.dirname, 'fixtures', 'ingest');
const fixture = (name: string) => join(dir, name);
const bytes = (name: string) => readFileSync(fixture(name));
const reference = bytes('plan.txt').toString('utf8');
const squeeze = (s: string) => s.replace(/\s+/g, '');
/** Numbers and phrases every format must keep. */
const KEY = ['孕产妇死亡率下降到12.5/10万以内', '艾滋病母婴传播率下降到2.5%以下', '九年义务教育巩固率达到99%以上', '高中阶段毛入学率达到95%以上', '平均受教育年限达到11.6年', '女性比例达到40%左右', '预期寿命延长至78.1岁'];

const scratch = mkdtempSync(join(tmpdir(), 'ingest-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The InputError an ingest rejects with; fails the test when it resolves. */
async function failure(p: Promise<Ingested>): Promise<InputError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.message).not.toContain('\n');
    expect(e.message).toBe(`${e.file}: ${e.problem}`);
    return e;
  }
  throw new Error('expected an InputError');
}

describe('plain text and encodings', () => {
  it('reads UTF-8 as is: not derived, sha256 and size of the raw bytes', async () => {
    const r = await ingest(fixture('plan.txt'));
    expect(r.format).toBe('text');
    expect(r.text).toBe(reference);
    expect(r.derived).toBe(false);
    expect(r.pages).toBeNull();
    expect(r.file).toBe('plan.txt');
    expect(r.path).toBe(fixture('plan.txt'));
    expect(r.bytes).toBe(bytes('plan.txt').length);
    expect(r.sha256).toBe(createHash('sha256').update(bytes('plan.txt')).digest('hex'));
    for (const k of KEY) expect(r.text).toContain(k);
  });

  it.each(['plan-bom.txt', 'plan-utf16le-bom.txt', 'plan-utf16be-bom.txt', 'plan-utf16le.txt', 'plan-gbk.txt'])(
    '%s decodes to exactly the UTF-8 text and is derived',
    async (name) => {
      const r = await ingest(fixture(name));
      expect(r.format).toBe('text');
      expect(r.text).toBe(reference); // BOM dropped, line breaks untouched
      expect(r.derived).toBe(true);
    },
  );

  it('keeps CRLF and spaces exactly, so offsets point into the file', async () => {
    const crlf = '一、总体目标\r\n  孕产妇死亡率控制在10/10万以下。 \r\n';
    const r = await ingestBuffer('crlf.txt', Buffer.from(crlf, 'utf8'));
    expect(r.text).toBe(crlf);
    expect(r.derived).toBe(false);
  });

  it('detects Markdown by extension and by headings', async () => {
    const md = await ingest(fixture('plan.md'));
    expect(md.format).toBe('markdown');
    expect(md.derived).toBe(false);
    const byContent = await ingestBuffer('plan.txt', bytes('plan.md'));
    expect(byContent.format).toBe('markdown');
    const plain = await ingestBuffer('notes.md.txt', Buffer.from('# 只有一个标题\n正文\n'));
    expect(plain.format).toBe('text');
  });

  it('keeps UTF-8 with a stray byte or a cut last character as UTF-8, not GB18030', async () => {
    const good = Buffer.from(reference, 'utf8');
    const at = good.indexOf(0x0a, 100); // a character boundary
    const stray = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    const r = await ingestBuffer('stray.txt', stray);
    expect(r.text).toContain('\uFFFD');
    expect(r.text.replace('\uFFFD', '')).toBe(reference);
    expect(r.derived).toBe(false); // what any UTF-8 reader shows
    const cut = good.subarray(0, good.length - 2);
    expect((await ingestBuffer('cut.txt', cut)).text.startsWith(reference.slice(0, 500))).toBe(true);
  });

  it('a text mentioning %PDF- or starting with PK is still text', async () => {
    expect((await ingestBuffer('notes.txt', Buffer.from('说明：文件以 %PDF-1.7 开头。\n'))).format).toBe('text');
    expect((await ingestBuffer('pk.txt', Buffer.from('PKU 北京大学\n'))).text).toBe('PKU 北京大学\n');
  });

  it('decodes all-CJK UTF-16 without BOM or NULs', async () => {
    const r = await ingestBuffer('cjk.txt', Buffer.from('妇女儿童发展规划主要目标', 'utf16le'));
    expect(r.text).toBe('妇女儿童发展规划主要目标');
  });
});

describe('HTML', () => {
  it.each(['plan-utf8.html', 'plan-gbk.html'])('%s: the main text, charset from the page', async (name) => {
    const r = await ingest(fixture(name));
    expect(r.format).toBe('html');
    expect(r.derived).toBe(true);
    expect(squeeze(r.text)).toBe(squeeze(reference));
    // one line per paragraph, as the plan has them
    expect(r.text.split('\n').filter(Boolean)).toEqual(reference.split('\n').map((l) => l.trim()).filter(Boolean));
    for (const k of KEY) expect(r.text).toContain(k);
    for (const noise of ['门户网站', '政务公开', '版权所有', '相关链接', '当前位置', '请启用脚本', '99/10万']) expect(r.text).not.toContain(noise);
  });

  it('is deterministic', async () => {
    const a = await ingest(fixture('plan-gbk.html'));
    const b = await ingest(fixture('plan-gbk.html'));
    expect(b.text).toBe(a.text);
  });

  it('reads the http-equiv charset and falls back to GB18030 when none is declared', async () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>孕产妇死亡率</p></body></html>';
    const r = await ingestBuffer('a.htm', encodeGbk(page));
    expect(r.text).toBe('孕产妇死亡率\n');
    const undeclared = encodeGbk('<!DOCTYPE html><body><p>婴儿死亡率</p></body>');
    expect((await ingestBuffer('b.html', undeclared)).text).toBe('婴儿死亡率\n');
  });

  it('decodes a UTF-16 page by its BOM', async () => {
    const page = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>孕产妇死亡率</p></body></html>';
    const r = await ingestBuffer('u16.html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]));
    expect(r.format).toBe('html');
    expect(r.text).toBe('孕产妇死亡率\n');
  });

  it('decodes a page that declares UTF-8 but is GBK', async () => {
    const r = await ingestBuffer('lie.html', encodeGbk('<html><head><meta charset="utf-8"></head><body><p>孕产妇死亡率</p></body></html>'));
    expect(r.text).toBe('孕产妇死亡率\n');
  });

  it('turns blocks, rows and <br> into lines, cells into spaces, and collapses blank runs', async () => {
    const page =
      '<!doctype html><body><h2>主要目标</h2><div>1. 达到<b>95%</b>以上</div><br><br><br><br>' +
      '<table><tr><td>指标</td><td>目标值</td></tr><tr><th>孕产妇死亡率</th><td>12.5/10万</td></tr></table>' +
      '<ul><li>甲</li><li>乙</li></ul><p>&nbsp;</p><p>末行&amp;</p></body>';
    const r = await ingestBuffer('t.html', Buffer.from(page));
    expect(r.text).toBe('主要目标\n1. 达到95%以上\n\n指标 目标值\n孕产妇死亡率 12.5/10万\n甲\n乙\n末行&\n');
  });

  it('prefers an article container over the page around it, keeping the article header', async () => {
    const side = '<div class="list">' + '<p>其他新闻标题</p>'.repeat(3) + '</div>';
    const body = '<p>' + '儿童发展规划正文。'.repeat(20) + '</p>';
    const page = `<html><body>${side}<article><header><h1>某市儿童发展规划</h1></header>${body}</article><footer>版权</footer></body></html>`;
    const r = await ingestBuffer('x.html', Buffer.from(page));
    expect(r.text.startsWith('某市儿童发展规划\n')).toBe(true);
    expect(r.text).not.toContain('其他新闻标题');
    expect(r.text).not.toContain('版权');
  });

  const nested = (n: number) => '<html><body>' + '<div>'.repeat(n) + '孕产妇死亡率' + '</div>'.repeat(n) + '</body></html>';

  it('reads 10,000 nested divs without blowing the stack', async () => {
    const r = await ingestBuffer('deep.html', Buffer.from(nested(10_000)));
    expect(r.text).toBe('孕产妇死亡率\n');
  });

  it('refuses 50,000 nested divs promptly with a clear message', async () => {
    const t0 = performance.now();
    const e = await failure(ingestBuffer('deeper.html', Buffer.from(nested(50_000))));
    expect(e.problem).toMatch(/^HTML is nested too deeply \(500\d\d levels, over the limit of 20000\)$/);
    expect(performance.now() - t0).toBeLessThan(5000); // no quadratic parse: the depth is checked first
  });

  it('does not count implicitly closed or void elements as nesting', async () => {
    const page = '<!DOCTYPE html><body>' + '<p>第一段<br><img src=x>'.repeat(21_000) + '</body>';
    const r = await ingestBuffer('flat.html', Buffer.from(page));
    expect(r.text.split('\n')).toHaveLength(21_001);
  });

  it('a page with no text is an error', async () => {
    const e = await failure(ingestBuffer('blank.html', Buffer.from('<!DOCTYPE html><html><body><script>x()</script></body></html>')));
    expect(e.problem).toBe('HTML page has no text');
  });
});

describe('Word and PDF', () => {
  it('reads .docx with mammoth', async () => {
    const r = await ingest(fixture('plan.docx'));
    expect(r.format).toBe('docx');
    expect(r.derived).toBe(true);
    expect(r.pages).toBeNull();
    expect(squeeze(r.text)).toBe(squeeze(reference));
    for (const k of KEY) expect(r.text).toContain(k);
  });

  it('reads a PDF page by page', async () => {
    const r = await ingest(fixture('plan.pdf'));
    expect(r.format).toBe('pdf');
    expect(r.derived).toBe(true);
    expect(r.pages).toEqual([1]);
    expect(squeeze(r.text)).toBe(squeeze(reference));
  });

  it('records the line where each page starts', async () => {
    const r = await ingest(fixture('two-pages.pdf'));
    expect(r.pages).toHaveLength(2);
    const lines = r.text.split('\n');
    expect(r.pages![0]).toBe(1);
    expect(lines[r.pages![1]! - 1]).toMatch(/^\(二\) ?妇女与教育/);
    expect(lines[r.pages![1]! - 2]).toContain('减少非意愿妊娠');
  });
});

describe('format by content, not by extension', () => {
  it.each([
    ['plan.pdf', 'plan.txt', 'pdf'],
    ['plan.pdf', 'plan.docx', 'pdf'],
    ['plan.docx', 'plan.pdf', 'docx'],
    ['plan.docx', 'plan.txt', 'docx'],
    ['plan-utf8.html', 'plan.txt', 'html'],
    ['plan-gbk.html', 'plan', 'html'],
    ['plan-gbk.txt', 'plan.html', 'text'],
    ['plan.txt', 'plan.pdf', 'text'],
  ])('%s named %s is %s', async (source, name, format) => {
    const r = await ingestBuffer(name, bytes(source));
    expect(r.format).toBe(format);
    expect(squeeze(r.text)).toBe(squeeze(reference));
  });
});

describe('bad input: one clear line naming the file', () => {
  it.each([
    ['empty.txt', 'file is empty'],
    ['blob.bin', 'binary file (not text in UTF-8, UTF-16 or GB18030)'],
    ['image.png', 'OCR found no text in the PNG image (blank or not a document)'],
    ['truncated.pdf', 'PDF is damaged or truncated (no %%EOF end marker)'],
    ['encrypted.pdf', 'PDF is encrypted (a password is needed to open it)'],
    ['scanned.pdf', 'OCR found no text on its page (blank or not a document)'],
    ['legacy.doc', 'legacy Word .doc is not supported; save it as .docx'],
    ['sheet.xlsx', 'file is an Excel workbook (.xlsx), not a Word .docx document'],
  ])('%s', async (name, problem) => {
    const e = await failure(ingest(fixture(name)));
    expect(e.file).toBe(fixture(name));
    expect(e.problem).toBe(problem);
  });

  it('a PDF cut before its end marker but otherwise parseable is still refused', async () => {
    const pdf = bytes('plan.pdf');
    const cut = pdf.subarray(0, pdf.lastIndexOf('%%EOF'));
    expect((await failure(ingestBuffer('cut.pdf', cut))).problem).toMatch(/^PDF is damaged or truncated/);
  });

  it('a PDF damaged inside is refused', async () => {
    const bad = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\ngarbage\n%%EOF\n');
    expect((await failure(ingestBuffer('bad.pdf', bad))).problem).toMatch(/^PDF is (damaged or truncated|has no text layer)/);
  });

  it.each([
    [[0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JPEG'],
    [[...Buffer.from('GIF89a'), 1, 0], 'GIF'],
    [[...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')], 'WebP'],
    [[0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0], 'TIFF'],
  ])('names images by their magic bytes, whatever their name, and reads them by OCR (%#)', async (magic, kind) => {
    const data = Buffer.concat([Buffer.from(magic as number[]), Buffer.alloc(64, 7)]);
    const e = await failure(ingestBuffer('scan.txt', data));
    // damaged images: Tesseract cannot read them, or finds nothing
    expect(e.problem).toMatch(new RegExp(`^(${kind} image cannot be read by OCR \\(damaged, or not an image|OCR found no text in the ${kind} image)`));
    const off = await failure(ingestBuffer('scan.txt', data, { ocr: { mode: 'never', cacheDir: null, maxPages: 10 } }));
    expect(off.problem).toBe(`file is a ${kind} image (a scan) and OCR is off (--ocr never)`);
  });

  it('text with stray control bytes is binary', async () => {
    const data = Buffer.from('abc\x01\x02\x03\x04\x05\x06\x07\x08abc'.repeat(100));
    expect((await failure(ingestBuffer('ctl.txt', data))).problem).toBe('binary file (not text in UTF-8, UTF-16 or GB18030)');
  });

  it('a jar or a bare zip is not a Word document', async () => {
    const jar = zipOf(['META-INF/MANIFEST.MF', 'a/B.class']);
    expect((await failure(ingestBuffer('x.docx', jar))).problem).toBe('file is a Java archive (.jar), not a Word .docx document');
    const zip = zipOf(['readme.txt']);
    expect((await failure(ingestBuffer('x.docx', zip))).problem).toBe('file is a zip archive, not a Word .docx document');
    const cut = bytes('plan.docx').subarray(0, 1000);
    expect((await failure(ingestBuffer('cut.docx', cut))).problem).toBe('zip archive (or .docx) is damaged or truncated');
  });

  it('white space only', async () => {
    expect((await failure(ingestBuffer('blank.txt', Buffer.from(' \n\r\n\t')))).problem).toBe('file has no text (only white space)');
  });

  it('a missing path, a directory', async () => {
    const missing = join(scratch, 'nope.txt');
    expect((await failure(ingest(missing))).problem).toBe('file not found');
    expect((await failure(ingest(scratch))).problem).toBe('is a directory, not a file');
    expect((await failure(ingest(join(fixture('plan.txt'), 'x')))).problem).toMatch(/^file not found/);
  });

  it('a named pipe is not read (it would block)', async () => {
    const p = join(scratch, 'pipe.txt');
    execFileSync('mkfifo', [p]);
    expect((await failure(ingest(p))).problem).toBe('is not a regular file');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const p = join(scratch, 'locked.txt');
    writeFileSync(p, '孕产妇死亡率');
    chmodSync(p, 0o000);
    expect((await failure(ingest(p))).problem).toBe('permission denied');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const p = join(scratch, 'huge.txt');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no disk, no memory
    closeSync(fd);
    const e = await failure(ingest(p));
    expect(e.problem).toBe('file is 200.0 MB, over the 64 MB limit');
    expect((await failure(ingestBuffer('small.txt', Buffer.from('x'.repeat(2048)), { maxBytes: 1024 }))).problem).toBe(
      'file is 2.0 KB, over the 1 KB limit',
    );
  });
});

function encodeGbk(s: string): Buffer {
  return iconv.encode(s, 'gbk');
}

/** A stored (uncompressed) zip holding empty files with these names. */
function zipOf(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n);
    centrals.push(central, n);
    offset += 30 + n.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
