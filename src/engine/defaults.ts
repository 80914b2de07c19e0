// Defaults of the batch engine, in a module of their own: the CLI reads them without loading the
// worker pool (start-up stays fast).

/**
 * Heap bound of each worker thread, in MB. Measured over the whole 122 MB Senate corpus with two
 * workers: 80 MB peaked at 389-397 MB RSS, 72 MB at 364-418 MB (over the 400 MB bound in about one
 * run of three), 64 MB at 352-369 MB, 5-8 % slower (more time in collections). The bound on memory is
 * a target of the batch engine; the time is not worth breaking it for.
 */
export const DEFAULT_WORKER_HEAP_MB = 64;

/**
 * How far the calling thread's heap may grow past what it held after its last full collection, in
 * percent, in the `extract` command. That thread reads the corpus, receives every article's records
 * and writes them: all of it short-lived. Left to V8's own judgement, its heap swung between 40 and
 * 140 MB on 12,000 press releases and made most of the run-to-run spread of peak RSS; at 20 % it
 * stayed under 75 MB, peak RSS fell by 40-55 MB and the run took no longer.
 */
export const MAIN_HEAP_GROWING_PERCENT = 20;

/**
 * V8 flags the `extract` command sets before it makes its workers when they take every core (a flag
 * read when an isolate is made reaches the workers, not the thread already running). By default V8
 * compiles optimised code on its pool of background threads, and each of those threads keeps its
 * malloc arena at its high-water mark: TurboFan's zone memory peaked at over 100 MB in a worker.
 * With two workers on two cores, compiling on the worker's own thread took a whole-corpus run (122
 * MB) from 436-442 MB peak RSS to 345-370 MB by `time -v`, and from 87-95 s to 83-92 s (10 MB: 9.2
 * s against 9.7 s). With a core to spare it costs time (one worker, 10 MB: 13.7 s against 10.3 s),
 * so then it is not set. (Flags of the garbage collector cannot be changed once V8 runs:
 * `--single-threaded-gc` set here crashed it.)
 */
export const WORKER_V8_FLAGS: readonly string[] = ['--no-concurrent-recompilation'];
