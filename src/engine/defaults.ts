// Defaults of the batch engine, in a module of their own: the CLI reads them without loading the
// worker pool (start-up stays fast).

/**
 * Heap bound of each worker thread, in MB. Measured over the whole 122 MB Senate corpus with two
 * workers: 80 MB peaked at 389-397 MB RSS, 72 MB at 364-394 MB at the same speed; 64 MB at 352-369 MB,
 * about 8 % slower (more time in collections).
 */
export const DEFAULT_WORKER_HEAP_MB = 72;
