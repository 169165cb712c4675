// `review serve`: the review workbench, a page and its JSON API on node's http server. It reads
// the documents the last run stored and writes only their review files, one decision at a time.
import { awaitsReview } from '../../rules/confidence.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../fsutil.ts';
import { catalogue } from '../../rules/indicators.ts';
import type { ReviewFile, Target } from '../../model/schema.ts';
import { reviewFilePath, reviewJson } from './file.ts';
import { add, Addition, decide, Decision, EditError, validate } from './edit.ts';
import { workbenchPage } from './page.ts';
import { cropArea, cropView } from './crop.ts';
import { readPlanFile } from '../processor.ts';
import { scanCropPng } from '../stages/ocr.ts';
import { InputError } from '../errors.ts';
import { countsOf, knownDocuments, readOnDisk, reviewState, type Analysed, type KnownDocument, type ReviewState } from './workbench.ts';

export interface ServeOptions {
  reviews: string;
  db: string;
  /** 0: any free port */
  port: number;
  host?: string;
  /** written on each decision when it is not the file's reviewer */
  reviewer?: string;
  /** request bodies above this are refused (413) */
  maxBody?: number;
  /** the OCR page cache scans are read through (default: <folder of the store>/.ocr-cache, the run's) */
  ocrCache?: string;
}

export interface Workbench {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const MAX_BODY = 64 * 1024;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Host (or Origin) names this machine: anything else is a page elsewhere reaching in (DNS rebinding). */
export function isLocalHost(host: string | undefined): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(host.trim().toLowerCase());
  return Boolean(m && LOCAL_HOSTS.has(m[1]!));
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8'): void {
  const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(data),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    // the page is one file: its own script and style, and requests to this server only
    'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  });
  res.end(data);
}

async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'send JSON (content-type: application/json)');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `the body is over ${limit} bytes`);
  // events rather than for-await: leaving such a loop early would destroy the socket before the 413 is out
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const got: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(new HttpError(413, `the body is over ${limit} bytes`));
      } else got.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(got));
    req.once('error', reject);
  });
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

/** What the page shows of a target: the record, and the decision that lands on it. */
function targetView(t: Target, state: ReviewState) {
  const r = state.entries.find((x) => x.before?.id === t.id && !x.stale);
  const decision = r
    ? {
        entry: r.index,
        action: r.entry.action,
        reviewer: r.who,
        note: r.entry.note ?? null,
        fields: Object.fromEntries(Object.entries(r.entry).filter(([k]) => !['id', 'action', 'reviewer', 'note', 'was'].includes(k))),
        after: r.after ?? null,
      }
    : null;
  // undecided scan records OCR was unsure of are kept out of the comparison until decided
  const awaits = !decision && awaitsReview(t.status, t.rule, t.confidence, t.source.page !== undefined);
  return { ...t, decision, crop: cropView(state.doc.name, t), awaitsReview: awaits };
}

function documentView(state: ReviewState) {
  return {
    name: state.doc.name,
    file: state.doc.file,
    path: state.doc.path,
    reviewFile: state.file.file,
    exists: state.file.exists,
    etag: state.file.etag,
    error: state.error,
    problem: state.problem,
    text: state.text,
    targets: state.targets.map((t) => targetView(t, state)),
    added: state.entries
      .filter((r) => r.entry.action === 'add' && r.after && !r.stale)
      .map((r) => ({ ...r.after!, decision: { entry: r.index, action: 'add', reviewer: r.who, note: r.entry.note ?? null, fields: {}, after: r.after } })),
    stale: state.stale,
    counts: countsOf(state),
  };
}

