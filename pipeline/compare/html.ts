// report.html: one self-contained page (no network) with views by address (#/…): the table, a chart
// per indicator, a page per jurisdiction, the hierarchy and progress. The data travel as compact
// JSON (gzip + base64 when large, unpacked by the browser); charts are drawn by Observable Plot
// (with d3), both inlined. Every cell, row and chart point opens its source quote.
import { createGzip, gzipSync, type Gzip } from 'node:zlib';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ContextReader } from './context.ts';
import { groupRows, partTitle, referenceTitle } from './markdown.ts';
import { INCOMPARABLE_TEXT, REVIEWED_SIGN, VERDICT_SIGN } from './values.ts';
import type { CompareTable } from './types.ts';
import type { TargetRecord } from './records.ts';
import type { Progress } from './progress.ts';
import type { HierarchyRow } from './hierarchy.ts';
import { trend } from './hierarchy.ts';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that is safe inside <script>: no `</script>`, no line separators. */
export function scriptJson(v: unknown): string {
  return safeJson(JSON.stringify(v));
}

const UNSAFE_IN_SCRIPT = /[<\u2028\u2029]/;

/** JSON text made safe inside <script> (most holds nothing to escape: returned as it is). */
function safeJson(json: string): string {
  if (!UNSAFE_IN_SCRIPT.test(json)) return json;
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Reports with more targets than this carry each target's quote, not the lines around it. */
export const CONTEXT_LIMIT = 30_000;
/** Data above this size travel gzipped (base64): a 2,000-plan report stays far under 25 MB. */
export const GZIP_ABOVE = 2_000_000;
export const CONTEXT_LINES = 3;

const require = createRequire(import.meta.url);
let libs: string | undefined;
/** d3 and Observable Plot, as shipped by their packages (versions pinned in package.json). */
function chartLibraries(): string {
  // the packages export no path to their browser bundles: found beside the files they do export
  const d3 = join(dirname(require.resolve('d3')), 'd3.min.js');
  const plot = join(dirname(require.resolve('@observablehq/plot')), '..', 'dist', 'plot.umd.min.js');
  libs ??= [d3, plot]
    .map((f) => `<script>${readFileSync(f, 'utf8').replace(/<\/script/gi, '<\\/script')}</script>`)
    .join('\n');
  return libs;
}

const VERDICT_CODE: Record<string, string> = { stricter: 's', equal: 'e', looser: 'l', incomparable: 'i' };

/** Index of a repeated word in its list, added on first sight (targets carry the index). */
function code(list: string[], map: Map<string, number>, v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const k = String(v);
  let i = map.get(k);
  if (i === undefined) {
    i = list.length;
    list.push(k);
    map.set(k, i);
  }
  return i;
}

/** Characters of JSON handed to zlib at once. */
const PACK_BATCH = 1 << 16;

/** A data block's content: JSON as is, or gzipped and base64 (above GZIP_ABOVE characters). */
export type BlockBody = { json: string } | { base64: string };

/**
 * A data block written piece by piece: pieces are held as text until they pass GZIP_ABOVE
 * characters, then gzipped as they come, so a large report never holds its JSON whole. zlib's
 * output does not depend on how its input is split: the bytes are gzipSync's of the whole.
 */
export class PackedJson {
  private pieces: string[] = [];
  private length = 0;
  /** characters held since the last write to zlib */
  private pending = 0;
  private gz: Gzip | null = null;
  private readonly out: Buffer[] = [];

  /** Adds JSON text; false when the caller should `await drain()` before writing more. */
  write(json: string): boolean {
    const safe = safeJson(json);
    this.pieces.push(safe);
    this.length += safe.length;
    this.pending += safe.length;
    // pieces go to zlib in batches: one write per target would cost a thread-pool round trip each
    if (this.length <= GZIP_ABOVE || this.pending < PACK_BATCH) return true;
    if (!this.gz) {
      this.gz = createGzip({ level: 6 });
      this.gz.on('data', (b: Buffer) => this.out.push(b));
    }
    this.pending = 0;
    return this.gz.write(this.pieces.splice(0).join(''));
  }

  async drain(): Promise<void> {
    if (this.gz?.writableNeedDrain) await once(this.gz, 'drain');
  }

  async end(): Promise<BlockBody> {
    if (!this.gz) {
      if (this.length <= GZIP_ABOVE) return { json: this.pieces.join('') };
      this.gz = createGzip({ level: 6 });
      this.gz.on('data', (b: Buffer) => this.out.push(b));
    }
    const done = once(this.gz, 'end');
    this.gz.end(this.pieces.splice(0).join(''));
    await done;
    return { base64: Buffer.concat(this.out).toString('base64') };
  }
}

/**
 * The page's data: short keys, targets as arrays (see T_* in the script). Records are added one at
 * a time, in order, and go into the targets block as they come (a 2,000-plan store has ~270,000);
 * `count` is how many there will be (small reports carry the lines around each quote), `docs` the
 * documents the records will name, in the order they first do (the block starts with their files).
 */
export class ReportData {
  private readonly colIndex: Map<string, number>;
  private readonly indIndex: Map<string, number>;
  private readonly withContext: boolean;
  private readonly docs: { f: string; n: string }[] = [];
  private readonly docIndex = new Map<string, number>();
  private readonly wanted = new Map<number, Set<number>>();
  /** the targets block: its files, then each target's JSON array as it comes */
  private readonly block = new PackedJson();
  private added = 0;
  // repeated words travel once: targets hold their index in these lists
  private readonly dict = { kinds: [] as string[], statuses: [] as string[], whys: [] as string[], progress: [] as string[], domains: [] as string[] };
  private readonly kinds = new Map<string, number>();
  private readonly statuses = new Map<string, number>();
  private readonly whys = new Map<string, number>();
  private readonly progress = new Map<string, number>();
  private readonly domains = new Map<string, number>();
  /** the target a table cell shows, by column, document and target id: set for the cells' targets only */
  private readonly byCell = new Map<number, Map<string, Map<string, number>>>();
  private readonly perCol = new Map<number, number>();

  constructor(
    private readonly t: CompareTable,
    private readonly reader: ContextReader,
    count: number,
    docs: { doc: string; file: string }[],
  ) {
    for (const d of docs) {
      this.docIndex.set(d.doc, this.docs.length);
      this.docs.push({ f: d.file, n: d.doc });
    }
    this.block.write(`{"docs":${JSON.stringify(this.docs.map((d) => d.f))},"t":[`);
    this.colIndex = new Map(t.columns.map((c, i) => [c.label, i]));
    this.indIndex = new Map(t.rows.map((r, i) => [r.id, i]));
    // the targets the cells show (a record's index is kept for these alone, not for every record)
    for (const r of t.rows) {
      r.cells.forEach((c, ci) => {
        if (!c) return;
        let inCol = this.byCell.get(ci);
        if (!inCol) this.byCell.set(ci, (inCol = new Map()));
        let inDoc = inCol.get(c.source.doc);
        if (!inDoc) inCol.set(c.source.doc, (inDoc = new Map()));
        inDoc.set(c.targetId, -1);
      });
    }
    this.withContext = count <= CONTEXT_LIMIT;
  }

  /** `p`: the record's progress row, if it has one. False when the caller should `await drain()` before adding more. */
  add(r: TargetRecord, p: Progress | null = null): boolean {
    const col = this.colIndex.get(String(r.column));
    if (col === undefined) return true;
    const d = this.docIndex.get(r.doc);
    if (d === undefined) throw new Error(`report: ${r.doc} was not announced`);
    const dict = this.dict;
    const ind = r.indicator_id ? (this.indIndex.get(String(r.indicator_id)) ?? -1) : -1;
    // by target id: records of one sentence share a start, and a cell is one of them
    const inDoc = this.byCell.get(col)?.get(r.doc);
    const tid = String(r.target_id);
    if (inDoc?.has(tid)) inDoc.set(tid, this.added);
    this.perCol.set(col, (this.perCol.get(col) ?? 0) + 1);
    const json = JSON.stringify([
      d, col, ind, ind >= 0 ? null : (r.indicator ?? r.indicator_text), code(dict.kinds, this.kinds, r.kind),
      r.text, r.value, r.unit, r.year, r.line, r.source_column, r.start, r.end, r.quote, code(dict.statuses, this.statuses, r.status),
      r.verdict ? VERDICT_CODE[String(r.verdict)] : null, code(dict.whys, this.whys, r.why_not_compared), r.parent_verdict ? VERDICT_CODE[String(r.parent_verdict)] : null,
      r.parent ? (this.colIndex.get(String(r.parent)) ?? -1) : -1, r.parent_value,
      p ? [code(dict.progress, this.progress, p.status), p.baseline ? [p.baseline.year, p.baseline.value] : null,
        p.actual ? [p.actual.year, p.actual.value, p.actual.from === 'monitoring' ? 1 : 0] : null, p.ratio, p.required] : null,
      code(dict.domains, this.domains, r.domain), r.change_base_year !== null || r.per_year !== null ? 1 : 0,
    ]);
    const more = this.block.write(this.added++ === 0 ? json : `,${json}`);
    if (this.withContext) {
      const set = this.wanted.get(d) ?? new Set<number>();
      this.wanted.set(d, set);
      const entry = this.reader.text(r.doc);
      if ('text' in entry) {
        const first = Math.max(1, Math.min(entry.index.lineOf(Number(r.start)), Number(r.line)) - CONTEXT_LINES);
        const last = Math.min(entry.index.lineCount, Math.max(entry.index.lineOf(Math.max(Number(r.start), Number(r.end) - 1)), Number(r.line)) + CONTEXT_LINES);
        for (let n = first; n <= last; n++) set.add(n);
      }
    }
    return more;
  }

  drain(): Promise<void> {
    return this.block.drain();
  }

  private async end(tail: string): Promise<BlockBody> {
    this.block.write(tail);
    return this.block.end();
  }

  /** Once: `main` travels as JSON; `targets` is the targets block, ended here. */
  async finish(hierarchy: HierarchyRow[]): Promise<{ main: Record<string, unknown>; targets: BlockBody }> {
    const t = this.t;
    const lines: Record<number, [number, number, string][]> = {};
    const notes: Record<number, string> = {};
    for (const [d, set] of this.wanted) {
      const entry = this.reader.text(this.docs[d]!.n);
      if (!('text' in entry)) {
        notes[d] = entry.note;
        continue;
      }
      lines[d] = [...set].sort((a, b) => a - b).map((n) => [n, entry.index.starts[n - 1]!, entry.index.line(n)]);
    }
    const inds = t.rows.map((r) => ({
      id: r.id, n: r.name, part: r.part, d: r.domain, u: r.unit, b: r.better,
      r: r.reference ? { t: r.reference.text, v: r.reference.value, y: r.reference.year, f: r.reference.from } : null,
    }));
    // the table's cells: the target each one shows
    const rows = t.rows.map((r) => ({
      c: r.cells.flatMap((c, ci) => {
        if (!c) return [];
        const ti = this.byCell.get(ci)?.get(c.source.doc)?.get(c.targetId) ?? -1;
        // what the table shows, so it is drawn before the targets are unpacked
        return [[ci, ti, c.verdict ? VERDICT_CODE[c.verdict] : null, c.others, c.reviewed ? `${c.text} ${REVIEWED_SIGN}` : c.text, c.why ? INCOMPARABLE_TEXT[c.why] : null]];
      }),
    }));
    return {
      main: {
        reference: t.reference,
        refTitle: referenceTitle(t),
        context: this.withContext,
        cols: t.columns.map((c, i) => ({
          l: c.label, j: c.jurisdiction, c: c.code, lv: c.level, p: c.period,
          pv: c.level === 'province' ? c.jurisdiction : (c.parents[0]?.name ?? null),
          par: c.parents.map((p) => p.name), up: t.parentColumn[i], amb: c.candidates, dup: c.duplicateOf, n: this.perCol.get(i) ?? 0,
        })),
        inds,
        groups: groupRows(t.rows.map((r, i) => ({ part: r.part, domain: r.domain, i }))).map((g) => ({ t: `${partTitle(g.part)} · ${g.domain}`, d: g.domain, r: g.rows.map((r) => r.i) })),
        rows,
        hier: hierarchy.map((h) => ({ ...h, trend: trend(h) })),
        dups: t.duplicates,
      },
      // unpacked when a view or a click first needs them: the table opens without them
      targets: await this.end(`],"dict":${JSON.stringify(this.dict)},"lines":${JSON.stringify(lines)},"notes":${JSON.stringify(notes)}}`),
    };
  }
}

const CSS = `
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
header{background:#24406e;color:#fff;padding:.5em 1em;display:flex;gap:1.2em;align-items:baseline;flex-wrap:wrap}
header h1{font-size:1.2em;margin:0}header a{color:#fff}header nav a{margin-right:.8em}
main{padding:0 1em 1em}
h2{font-size:1.15em;margin-top:1.2em}
table{border-collapse:collapse;font-size:14px}
th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:#f3f3f3;z-index:2}
#compare tbody th,#compare thead th:first-child{position:sticky;left:0;background:#fff;min-width:12em;max-width:18em;z-index:1}
#compare thead th:first-child{z-index:3;background:#f3f3f3}
.wrap{overflow:auto;max-height:75vh}
tr.group th{background:#e8eef7 !important;text-align:left}
[data-t]{cursor:pointer}
[data-t]:hover,.selected{outline:2px solid #3b6fd6}
.v-s{background:#c6efce}.v-e{background:#ffeb9c}.v-l{background:#ffc7ce}.v-i{background:#ededed}
.ref{background:#fafafa;font-weight:bold}
#filters{margin:.8em 0;display:flex;gap:1.2em;flex-wrap:wrap;align-items:center}
#source{position:sticky;bottom:0;background:#fff;border-top:3px solid #3b6fd6;padding:.5em 1em;margin-top:1em;max-height:40vh;overflow:auto}
#source[hidden]{display:none}
#source .ctx{font-family:monospace,"WenQuanYi Micro Hei Mono";white-space:pre-wrap;margin:.5em 0}
#source .ln{display:inline-block;min-width:4em;color:#888;user-select:none}
#source .hit{background:#fff6d5}
mark.q{background:#ffe58a}mark.v{background:#ff9f43;font-weight:bold}
.legend,.note{color:#555}
.st-achieved,.st-on-track{background:#c6efce}.st-needs-acceleration{background:#ffeb9c}.st-limited-progress,.st-not-achieved,.st-deterioration{background:#ffc7ce}
figure{margin:.5em 0}
`;

// The page's script: plain ES5-ish browser code, no modules, no network.
const JS = String.raw`
(async function(){
  async function unpack(id){
    var e=document.getElementById(id),raw=e.textContent;
    if(e.getAttribute('data-encoding')!=='gzip-base64')return JSON.parse(raw);
    var bin=atob(raw),bytes=new Uint8Array(bin.length);for(var k=0;k<bin.length;k++)bytes[k]=bin.charCodeAt(k);
    var stream=new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text());
  }
  var D=await unpack('data');
  performance.mark('data parsed');
  // target fields
  var T_DOC=0,T_COL=1,T_IND=2,T_NAME=3,T_KIND=4,T_TEXT=5,T_VALUE=6,T_UNIT=7,T_YEAR=8,T_LINE=9,T_COLUMN=10,T_START=11,T_END=12,T_QUOTE=13,T_STATUS=14,T_VERDICT=15,T_WHY=16,T_PVERDICT=17,T_PCOL=18,T_PVALUE=19,T_PROG=20,T_DOMAIN=21,T_CHANGE=22;
  var byCol=null,loading=null;
  /** The targets: unpacked once, when a view or a click first needs them. */
  function needTargets(){
    if(loading)return loading;
    loading=unpack('targets').then(function(X){
      D.t=X.t;D.docs=X.docs;D.dict=X.dict;D.lines=X.lines;D.notes=X.notes;
      // words back from their lists (see dict in reportData)
      D.t.forEach(function(t){
        if(t[T_IND]>=0)t[T_NAME]=D.inds[t[T_IND]].n;
        t[T_KIND]=D.dict.kinds[t[T_KIND]];t[T_STATUS]=D.dict.statuses[t[T_STATUS]];
        if(t[T_WHY]!=null)t[T_WHY]=D.dict.whys[t[T_WHY]];if(t[T_DOMAIN]!=null)t[T_DOMAIN]=D.dict.domains[t[T_DOMAIN]];
        if(t[T_PROG]){t[T_PROG][0]=D.dict.progress[t[T_PROG][0]];if(t[T_PROG][2])t[T_PROG][2][2]=t[T_PROG][2][2]?'monitoring':'baseline';}
      });
      byCol={};D.t.forEach(function(t,i){(byCol[t[T_COL]]=byCol[t[T_COL]]||[]).push(i);});
      performance.mark('targets unpacked');
    });
    return loading;
  }
  var SIGN={s:'▲',e:'=',l:'▽',i:'?'},WORD={s:'stricter',e:'equal',l:'looser',i:'not comparable'};
  var REVIEWED={accepted:1,corrected:1,added:1};
  var view=document.getElementById('view'),panel=document.getElementById('source');
  function el(tag,attrs,text){var e=document.createElement(tag);if(attrs)for(var a in attrs){if(a==='class')e.className=attrs[a];else e.setAttribute(a,attrs[a]);}if(text!=null)e.textContent=text;return e;}
  function link(href,text){return el('a',{href:href},text);}
  // filters
  var fProv=document.getElementById('f-province'),fLevel=document.getElementById('f-level'),fPeriod=document.getElementById('f-period'),fDomain=document.getElementById('f-domain');
  function opts(sel,values){values.forEach(function(v){sel.appendChild(el('option',{value:v},v));});}
  function uniq(a){var s={},o=[];a.forEach(function(v){if(v!=null&&!s[v]){s[v]=1;o.push(v);}});return o.sort();}
  opts(fProv,uniq(D.cols.map(function(c){return c.pv;})));
  opts(fLevel,uniq(D.cols.map(function(c){return c.lv;})));
  opts(fPeriod,uniq(D.cols.map(function(c){return c.p?c.p[0]+'—'+c.p[1]:null;})));
  opts(fDomain,D.groups.map(function(g){return g.d;}).filter(function(d,i,a){return a.indexOf(d)===i;}));
  function colShown(i){var c=D.cols[i];
    return (!fProv.value||c.pv===fProv.value)&&(!fLevel.value||c.lv===fLevel.value)&&(!fPeriod.value||(c.p&&c.p[0]+'—'+c.p[1]===fPeriod.value));}
  [fProv,fLevel,fPeriod,fDomain].forEach(function(s){s.addEventListener('change',route);});
  var MAX_COLS=60;
  function h(s){return String(s).replace(/[&<>"']/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c];});}

  function valueSegs(t){
    var lines=D.lines[t[T_DOC]]||[],out=[],vs=-1,ve=-1,qs=t[T_START],qe=t[T_END],first=t[T_LINE],last=t[T_LINE];
    lines.forEach(function(l){
      var s=l[1],e=s+l[2].length;
      if(s<=qs&&qs<=e)first=Math.min(first,l[0]);
      if(s<qe&&qe<=e+1)last=Math.max(last,l[0]);
      if(l[0]===t[T_LINE]&&t[T_KIND]!=='qualitative'&&t[T_KIND]!=='full_coverage'){
        var m=/^(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万]+)/.exec(l[2].slice(t[T_COLUMN]-1,t[T_COLUMN]+39));
        if(m){vs=s+t[T_COLUMN]-1;ve=vs+m[0].length;}
      }
    });
    lines.forEach(function(l){
      if(l[0]<first-3||l[0]>last+3)return;
      var s=l[1],e=s+l[2].length,cuts=[s,e,qs,qe,vs,ve].filter(function(x){return x>=s&&x<=e;}).sort(function(a,b){return a-b;}),segs=[];
      for(var i=0;i+1<cuts.length;i++){var a=cuts[i],b=cuts[i+1];if(a===b)continue;segs.push([l[2].slice(a-s,b-s),a>=qs&&b<=qe,vs>=0&&a>=vs&&b<=ve]);}
      out.push({n:l[0],segs:segs});
    });
    return out;
  }
  async function show(ti,node){
    await needTargets();
    var t=D.t[ti];if(!t)return;
    Array.prototype.forEach.call(document.querySelectorAll('.selected'),function(x){x.classList.remove('selected');});
    if(node&&node.classList)node.classList.add('selected');
    var c=D.cols[t[T_COL]];panel.textContent='';
    panel.appendChild(el('h3',null,c.l+' · '+(t[T_NAME]||'')+' · '+t[T_TEXT]+(REVIEWED[t[T_STATUS]]?' ✓':'')));
    var meta=[D.docs[t[T_DOC]]+':'+t[T_LINE],t[T_DOMAIN],t[T_STATUS],t[T_VERDICT]?('vs reference: '+WORD[t[T_VERDICT]]+(t[T_WHY]?' ('+t[T_WHY]+')':'')):'',t[T_PVERDICT]&&t[T_PCOL]>=0?('vs '+D.cols[t[T_PCOL]].l+': '+WORD[t[T_PVERDICT]]):'',t[T_PROG]?('progress: '+t[T_PROG][0]):''].filter(Boolean).join(' · ');
    panel.appendChild(el('div',{class:'meta'},meta));
    panel.appendChild(el('div',{class:'quote'},t[T_QUOTE]));
    var ctx=el('div',{class:'ctx'});
    if(!D.context)ctx.appendChild(el('div',{class:'note'},'open '+D.docs[t[T_DOC]]+' at line '+t[T_LINE]+' for the lines around it (left out of reports this large)'));
    else if(D.notes[t[T_DOC]])ctx.appendChild(el('div',{class:'note'},D.notes[t[T_DOC]]));
    else valueSegs(t).forEach(function(l){var row=el('div',l.n===t[T_LINE]?{class:'hit','data-line':String(l.n)}:{'data-line':String(l.n)});row.appendChild(el('span',{class:'ln'},String(l.n)));
      l.segs.forEach(function(s){row.appendChild(s[2]?el('mark',{class:'v'},s[0]):s[1]?el('mark',{class:'q'},s[0]):document.createTextNode(s[0]));});ctx.appendChild(row);});
    panel.appendChild(ctx);panel.hidden=false;
  }
  document.addEventListener('click',function(e){var n=e.target.closest&&e.target.closest('[data-t]');if(n)show(+n.getAttribute('data-t'),n);});
  document.addEventListener('keydown',function(e){if(e.key==='Enter'){var n=e.target.closest&&e.target.closest('[data-t]');if(n)show(+n.getAttribute('data-t'),n);}});

  function overview(){
    view.appendChild(el('h2',null,'Targets compared'));
    var cols=[];for(var i=0;i<D.cols.length;i++)if(colShown(i))cols.push(i);
    var note=el('p',{class:'note',id:'shown-cols'},cols.length+' of '+D.cols.length+' plans shown'+(cols.length>MAX_COLS?' (the first '+MAX_COLS+'; narrow them with the filters)':''));
    view.appendChild(note);cols=cols.slice(0,MAX_COLS);
    // built as one string: tens of thousands of cells render far faster than by createElement
    var out=['<table id="compare"><thead><tr><th>indicator</th><th class="ref">'+h(D.refTitle)+'</th>'];
    cols.forEach(function(i){out.push('<th data-col="'+i+'"><a href="#/j/'+i+'">'+h(D.cols[i].l)+'</a></th>');});
    out.push('</tr></thead><tbody>');
    D.groups.forEach(function(g){
      if(fDomain.value&&g.d!==fDomain.value)return;
      out.push('<tr class="group" data-domain="'+h(g.d)+'"><th colspan="'+(2+cols.length)+'">'+h(g.t)+'</th></tr>');
      g.r.forEach(function(ri){var ind=D.inds[ri],cells={};D.rows[ri].c.forEach(function(c){cells[c[0]]=c;});
        out.push('<tr data-indicator="'+h(ind.id)+'" data-domain="'+h(g.d)+'"><th><a href="#/i/'+encodeURIComponent(ind.id)+'">'+h(ind.n)+'</a></th><td class="ref" title="'+h(ind.r?ind.r.f:'')+'">'+h(ind.r?ind.r.t:'')+'</td>');
        cols.forEach(function(ci){var c=cells[ci];if(!c||c[1]<0){out.push('<td data-col="'+ci+'"></td>');return;}
          var text=c[4]+(c[2]?' '+SIGN[c[2]]:'');
          out.push('<td data-col="'+ci+'" data-t="'+c[1]+'" tabindex="0"'+(c[2]?' class="v-'+c[2]+'"':'')+(c[5]?' title="'+h(c[5])+'"':'')+'>'+h(text)+'</td>');});
        out.push('</tr>');});
    });
    out.push('</tbody></table>');
    var wrap=el('div',{class:'wrap'});wrap.innerHTML=out.join('');view.appendChild(wrap);
  }

  function chart(figId,data,ref,sortBy,unit){
    var fig=el('figure',{id:figId});
    if(!data.length){fig.appendChild(el('p',{class:'note'},'no level targets of this year to draw'));return fig;}
    var sorted=data.slice().sort(sortBy==='name'?function(a,b){return a.label<b.label?-1:a.label>b.label?1:0;}:sortBy==='level'?function(a,b){return a.level<b.level?-1:a.level>b.level?1:a.value-b.value;}:function(a,b){return a.value-b.value||(a.label<b.label?-1:1);});
    sorted.forEach(function(d,i){d.rank=i+1;});
    var marks=[];
    if(ref!=null)marks.push(Plot.ruleY([ref],{stroke:'#c0392b',strokeWidth:2,strokeDasharray:'6,3'}));
    var withParent=sorted.filter(function(d){return d.parent!=null;});
    if(withParent.length)marks.push(Plot.dot(withParent,{x:'rank',y:'parent',symbol:'times',stroke:'#555',strokeWidth:2,r:5,title:function(d){return 'parent plan: '+d.parent;}}));
    marks.push(Plot.dot(sorted,{x:'rank',y:'value',fill:function(d){return {s:'#2e9e4f',e:'#d4a017',l:'#d64545',i:'#999'}[d.verdict]||'#3b6fd6';},r:sorted.length>300?2.5:5,title:function(d){return d.label+': '+d.text;}}));
    if(sorted.length<=40)marks.push(Plot.text(sorted,{x:'rank',y:'value',text:'short',dy:-11,fontSize:11}));
    var svg=Plot.plot({width:Math.min(1100,Math.max(640,sorted.length*70)),height:340,marginLeft:50,marginRight:40,x:{label:'jurisdictions, sorted by '+sortBy,ticks:0,domain:[0,sorted.length+1]},y:{label:unit||'',grid:true,zero:false,nice:true},marks:marks});
    fig.appendChild(svg);
    var groups=svg.querySelectorAll('g[aria-label="dot"]'),dots=groups.length?groups[groups.length-1].querySelectorAll('circle'):[];
    Array.prototype.forEach.call(dots,function(c,i){var d=sorted[i];if(!d)return;c.setAttribute('data-t',String(d.t));c.setAttribute('tabindex','0');});
    fig.appendChild(el('figcaption',{class:'note'},(ref!=null?'dashed red line: the reference ('+ref+' '+(unit||'')+'); ':'')+(withParent.length?'grey ×: the parent jurisdiction’s target of the same year; ':'')+'colour: verdict against the reference.'));
    return fig;
  }

  function indicatorPage(id){
    var ri=-1;D.inds.forEach(function(x,i){if(x.id===id)ri=i;});var ind=D.inds[ri];
    if(!ind){view.appendChild(el('p',null,'no such indicator'));return;}
    view.appendChild(el('h2',null,ind.n+' ('+ind.id+')'));
    view.appendChild(el('p',{class:'legend'},'Reference: '+(ind.r?ind.r.t+' · '+ind.r.f:'none')+'. Better: '+(ind.b||'unknown')+'. Each point is a jurisdiction’s target for the year chosen; click one for its source.'));
    var ts=[];D.t.forEach(function(t,i){if(t[T_IND]===ri&&t[T_KIND]!=='baseline'&&colShown(t[T_COL]))ts.push(i);});
    var years=uniq(ts.map(function(i){return D.t[i][T_YEAR];}));
    var ctl=el('div',{id:'chart-controls'}),ysel=el('select',{id:'chart-year'}),ssel=el('select',{id:'chart-sort'});
    years.forEach(function(y){ysel.appendChild(el('option',{value:String(y)},String(y)));});
    var want=ind.r&&years.indexOf(ind.r.y)>=0?ind.r.y:years[years.length-1];ysel.value=String(want);
    ['value','name','level'].forEach(function(s){ssel.appendChild(el('option',{value:s},'sort by '+s));});
    ctl.appendChild(el('label',null,'Year ')).appendChild(ysel);ctl.appendChild(document.createTextNode(' '));ctl.appendChild(ssel);view.appendChild(ctl);
    var holder=el('div');view.appendChild(holder);
    function draw(){holder.textContent='';var y=+ysel.value,unit=null,counts={};
      ts.forEach(function(i){var t=D.t[i];if(t[T_YEAR]===y&&!t[T_CHANGE]&&t[T_VALUE]!=null)counts[t[T_UNIT]]=(counts[t[T_UNIT]]||0)+1;});
      var best=0;for(var u in counts)if(counts[u]>best){best=counts[u];unit=u;}
      var seen={},data=[];ts.forEach(function(i){var t=D.t[i];if(t[T_YEAR]!==y||t[T_CHANGE]||t[T_VALUE]==null||t[T_UNIT]!==unit||seen[t[T_COL]])return;seen[t[T_COL]]=1;var c=D.cols[t[T_COL]];data.push({t:i,label:c.l,short:c.j+(c.dup?' ('+c.dup+')':''),level:c.lv||'',value:t[T_VALUE],text:t[T_TEXT],verdict:t[T_VERDICT],parent:t[T_PVERDICT]&&t[T_PVALUE]!=null&&!t[T_CHANGE]?t[T_PVALUE]:null});});
      holder.appendChild(chart('indicator-chart',data,ind.r&&ind.r.y===y&&ind.r.v!=null?ind.r.v:null,ssel.value,unit));
      var tb=el('table',{id:'indicator-table'});tb.appendChild(el('thead')).appendChild(el('tr')).innerHTML='<th>jurisdiction</th><th>target</th><th>vs reference</th><th>vs parent</th><th>progress</th><th>source</th>';
      var body=el('tbody');ts.forEach(function(i){var t=D.t[i];if(t[T_YEAR]!==y)return;var c=D.cols[t[T_COL]],tr=el('tr',{'data-t':String(i)});var a=el('td');a.appendChild(link('#/j/'+t[T_COL],c.l));tr.appendChild(a);
        tr.appendChild(el('td',null,t[T_TEXT]));tr.appendChild(el('td',t[T_VERDICT]?{class:'v-'+t[T_VERDICT]}:null,t[T_VERDICT]?WORD[t[T_VERDICT]]+(t[T_WHY]?' ('+t[T_WHY]+')':''):''));
        tr.appendChild(el('td',t[T_PVERDICT]?{class:'v-'+t[T_PVERDICT]}:null,t[T_PVERDICT]?WORD[t[T_PVERDICT]]+' '+D.cols[t[T_PCOL]].j:''));
        tr.appendChild(el('td',t[T_PROG]?{class:'st-'+t[T_PROG][0].replace(/ /g,'-')}:null,t[T_PROG]?t[T_PROG][0]:''));tr.appendChild(el('td',null,D.docs[t[T_DOC]]+':'+t[T_LINE]));body.appendChild(tr);});
      tb.appendChild(body);holder.appendChild(tb);}
    ysel.addEventListener('change',draw);ssel.addEventListener('change',draw);draw();
  }

  function progressText(p){if(!p)return '';var s=p[0];if(p[1])s+=' · baseline '+p[1][1]+' ('+p[1][0]+')';if(p[2])s+=' · actual '+p[2][1]+' ('+p[2][0]+', '+(p[2][2]==='monitoring'?'monitoring report':'plan baseline')+')';if(p[3]!=null)s+=' · ratio '+p[3];return s;}

  function jurisdictionPage(ci){
    var c=D.cols[ci];if(!c){view.appendChild(el('p',null,'no such jurisdiction'));return;}
    view.appendChild(el('h2',null,c.l));
    var facts=el('p',{id:'jurisdiction-facts'});facts.appendChild(document.createTextNode((c.c?'code '+c.c:c.amb&&c.amb.length?'ambiguous name: could be '+c.amb.join(' or '):'no division code')+' · level '+(c.lv||'?')+(c.par.length?' · under '+c.par.join(' > '):'')));
    view.appendChild(facts);
    var nav=el('p',{id:'jurisdiction-links'});
    if(c.up>=0){nav.appendChild(document.createTextNode('parent plan: '));nav.appendChild(link('#/j/'+c.up,D.cols[c.up].l));nav.appendChild(document.createTextNode(' · '));}
    var kids=[],periods=[];D.cols.forEach(function(x,i){if(x.up===ci)kids.push(i);if(i!==ci&&x.j===c.j)periods.push(i);});
    if(periods.length){nav.appendChild(document.createTextNode('other plans of it: '));periods.forEach(function(i){nav.appendChild(link('#/j/'+i,D.cols[i].l));nav.appendChild(document.createTextNode(' '));});}
    if(kids.length){nav.appendChild(document.createTextNode(' · plans under it: '));kids.forEach(function(i){nav.appendChild(link('#/j/'+i,D.cols[i].l));nav.appendChild(document.createTextNode(' '));});}
    view.appendChild(nav);
    var same=[ci].concat(periods).sort(function(a,b){return (D.cols[a].p?D.cols[a].p[0]:0)-(D.cols[b].p?D.cols[b].p[0]:0);});
    if(same.length>1){view.appendChild(el('h3',null,'Periods side by side'));var st=el('table',{id:'periods'}),h=el('tr');h.appendChild(el('th',null,'indicator'));same.forEach(function(i){h.appendChild(el('th',null,D.cols[i].l));});st.appendChild(el('thead')).appendChild(h);var sb=el('tbody');
      D.inds.forEach(function(ind,ri){var cells=same.map(function(i){return (byCol[i]||[]).filter(function(ti){return D.t[ti][T_IND]===ri&&D.t[ti][T_KIND]!=='baseline';});});if(cells.every(function(x){return !x.length;}))return;
        var tr=el('tr');tr.appendChild(el('th',null,ind.n));cells.forEach(function(l){var td=el('td');l.forEach(function(ti){var s=el('div',{'data-t':String(ti),class:D.t[ti][T_PROG]?'st-'+D.t[ti][T_PROG][0].replace(/ /g,'-'):''},D.t[ti][T_TEXT]+(D.t[ti][T_PROG]?' · '+D.t[ti][T_PROG][0]:''));td.appendChild(s);});tr.appendChild(td);});sb.appendChild(tr);});st.appendChild(sb);view.appendChild(st);}
    view.appendChild(el('h3',null,'All targets'));
    var tb=el('table',{id:'jurisdiction-targets'});tb.appendChild(el('thead')).appendChild(el('tr')).innerHTML='<th>domain</th><th>indicator</th><th>kind</th><th>target</th><th>vs reference</th><th>vs parent</th><th>progress</th><th>line</th>';
    var body=el('tbody');(byCol[ci]||[]).forEach(function(ti){var t=D.t[ti],tr=el('tr',{'data-t':String(ti),'data-indicator':t[T_IND]>=0?D.inds[t[T_IND]].id:''});
      tr.appendChild(el('td',null,t[T_DOMAIN]));tr.appendChild(el('td',null,t[T_NAME]||''));tr.appendChild(el('td',null,t[T_KIND]));tr.appendChild(el('td',null,t[T_TEXT]));
      tr.appendChild(el('td',t[T_VERDICT]?{class:'v-'+t[T_VERDICT]}:null,t[T_VERDICT]?WORD[t[T_VERDICT]]:''));tr.appendChild(el('td',t[T_PVERDICT]?{class:'v-'+t[T_PVERDICT]}:null,t[T_PVERDICT]?WORD[t[T_PVERDICT]]:''));
      tr.appendChild(el('td',t[T_PROG]?{class:'st-'+t[T_PROG][0].replace(/ /g,'-')}:null,progressText(t[T_PROG])));tr.appendChild(el('td',null,D.docs[t[T_DOC]]+':'+t[T_LINE]));body.appendChild(tr);});
    tb.appendChild(body);view.appendChild(tb);
  }

  function hierarchyPage(){
    view.appendChild(el('h2',null,'Down the hierarchy'));
    view.appendChild(el('p',{class:'legend'},'Per indicator: a plan’s target against its parent jurisdiction’s target of the same year, where the store has the parent’s plan.'));
    var tb=el('table',{id:'hierarchy'});tb.appendChild(el('thead')).appendChild(el('tr')).innerHTML='<th>indicator</th><th>step</th><th>pairs</th><th>stricter</th><th>equal</th><th>looser</th><th>not comparable</th><th>trend</th>';
    var body=el('tbody');D.hier.forEach(function(h){var tr=el('tr',{'data-indicator':h.indicatorId}),a=el('td');a.appendChild(link('#/i/'+h.indicatorId,h.indicator));tr.appendChild(a);[h.step,h.pairs,h.stricter,h.equal,h.looser,h.incomparable,h.trend].forEach(function(v){tr.appendChild(el('td',null,String(v)));});body.appendChild(tr);});
    tb.appendChild(body);view.appendChild(tb);
    view.appendChild(el('h3',null,'Jurisdictions and their parents'));
    var ul=el('ul',{id:'tree'});function add(parent,i){var li=el('li');li.appendChild(link('#/j/'+i,D.cols[i].l));parent.appendChild(li);var kids=D.cols.map(function(c,k){return c.up===i?k:-1;}).filter(function(k){return k>=0&&colShown(k);});if(kids.length){var u=el('ul');kids.forEach(function(k){add(u,k);});li.appendChild(u);}}
    D.cols.forEach(function(c,i){if(c.up<0&&colShown(i))add(ul,i);});view.appendChild(ul);
  }

  function progressPage(){
    view.appendChild(el('h2',null,'Progress'));
    view.appendChild(el('p',{class:'legend'},'Status from a baseline, the latest actual value (monitoring reports, later plans’ baselines) and the target: on track when the actual annual growth is at least 0.95 of the growth the target requires, needs acceleration from 0.6, limited progress below, deterioration when it goes the wrong way; achieved / not achieved once the figure is there.'));
    var rows=[];D.t.forEach(function(t,i){if(t[T_PROG]&&colShown(t[T_COL]))rows.push(i);});
    var counts={};rows.forEach(function(i){var s=D.t[i][T_PROG][0];counts[s]=(counts[s]||0)+1;});
    var data=Object.keys(counts).map(function(k){return {status:k,n:counts[k]};});
    var fig=el('figure',{id:'progress-chart'});if(data.length)fig.appendChild(Plot.plot({height:40+28*data.length,marginLeft:140,x:{label:'targets',grid:true},y:{label:null},marks:[Plot.barX(data,{y:'status',x:'n',fill:function(d){return {'achieved':'#2e9e4f','on track':'#2e9e4f','needs acceleration':'#d4a017','limited progress':'#d64545','deterioration':'#a93226','not achieved':'#d64545'}[d.status]||'#999';},sort:{y:'x',reverse:true}}),Plot.ruleX([0])]}));
    view.appendChild(fig);
    var sel=el('select',{id:'f-status'});sel.appendChild(el('option',{value:''},'every status'));Object.keys(counts).sort().forEach(function(k){sel.appendChild(el('option',{value:k},k));});view.appendChild(sel);
    var tb=el('table',{id:'progress'});tb.appendChild(el('thead')).appendChild(el('tr')).innerHTML='<th>jurisdiction</th><th>indicator</th><th>target</th><th>status</th><th>baseline</th><th>actual</th><th>ratio</th>';var body=el('tbody');tb.appendChild(body);view.appendChild(tb);
    function fill(){body.textContent='';rows.forEach(function(i){var t=D.t[i],p=t[T_PROG];if(sel.value&&p[0]!==sel.value)return;var tr=el('tr',{'data-t':String(i)}),a=el('td');a.appendChild(link('#/j/'+t[T_COL],D.cols[t[T_COL]].l));tr.appendChild(a);
      tr.appendChild(el('td',null,t[T_NAME]||''));tr.appendChild(el('td',null,t[T_TEXT]));tr.appendChild(el('td',{class:'st-'+p[0].replace(/ /g,'-')},p[0]));
      tr.appendChild(el('td',null,p[1]?p[1][1]+' ('+p[1][0]+')':''));tr.appendChild(el('td',null,p[2]?p[2][1]+' ('+p[2][0]+')':''));tr.appendChild(el('td',null,p[3]==null?'':String(p[3])));body.appendChild(tr);});}
    sel.addEventListener('change',fill);fill();
  }

  function listPage(){
    view.appendChild(el('h2',null,'Jurisdictions'));var ul=el('ul',{id:'jurisdictions'});
    D.cols.forEach(function(c,i){if(!colShown(i))return;var li=el('li');li.appendChild(link('#/j/'+i,c.l));li.appendChild(document.createTextNode(' '+(c.c||'')+' '+c.n+' targets'));ul.appendChild(li);});view.appendChild(ul);
    view.appendChild(el('h2',null,'Indicators'));var ul2=el('ul',{id:'indicators'});D.inds.forEach(function(x){var li=el('li');li.appendChild(link('#/i/'+x.id,x.n));ul2.appendChild(li);});view.appendChild(ul2);
  }

  async function route(){
    var h=location.hash.replace(/^#\/?/,'').split('/');
    if(h[0]&&h[0]!=='list')await needTargets();
    view.textContent='';panel.hidden=true;
    try{
      if(h[0]==='i')indicatorPage(decodeURIComponent(h[1]||''));
      else if(h[0]==='j')jurisdictionPage(+h[1]);
      else if(h[0]==='hierarchy')hierarchyPage();
      else if(h[0]==='progress')progressPage();
      else if(h[0]==='list')listPage();
      else overview();
    }catch(err){view.appendChild(el('p',{class:'note'},'cannot draw this view: '+err.message));throw err;}
    document.body.setAttribute('data-view',h[0]||'table');
  }
  window.addEventListener('hashchange',route);
  await route();
  performance.mark('drawn');
  document.body.setAttribute('data-ready','1');
})();
`;

/** The page around its data (ReportData.finish). */
export function reportHtml(t: CompareTable, data: { main: Record<string, unknown>; targets: BlockBody }): string {
  const element = (id: string, body: BlockBody): string =>
    'json' in body ? `<script type="application/json" id="${id}">${body.json}</script>` : `<script type="application/json" id="${id}" data-encoding="gzip-base64">${body.base64}</script>`;
  const block = (id: string, v: unknown): string => {
    const json = scriptJson(v);
    return element(id, json.length > GZIP_ABOVE ? { base64: gzipSync(Buffer.from(json), { level: 6 }).toString('base64') } : { json });
  };
  const h: string[] = [];
  h.push('<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">');
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  h.push('<title>Targets compared across jurisdictions</title>', `<style>${CSS}</style>`, '</head>', '<body>');
  h.push('<header><h1>Targets compared across jurisdictions</h1><nav>');
  h.push('<a href="#/">table</a><a href="#/list">jurisdictions &amp; indicators</a><a href="#/hierarchy">hierarchy</a><a href="#/progress">progress</a></nav></header>');
  h.push('<main>');
  h.push(
    `<p class="legend">Reference: ${esc(t.reference.kind === 'national' ? 'the national outlines (2021—2030), where the catalogue knows their figure' : t.reference.label)}. ` +
      `${VERDICT_SIGN.stricter} stricter, ${VERDICT_SIGN.equal} equal, ${VERDICT_SIGN.looser} looser than the reference, ${VERDICT_SIGN.incomparable} not comparable ` +
      `(a verdict needs targets of one year, and never sets a change against a level); ${REVIEWED_SIGN} reviewed; (year) is the year a target is set for. ` +
      'Click a value or a chart point to see its source.</p>',
  );
  if (t.duplicates.length) {
    h.push(`<p class="note" id="duplicates">Several files for ${t.duplicates.map((d) => `${esc(d.label)} (${d.files.map(esc).join(', ')})`).join('; ')}: each is kept as a column.</p>`);
  }
  h.push('<div id="filters"><label>Province <select id="f-province"><option value="">all</option></select></label>');
  h.push('<label>Level <select id="f-level"><option value="">all</option></select></label>');
  h.push('<label>Period <select id="f-period"><option value="">all</option></select></label>');
  h.push('<label>Domain <select id="f-domain"><option value="">all</option></select></label></div>');
  h.push('<div id="view"></div>');
  h.push('<aside id="source" hidden aria-live="polite"></aside>');
  h.push('</main>');
  h.push(block('data', data.main), element('targets', data.targets));
  h.push(chartLibraries());
  h.push(`<script>${JS}</script>`);
  h.push('</body>', '</html>', '');
  return h.join('\n');
}
