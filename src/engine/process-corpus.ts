import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import PQueue from 'p-queue';
import { readInputs, type InputItem } from '../io/read-inputs.js';
import type { ItemResult } from '../io/sink.js';
import type { StageTimings } from '../core/pipeline.js';
import type { Article } from '../types.js';
import { expected } from '../errors.js';
import { DEFAULT_WORKER_HEAP_MB } from './defaults.js';
import type { TaskOutput, TaskResult } from './task.js';

export interface ProcessOptions {
  /** worker threads; 0 analyses on the calling thread (no timeout protection) @default the number of cores */
  readonly workers?: number;
  /** an article that takes longer than this is recorded as failed @default 10_000 */
  readonly articleTimeoutMs?: number;
  /** articles per task sent to a worker @default 32 */
  readonly batchSize?: number;
  /** characters per task sent to a worker @default 262_144 */
  readonly batchChars?: number;
  /** input items to skip (they were written by an interrupted run) @default 0 */
  readonly skip?: number;
  /** longer articles become error rows @default 4_000_000 */
  readonly maxChars?: number;
  /** the worker module (tests swap in one that misbehaves) @default the built-in worker */
  readonly workerFile?: string;
  /** old-generation heap limit of each worker thread, in MB @default 64 */
  readonly workerHeapMb?: number;
  /** summed time per stage, filled in as batches complete */
  readonly timings?: StageTimings;
  /** called for every input item read, with its size in characters (progress) */
  readonly onRead?: (chars: number) => void;
  /** counts of what the engine had to retry, filled in as it happens */
  readonly stats?: EngineStats;
}

/** What a run had to retry: both stay 0 in a run where no worker crashed, ran out of heap or hung. */
export interface EngineStats {
  /** batches that crashed their worker, ran out of its heap or ran too long, retried an article at a time */
  batchesRetried: number;
  /** articles that ran out of a bounded worker heap alone, retried in the pool with a 2 GB heap */
  bigHeapRetries: number;
}

interface Entry { seq: number; item: InputItem }

const BIG_ARTICLE_HEAP_MB = 2048;
const MIN_WORKER_HEAP_MB = 32;

const ignoreIdleWorkerError = (): void => {};

/**
 * Analyses a corpus: reads the inputs, spreads the articles over worker threads in small batches,
 * and yields one result per input item in input order (so output is the same whatever the worker
 * count). Reading is paced by the consumer: at most two batches per worker are in flight, so memory
 * stays flat however large the corpus. A batch that crashes its worker or runs past the time bound
 * is retried an article at a time; an article that fails alone is recorded as failed.
 *
 * @example
 * for await (const r of processCorpus(['corpora'])) if (r.ok) console.log(r.records.quotes.length);
 */
export async function* processCorpus(inputs: readonly string[], options: ProcessOptions = {}): AsyncGenerator<ItemResult> {
  if (!Array.isArray(inputs) || inputs.some((i) => typeof i !== 'string')) throw expected('E_BAD_ARGUMENT', 'an array of input paths', inputs);
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) throw expected('E_BAD_OPTION', 'workers to be a whole number >= 0', workers);
  // (a worker with less than 32 MB cannot load the language model: its tasks would never start)
  if (options.workerHeapMb !== undefined && (!Number.isInteger(options.workerHeapMb) || options.workerHeapMb < MIN_WORKER_HEAP_MB)) throw expected('E_BAD_OPTION', `workerHeapMb to be a whole number >= ${MIN_WORKER_HEAP_MB}`, options.workerHeapMb);
  const timeout = options.articleTimeoutMs ?? 10_000;
  const skip = options.skip ?? 0;
  const items = numbered(readInputs(inputs, { ...(options.maxChars !== undefined ? { maxChars: options.maxChars } : {}) }), skip, options.onRead);

  if (workers === 0) {
    // loaded here only: with workers, the calling thread never needs the NLP model in memory
    const { analyzeOne } = await import('./worker.js');
    for await (const { seq, item } of items) yield finish(seq, item, item.kind === 'article' ? analyzeOne(item.article, options.timings) : null);
    return;
  }

  // a bounded heap per worker: V8 otherwise lets each isolate grow for a long while before it
  // collects, and three isolates that each hold hundreds of megabytes of garbage add up
  const pool = new Piscina({
    filename: options.workerFile ?? defaultWorker(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
  });
  // a worker that dies outside a task (out of memory while starting, say) is replaced by the pool;
  // the tasks it would have run fail and are retried, so the event itself needs no more handling
  pool.on('error', ignoreIdleWorkerError);
  // an article too big for a worker's bounded heap gets one more try in a pool of its own with room
  // to spare, made only when needed
  let bigPool: Piscina | null = null;
  const roomy = (): Piscina => {
    if (!bigPool) {
      bigPool = new Piscina({
        filename: options.workerFile ?? defaultWorker(), minThreads: 0, maxThreads: 1, idleTimeout: 5_000,
        resourceLimits: { maxOldGenerationSizeMb: BIG_ARTICLE_HEAP_MB },
      });
      bigPool.on('error', ignoreIdleWorkerError);
    }
    return bigPool;
  };
  // tasks go to the pool only as workers are free, so that an article's time (--article-timeout)
  // counts from when a worker takes it: a task left waiting in the pool's own queue behind a
  // hanging one would time out without ever having run. Retries of a failed batch go first.
  const bigGate = new PQueue({ concurrency: 1 });
  const lanes: Lanes = { main: { pool, gate: new PQueue({ concurrency: workers }) }, roomy: () => ({ pool: roomy(), gate: bigGate }), stats: options.stats };
  const inFlight: Promise<ItemResult[]>[] = [];
  const limit = workers * 2;
  const maxN = options.batchSize ?? 32;
  const maxChars = options.batchChars ?? 262_144;
  let batch: Entry[] = [];
  let chars = 0;
  try {
    for await (const entry of items) {
      batch.push(entry);
      if (entry.item.kind === 'article') chars += entry.item.article.text.length;
      if (batch.length >= maxN || chars >= maxChars) {
        inFlight.push(runEntries(lanes, batch, timeout, options.timings));
        batch = [];
        chars = 0;
        while (inFlight.length >= limit) yield* await inFlight.shift()!;
      }
    }
    if (batch.length) inFlight.push(runEntries(lanes, batch, timeout, options.timings));
    while (inFlight.length) yield* await inFlight.shift()!;
  } finally {
    await pool.destroy();
    if (bigPool) await (bigPool as Piscina).destroy();
  }
}