export async function startWorkbench(opts: ServeOptions): Promise<Workbench> {
  const documents = new Map<string, KnownDocument>();
  // the store is read again for the list and for a name not known yet: a run meanwhile adds documents
  const refresh = () => {
    documents.clear();
    for (const d of knownDocuments(opts.db)) documents.set(d.name, d);
  };
  refresh();
  const cache = new Map<string, Analysed>();
  const limit = opts.maxBody ?? MAX_BODY;
  const page = workbenchPage();
  const catalogueView = catalogue.map((e) => ({ id: e.id, name: e.name, synonyms: e.synonyms, part: e.part, domain: e.domain, unit: e.unit }));

  const docOf = (raw: string): KnownDocument => {
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, 'malformed document name');
    }
    // names are looked up, never joined into a path: `..`, `/etc/passwd` and the like are just unknown
    if (!documents.has(name)) refresh();
    const d = documents.get(name);
    if (!d) throw new HttpError(404, `no document "${name}" in the store ${opts.db}`);
    return d;
  };
  // scans are read again through the run's page cache (beside the store), not OCR'd again
  const ocrCache = opts.ocrCache ?? join(dirname(opts.db), '.ocr-cache');
  const stateOf = (d: KnownDocument) => reviewState(d, opts.reviews, { regularOnly: true, cache, ocrCache: existsSync(ocrCache) ? ocrCache : null });

  /** Writes the new file if the one on disk is still the one the page read; else 409. */
  const write = async (d: KnownDocument, ifMatch: string | undefined, change: (s: ReviewState) => ReviewFile) => {
    if (!ifMatch) throw new HttpError(428, 'send If-Match with the etag of the document as read');
    const state = await stateOf(d);
    if (state.file.etag !== ifMatch.replace(/^"|"$/g, '')) {
      throw new HttpError(409, 'the review file changed on disk since the page read it: reload', { etag: state.file.etag });
    }
    let next: ReviewFile;
    try {
      next = change(state);
      validate(state, next);
    } catch (err) {
      if (err instanceof EditError) throw new HttpError(err.status, err.message, err.problem ? { problem: err.problem } : {});
      throw err;
    }
    // the server is one thread: nothing of ours wrote in between; an editor saving just now is caught here
    if (readOnDisk(state.file.file, true).etag !== state.file.etag) throw new HttpError(409, 'the review file changed on disk while saving: reload');
    writeFileAtomic(state.file.file, reviewJson(next));
    return documentView(await stateOf(d));
  };

  /** The crop of the scan around a target's value (a target read by OCR: it has page and box). */
  const crop = async (d: KnownDocument, rawId: string): Promise<Buffer> => {
    let id: string;
    try {
      id = decodeURIComponent(rawId);
    } catch {
      throw new HttpError(400, 'malformed target id');
    }
    const state = await stateOf(d);
    if (state.error) throw new HttpError(422, state.error);
    const t = state.targets.find((x) => x.id === id);
    if (!t) throw new HttpError(404, `no target ${id} in ${d.name}`);
    if (t.source.page === undefined || t.source.box === undefined) throw new HttpError(404, `target ${id} was not read from a scan: no crop`);
    try {
      return await scanCropPng(d.file, readPlanFile(resolve(d.source ?? d.path)), t.source.page, cropArea(t.source.box));
    } catch (err) {
      if (err instanceof InputError) throw new HttpError(422, err.message);
      throw err;
    }
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isLocalHost(req.headers.host)) throw new HttpError(403, 'this server answers only to localhost / 127.0.0.1');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== 'null' && !isLocalHost(safeHost(origin))) throw new HttpError(403, 'requests from other sites are refused');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').slice(1);
    const method = req.method ?? 'GET';
    const only = (...methods: string[]) => {
      if (!methods.includes(method)) throw new HttpError(405, `${method} is not allowed here`);
    };
    if (url.pathname === '/') {
      only('GET', 'HEAD');
      return send(res, 200, page, 'text/html; charset=utf-8');
    }
    if (parts[0] !== 'api') throw new HttpError(404, 'not found');
    if (parts[1] === 'catalogue' && parts.length === 2) {
      only('GET');
      return send(res, 200, catalogueView);
    }
    if (parts[1] !== 'documents') throw new HttpError(404, 'not found');
    if (parts.length === 2) {
      only('GET');
      refresh();
      const list = [...documents.values()].map((d) => {
        const disk = readOnDisk(reviewFilePath(opts.reviews, d.name), true);
        let decided = 0;
        let added = 0;
        let problem: string | null = disk.refused ?? null;
        if (disk.text !== null) {
          let json: unknown;
          try {
            json = JSON.parse(disk.text.replace(/^\ufeff/, ''));
          } catch {
            problem = 'not valid JSON';
          }
          const entries = (json as { entries?: unknown } | undefined)?.entries;
          if (Array.isArray(entries)) {
            const action = (e: unknown) => (e as { action?: unknown } | null)?.action;
            decided = entries.filter((e) => ['accept', 'reject', 'correct'].includes(action(e) as string)).length;
            added = entries.filter((e) => action(e) === 'add').length;
          } else if (!problem) problem = 'no entries list: open it to see the problem';
        }
        return { name: d.name, file: d.file, path: d.path, targets: d.targets, decided, added, reviewFile: disk.exists, problem };
      });
      return send(res, 200, { reviews: opts.reviews, documents: list });
    }
    const d = docOf(parts[2]!);
    if (parts.length === 3) {
      only('GET');
      return send(res, 200, documentView(await stateOf(d)));
    }
    if (parts[3] === 'crop' && parts.length === 5) {
      only('GET', 'HEAD');
      return send(res, 200, await crop(d, parts[4]!), 'image/png');
    }
    if (parts[3] !== 'entries') throw new HttpError(404, 'not found');
    const ifMatch = req.headers['if-match'];
    if (parts.length === 4) {
      only('POST');
      const body = Addition.safeParse(await readBody(req, limit));
      if (!body.success) throw new HttpError(400, `bad addition: ${issueLine(body.error)}`);
      return send(res, 200, await write(d, ifMatch, (s) => add(s, body.data, opts.reviewer)));
    }
    if (parts.length === 5) {
      only('PUT');
      let id: string;
      try {
        id = decodeURIComponent(parts[4]!);
      } catch {
        throw new HttpError(400, 'malformed target id');
      }
      const body = Decision.safeParse(await readBody(req, limit));
      if (!body.success) throw new HttpError(400, `bad decision: ${issueLine(body.error)}`);
      return send(res, 200, await write(d, ifMatch, (s) => decide(s, id, body.data, opts.reviewer)));
    }
    throw new HttpError(404, 'not found');
  };

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
      // a refused body is not read to its end: the connection closes once the answer is out
      if (status === 413) {
        res.shouldKeepAlive = false;
        const socket = req.socket;
        res.once('finish', () => socket?.destroy());
      }
      if (!res.headersSent) send(res, status, { error: message, ...(err instanceof HttpError ? err.extra : {}) });
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function issueLine(e: { issues: { path: PropertyKey[]; message: string; code: string; keys?: string[] }[] }): string {
  const i = e.issues[0]!;
  const where = i.path.map(String).join('.');
  return `${where ? `${where}: ` : ''}${i.code === 'unrecognized_keys' ? `unknown field ${i.keys?.join(', ')}` : i.message}`;
}
