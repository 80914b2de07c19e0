import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { processCorpus } from '../src/engine/process-corpus.js';
import { STAGES } from '../src/core/pipeline.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'dist', 'bin.js');
const tmp = () => mkdtempSync(join(tmpdir(), 'saywho-engine-'));
const TABLES = ['documents.jsonl', 'quotes.jsonl', 'claims.jsonl', 'errors.jsonl', 'documents.csv', 'quotes.csv', 'claims.csv', 'errors.csv'];
const extract = (args: string[]) => spawnSync(process.execPath, [bin, 'extract', ...args, '--quiet'], { encoding: 'utf8' });

// a corpus of a few hundred articles: the sample's Wikinews articles under new ids
let corpus: string;
beforeAll(() => {
  const lines = readFileSync(join(root, 'corpora/sample/wikinews.jsonl'), 'utf8').split('\n').filter(Boolean);
  const out: string[] = [];
  for (let r = 0; r < 12; r++) for (const l of lines) { const a = JSON.parse(l); out.push(JSON.stringify({ ...a, id: `${a.id}-${r}` })); }
  corpus = join(tmp(), 'corpus.jsonl');
  writeFileSync(corpus, out.join('\n') + '\n');
});

describe('determinism', () => {
  it('writes byte-identical tables whatever the worker count', () => {
    const outs = [0, 1, 2].map((w) => {
      const out = tmp();
      expect(extract([corpus, '--out', out, '--workers', String(w)]).status).toBe(0);
      return TABLES.map((t) => readFileSync(join(out, t), 'utf8'));
    });
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[2]).toEqual(outs[0]);
    expect(outs[0]![0]!.split('\n').filter(Boolean)).toHaveLength(384);
  });
});

describe('resume', () => {
  it('continues a run killed with SIGKILL, losing and repeating nothing', async () => {
    const whole = tmp();
    expect(extract([corpus, '--out', whole, '--workers', '1']).status).toBe(0);
    const out = tmp();
    const child = spawn(process.execPath, [bin, 'extract', corpus, '--out', out, '--workers', '1', '--quiet']);
    const cp = join(out, '.saywho-partial', 'checkpoint.json');
    // kill it once a checkpoint shows some articles written, well before the end
    await new Promise<void>((resolve, reject) => {
      const t0 = Date.now();
      const poll = setInterval(() => {
        let done = 0;
        try { done = existsSync(cp) ? JSON.parse(readFileSync(cp, 'utf8')).done : 0; } catch { done = 0; }
        if (done > 0) { clearInterval(poll); child.kill('SIGKILL'); resolve(); }
        else if (Date.now() - t0 > 30_000) { clearInterval(poll); reject(new Error('no checkpoint within 30 s')); }
      }, 20);
      child.on('exit', () => { clearInterval(poll); resolve(); });
    });
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.on('close', r));
    expect(existsSync(join(out, 'documents.jsonl'))).toBe(false);
    const resumed = extract([corpus, '--out', out, '--workers', '2', '--resume']);
    expect(resumed.status).toBe(0);
    for (const t of TABLES) expect(readFileSync(join(out, t), 'utf8')).toBe(readFileSync(join(whole, t), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.resumed_from_item).toBeGreaterThan(0);
    expect(manifest.counts.articles).toBe(384);
  });
  it('starts over when --resume finds no interrupted run', () => {
    const out = tmp();
    const child = spawnSync(process.execPath, [bin, 'extract', corpus, '--out', out, '--workers', '0', '--quiet', '--format', 'jsonl']);
    expect(child.status).toBe(0);
    // a finished run leaves no checkpoint: resuming simply starts again and writes everything once
    expect(extract([corpus, '--out', out, '--workers', '0', '--resume']).status).toBe(0);
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(384);
  });
});

describe('isolation', () => {
  const articles = (ids: string[]) => {
    const f = join(tmp(), 'faults.jsonl');
    writeFileSync(f, ids.map((id) => JSON.stringify({ id, text: `Title\n\n“We will win,” said Jane Roe of ${id}.` })).join('\n') + '\n');
    return f;
  };
  it('records a crashing, a hanging and a throwing article as failed and goes on', async () => {
    const f = articles(['ok-1', 'CRASH-1', 'ok-2', 'HANG-1', 'ok-3', 'THROW-1', 'ok-4']);
    const results = [];
    const stats = { batchesRetried: 0, bigHeapRetries: 0 };
    for await (const r of processCorpus([f], { workers: 2, articleTimeoutMs: 1500, batchSize: 2, workerFile: join(root, 'tests/fixtures/faulty-worker.mjs'), stats })) results.push(r);
    expect(results.map((r) => (r.ok ? r.records.document.doc_id : `failed:${r.error.doc_id}`))).toEqual(
      ['ok-1', 'failed:CRASH-1', 'ok-2', 'failed:HANG-1', 'ok-3', 'failed:THROW-1', 'ok-4']);
    // (each of the three batches with a bad article was retried an article at a time)
    expect(stats).toEqual({ batchesRetried: 3, bigHeapRetries: 0 });
    const reasons = results.flatMap((r) => (r.ok ? [] : [r.error.reason]));
    expect(reasons[1]).toMatch(/timed out after 1500 ms/u);
  });
  it('counts an article\'s time from when a worker takes it, not from when it was queued', async () => {
    // one worker: "ok-2" waits behind "HANG-1" for a whole timeout before it starts
    const f = articles(['HANG-1', 'ok-1', 'ok-2', 'HANG-2']);
    const results = [];
    for await (const r of processCorpus([f], { workers: 1, articleTimeoutMs: 1500, batchSize: 2, workerFile: join(root, 'tests/fixtures/faulty-worker.mjs') })) results.push(r);
    expect(results.map((r) => (r.ok ? r.records.document.doc_id : `failed:${r.error.doc_id}`))).toEqual(['failed:HANG-1', 'ok-1', 'ok-2', 'failed:HANG-2']);
  });
  it('gives an article too big for a worker heap a second try with room to spare', async () => {
    const seed = readFileSync(join(root, 'corpora/sample/korea-china-summit.txt'), 'utf8');
    const f = join(tmp(), 'big.jsonl');
    writeFileSync(f, [JSON.stringify({ id: 'big', text: Array.from({ length: 400 }, () => seed).join('\n\n') }), JSON.stringify({ id: 'small', text: seed })].join('\n') + '\n');
    const results = [];
    const stats = { batchesRetried: 0, bigHeapRetries: 0 };
    // (48 MB: the 2.8 MB article cannot fit, while the seed alone has room to spare; at 32 MB, the least
    // that loads the model, the seed alone ran out of heap too in about one run in eight)
    for await (const r of processCorpus([f], { workers: 1, workerHeapMb: 48, articleTimeoutMs: 60_000, stats })) results.push(r);
    expect(results.map((r) => (r.ok ? r.records.quotes.length > 0 : r.error.reason))).toEqual([true, true]);
    expect(stats.bigHeapRetries).toBe(1);
  });
  it('turns a stage that throws into an error row for that article only', async () => {
    const f = articles(['a', 'boom', 'b']);
    const stage = STAGES.find((s) => s.name === 'quotes')! as { run: (d: any) => any };
    const original = stage.run;
    stage.run = (d) => { if (d.id === 'boom') throw new Error('stage exploded'); return original(d); };
    try {
      const results = [];
      for await (const r of processCorpus([f], { workers: 0 })) results.push(r);
      expect(results.map((r) => r.ok)).toEqual([true, false, true]);
      expect(results[1]!.ok ? '' : results[1]!.error.reason).toContain('stage exploded');
    } finally {
      stage.run = original;
    }
  });
});
