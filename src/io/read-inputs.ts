import { createReadStream } from 'node:fs';
import { open, readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Article } from '../types.js';
import type { ErrorRecord } from '../records/records.js';
import { SaywhoError } from '../errors.js';
import { extractHtml } from './html.js';

/** What reading an input gives: an article, or an error row for something that could not be read. */
export type InputItem = { readonly kind: 'article'; readonly article: Article } | { readonly kind: 'error'; readonly error: ErrorRecord };

export interface ReadOptions {
  /** articles longer than this many characters become error rows @default 4_000_000 */
  readonly maxChars?: number;
  /** where "-" reads from @default process.stdin */
  readonly stdin?: Readable;
}

const SUPPORTED = ['.txt', '.html', '.htm', '.jsonl', '.jsonl.gz', '.json'];
// files a corpus folder holds beside its articles
const SKIPPED = /^(\..*|readme(\..*)?|license(\..*)?|licence(\..*)?|notice(\..*)?|.*\.md)$/iu;

/**
 * Reads articles from files and folders (recursively, in sorted order), mixed: .txt, .html/.htm,
 * .jsonl, .jsonl.gz, .json, and "-" for JSONL on standard input. Streams: JSONL is read a line at a
 * time. Nothing here throws for a bad file or line: it becomes an error item and reading goes on.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const maxChars = options.maxChars ?? 4_000_000;
  for (const input of inputs) {
    if (input === '-') {
      yield* readJsonl(options.stdin ?? process.stdin, '-', maxChars);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) throw new SaywhoError('E_INPUT_NOT_FOUND', `Expected an existing file or folder, got ${JSON.stringify(input)}`);
    if (info.isDirectory()) {
      for (const file of await listFiles(input)) yield* readFileItems(file, input, maxChars);
    } else {
      yield* readFileItems(input, dirname(input), maxChars);
    }
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (SKIPPED.test(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const extOf = (file: string): string => (file.toLowerCase().endsWith('.jsonl.gz') ? '.jsonl.gz' : extname(file).toLowerCase());
const idFromPath = (file: string, root: string): string => {
  const rel = relative(root, file) || basename(file);
  const ext = extOf(file);
  return (ext ? rel.slice(0, -ext.length) : rel).split('\\').join('/');
};
const err = (path: string | null, line: number | null, doc_id: string | null, reason: string): InputItem => ({ kind: 'error', error: { path, line, doc_id, stage: 'read', reason } });

async function* readFileItems(file: string, root: string, maxChars: number): AsyncGenerator<InputItem> {
  const ext = extOf(file);
  if (!SUPPORTED.includes(ext)) {
    yield err(file, null, null, `unsupported file type: expected one of ${SUPPORTED.join(', ')}, got ${JSON.stringify(ext || basename(file))}`);
    return;
  }
  try {
    if (ext === '.jsonl' || ext === '.jsonl.gz') {
      if (await looksBinary(file, ext === '.jsonl.gz')) { yield err(file, null, null, 'binary file: not UTF-8 text'); return; }
      const stream = createReadStream(file);
      yield* readJsonl(ext === '.jsonl.gz' ? stream.pipe(createGunzip()) : stream, file, maxChars);
      return;
    }
    const buf = await readFile(file);
    if (buf.length === 0) { yield err(file, null, null, 'empty file'); return; }
    if (buf.subarray(0, 8192).includes(0)) { yield err(file, null, null, 'binary file: not UTF-8 text'); return; }
    const { text, valid } = decode(buf);
    const flags = valid ? [] : ['invalid_utf8'];
    const id = idFromPath(file, root);
    if (ext === '.json') {
      let parsed: unknown;
      try { parsed = JSON.parse(text); } catch (e) { yield err(file, null, null, `malformed JSON: ${(e as Error).message}`); return; }
      const list = Array.isArray(parsed) ? parsed : [parsed];
      for (let i = 0; i < list.length; i++) yield recordItem(list[i], file, Array.isArray(parsed) ? i + 1 : null, maxChars, Array.isArray(parsed) ? null : id, flags);
      return;
    }
    if (ext === '.html' || ext === '.htm') {
      const page = extractHtml(text);
      if (!page.text.trim()) { yield err(file, null, id, 'no article text found in the HTML'); return; }
      yield sized({ id, text: page.text, meta: { ...page.meta, flags, source: file }, source: { path: file } }, maxChars);
      return;
    }
    if (!text.trim()) { yield err(file, null, id, 'empty file'); return; }
    // a .txt article: the first line is the title when a blank line follows it
    const title = /^([^\n]{1,300})\r?\n\s*\r?\n/u.exec(text)?.[1]?.trim();
    yield sized({ id, text, meta: { ...(title ? { title } : {}), flags, source: file }, source: { path: file } }, maxChars);
  } catch (e) {
    yield err(file, null, null, `unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

async function looksBinary(file: string, gz: boolean): Promise<boolean> {
  if (gz) return false;
  const fh = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(8192), 0, 8192, 0);
    return buffer.subarray(0, bytesRead).includes(0);
  } finally {
    await fh.close();
  }
}

const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
/** Decodes UTF-8; invalid bytes become U+FFFD and the text is flagged, never dropped. */
export function decode(buf: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: stripBom(fatal.decode(buf)), valid: true };
  } catch {
    return { text: stripBom(lenient.decode(buf)), valid: false };
  }
}
const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

async function* readJsonl(stream: Readable, path: string, maxChars: number): AsyncGenerator<InputItem> {
  // lines are decoded by readline (invalid bytes become U+FFFD); a line holding U+FFFD is flagged
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (e) {
        yield err(path, n, null, `malformed JSON line: ${(e as Error).message}`);
        continue;
      }
      yield recordItem(parsed, path, n, maxChars, null, line.includes('\uFFFD') ? ['replacement_characters'] : []);
    }
  } catch (e) {
    yield err(path, n + 1, null, `unreadable: ${(e as Error).message}`);
  }
}

function recordItem(value: unknown, path: string, line: number | null, maxChars: number, fallbackId: string | null, flags: string[]): InputItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return err(path, line, null, 'expected a JSON object with "id" and "text"');
  const { id, text, ...meta } = value as Record<string, unknown>;
  const docId = typeof id === 'string' || typeof id === 'number' ? String(id) : fallbackId;
  if (typeof text !== 'string') return err(path, line, docId, `expected "text" to be a string, got ${text === undefined ? 'no "text" field' : typeof text}`);
  if (docId === null || docId === '') return err(path, line, null, 'expected an "id" field');
  if (!text.trim()) return err(path, line, docId, 'empty text');
  return sized({ id: docId, text, meta: { ...meta, ...(flags.length ? { flags } : {}), source: path }, source: { path, ...(line !== null ? { line } : {}) } }, maxChars);
}

function sized(article: Article, maxChars: number): InputItem {
  if (article.text.length > maxChars) {
    return err(article.source?.path ?? null, article.source?.line ?? null, article.id, `article too long: ${article.text.length} characters, the limit is ${maxChars} (--max-chars)`);
  }
  return { kind: 'article', article };
}
