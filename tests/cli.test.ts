import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Writable } from 'node:stream';
import { runCli } from '../src/cli.js';
import { validate } from './helpers.js';

const SAMPLE = new URL('../corpora/sample', import.meta.url).pathname;
const capture = () => {
  let text = '';
  const stream = new Writable({ write(chunk, _e, cb) { text += String(chunk); cb(); } });
  return { stream, get text() { return text; } };
};
const run = async (args: string[]) => {
  const out = capture();
  const err = capture();
  const code = await runCli(args, { stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text, stderr: err.text };
};
const rows = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const tmp = () => mkdtempSync(join(tmpdir(), 'saywho-'));

describe('usage', () => {
  it('prints help and the version', async () => {
    expect((await run(['--help'])).stdout).toContain('saywho extract INPUT...');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });
  it.each([
    [['extract', SAMPLE, '--out', '/tmp/x', '--bogus'], 'Unknown option'],
    [['extract', '--out', '/tmp/x'], 'expected at least one INPUT'],
    [['extract', SAMPLE], 'expected --out DIR'],
    [['extract', '/no/such/file', '--out', '/tmp/x'], 'Expected an existing file or folder'],
    [['extract', SAMPLE, '--out', '/tmp/x', '--format', 'xml'], 'expected --format'],
    [['extract', SAMPLE, '--out', '/tmp/x', '--workers', 'many'], 'expected --workers'],
    [['frobnicate'], 'unknown command'],
  ])('%j exits 2 with one line', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('extract', () => {
  let out: string;
  beforeAll(async () => {
    out = tmp();
    expect((await run(['extract', SAMPLE, '--out', out, '--format', 'jsonl,csv,json', '--workers', '0', '--quiet'])).code).toBe(0);
  });
  it('writes every table as JSONL and CSV, one JSON file per article, and a manifest', () => {
    for (const t of ['documents', 'quotes', 'claims', 'errors']) {
      expect(existsSync(join(out, `${t}.jsonl`))).toBe(true);
      expect(readFileSync(join(out, `${t}.csv`), 'utf8').split('\n')[0]).toMatch(/^[a-z_]+(,[a-z_]+)+$/u);
    }
    expect(rows(join(out, 'documents.jsonl'))).toHaveLength(33);
    expect(readdirSync(join(out, 'json'))).toHaveLength(33);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ articles: 33, failed: 0 });
    expect(manifest.engine_this_run).toEqual({ batches_retried: 0, big_heap_retries: 0 });
    expect(existsSync(join(out, '.saywho-partial'))).toBe(false);
  });
  it('writes rows that match the published JSON Schemas', () => {
    for (const t of ['documents', 'quotes', 'claims']) {
      const schema = JSON.parse(readFileSync(new URL(`../docs/schemas/${t}.schema.json`, import.meta.url), 'utf8'));
      const all = rows(join(out, `${t}.jsonl`));
      expect(all.length).toBeGreaterThan(0);
      for (const r of all) expect(validate(schema, r)).toEqual([]);
    }
  });
  it('writes offsets that reproduce the spans of the document text', () => {
    const texts = new Map(rows(join(out, 'documents.jsonl')).map((d) => [d.doc_id, d.text as string]));
    for (const q of rows(join(out, 'quotes.jsonl'))) if (q.spans.length === 1) expect(texts.get(q.doc_id)!.slice(q.start, q.end)).toBe(q.text);
    for (const c of rows(join(out, 'claims.jsonl'))) expect(texts.get(c.doc_id)!.slice(c.content_start, c.content_end)).toBe(c.content);
  });
});

describe('bad input, nothing lost', () => {
  it('records one error row per failure and keeps both good articles', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'mixed.jsonl'), [
      JSON.stringify({ id: 'good-1', text: 'Title\n\n“We will win,” Kang said.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', title: 'nothing here' }),
    ].join('\n') + '\n');
    writeFileSync(join(dir, 'story.txt'), 'A headline\n\nLee said Seoul would deepen cooperation with Beijing.\n');
    const out = tmp();
    const r = await run(['extract', dir, '--out', out, '--workers', '0', '--quiet']);
    expect(r.code).toBe(1);
    const errors = rows(join(out, 'errors.jsonl'));
    expect(errors.map((e) => e.reason.split(':')[0])).toEqual(['binary file', 'empty file', 'malformed JSON line', 'expected "text" to be a string, got no "text" field']);
    expect(errors[2]).toMatchObject({ line: 2 });
    expect(rows(join(out, 'documents.jsonl')).map((d) => d.doc_id)).toEqual(['good-1', 'story']);
  });
  it('flags invalid UTF-8, reads .jsonl.gz, and refuses an oversized article', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' opened, the mayor said.\n')]));
    writeFileSync(join(dir, 'corpus.jsonl.gz'), gzipSync(JSON.stringify({ id: 'gz-1', text: 'T\n\nIt works, she said.' }) + '\n'));
    writeFileSync(join(dir, 'huge.txt'), 'Title\n\n' + 'word '.repeat(1_100_000));
    const out = tmp();
    expect((await run(['extract', dir, '--out', out, '--workers', '0', '--quiet'])).code).toBe(1);
    const docs = rows(join(out, 'documents.jsonl'));
    expect(docs.map((d) => d.doc_id)).toEqual(['gz-1', 'latin1']);
    expect(docs[1].flags).toEqual(['invalid_utf8']);
    expect(docs[1].text).toContain('Caf\uFFFD opened');
    expect(rows(join(out, 'errors.jsonl'))[0].reason).toMatch(/^article too long/u);
  });
  it('never lets a doc id leave the output folder', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'evil.jsonl'), JSON.stringify({ id: '../../escape', text: 'T\n\nHello there, he said.' }) + '\n');
    const out = tmp();
    mkdirSync(out, { recursive: true });
    expect((await run(['extract', dir, '--out', out, '--format', 'json', '--workers', '0', '--quiet'])).code).toBe(0);
    const files = readdirSync(join(out, 'json'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^escape-[0-9a-f]{8}\.json$/u);
  });
  it('extracts an HTML page with its headline and byline', async () => {
    const dir = tmp();
    const para = (s: string) => `<p>${s}</p>`;
    writeFileSync(join(dir, 'page.html'), `<html><head><title>Leaders agree | Site</title><meta property="article:published_time" content="2026-01-05"></head><body>
      <nav>Home | World | Cookies</nav><article><h1>Leaders agree on talks</h1><p class="byline">By Jane Roe</p>
      ${para('The leaders of the two countries agreed on Monday to resume talks on trade, officials said in a statement released after the meeting.')}
      ${para('“We will continue working together for a long time to come,” President Lee Jae Myung told reporters at the end of the summit in Beijing.')}
      ${para('The talks are expected to take place in Seoul next month, according to the presidential office, which gave no further details.')}
      </article><footer>Share on Facebook</footer></body></html>`);
    const out = tmp();
    expect((await run(['extract', dir, '--out', out, '--workers', '0', '--quiet'])).code).toBe(0);
    const [doc] = rows(join(out, 'documents.jsonl'));
    expect(doc.doc_id).toBe('page');
    expect(doc.metadata.date).toBe('2026-01-05');
    expect(doc.text).not.toContain('Share on Facebook');
    expect(rows(join(out, 'quotes.jsonl')).some((q) => q.speaker === 'Lee Jae Myung')).toBe(true);
  });
});
