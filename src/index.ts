export { analyze, STAGES, type Stage, type StageTimings } from './core/pipeline.js';
export { createDoc } from './core/doc.js';
export { processCorpus, type ProcessOptions, type EngineStats } from './engine/process-corpus.js';
export { readInputs, type InputItem, type ReadOptions } from './io/read-inputs.js';
export { toRecords, toQuoteRecords, toClaimRecords, toDocumentRecord, COLUMNS } from './records/records.js';
export type { DocRecords, QuoteRecord, ClaimRecord, DocumentRecord, ErrorRecord, SpanText, TableName } from './records/records.js';
export type { ItemResult } from './io/sink.js';
export { SaywhoError, type ErrorCode } from './errors.js';
export type * from './types.js';