async function* numbered(source: AsyncIterable<InputItem>, skip: number, onRead?: (chars: number) => void): AsyncGenerator<Entry> {
  let seq = 0;
  for await (const item of source) {
    if (seq >= skip) {
      onRead?.(item.kind === 'article' ? item.article.text.length : 0);
      yield { seq, item };
    }
    seq++;
  }
}

function defaultWorker(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  // running from the TypeScript sources (tests): the built worker
  return fileURLToPath(new URL('../../dist/engine/worker.js', import.meta.url));
}

function finish(seq: number, item: InputItem, result: TaskResult | null): ItemResult {
  if (item.kind === 'error') return { seq, ok: false, error: item.error };
  const a = item.article;
  if (result && result.ok) return { seq, ok: true, records: result.records };
  return { seq, ok: false, error: { path: a.source?.path ?? null, line: a.source?.line ?? null, doc_id: a.id, stage: result?.stage ?? 'analyze', reason: result?.reason ?? 'analysis failed' } };
}

/** A pool with the gate that lets tasks into it only as its workers are free. */
interface Lane { readonly pool: Piscina; readonly gate: PQueue }
interface Lanes { readonly main: Lane; readonly roomy: () => Lane; readonly stats: EngineStats | undefined }

async function runEntries(lanes: Lanes, entries: readonly Entry[], timeout: number, timings?: StageTimings): Promise<ItemResult[]> {
  const articles = entries.flatMap((e) => (e.item.kind === 'article' ? [e.item.article] : []));
  let results: readonly TaskResult[] | null = null;
  if (articles.length) {
    const out = await runTask(lanes.main, articles, timeout * Math.max(1, Math.min(articles.length, 3)), 0);
    if (out.ok) {
      results = out.value.results;
      if (timings) for (const [k, v] of Object.entries(out.value.timings)) timings[k] = (timings[k] ?? 0) + v;
    } else {
      // the batch crashed its worker or ran too long: each article alone, crashed ones once more
      if (lanes.stats && articles.length > 1) lanes.stats.batchesRetried++;
      const alone: TaskResult[] = [];
      // (a batch of one was that article's first try already)
      for (const a of articles) alone.push(await runAlone(lanes, a, timeout, articles.length === 1 ? out : null));
      results = alone;
    }
  }
  let k = 0;
  return entries.map((e) => finish(e.seq, e.item, e.item.kind === 'article' ? results![k++]! : null));
}

async function runAlone(lanes: Lanes, a: Article, timeout: number, first: TaskRun | null): Promise<TaskResult> {
  let last = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const out = attempt === 0 && first ? first : await runTask(lanes.main, [a], timeout, 1);
    if (out.ok) return out.value.results[0]!;
    last = out.reason;
    if (out.timedOut) break;
    // out of heap: the retry goes to the roomy pool, with time in proportion
    if (/memory limit|heap out of memory/iu.test(out.reason)) {
      if (lanes.stats) lanes.stats.bigHeapRetries++;
      const big = await runTask(lanes.roomy(), [a], timeout * 3, 1);
      if (big.ok) return big.value.results[0]!;
      last = big.reason;
      break;
    }
  }
  return { ok: false, reason: last, stage: 'worker' };
}

type TaskRun = { ok: true; value: TaskOutput } | { ok: false; reason: string; timedOut: boolean };

function runTask(lane: Lane, articles: readonly Article[], timeout: number, priority: number): Promise<TaskRun> {
  return lane.gate.add(() => runNow(lane.pool, articles, timeout), { priority }) as Promise<TaskRun>;
}

async function runNow(pool: Piscina, articles: readonly Article[], timeout: number): Promise<TaskRun> {
  const ac = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; ac.abort(); }, timeout);
  try {
    const value = (await pool.run({ articles }, { signal: ac.signal })) as TaskOutput;
    return { ok: true, value };
  } catch (e) {
    return timedOut
      ? { ok: false, reason: `timed out after ${timeout} ms (--article-timeout)`, timedOut: true }
      : { ok: false, reason: `worker failed: ${(e as Error).message}`, timedOut: false };
  } finally {
    clearTimeout(timer);
  }
}
