// report.html: one self-contained page (no network): the table, filters by domain and
// jurisdiction, and each cell's source in context on click.
import { ContextReader, type SourceContext } from './context.ts';
import { groupRows, partTitle, referenceText, referenceTitle, verdictText } from './markdown.ts';
import { REVIEWED_SIGN, VERDICT_SIGN, markedText } from './values.ts';
import type { Cell, CompareTable, Reference } from './types.ts';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that is safe inside <script>: no `</script>`, no line separators. */
export function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

interface CellData extends SourceContext {
  column: string;
  indicator: string;
  text: string;
  verdict: string | null;
  status: string;
  section: string;
  indicatorText: string;
  others: number;
}

const CSS = `
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}
table{border-collapse:collapse;font-size:14px}
th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:#f3f3f3}
tr.group th{background:#e8eef7;text-align:left}
td[data-cell]{cursor:pointer}
td[data-cell]:hover,td.selected{outline:2px solid #3b6fd6}
.v-stricter{background:#c6efce}.v-equal{background:#ffeb9c}.v-looser{background:#ffc7ce}.v-incomparable{background:#ededed}
.ref{background:#fafafa;font-weight:bold}
#filters{margin:1em 0;display:flex;gap:1.5em;flex-wrap:wrap;align-items:flex-start}
#filters label{margin-right:.8em;white-space:nowrap}
#source{position:sticky;bottom:0;background:#fff;border-top:3px solid #3b6fd6;padding:.5em 1em;margin-top:1em;max-height:45vh;overflow:auto}
#source[hidden]{display:none}
#source .ctx{font-family:monospace,"WenQuanYi Micro Hei Mono";white-space:pre-wrap;margin:.5em 0}
#source .ln{display:inline-block;min-width:4em;color:#888;user-select:none}
#source .hit{background:#fff6d5}
mark.q{background:#ffe58a}mark.v{background:#ff9f43;font-weight:bold}
.legend{color:#555}
`;

const JS = `
(function(){
  var data=JSON.parse(document.getElementById('data').textContent);
  var table=document.getElementById('compare');
  var domainSel=document.getElementById('domain');
  var boxes=Array.prototype.slice.call(document.querySelectorAll('input[data-col]'));
  function apply(){
    var d=domainSel.value;
    var shown={};
    boxes.forEach(function(b){shown[b.getAttribute('data-col')]=b.checked;});
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'),function(tr){
      tr.hidden=!!d&&tr.getAttribute('data-domain')!==d;
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-col]'),function(el){
      if(el.tagName==='INPUT')return;
      el.hidden=!shown[el.getAttribute('data-col')];
    });
  }
  domainSel.addEventListener('change',apply);
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  var panel=document.getElementById('source');
  function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e;}
  function show(td){
    var c=data.cells[td.getAttribute('data-cell')];
    if(!c)return;
    Array.prototype.forEach.call(table.querySelectorAll('td.selected'),function(x){x.classList.remove('selected');});
    td.classList.add('selected');
    panel.textContent='';
    panel.appendChild(el('h3',null,c.column+' · '+c.indicator+' · '+c.text));
    var meta=[c.line?c.file+':'+c.line:c.file,c.section,c.indicatorText,c.status,c.verdict||'',c.others?'+'+c.others+' more of this indicator':''].filter(Boolean).join(' · ');
    panel.appendChild(el('div','meta',meta));
    panel.appendChild(el('div','quote',c.quote));
    var ctx=el('div','ctx');
    if(c.note)ctx.appendChild(el('div','note',c.note));
    c.lines.forEach(function(l){
      var row=el('div',l.n===c.line?'hit':null);
      row.setAttribute('data-line',String(l.n));
      row.appendChild(el('span','ln',String(l.n)));
      l.segs.forEach(function(s){
        if(s[2])row.appendChild(el('mark','v',s[0]));
        else if(s[1])row.appendChild(el('mark','q',s[0]));
        else row.appendChild(document.createTextNode(s[0]));
      });
      ctx.appendChild(row);
    });
    panel.appendChild(ctx);
    panel.hidden=false;
  }
  table.addEventListener('click',function(e){var td=e.target.closest('td[data-cell]');if(td)show(td);});
  table.addEventListener('keydown',function(e){if(e.key==='Enter'){var td=e.target.closest('td[data-cell]');if(td)show(td);}});
  apply();
})();
`;

function cellData(ctx: SourceContext, column: string, indicator: string, c: Cell | Reference, verdict: string | null): CellData {
  const src = c.source!;
  return {
    ...ctx,
    column,
    indicator,
    text: markedText(c.text, c.reviewed ?? false),
    verdict,
    status: 'status' in c ? String(c.status) : '',
    section: src.section,
    indicatorText: src.indicatorText,
    others: 'others' in c ? Number(c.others) : 0,
  };
}

