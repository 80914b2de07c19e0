import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { DEFAULT_WORKER_HEAP_MB } from './engine/defaults.js';

/**
 * Exit codes:
 *   0  every article went through
 *   1  some articles or inputs failed (one row each in errors.jsonl)
 *   2  bad usage: an unknown flag, a missing input, a resume that does not match (one line on stderr)
 */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2 } as const;

const HELP = `saywho: who said what, and who agreed or pledged to do what, in news articles.

Usage:
  saywho extract INPUT... --out DIR [options]
  saywho --help | --version

INPUT: files or folders, mixed (.txt, .html, .htm, .jsonl, .jsonl.gz, .json), or - for JSONL on stdin.

Options:
  --out DIR               output folder (required)
  --format LIST           any of jsonl,csv,json (default: jsonl,csv)
  --workers N             worker threads (default: the number of cores; 0 = no threads)
  --resume                continue an interrupted run into the same --out
  --article-timeout MS    an article taking longer fails (default: 10000)
  --max-chars N           longer articles fail (default: 4000000)
  --worker-heap MB        heap limit of each worker thread (default: ${DEFAULT_WORKER_HEAP_MB})
  --progress MODE         bar (default on a terminal) | json (one line a second) | none
  --quiet                 no progress, no summary
  -h, --help              this text
  -v, --version           the version

Exit codes: 0 all articles went through, 1 some failed (see errors.jsonl), 2 bad usage.
Output: documents, quotes, claims and errors tables (docs/schema.md), and manifest.json.`;

/** Streams the CLI writes to; tests pass their own. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' }, format: { type: 'string' }, workers: { type: 'string' }, resume: { type: 'boolean' },
        'article-timeout': { type: 'string' }, 'max-chars': { type: 'string' }, 'worker-heap': { type: 'string' }, progress: { type: 'string' }, quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) { io.stdout.write(HELP + '\n'); return EXIT.OK; }
  if (v.version) { io.stdout.write(version() + '\n'); return EXIT.OK; }
  const [command, ...inputs] = positionals;
  if (command !== 'extract') return usage(io, command ? `unknown command ${JSON.stringify(command)}: expected "extract"` : 'expected a command: saywho extract INPUT... --out DIR');
  if (!inputs.length) return usage(io, 'expected at least one INPUT file or folder');
  if (!v.out) return usage(io, 'expected --out DIR');
  const formats = (v.format ?? 'jsonl,csv').split(',').map((f) => f.trim()).filter(Boolean);
  const bad = formats.find((f) => !['jsonl', 'csv', 'json'].includes(f));
  if (bad || !formats.length) return usage(io, `expected --format to list jsonl, csv or json, got ${JSON.stringify(v.format)}`);
  const workers = intOption(v.workers, availableParallelism(), 0);
  const timeout = intOption(v['article-timeout'], 10_000, 1);
  const maxChars = intOption(v['max-chars'], 4_000_000, 1);
  const workerHeapMb = intOption(v['worker-heap'], DEFAULT_WORKER_HEAP_MB, 32);
  if (workerHeapMb === null) return usage(io, `expected --worker-heap to be megabytes >= 32, got ${JSON.stringify(v['worker-heap'])}`);
  if (workers === null) return usage(io, `expected --workers to be a whole number >= 0, got ${JSON.stringify(v.workers)}`);
  if (timeout === null) return usage(io, `expected --article-timeout to be milliseconds > 0, got ${JSON.stringify(v['article-timeout'])}`);
  if (maxChars === null) return usage(io, `expected --max-chars to be a whole number > 0, got ${JSON.stringify(v['max-chars'])}`);
  const progress = v.quiet ? 'none' : v.progress ?? (io.stderr.isTTY ? 'bar' : 'none');
  if (!['bar', 'json', 'none'].includes(progress)) return usage(io, `expected --progress to be bar, json or none, got ${JSON.stringify(v.progress)}`);

  const { runExtract } = await import('./io/extract.js');
  const { SaywhoError } = await import('./errors.js');
  try {
    const summary = await runExtract({
      inputs, out: v.out, formats: new Set(formats as ('jsonl' | 'csv' | 'json')[]), workers, articleTimeoutMs: timeout, maxChars, workerHeapMb,
      resume: v.resume ?? false, progress: progress as 'bar' | 'json' | 'none', stderr: io.stderr, version: version(),
      fingerprint: fingerprint(inputs, formats, maxChars),
    });
    if (!v.quiet) {
      io.stderr.write(`saywho: ${summary.articles} articles, ${summary.quotes} quotes, ${summary.claims} claims, ${summary.failed} failed` +
        ` in ${summary.seconds.toFixed(1)} s -> ${v.out}\n`);
    }
    return summary.failed > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  } catch (e) {
    if (e instanceof SaywhoError) return usage(io, e.message);
    throw e;
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`saywho: ${message} (saywho --help)\n`);
  return EXIT.USAGE;
}

function intOption(raw: string | undefined, fallback: number, min: number): number | null {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min ? n : null;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

// what must not change between an interrupted run and its --resume
function fingerprint(inputs: readonly string[], formats: readonly string[], maxChars: number): string {
  const key = JSON.stringify({ inputs: inputs.map((i) => (i === '-' ? i : resolve(i))), formats: [...formats].sort(), maxChars, version: version() });
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}
