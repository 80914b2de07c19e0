#!/usr/bin/env node
// Runs saywho over the gold sets in ../shared/gold and prints the scorer's tables.
//   npm run eval [-- --only dev|polnear] [--verbose]
// Needs ../shared (the evaluation data is not part of the repository).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: ${scorer} not found. The gold sets and the scorer live in ../shared beside the checkout; a user's clone has none.`);
  process.exit(2);
}
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const sets = [
  { name: 'dev', gold: join(shared, 'gold', 'dev') },
  { name: 'polnear-train', gold: join(shared, 'gold', 'polnear-train.jsonl') },
].filter((s) => !only || s.name.startsWith(only));
for (const set of sets) {
  const out = join(root, 'output', set.name);
  const run = spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), 'extract', set.gold, '--out', out, '--format', 'jsonl', '--quiet'], { stdio: 'inherit' });
  if (run.status !== 0) { console.error(`eval: saywho exited with ${run.status} on ${set.name}`); process.exit(1); }
  console.log(`\n== ${set.name} ==`);
  spawnSync(process.execPath, [scorer, '--gold', set.gold, '--pred', out, ...(args.includes('--verbose') ? ['--verbose'] : [])], { stdio: 'inherit' });
  if (set.name === 'polnear-train') {
    // PolNeAR labels every quotation in an article quoted NYT-style (''like this'') as indirect;
    // the same scores without those articles show what that annotation costs
    const lines = readFileSync(set.gold, 'utf8').split('\n').filter((l) => l.trim());
    const kept = lines.filter((l) => !JSON.parse(l).text.includes("''"));
    const file = join(mkdtempSync(join(tmpdir(), 'saywho-eval-')), 'polnear-train-curly.jsonl');
    writeFileSync(file, kept.join('\n') + '\n');
    console.log(`\n== polnear-train without the ${lines.length - kept.length} articles quoted with '' (their quotations are all labelled indirect) ==`);
    spawnSync(process.execPath, [scorer, '--gold', file, '--pred', out], { stdio: 'inherit' });
  }
}
