import { analyze, type StageTimings } from '../core/pipeline.js';
import { toRecords } from '../records/records.js';
import type { Article } from '../types.js';
import type { TaskOutput, TaskResult } from './task.js';

/**
 * Analyses a batch of articles: the unit of work a worker thread takes (small batches amortise
 * the cost of passing messages between threads). A stage that throws on one article gives an
 * error for that article only.
 */
export default function runBatch(task: { articles: readonly Article[] }): TaskOutput {
  const timings: StageTimings = {};
  const results: TaskResult[] = task.articles.map((a) => analyzeOne(a, timings));
  return { results, timings };
}

export function analyzeOne(a: Article, timings?: StageTimings): TaskResult {
  try {
    return { ok: true, records: toRecords(analyze(a.text, { ...a.meta, id: a.id }, timings)) };
  } catch (e) {
    const error = e as Error;
    return { ok: false, reason: `analysis failed: ${error.name}: ${error.message}`, stage: 'analyze' };
  }
}
