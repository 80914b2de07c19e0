// Defaults of the batch engine, in a module of their own: the CLI reads them without loading the
// worker pool (start-up stays fast).

/**
 * Heap bound of each worker thread, in MB. Measured over the whole 122 MB Senate corpus with two
 * workers: 80 MB peaked at 389-397 MB RSS, 72 MB at 364-418 MB (over the 400 MB bound in about one
 * run of three), 64 MB at 352-369 MB, 5-8 % slower (more time in collections). The bound on memory is
 * a target of the batch engine; the time is not worth breaking it for.
 */
export const DEFAULT_WORKER_HEAP_MB = 64;
