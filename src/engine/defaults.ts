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
 * read when an isolate is made reaches the workers, not the thread already running). Then every
 * cycle V8 spends compiling is one a worker does not spend on articles, and compiling was a large
 * share: the optimising compiler took about 5 s of CPU per 10 MB of press releases, mostly
 * recompiling the big attribution functions after a deoptimisation, each time with everything they
 * call inlined (one compile of `attributeQuotes` took 650 ms).
 * - `--no-concurrent-recompilation`: compile on the worker's own thread. V8's background compiler
 *   threads each keep their malloc arena at its high-water mark (TurboFan's zone memory peaked at
 *   over 100 MB in a worker): on the whole corpus (122 MB, two workers on two cores) this took peak
 *   RSS from 436-442 MB to 345-370 MB by `time -v`.
 * - `--max-inlined-bytecode-size-cumulative=150` (V8's default is 920) and `--interrupt-budget=600000`
 *   (default 132 KB of bytecode run before a function is considered for optimisation): smaller
 *   compiles, and fewer of them for functions that are only briefly hot. On the whole corpus, with
 *   the flag above, runs took 73-79 s against 91-95 s and peaked at 294-312 MB against 368-381 MB
 *   (three runs against two, same machine, same hour); 10 MB took 8.2-8.6 s against 10.1-10.5 s.
 * With a core to spare they cost time (one worker on 10 MB: 13.7 s against 10.3 s for the first;
 * 9.7 s against 9.0 s for the other two, in one thread), as compiling then runs beside the articles
 * on the idle core; so they are set only when the workers take every core. (Flags of the garbage
 * collector cannot be changed once V8 runs: `--single-threaded-gc` set here crashed it.)
 */
export const WORKER_V8_FLAGS: readonly string[] = ['--no-concurrent-recompilation', '--max-inlined-bytecode-size-cumulative=150', '--interrupt-budget=600000'];
