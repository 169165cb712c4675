// The review workbench in the browser: plain DOM, no library, every request to this server only.
// Inlined into the page by page.ts. Text from the plans is always set as textContent, never as markup.
(function () {
  'use strict';
  var $ = function (sel) { return document.querySelector(sel); };
  var el = function (tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'cls') e.className = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  };

  var catalogue = [];
  var doc = null; // the document as the API returns it
  var order = []; // target ids in list order
  var sel = -1;
  var busy = false;

  function say(text, bad) {
    var m = $('#msg');
    m.textContent = text || '';
    m.className = bad ? 'bad' : '';
  }

  function api(method, path, body) {
    var init = { method: method, headers: {} };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    if (doc && method !== 'GET') init.headers['if-match'] = doc.etag;
    return fetch(path, init).then(function (r) {
      return r.json().then(function (j) { return { status: r.status, body: j }; }, function () { return { status: r.status, body: { error: 'HTTP ' + r.status } }; });
    });
  }

  // ---- routing: #/ is the document list, #/doc/<name> a document ----
  function route() {
    var m = /^#\/doc\/(.+)$/.exec(location.hash);
    if (m) openDocument(decodeURIComponent(m[1]));
    else showHome();
  }

  function showHome() {
    doc = null;
    $('#home').hidden = false;
    $('#doc').hidden = true;
    $('#title').textContent = 'documents';
    api('GET', '/api/documents').then(function (r) {
      var tbody = $('#docs tbody');
      tbody.textContent = '';
      if (r.status !== 200) return say(r.body.error, true);
      $('#reviews-dir').textContent = r.body.reviews;
      r.body.documents.forEach(function (d) {
        var pct = d.targets ? Math.min(100, Math.round((100 * d.decided) / d.targets)) : 0;
        var bar = el('span', { cls: 'bar' }, [el('span', { style: 'width:' + pct + '%' })]);
        tbody.appendChild(el('tr', { 'data-doc': d.name }, [
          el('td', null, [el('a', { href: '#/doc/' + encodeURIComponent(d.name), text: d.name })]),
          el('td', { text: d.path }),
          el('td', { cls: 'num', text: String(d.targets) }),
          el('td', { cls: 'num', text: d.decided + (d.added ? ' +' + d.added : '') }),
          el('td', null, [bar, ' ' + pct + '%']),
          el('td', { cls: 'bad', text: d.problem || '' }),
        ]));
      });
    });
  }

  function openDocument(name) {
    say('loading ' + name + '…');
    return api('GET', '/api/documents/' + encodeURIComponent(name)).then(function (r) {
      if (r.status !== 200) return say(r.body.error, true);
      var keep = sel >= 0 && doc && doc.name === name ? order[sel] : null;
      show(r.body, keep);
      say('');
    });
  }

  // ---- a document ----
  function all() { return doc.targets.concat(doc.added); }
  function byId(id) { return all().filter(function (t) { return t.id === id; })[0]; }
  function stateOf(t) {
    var a = t.decision && t.decision.action;
    return a === 'accept' ? 'accepted' : a === 'reject' ? 'rejected' : a === 'correct' ? 'corrected' : a === 'add' ? 'added' : 'pending';
  }
  /** the record as it stands after its decision */
  function shown(t) { return (t.decision && t.decision.after) || t; }

  function show(d, keepId) {
    doc = d;
    $('#home').hidden = true;
    $('#doc').hidden = false;
    $('#title').textContent = d.name;
    var p = $('#problem');
    p.textContent = '';
    if (d.error) p.appendChild(el('p', { cls: 'bad', text: d.error }));
    if (d.problem) p.appendChild(el('p', { cls: 'bad', text: d.reviewFile + (d.problem.line ? ':' + d.problem.line : '') + ': ' + d.problem.path + ': ' + d.problem.problem + ' — fix the file, then reload; nothing is saved until then' }));
    d.stale.forEach(function (s) { p.appendChild(el('p', { cls: 'warn', text: 'stale: ' + s })); });
    renderText();
    sortList();
    var at = keepId ? order.indexOf(keepId) : -1;
    select(at >= 0 ? at : order.length ? 0 : -1, false);
    progress();
  }

  function progress() {
    var c = doc.counts;
    $('#progress').textContent = c.reviewed + ' of ' + c.targets + ' reviewed · ' + c.accepted + ' accepted · ' + c.corrected + ' corrected · ' + c.rejected + ' rejected · ' + c.added + ' added' + (c.stale ? ' · ' + c.stale + ' stale' : '');
  }

  function renderText() {
    var box = $('#text');
    box.textContent = '';
    if (doc.text === null) return;
    var spans = all().map(function (t) { return { s: t.source.start, e: t.source.end, id: t.id, st: stateOf(t) }; });
    var lines = doc.text.split('\n');
    var start = 0;
    var frag = document.createDocumentFragment();
    lines.forEach(function (line, i) {
      var end = start + line.length;
      var div = el('div', { cls: 'ln', 'data-line': String(i + 1), 'data-start': String(start) });
      var here = spans.filter(function (x) { return x.s < end && x.e > start; });
      var cuts = [start, end];
      here.forEach(function (x) { cuts.push(Math.max(x.s, start), Math.min(x.e, end)); });
      cuts = cuts.filter(function (v, k, a) { return a.indexOf(v) === k; }).sort(function (a, b) { return a - b; });
      for (var k = 0; k + 1 < cuts.length; k++) {
        var a = cuts[k], b = cuts[k + 1];
        var piece = doc.text.slice(a, b).replace(/\r$/, '');
        var cover = here.filter(function (x) { return x.s <= a && x.e >= b; });
        if (!cover.length) div.appendChild(document.createTextNode(piece));
        else div.appendChild(el('mark', { cls: 'st-' + cover[0].st + (cover.length > 1 ? ' many' : ''), 'data-id': cover.map(function (x) { return x.id; }).join(' ') }, [piece]));
      }
      if (!line) div.appendChild(document.createTextNode('\u200b'));
      frag.appendChild(div);
      start = end + 1;
    });
    box.appendChild(frag);
  }

  function fmtValue(t) {
    var s = '';
    var cmp = { '>=': '≥', '<=': '≤', '~': '≈', '=': '=' }[t.comparator] || '';
    // 12 1/10万, not 121/10万: a space before a unit that does not start as % or ‰ do
    var unit = !t.unit ? '' : /^[%‰％]/.test(t.unit) ? t.unit : ' ' + t.unit;
    if (t.value !== null) s = cmp + t.value + (t.upper !== null && t.upper !== undefined ? '—' + t.upper : '') + unit;
    else if (t.direction) s = { up: '↑', down: '↓', keep: '→' }[t.direction];
    if (t.year) s += ' (' + t.year + ')';
    return s;
  }

  function sortList() {
    var how = $('#sort').value;
    var list = all().slice();
    list.sort(function (a, b) {
      if (how === 'confidence') {
        // undecided first, least confident first among them; decided ones after, in text order
        var da = a.decision ? 1 : 0, db = b.decision ? 1 : 0;
        if (da !== db) return da - db;
        if (!da && a.confidence !== b.confidence) return a.confidence - b.confidence;
      }
      return a.source.start - b.source.start;
    });
    order = list.map(function (t) { return t.id; });
    var ol = $('#list');
    ol.textContent = '';
    list.forEach(function (t, i) {
      var v = shown(t);
      ol.appendChild(el('li', { cls: 't st-' + stateOf(t), 'data-id': t.id, 'data-i': String(i) }, [
        el('span', { cls: 'conf', title: 'confidence: the precision of its rule on the gold', text: t.confidence.toFixed(2) }),
        el('div', null, [
          el('b', { text: v.indicator.text }), ' ',
          el('span', { cls: 'val', text: fmtValue(v) }), ' ',
          el('span', { cls: 'state', text: stateOf(t) }),
          t.awaitsReview ? el('span', { cls: 'awaits', title: 'read from a scan with OCR unsure of the value: not compared until decided', text: ' not compared until reviewed' }) : '',
          el('div', { cls: 'sub' }, [el('code', { cls: 'cat', text: v.indicator.id || '—' }), el('span', { cls: 'line', text: ' · line ' + v.source.line })]),
        ]),
      ]));
    });
  }

  function current() { return sel >= 0 ? byId(order[sel]) : null; }

  function select(i, scrollText) {
    if (!order.length) { sel = -1; fillForm(null); return; }
    sel = Math.max(0, Math.min(order.length - 1, i));
    var id = order[sel];
    document.querySelectorAll('#list li.cur, #text mark.cur').forEach(function (e) { e.classList.remove('cur'); });
    var li = document.querySelector('#list li[data-id="' + id + '"]');
    if (li) { li.classList.add('cur'); li.scrollIntoView({ block: 'nearest' }); }
    var marks = Array.prototype.filter.call(document.querySelectorAll('#text mark'), function (m) { return m.getAttribute('data-id').split(' ').indexOf(id) >= 0; });
    marks.forEach(function (m) { m.classList.add('cur'); });
    if (marks[0] && scrollText !== false) marks[0].scrollIntoView({ block: 'center' });
    else if (marks[0]) marks[0].scrollIntoView({ block: 'nearest' });
    fillForm(byId(id));
  }

  // ---- a value read by OCR: the scan around it, the value's box outlined ----
  function showCrop(t) {
    var fig = $('#e-scan');
    var img = $('#e-scan-img');
    var mark = $('#e-scan-mark');
    var c = t.crop;
    fig.hidden = !c;
    if (!c) { img.removeAttribute('src'); return; }
    mark.hidden = true;
    $('#e-scan-cap').textContent = 'page ' + t.source.page + ' of the scan';
    img.onload = function () {
      // as a share of the image as served (a crop at the page's edge may be smaller than asked)
      var w = img.naturalWidth, h = img.naturalHeight;
      mark.style.left = (100 * c.box.x / w) + '%';
      mark.style.top = (100 * c.box.y / h) + '%';
      mark.style.width = (100 * c.box.w / w) + '%';
      mark.style.height = (100 * c.box.h / h) + '%';
      mark.hidden = false;
    };
    img.onerror = function () { $('#e-scan-cap').textContent = 'page ' + t.source.page + ' of the scan: the crop cannot be shown'; };
    if (img.getAttribute('src') !== c.url) img.setAttribute('src', c.url);
    else if (img.complete && img.naturalWidth) img.onload();
  }

  // ---- the form of the selected target ----
  var FIELDS = ['kind', 'indicator', 'indicator_id', 'comparator', 'value', 'unit', 'direction', 'year'];
  function fillForm(t) {
    var f = $('#edit');
    f.hidden = !t;
    $('#addform').hidden = true;
    if (!t) return;
    var v = shown(t);
    $('#e-quote').textContent = 'line ' + v.source.line + ': ' + v.source.quote;
    $('#e-meta').textContent = t.kind + ' · rule ' + t.rule + ' · confidence ' + t.confidence.toFixed(2) + ' · ' + stateOf(t) + (t.decision && t.decision.reviewer ? ' by ' + t.decision.reviewer : '');
    showCrop(t);
    $('#f-kind').value = v.kind;
    $('#f-indicator').value = v.indicator.text;
    $('#f-indicator_id').value = v.indicator.id || '';
    $('#f-comparator').value = v.comparator || '';
    $('#f-value').value = v.value === null ? '' : String(v.value);
    $('#f-unit').value = v.unit || '';
    $('#f-direction').value = v.direction || '';
    $('#f-year').value = v.year === null ? '' : String(v.year);
    $('#f-note').value = (t.decision && t.decision.note) || '';
    $('#accept').disabled = stateOf(t) === 'added';
    catSearch($('#cat-q'), $('#cat-results'), $('#f-indicator_id'));
  }

  function readFields(prefix) {
    var out = {};
    var num = function (s, int) {
      s = s.trim();
      if (s === '') return null;
      var n = Number(s.replace(/，/g, ''));
      if (!isFinite(n) || (int && Math.round(n) !== n)) throw new Error('not a ' + (int ? 'year' : 'number') + ': ' + s);
      return n;
    };
    FIELDS.forEach(function (k) {
      var input = $('#' + prefix + k);
      if (!input) return;
      var s = input.value;
      if (k === 'value') out.value = num(s, false);
      else if (k === 'year') out.year = num(s, true);
      else if (k === 'kind' || k === 'indicator') { if (s.trim()) out[k] = s.trim(); }
      else out[k] = s.trim() === '' ? null : s.trim();
    });
    return out;
  }

  function afterSave(r, advance) {
    busy = false;
    var done = function () { document.body.removeAttribute('data-saving'); };
    if (r.status === 409) {
      var why = (r.body.error || 'conflict') + ' — reloaded from disk; nothing was overwritten';
      return openDocument(doc.name).then(function () { say(why, true); done(); });
    }
    if (r.status !== 200) { done(); return say(r.body.error, true); }
    // the list is sorted again after a decision: move on to the target that followed this one
    var id = order[advance ? Math.min(sel + 1, order.length - 1) : sel];
    show(r.body, id);
    say('saved to ' + r.body.reviewFile);
    done();
  }

  function decide(action, fields) {
    var t = current();
    if (!t || busy || !doc.text) return;
    var body = { action: action };
    if (fields) body.fields = fields;
    var note = $('#f-note').value.trim();
    if (note || (t.decision && t.decision.note)) body.note = note;
    busy = true;
    document.body.setAttribute('data-saving', '');
    say('saving…');
    api('PUT', '/api/documents/' + encodeURIComponent(doc.name) + '/entries/' + encodeURIComponent(t.id), body).then(function (r) {
      afterSave(r, action !== 'pending');
    }, function (e) { busy = false; document.body.removeAttribute('data-saving'); say('not saved: ' + e.message, true); });
  }

  function correct() {
    var fields;
    try { fields = readFields('f-'); } catch (e) { return say(e.message, true); }
    decide('correct', fields);
  }

  // ---- catalogue search ----
  function catSearch(q, results, target) {
    var s = q.value.trim().toLowerCase();
    results.textContent = '';
    var hits = catalogue.filter(function (c) {
      if (!s) return false;
      return c.id.toLowerCase().indexOf(s) >= 0 || c.name.indexOf(s) >= 0 || c.synonyms.some(function (x) { return x.indexOf(s) >= 0; });
    }).slice(0, 12);
    hits.forEach(function (c) {
      var b = el('button', { type: 'button', 'data-cat': c.id }, [el('code', { text: c.id }), ' ' + c.name + ' (' + c.unit + ')']);
      b.addEventListener('click', function () { target.value = c.id; q.value = ''; results.textContent = ''; target.focus(); });
      results.appendChild(b);
    });
    if (s && !hits.length) results.appendChild(el('span', { cls: 'muted', text: 'no catalogue entry matches' }));
  }

  // ---- adding a missed target from the selected text ----
  var pending = null; // {quote, line}
  function selectionInText() {
    var s = window.getSelection();
    if (!s || s.isCollapsed || !s.rangeCount) return null;
    var r = s.getRangeAt(0);
    var box = $('#text');
    if (!box.contains(r.startContainer) || !box.contains(r.endContainer)) return null;
    var quote = s.toString().replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
    if (!quote) return null;
    var node = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
    var lineEl = node.closest('[data-line]');
    if (!lineEl) return null;
    // a selection that starts at the very end of a line begins on the next one
    var line = Number(lineEl.getAttribute('data-line'));
    if (r.startContainer.nodeType === 3 && r.startOffset === r.startContainer.length && !r.startContainer.nextSibling && lineEl.nextElementSibling) line++;
    return { quote: quote, line: line, rect: r.getBoundingClientRect() };
  }

  function offerAdd() {
    var s = selectionInText();
    var b = $('#addbtn');
    if (!s || !doc || !doc.text) { b.hidden = true; return; }
    pending = s;
    b.hidden = false;
    b.style.top = Math.max(0, s.rect.bottom + 4) + 'px';
    b.style.left = Math.max(0, s.rect.left) + 'px';
  }

  function openAdd() {
    var s = pending || selectionInText();
    if (!s) return say('select the text of the missed target in the plan first', true);
    pending = s;
    $('#addbtn').hidden = true;
    $('#edit').hidden = true;
    $('#addform').hidden = false;
    $('#a-quote').textContent = 'line ' + s.line + ': ' + s.quote;
    $('#a-indicator').value = '';
    $('#a-indicator_id').value = '';
    var n = /\d+(?:\.\d+)?/.exec(s.quote);
    $('#a-value').value = n ? n[0] : '';
    $('#a-unit').value = '';
    $('#a-year').value = '';
    $('#a-comparator').value = '';
    $('#a-direction').value = '';
    $('#a-indicator').focus();
  }

  function saveAdd() {
    if (!pending || busy) return;
    var fields;
    try { fields = readFields('a-'); } catch (e) { return say(e.message, true); }
    fields.line = pending.line;
    fields.quote = pending.quote;
    ['comparator', 'unit', 'direction', 'year', 'indicator_id'].forEach(function (k) { if (fields[k] === null) delete fields[k]; });
    if (fields.value === null && fields.kind === 'qualitative') delete fields.value;
    busy = true;
    document.body.setAttribute('data-saving', '');
    say('saving…');
    api('POST', '/api/documents/' + encodeURIComponent(doc.name) + '/entries', { fields: fields }).then(function (r) {
      if (r.status === 200) { pending = null; window.getSelection().removeAllRanges(); }
      afterSave(r, false);
    }, function (e) { busy = false; document.body.removeAttribute('data-saving'); say('not saved: ' + e.message, true); });
  }

  // ---- events ----
  function typing(e) {
    var t = e.target;
    return t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
  }

  document.addEventListener('keydown', function (e) {
    if (!doc || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') { if (typing(e)) e.target.blur(); $('#addform').hidden = true; fillForm(current()); return; }
    if (typing(e)) return;
    var k = e.key;
    if (k === 'j' || k === 'ArrowDown') select(sel + 1);
    else if (k === 'k' || k === 'ArrowUp') select(sel - 1);
    else if (k === 'n') {
      for (var i = 1; i <= order.length; i++) {
        var j = (sel + i) % order.length;
        if (stateOf(byId(order[j])) === 'pending') { select(j); break; }
      }
    }
    else if (k === 'a') decide('accept');
    else if (k === 'r') decide('reject');
    else if (k === 'u') decide('pending');
    else if (k === 'c' || k === 'e') $('#f-value').focus();
    else if (k === '+') openAdd();
    else if (k === 'Enter' && e.target.tagName !== 'BUTTON' && !$('#edit').hidden) correct();
    else if (k === '?') $('#help').hidden = !$('#help').hidden;
    else return;
    e.preventDefault();
  });

  document.addEventListener('DOMContentLoaded', function () {
    $('#sort').addEventListener('change', function () { var id = order[sel]; sortList(); select(Math.max(0, order.indexOf(id)), false); });
    $('#list').addEventListener('click', function (e) {
      var li = e.target.closest('li[data-i]');
      if (li) select(Number(li.getAttribute('data-i')));
    });
    $('#text').addEventListener('click', function (e) {
      var m = e.target.closest('mark[data-id]');
      if (m && window.getSelection().isCollapsed) select(order.indexOf(m.getAttribute('data-id').split(' ')[0]), false);
    });
    $('#text').addEventListener('mouseup', offerAdd);
    $('#text').addEventListener('keyup', offerAdd);
    $('#addbtn').addEventListener('click', openAdd);
    $('#accept').addEventListener('click', function () { decide('accept'); });
    $('#reject').addEventListener('click', function () { decide('reject'); });
    $('#undo').addEventListener('click', function () { decide('pending'); });
    $('#edit').addEventListener('submit', function (e) { e.preventDefault(); correct(); });
    $('#addform').addEventListener('submit', function (e) { e.preventDefault(); saveAdd(); });
    $('#a-cancel').addEventListener('click', function () { $('#addform').hidden = true; fillForm(current()); });
    $('#cat-q').addEventListener('input', function () { catSearch($('#cat-q'), $('#cat-results'), $('#f-indicator_id')); });
    $('#a-cat-q').addEventListener('input', function () { catSearch($('#a-cat-q'), $('#a-cat-results'), $('#a-indicator_id')); });
    window.addEventListener('hashchange', route);
    api('GET', '/api/catalogue').then(function (r) {
      catalogue = r.status === 200 ? r.body : [];
      route();
    });
  });
})();
