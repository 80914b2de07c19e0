#!/usr/bin/env node
// Compares sentence splitters on the seed article and PolNeAR articles (needs ../shared):
// saywho's rules, wink-nlp's sbd, and compromise. Counts, per splitter, sentences, boundaries that fall
// inside a paired quotation (saywho's pairing), boundaries right after an abbreviation, and speed.
//   node scripts/compare-sentences.mjs [--docs 200]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const polnear = join(root, '..', 'shared', 'gold', 'polnear-train.jsonl');
if (!existsSync(polnear)) { console.error(`compare-sentences: ${polnear} not found (../shared is needed)`); process.exit(2); }
const n = process.argv.includes('--docs') ? Number(process.argv[process.argv.indexOf('--docs') + 1]) : 200;
const texts = [readFileSync(join(root, 'corpora/sample/korea-china-summit.txt'), 'utf8'),
  ...readFileSync(polnear, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l).text)];
const { analyze } = await import(join(root, 'dist/core/pipeline.js'));
const winkNLP = (await import('wink-nlp')).default;
const model = (await import('wink-eng-lite-web-model')).default;
const wink = winkNLP(model, ['sbd', 'pos']);
const nlp = (await import('compromise')).default;
const ABBR = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|St|U\.S|D\.C)\.$/u;

// boundaries as end offsets; wink and compromise give sentence texts, located in order
const locate = (text, parts) => { const ends = []; let at = 0; for (const p of parts) { const s = text.indexOf(p.trim(), at); if (s < 0) continue; at = s + p.trim().length; ends.push(at); } return ends; };
const splitters = {
  saywho: (t) => analyze(t).sentences.map((s) => s.end),
  'wink-nlp': (t) => locate(t, wink.readDoc(t).sentences().out()),
  compromise: (t) => locate(t, nlp(t).sentences().out('array')),
};
const docs = texts.map((t) => ({ t, pairs: analyze(t).quotePairs.filter((p) => p.open && p.close) }));
console.log(`${docs.length} articles, ${(texts.join('').length / 1e6).toFixed(2)} MB\n`);
console.log('| splitter | sentences | boundaries inside a quotation | boundaries after an abbreviation | MB/s |\n|---|---|---|---|---|');
for (const [name, split] of Object.entries(splitters)) {
  let sentences = 0, inside = 0, abbr = 0;
  const t0 = performance.now();
  const all = docs.map((d) => split(d.t));
  const s = (performance.now() - t0) / 1000;
  docs.forEach((d, i) => {
    for (const end of all[i]) {
      sentences++;
      if (d.pairs.some((p) => end > p.open.start && end < p.close.end)) inside++;
      if (ABBR.test(d.t.slice(Math.max(0, end - 6), end)) && /^\s+\p{Ll}|^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(d.t.slice(end, end + 30))) abbr++;
    }
  });
  console.log(`| ${name} | ${sentences} | ${inside} | ${abbr} | ${(texts.join('').length / 1e6 / s).toFixed(2)} |`);
}
