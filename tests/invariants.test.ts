import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/core/pipeline.js';
import { SEED } from './helpers.js';
import type { Doc, Span } from '../src/types.js';
import { posWindows } from '../src/stages/tokenize.js';
import { isClearVerb } from '../src/stages/speakers.js';
import { CUE_FORMS } from '../src/lexicon/data/cue-verbs.generated.js';
import { VERBAL_TRIGGERS } from '../src/lexicon/claim-cues.js';

const wikinews = readFileSync(new URL('../corpora/sample/wikinews.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
const docs: Doc[] = [analyze(SEED, { id: 'seed' }), ...wikinews.map((a) => analyze(a.text, { id: a.id })),
  // an emoji (a surrogate pair) and a combining mark: offsets are UTF-16 code units
  analyze('Title\n\n“Café 🎉 time,” said Zoë Smith. The ﬁrm agreed to pay.', { id: 'astral' })];

const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end && s.start <= s.end;

describe('invariants over the sample corpus', () => {
  it('has the whole sample', () => expect(docs.length).toBe(34));
  it.each(docs.map((d) => [d.id, d] as const))('%s: every span slices the text it claims', (_id, d) => {
    const all: Span[] = [...d.paragraphs, ...d.sentences, ...d.tokens, ...d.quoteMarks, ...d.quotePairs, ...d.boilerplate, ...d.mentions];
    for (const s of all) expect(inside(s, { start: 0, end: d.text.length })).toBe(true);
    for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
    for (const q of d.quotes) for (const s of q.spans) expect(inside(s, { start: 0, end: d.text.length })).toBe(true);
    for (const m of d.quoteMarks) expect(['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', "''", '``', '‘‘', '’’']).toContain(d.text.slice(m.start, m.end));
  });
  it.each(docs.map((d) => [d.id, d] as const))('%s: tokens are in order, apart, and cover the words of the tagged windows', (_id, d) => {
    for (let i = 1; i < d.tokens.length; i++) expect(d.tokens[i]!.start).toBeGreaterThanOrEqual(d.tokens[i - 1]!.end);
    for (const t of d.tokens) expect(d.text.slice(t.start, t.end).trim()).toBe(d.text.slice(t.start, t.end));
    const windows = posWindows(d);
    const words = windows.reduce((n, w) => n + (d.text.slice(w.start, w.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
    expect(d.tokens.length).toBeGreaterThanOrEqual(words * 0.95);
    for (const t of d.tokens) expect(windows.some((w) => inside(t, w))).toBe(true);
    expect(d.diagnostics.filter((x) => x.code === 'W_TOKEN_OFFSET')).toEqual([]);
  });
  it.each(docs.map((d) => [d.id, d] as const))('%s: every ambiguous speech-verb form and claim trigger in prose is tagged', (_id, d) => {
    const tagged = new Set(d.tokens.map((t) => t.start));
    for (const s of d.sentences) {
      if (d.paragraphs[s.paragraph]!.boilerplate) continue;
      const body = d.text.slice(s.start, s.end);
      for (const m of body.matchAll(/\b[a-z]+\b/gu)) if (CUE_FORMS[m[0]] !== undefined && !isClearVerb(m[0])) expect(tagged.has(s.start + m.index)).toBe(true);
      for (const m of body.matchAll(VERBAL_TRIGGERS)) expect(tagged.has(s.start + m.index)).toBe(true);
    }
  });
  it.each(docs.map((d) => [d.id, d] as const))('%s: every name mention lies inside one sentence', (_id, d) => {
    for (const m of d.mentions.filter((x) => x.kind === 'name' && x.sentence >= 0)) {
      const s = d.sentences[m.sentence]!;
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
  });
  it.each(docs.map((d) => [d.id, d] as const))('%s: no speaker phrase crosses a paragraph break', (_id, d) => {
    for (const q of d.quotes) if (q.speaker) expect(d.text.slice(q.speaker.start, q.speaker.end)).not.toMatch(/\n/u);
  });
  it.each(docs.map((d) => [d.id, d] as const))('%s: sentences tile their paragraphs', (_id, d) => {
    for (const p of d.paragraphs) {
      const ss = d.sentences.filter((s) => s.paragraph === p.index);
      expect(ss.length).toBeGreaterThan(0);
      expect(ss[0]!.start).toBe(p.start);
      expect(ss.at(-1)!.end).toBe(p.end);
      for (let i = 1; i < ss.length; i++) expect(d.text.slice(ss[i - 1]!.end, ss[i]!.start)).toMatch(/^\s*$/u);
    }
  });
  it.each(docs.map((d) => [d.id, d] as const))('%s: no sentence boundary inside a paired quotation', (_id, d) => {
    for (const p of d.quotePairs) {
      if (!p.open || !p.close) continue;
      for (const s of d.sentences) expect(s.end > p.open.start && s.end < p.close.end).toBe(false);
    }
  });
  it.each(docs.map((d) => [d.id, d] as const))('%s: quotes and claims are sorted and stay out of boilerplate', (_id, d) => {
    const bp = d.paragraphs.filter((p) => p.boilerplate);
    for (const q of d.quotes) expect(bp.some((p) => q.start < p.end && p.start < q.end)).toBe(false);
    for (const c of d.claims) expect(bp.some((p) => c.content.start < p.end && p.start < c.content.end)).toBe(false);
    expect(d.quotes.map((q) => q.start)).toEqual([...d.quotes.map((q) => q.start)].sort((a, b) => a - b));
  });
  it('counts offsets in UTF-16 code units', () => {
    const d = docs.at(-1)!;
    const q = d.quotes[0]!;
    expect(d.text.slice(q.start, q.end)).toBe('Café 🎉 time,');
    expect(d.quotes[0]!.speakerName).toBe('Zoë Smith');
  });
});
