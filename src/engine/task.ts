import type { DocRecords } from '../records/records.js';
import type { StageTimings } from '../core/pipeline.js';

/** What a worker returns for one article. */
export type TaskResult = { readonly ok: true; readonly records: DocRecords } | { readonly ok: false; readonly reason: string; readonly stage: string };

/** What a worker returns for one batch. */
export interface TaskOutput {
  readonly results: readonly TaskResult[];
  readonly timings: StageTimings;
}
