// A minimal multi-page PDF of Chinese text, written by hand: enough for a text layer that
// pdf.js reads (Type0 font, Identity-H, ToUnicode map); no font file, nothing to render well.

export interface PdfOptions {
  linesPerPage?: number;
  /** characters per printed line; longer lines wrap */
  width?: number;
}

/** The text laid out as pages; returns the file and its page count. */
export function makePdf(text: string, opts: PdfOptions = {}): { data: Buffer; pages: number } {
  const perPage = opts.linesPerPage ?? 48;
  const width = opts.width ?? 40;
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    for (let i = 0; i < line.length; i += width) lines.push(line.slice(i, i + width));
  }
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  if (pages.length === 0) pages.push([]);

  // objects: 1 catalog, 2 pages, 3 font, 4 CID font, 5 ToUnicode, then page + content pairs
  const objects: (string | Buffer)[] = [];
  const first = 6;
  const kids = pages.map((_, i) => `${first + 2 * i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} /MediaBox [0 0 595 842] >>`);
  objects.push('<< /Type /Font /Subtype /Type0 /BaseFont /PlanSans /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>');
  objects.push(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /PlanSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ' +
      '/DW 1000 /CIDToGIDMap /Identity /FontDescriptor << /Type /FontDescriptor /FontName /PlanSans /Flags 4 ' +
      '/FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> >>',
  );
  objects.push(stream(toUnicodeCMap()));
  pages.forEach((page, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents ${first + 2 * i + 1} 0 R >>`);
    const body = page.map((l) => `<${utf16Hex(l)}> Tj T*`).join('\n');
    objects.push(stream(`BT /F1 11 Tf 15 TL 40 800 Td\n${body}\nET`));
  });

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(size);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n')]);
    chunks.push(b);
    size += b.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return { data: Buffer.concat(chunks), pages: pages.length };
}

function stream(content: string): Buffer {
  const body = Buffer.from(content, 'latin1');
  return Buffer.concat([Buffer.from(`<< /Length ${body.length} >>\nstream\n`), body, Buffer.from('\nendstream')]);
}

/** Code = Unicode (BMP): one range per high byte, as ranges may not cross one. */
export function toUnicodeCMap(): string {
  const ranges: string[] = [];
  for (let hi = 0; hi < 256; hi++) {
    const h = hi.toString(16).padStart(2, '0').toUpperCase();
    ranges.push(`<${h}00> <${h}FF> <${h}00>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const part = ranges.slice(i, i + 100);
    blocks.push(`${part.length} beginbfrange\n${part.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

/** UTF-16BE hex of the BMP characters (others become a space). */
export function utf16Hex(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += (c > 0xffff || (c >= 0xd800 && c <= 0xdfff) ? 0x20 : c).toString(16).padStart(4, '0');
  }
  return out;
}
