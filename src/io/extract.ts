import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { SingleBar } from 'cli-progress';
import { processCorpus, type EngineStats } from '../engine/process-corpus.js';
import type { StageTimings } from '../core/pipeline.js';
import { openSink, type Format } from './sink.js';
import { MAIN_HEAP_GROWING_PERCENT, WORKER_V8_FLAGS } from '../engine/defaults.js';

export interface ExtractOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly formats: ReadonlySet<Format>;
  readonly workers: number;
  readonly articleTimeoutMs: number;
  readonly maxChars: number;
  readonly workerHeapMb: number;
  readonly resume: boolean;
  readonly progress: 'bar' | 'json' | 'none';
  readonly stderr: NodeJS.WritableStream;
  readonly version: string;
  readonly fingerprint: string;
}

export interface ExtractSummary {
  readonly articles: number;
  readonly failed: number;
  readonly quotes: number;
  readonly claims: number;
  readonly seconds: number;
}

const CHECKPOINT_EVERY_MS = 500;

/** The `extract` command: corpus in, tables and a manifest out, with progress and checkpoints. */
export async function runExtract(o: ExtractOptions): Promise<ExtractSummary> {
  // (this thread's garbage is collected sooner; and when the workers take every core, they compile on
  // their own threads, as V8's background threads would find no core free: both bound the run's peak
  // memory; see the constants)
  setFlagsFromString(`--heap-growing-percent=${MAIN_HEAP_GROWING_PERCENT}`);
  if (o.workers >= availableParallelism()) for (const flag of WORKER_V8_FLAGS) setFlagsFromString(flag);
  const started = new Date();
  const t0 = performance.now();
  const sink = openSink(o.out, o.formats, o.fingerprint, o.resume);
  const timings: StageTimings = {};
  const engine: EngineStats = { batchesRetried: 0, bigHeapRetries: 0 };
  let chars = 0;
  let items = 0;
  const errors: unknown[] = [];
  const report = progressReporter(o, () => ({ items, chars, failed: sink.counts['failed'] ?? 0, seconds: (performance.now() - t0) / 1000 }));
  let lastCheckpoint = performance.now();
  for await (const result of processCorpus(o.inputs, {
    workers: o.workers, articleTimeoutMs: o.articleTimeoutMs, maxChars: o.maxChars, workerHeapMb: o.workerHeapMb, skip: sink.resumedFrom, timings, stats: engine,
    onRead: (n) => { chars += n; },
  })) {
    sink.write(result);
    items++;
    if (!result.ok && errors.length < 100) errors.push(result.error);
    if (performance.now() - lastCheckpoint > CHECKPOINT_EVERY_MS) {
      sink.checkpoint();
      report.tick();
      lastCheckpoint = performance.now();
    }
  }
  sink.checkpoint();
  report.stop();
  const seconds = (performance.now() - t0) / 1000;
  const c = sink.counts;
  sink.finish({
    saywho_version: o.version,
    started: started.toISOString(),
    finished: new Date().toISOString(),
    inputs: o.inputs,
    options: { formats: [...o.formats], workers: o.workers, article_timeout_ms: o.articleTimeoutMs, max_chars: o.maxChars, worker_heap_mb: o.workerHeapMb, resume: o.resume },
    resumed_from_item: sink.resumedFrom,
    counts: c,
    timings: {
      seconds_this_run: round(seconds),
      items_this_run: items,
      mb_per_second: round(chars / 1e6 / seconds),
      articles_per_second: round(items / seconds),
      stage_ms: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    },
    engine_this_run: { batches_retried: engine.batchesRetried, big_heap_retries: engine.bigHeapRetries },
    errors_this_run: errors,
  });
  return { articles: c['articles'] ?? 0, failed: c['failed'] ?? 0, quotes: c['quotes'] ?? 0, claims: c['claims'] ?? 0, seconds };
}

const round = (x: number): number => Math.round(x * 100) / 100;

interface Stats { items: number; chars: number; failed: number; seconds: number }

function progressReporter(o: ExtractOptions, stats: () => Stats): { tick(): void; stop(): void } {
  if (o.progress === 'json') {
    const line = (): void => {
      const s = stats();
      const mem = process.memoryUsage();
      o.stderr.write(JSON.stringify({
        items: s.items, failed: s.failed, seconds: round(s.seconds), articles_per_s: round(s.items / s.seconds), mb_per_s: round(s.chars / 1e6 / s.seconds),
        rss_mb: Math.round(mem.rss / 1e6), main_heap_mb: Math.round(mem.heapUsed / 1e6),
      }) + '\n');
    };
    let last = 0;
    return { tick() { if (performance.now() - last > 1000) { line(); last = performance.now(); } }, stop: line };
  }
  if (o.progress === 'bar') {
    // the total number of articles is unknown while streaming: the bar shows throughput and counts
    const bar = new SingleBar({
      stream: o.stderr as NodeJS.WriteStream, hideCursor: true, clearOnComplete: false,
      format: 'saywho | {value} articles | {aps} art/s | {mbps} MB/s | {failed} failed | {elapsed}s',
    });
    bar.start(0, 0, { aps: 0, mbps: 0, failed: 0, elapsed: 0 });
    const update = (): void => {
      const s = stats();
      bar.setTotal(s.items);
      bar.update(s.items, { aps: round(s.items / s.seconds), mbps: round(s.chars / 1e6 / s.seconds), failed: s.failed, elapsed: Math.round(s.seconds) });
    };
    return { tick: update, stop() { update(); bar.stop(); } };
  }
  return { tick() {}, stop() {} };
}