export function toHtml(t: CompareTable, reader: ContextReader): string {
  const cells: Record<string, CellData> = {};
  const colAttr = (i: number) => ` data-col="${i}"`;
  const domains = [...new Set(t.rows.map((r) => r.domain))];
  const h: string[] = [];
  h.push('<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">');
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  h.push('<title>Targets compared across jurisdictions</title>', `<style>${CSS}</style>`, '</head>', '<body>');
  h.push('<h1>Targets compared across jurisdictions</h1>');
  h.push(
    `<p class="legend">Reference: ${esc(t.reference.kind === 'national' ? 'the national outlines (2021—2030), where the catalogue knows their figure' : t.reference.label)}. ` +
      `${VERDICT_SIGN.stricter} stricter, ${VERDICT_SIGN.equal} equal, ${VERDICT_SIGN.looser} looser than the reference, ${VERDICT_SIGN.incomparable} not comparable; ` +
      `${REVIEWED_SIGN} reviewed. Click a cell to see its source.</p>`,
  );
  h.push('<div id="filters"><div><label for="domain">Domain</label><select id="domain"><option value="">all</option>');
  for (const d of domains) h.push(`<option value="${esc(d)}">${esc(d)}</option>`);
  h.push('</select></div><div>Jurisdictions: ');
  t.columns.forEach((c, i) => h.push(`<label><input type="checkbox" checked data-col="${i}"> ${esc(c.label)}</label>`));
  h.push('</div></div>');

  h.push(`<h2>Coverage of the ${t.referenceCount} reference indicators</h2>`);
  h.push('<table id="coverage"><thead><tr><th>jurisdiction</th><th>with a number</th><th>only qualitative</th><th>not at all</th><th>stricter</th><th>equal</th><th>looser</th></tr></thead><tbody>');
  for (const [i, c] of t.coverage.entries()) {
    h.push(`<tr${colAttr(i)}><td>${esc(c.column)}</td><td>${c.numeric}</td><td>${c.qualitative}</td><td>${c.missing}</td><td>${c.stricter}</td><td>${c.equal}</td><td>${c.looser}</td></tr>`);
  }
  h.push('</tbody></table>');

  h.push('<h2>Targets</h2>');
  h.push(`<table id="compare"><thead><tr><th>indicator</th><th class="ref">${esc(referenceTitle(t))}</th>`);
  t.columns.forEach((c, i) => h.push(`<th${colAttr(i)}>${esc(c.label)}</th>`));
  h.push('</tr></thead><tbody>');
  let rowNo = 0;
  for (const g of groupRows(t.rows)) {
    h.push(`<tr class="group" data-domain="${esc(g.domain)}"><th colspan="${2 + t.columns.length}">${esc(partTitle(g.part))} · ${esc(g.domain)}</th></tr>`);
    for (const r of g.rows) {
      const n = rowNo++;
      h.push(`<tr data-domain="${esc(r.domain)}" data-indicator="${esc(r.id)}"><th>${esc(r.name)}</th>`);
      const ref = r.reference;
      if (ref?.source) {
        const id = `r${n}`;
        cells[id] = cellData(reader.get(ref.source, ref.kind === 'numeric'), ref.from, r.name, ref, null);
        h.push(`<td class="ref" data-cell="${id}" tabindex="0">${esc(referenceText(ref))}</td>`);
      } else if (ref) {
        // the national outline: no text of it here, only where the figure comes from
        const id = `r${n}`;
        cells[id] = {
          file: ref.from, line: 0, quote: '', lines: [], note: `the national outline's target for ${ref.year ?? '?'}`,
          column: 'national outline', indicator: r.name, text: ref.text, verdict: null, status: '', section: '', indicatorText: '', others: 0,
        };
        h.push(`<td class="ref" data-cell="${id}" tabindex="0" title="${esc(ref.from)}">${esc(referenceText(ref))}</td>`);
      } else {
        h.push('<td class="ref"></td>');
      }
      r.cells.forEach((c, i) => {
        if (!c) {
          h.push(`<td${colAttr(i)}></td>`);
          return;
        }
        const id = `c${n}-${i}`;
        cells[id] = cellData(reader.get(c.source, c.kind === 'numeric'), t.columns[i]!.label, r.name, c, verdictText(c));
        const cls = c.verdict ? ` class="v-${c.verdict}"` : '';
        const mark = c.verdict ? ` ${VERDICT_SIGN[c.verdict]}` : '';
        const title = c.why ? ` title="${esc(verdictText(c))}"` : '';
        h.push(`<td${colAttr(i)}${cls}${title} data-cell="${id}" tabindex="0">${esc(markedText(c.text, c.reviewed))}${esc(mark)}</td>`);
      });
      h.push('</tr>');
    }
  }
  h.push('</tbody></table>');
  h.push('<aside id="source" hidden aria-live="polite"></aside>');
  h.push(`<script type="application/json" id="data">${scriptJson({ cells })}</script>`);
  h.push(`<script>${JS}</script>`);
  h.push('</body>', '</html>', '');
  return h.join('\n');
}
