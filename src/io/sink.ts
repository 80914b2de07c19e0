import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { COLUMNS, type DocRecords, type ErrorRecord, type TableName } from '../records/records.js';
import { SaywhoError } from '../errors.js';

export type Format = 'jsonl' | 'csv' | 'json';

/** What a batch run writes for one input item, in input order. */
export type ItemResult =
  | { readonly seq: number; readonly ok: true; readonly records: DocRecords }
  | { readonly seq: number; readonly ok: false; readonly error: ErrorRecord };

/** Saved beside the partial tables: how far a run got, so `--resume` can continue it. */
export interface Checkpoint {
  readonly fingerprint: string;
  /** input items (articles and error rows) fully written */
  readonly done: number;
  readonly sizes: Readonly<Record<string, number>>;
  readonly counts: Readonly<Record<string, number>>;
}

export interface Sink {
  write(result: ItemResult): void;
  /** persists how far the run got; call after writes, cheap enough to call often */
  checkpoint(): void;
  /** closes and renames the tables into place, then writes the manifest */
  finish(manifest: Record<string, unknown>): void;
  readonly counts: Readonly<Record<string, number>>;
  /** items already written by an interrupted run that this one resumes */
  readonly resumedFrom: number;
}

const TABLES: readonly TableName[] = ['documents', 'quotes', 'claims', 'errors'];
const PARTIAL = '.saywho-partial';

/**
 * Output tables, written to a hidden partial folder and renamed into place only at the end, so an
 * interrupted run never leaves a truncated table that looks complete. A checkpoint records the
 * byte size of every table after each fully written item: a resumed run cuts the tables back to
 * it, so an item cut off by `kill -9` is written again, once.
 */
export function openSink(out: string, formats: ReadonlySet<Format>, fingerprint: string, resume: boolean): Sink {
  const dir = join(out, PARTIAL);
  mkdirSync(out, { recursive: true });
  const files: { table: TableName; format: 'jsonl' | 'csv'; name: string }[] = [];
  for (const table of TABLES) {
    if (formats.has('jsonl') || table === 'errors') files.push({ table, format: 'jsonl', name: `${table}.jsonl` });
    if (formats.has('csv')) files.push({ table, format: 'csv', name: `${table}.csv` });
  }
  let previous: Checkpoint | null = null;
  const cpPath = join(dir, 'checkpoint.json');
  if (resume && existsSync(cpPath)) {
    previous = JSON.parse(readFileSync(cpPath, 'utf8')) as Checkpoint;
    if (previous.fingerprint !== fingerprint) {
      throw new SaywhoError('E_RESUME_MISMATCH', `Expected the same inputs and options as the interrupted run (${previous.fingerprint}), got ${fingerprint}`);
    }
  } else {
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  const fds = new Map<string, number>();
  for (const f of files) {
    const path = join(dir, f.name);
    const fd = openSync(path, previous && existsSync(path) ? 'r+' : 'w+');
    const keep = previous?.sizes[f.name] ?? 0;
    ftruncateSync(fd, keep);
    fds.set(f.name, fd);
    if (keep === 0 && f.format === 'csv') writeSync(fd, stringify([[...COLUMNS[f.table]]]), keep);
  }
  const offsets = new Map<string, number>(files.map((f) => [f.name, fstatSync(fds.get(f.name)!).size]));
  const counts: Record<string, number> = { ...(previous?.counts ?? { articles: 0, failed: 0, quotes: 0, claims: 0 }) };
  let done = previous?.done ?? 0;
  if (formats.has('json')) mkdirSync(join(out, 'json'), { recursive: true });

  const append = (name: string, data: string): void => {
    const fd = fds.get(name);
    if (fd === undefined) return;
    const buf = Buffer.from(data, 'utf8');
    writeSync(fd, buf, 0, buf.length, offsets.get(name)!);
    offsets.set(name, offsets.get(name)! + buf.length);
  };
  const rows = (table: TableName, records: readonly object[]): void => {
    if (!records.length) return;
    append(`${table}.jsonl`, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    if (formats.has('csv')) append(`${table}.csv`, stringify(records.map((r) => COLUMNS[table].map((c) => cell((r as Record<string, unknown>)[c])))));
  };

  return {
    counts,
    resumedFrom: previous?.done ?? 0,
    write(result) {
      if (result.ok) {
        const { document, quotes, claims } = result.records;
        rows('documents', [document]);
        rows('quotes', quotes);
        rows('claims', claims);
        counts['articles']! += 1;
        counts['quotes']! += quotes.length;
        counts['claims']! += claims.length;
        if (formats.has('json')) {
          const target = join(out, 'json', `${safeFileName(document.doc_id)}.json`);
          writeFileSync(`${target}.tmp`, JSON.stringify(result.records, null, 2) + '\n');
          renameSync(`${target}.tmp`, target);
        }
      } else {
        rows('errors', [result.error]);
        counts['failed']! += 1;
      }
      done = result.seq + 1;
    },
    checkpoint() {
      const cp: Checkpoint = { fingerprint, done, sizes: Object.fromEntries(offsets), counts };
      writeFileSync(`${cpPath}.tmp`, JSON.stringify(cp));
      renameSync(`${cpPath}.tmp`, cpPath);
    },
    finish(manifest) {
      for (const fd of fds.values()) closeSync(fd);
      for (const f of files) renameSync(join(dir, f.name), join(out, f.name));
      writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One CSV cell: lists joined by "; ", objects as JSON, null as empty. */
function cell(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? x.join('-') : typeof x === 'object' && x !== null ? String((x as { text?: unknown }).text ?? JSON.stringify(x)) : String(x))).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  if (typeof v === 'number') return v;
  return String(v);
}

/**
 * A doc id as a file name inside the output folder: path separators, dots at the start and
 * anything outside [A-Za-z0-9._-] are replaced, so "../../x" can never leave the folder; a short
 * hash keeps two ids that sanitise alike apart.
 */
export function safeFileName(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9._-]+/gu, '_').replace(/^[._]+/u, '').slice(0, 150) || 'doc';
  if (clean === id) return clean;
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return `${clean}-${(h >>> 0).toString(16).padStart(8, '0')}`;
}
