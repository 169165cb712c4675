// The workbench page: one HTML file with its style and script inlined (no request leaves this server).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../version.ts';

const CSS = `
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:14px/1.5 system-ui,"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;color:#222;background:#fafafa}
header{display:flex;gap:1em;align-items:baseline;padding:.4em 1em;background:#263238;color:#fff;position:sticky;top:0;z-index:2}
header a{color:#fff}
#msg{margin-left:auto}
#msg.bad{color:#ffab91;font-weight:bold}
.bad{color:#b71c1c}.warn{color:#8d6e00}.muted{color:#777}
#home{padding:1em}
table{border-collapse:collapse}td,th{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left}td.num{text-align:right}
.bar{display:inline-block;width:8em;height:.7em;background:#e0e0e0;vertical-align:middle}.bar span{display:block;height:100%;background:#43a047}
#doc{display:grid;grid-template-columns:minmax(0,1fr) 30em;height:calc(100vh - 2.2em)}
#text{overflow:auto;padding:.5em 1em;background:#fff;font-size:15px;line-height:1.7}
.ln{white-space:pre-wrap;padding-left:4.2em;text-indent:-4.2em}
.ln::before{content:attr(data-line);display:inline-block;width:3.6em;margin-right:.6em;text-align:right;color:#aaa;font-size:12px;user-select:none;text-indent:0}
mark{background:#fff59d;border-radius:2px;cursor:pointer}
mark.st-accepted{background:#c8e6c9}mark.st-corrected{background:#bbdefb}mark.st-rejected{background:#ffcdd2;text-decoration:line-through}mark.st-added{background:#e1bee7}
mark.many{box-shadow:inset 0 -2px #f57f17}
mark.cur{outline:2px solid #e65100}
aside{display:flex;flex-direction:column;border-left:1px solid #ccc;min-height:0}
#problem p{margin:.3em .6em}
.tools{display:flex;gap:.6em;align-items:center;padding:.3em .6em;border-bottom:1px solid #ddd;font-size:12px}
#list{list-style:none;margin:0;padding:0;overflow:auto;flex:1 1 40%}
#list li{display:grid;grid-template-columns:2.6em 1fr;gap:0 .4em;padding:.15em .6em;border-bottom:1px solid #eee;cursor:pointer;line-height:1.35}
#list .sub{font-size:12px;color:#555;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#list .val{color:#333}
#list li.cur{background:#fff3e0;outline:1px solid #e65100}
#list .conf{color:#555;font-variant-numeric:tabular-nums}
#list .state{font-size:12px;float:right}
#list .awaits{font-size:12px;color:#b26a00}
li.st-accepted .state{color:#2e7d32}li.st-corrected .state{color:#1565c0}li.st-rejected .state{color:#c62828}li.st-added .state{color:#6a1b9a}
li.st-rejected b{text-decoration:line-through}
form{padding:.5em .6em;border-top:2px solid #ccc;background:#fff;overflow:auto;flex:0 1 auto;max-height:60%}
form label{display:grid;grid-template-columns:7em 1fr;gap:.4em;margin:.15em 0;align-items:center}
form input,form select{font:inherit;padding:.1em .3em}
#e-scan{margin:.3em 0}.scan-box{position:relative;display:inline-block;max-width:100%;border:1px solid #ccc}
#e-scan-img{display:block;max-width:100%;height:auto}#e-scan-mark{position:absolute;outline:2px solid #e65100;pointer-events:none}
.quote{font-size:13px;background:#f5f5f5;padding:.2em .4em;margin:.2em 0}
.buttons{display:flex;gap:.4em;margin-top:.4em;flex-wrap:wrap}
.cat-results button{display:block;width:100%;text-align:left;font:inherit;font-size:12px;border:0;border-bottom:1px solid #eee;background:none;cursor:pointer}
.cat-results button:hover{background:#e3f2fd}
#addbtn{position:fixed;z-index:3}
#help{position:fixed;right:1em;bottom:1em;background:#fff;border:1px solid #999;padding:.5em 1em;z-index:3}
kbd{border:1px solid #aaa;border-radius:3px;padding:0 .3em;font-size:12px}
`;

const COMPARATORS = `<option value="">—</option><option value="&gt;=">≥ &gt;=</option><option value="&lt;=">≤ &lt;=</option><option value="=">=</option><option value="~">≈ ~</option>`;
const KINDS = `<option>numeric</option><option>full_coverage</option><option>qualitative</option><option>baseline</option>`;

function fields(prefix: string, catQ: string, catResults: string): string {
  return `
<label>kind <select id="${prefix}kind">${KINDS}</select></label>
<label>indicator <input id="${prefix}indicator" autocomplete="off"></label>
<label>catalogue id <input id="${prefix}indicator_id" autocomplete="off" placeholder="none"></label>
<label>search catalogue <input id="${catQ}" autocomplete="off" placeholder="id or Chinese name"></label>
<div id="${catResults}" class="cat-results"></div>
<label>comparator <select id="${prefix}comparator">${COMPARATORS}</select></label>
<label>value <input id="${prefix}value" inputmode="decimal" autocomplete="off"></label>
<label>unit <input id="${prefix}unit" autocomplete="off"></label>
<label>direction <select id="${prefix}direction"><option value="">—</option><option>up</option><option>down</option><option>keep</option></select></label>
<label>year <input id="${prefix}year" inputmode="numeric" autocomplete="off"></label>`;
}

const BODY = `
<header><a href="#/">plan-targets review</a><b id="title"></b><span id="progress"></span><span id="msg" role="status"></span></header>
<section id="home">
  <p>Review files in <code id="reviews-dir"></code>. Open a document to review it; every decision is saved into its review file at once.</p>
  <table id="docs"><thead><tr><th>document</th><th>plan file</th><th>targets</th><th>decided</th><th>progress</th><th></th></tr></thead><tbody></tbody></table>
</section>
<section id="doc" hidden>
  <div id="text" tabindex="-1"></div>
  <aside>
    <div id="problem"></div>
    <div class="tools">
      <label>order <select id="sort"><option value="confidence">least confident first</option><option value="text">text order</option></select></label>
      <span class="muted"><kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>c</kbd> correct · <kbd>?</kbd> more</span>
    </div>
    <ol id="list"></ol>
    <form id="edit" hidden autocomplete="off">
      <div class="quote" id="e-quote"></div>
      <div class="muted" id="e-meta"></div>
      <figure id="e-scan" hidden><div class="scan-box"><img id="e-scan-img" alt="the value on the scanned page"><span id="e-scan-mark"></span></div><figcaption class="muted" id="e-scan-cap"></figcaption></figure>
      ${fields('f-', 'cat-q', 'cat-results')}
      <label>note <input id="f-note" autocomplete="off"></label>
      <div class="buttons">
        <button type="button" id="accept">Accept (a)</button>
        <button type="button" id="reject">Reject (r)</button>
        <button type="submit" id="save">Save correction (Enter)</button>
        <button type="button" id="undo">Undecide (u)</button>
      </div>
    </form>
    <form id="addform" hidden autocomplete="off">
      <b>Add a missed target</b>
      <div class="quote" id="a-quote"></div>
      ${fields('a-', 'a-cat-q', 'a-cat-results')}
      <div class="buttons"><button type="submit" id="a-save">Add target</button><button type="button" id="a-cancel">Cancel (Esc)</button></div>
    </form>
  </aside>
</section>
<button id="addbtn" hidden type="button">+ Add target (+)</button>
<div id="help" hidden>
  <b>Keys</b><br>
  <kbd>j</kbd> <kbd>↓</kbd> next · <kbd>k</kbd> <kbd>↑</kbd> previous · <kbd>n</kbd> next undecided<br>
  <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>u</kbd> undecide · <kbd>c</kbd> edit fields, <kbd>Enter</kbd> saves the correction<br>
  select text in the plan, then <kbd>+</kbd>: add a missed target · <kbd>Esc</kbd> leave a field · <kbd>?</kbd> this help
</div>`;

let script: string | undefined;

export function workbenchPage(): string {
  // found from the project folder: the build in dist/ bundles this module but not the script
  script ??= readFileSync(join(ROOT, 'pipeline', 'review', 'workbench.client.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>plan-targets review</title>
<style>${CSS}</style>
</head><body>${BODY}
<script>${script}</script>
</body></html>
`;
}
