import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Diagnostic, Doc, Sentence, Span, Token } from '../types.js';
import { lowerBound } from '../core/doc.js';
import { APPEAL_TRIGGERS, VERBAL_TRIGGERS } from '../lexicon/claim-cues.js';
import { CAPITALISED_NON_NAMES } from '../lexicon/function-words.js';
import { CUE_FIRST_WORDS, isClearVerb } from './speakers.js';

// Only the POS tagger: wink's own sentence splitter is replaced by ours (quote-aware), and its
// other annotations cost time that no later stage uses (see scripts/compare-sentences.mjs).
//
// wink-nlp learns every new word it reads into a cache kept across documents, and that cache
// changes how later documents are tokenised ("Smith's" stays one token once a document has shown
// it before a comma), so an article's tokens and tags would depend on which articles a worker read
// before it. saywho's output must not: after each document every word and feature value it taught
// wink is forgotten again (their keys leave the feature hashes; the lists only grow), and the tagger
// is rebuilt once the lists have grown too much, which bounds its memory. (Forgetting only the words
// that mix letters with other characters, which change how text is split, was not enough: a
// whole-corpus run gave "State/INR" an organisation mention in one run and none in the next, after
// 32,000 articles had taught the tagger other words. Relearning each article's new words costs
// 10-15 % of the pipeline's time, and a rebuild, about every 1,300 press releases, 85 ms.)
interface Feature { hash: Record<string, number>; list: unknown[] }
interface Tagger { nlp: ReturnType<typeof winkNLP>; features: [Feature, number][]; base: number }
// (50,000 new entries: a whole-corpus run peaks 8 MB lower than with 150,000, and no slower)
const REBUILD_AFTER = 50_000;
/** Whether the tagger holds `word` in any of its feature hashes (for tests). */
export const taggerKnows = (word: string): boolean => current().features.some(([f]) => Object.hasOwn(f.hash, word));

// the model's entity-meta loader stringifies its data again at every call (a second instance would
// get it twice encoded, a tenth one fails): it is loaded once, for every instance
const m = model as unknown as Record<string, unknown> & { core: () => { features: Record<string, Feature> }; metaCER: () => unknown };
const metaCER = m.metaCER();

function newTagger(): Tagger {
  let core: { features: Record<string, Feature> } | null = null;
  const spied = { ...m, core: () => (core = m.core()), metaCER: () => metaCER };
  const nlp = winkNLP(spied as unknown as typeof model, ['pos']);
  if (!core) throw new Error('wink-nlp did not load its core model');
  const features = Object.values((core as { features: Record<string, Feature> }).features)
    .filter((f) => f && typeof f === 'object' && f.hash && Array.isArray(f.list))
    .map((f) => [f, f.list.length] as [Feature, number]);
  return { nlp, features, base: features.reduce((n, [f]) => n + f.list.length, 0) };
}

let tagger: Tagger | null = newTagger();
// (a tagger that has grown too much is dropped at the end of a document and the next one built at
// the start of the next, when nothing holds the old one: two models at once, about 20 MB each, ran
// workers with a 64 MB heap out of memory)
const current = (): Tagger => (tagger ??= newTagger());

/** Tokens and tags of `text` as wink-nlp gives them to a fresh instance, whatever it read before. */
function tagFresh(text: string): { values: string[]; pos: string[] } {
  const t = current();
  const { nlp } = t;
  const wd = nlp.readDoc(text);
  const out = { values: wd.tokens().out(nlp.its.value) as string[], pos: wd.tokens().out(nlp.its.pos) as string[] };
  let grown = 0;
  for (const entry of t.features) {
    const [f, seen] = entry;
    for (let i = seen; i < f.list.length; i++) {
      const key = f.list[i] as string;
      if (f.hash[key] === i) delete f.hash[key];
    }
    entry[1] = f.list.length;
    grown += f.list.length;
  }
  if (grown - t.base > REBUILD_AFTER) tagger = null;
  return out;
}

// Words of context tagged around a place a later stage asks about. Three words either side give a
// speech verb or claim trigger the tag the whole sentence gives it (a test checks); an appeal also
// needs its recipient, "to" and the verb after it.
const CUE_CONTEXT: readonly [number, number] = [3, 3];
const TRIGGER_CONTEXT: readonly [number, number] = [3, 3];
const APPEAL_CONTEXT: readonly [number, number] = [3, 12];
const NAME_CONTEXT: readonly [number, number] = [1, 4];
const CLAUSE_CONTEXT: readonly [number, number] = [2, 4];

/**
 * Tokens with Universal POS tags from wink-nlp, where later stages read them. Those stages ask
 * about a few places only: whether an ambiguous speech-verb form ("notes", "calls"; "said" is a
 * verb wherever it stands) or a claim trigger is a verb, what stands
 * around it (a subject phrase, "and" + a second verb), and whether a capitalised word at the start
 * of a sentence is a proper noun. Tagging windows of context around those places, instead of the
 * whole article, halves the time wink takes (it is most of the pipeline's cost) and gives the
 * same tags there: the tagger only looks a few words either side.
 *
 * wink keeps every token's characters and the whitespace before it, so walking the text recovers
 * exact offsets; a token not found where expected is looked up a little ahead and noted.
 */
export function tokenize(doc: Doc): Doc {
  const { text } = doc;
  const windows = posWindows(doc);
  if (!windows.length) return { ...doc, tokens: [] };
  // the windows are tagged in one call, a paragraph break apart
  const joined = windows.map((w) => text.slice(w.start, w.end)).join('\n\n');
  const bases: number[] = [];
  let acc = 0;
  for (const w of windows) {
    bases.push(acc);
    acc += w.end - w.start + 2;
  }
  const { values, pos } = tagFresh(joined);
  const tokens: Token[] = new Array(values.length);
  const diagnostics: Diagnostic[] = [];
  let at = 0;
  let n = 0;
  let wi = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // wink reports paragraph breaks ("\n\n") as tokens of their own: whitespace is no token here
    if (isSpace(v.charCodeAt(0)) && !v.trim()) continue;
    while (at < joined.length && isSpace(joined.charCodeAt(at))) at++;
    let start = at;
    if (!joined.startsWith(v, at)) {
      // look a little ahead only: a far match would throw every later offset off
      start = joined.slice(at, at + 64).indexOf(v);
      if (start >= 0) start += at;
      if (start < 0) {
        if (diagnostics.length < 5) diagnostics.push({ code: 'W_TOKEN_OFFSET', stage: 'tokenize', message: `token ${JSON.stringify(v)} not found after offset ${at}` });
        continue;
      }
    }
    at = start + v.length;
    while (wi + 1 < bases.length && bases[wi + 1]! <= start) wi++;
    const base = windows[wi]!.start - bases[wi]!;
    tokens[n++] = { start: start + base, end: at + base, pos: pos[i]! };
  }
  tokens.length = n;
  return { ...doc, tokens, diagnostics: diagnostics.length ? [...doc.diagnostics, ...diagnostics] : doc.diagnostics };
}

/**
 * The stretches of prose to tag, in text order and apart: around every speech-verb form and
 * verbal claim trigger (with the "and"/"but" + word pairs of such sentences, where a reported
 * clause may end), and the first words after a sentence start or opening punctuation, where a
 * capitalised word is a name only if the tagger says so.
 */
export function posWindows(doc: Doc): Span[] {
  const { text, sentences } = doc;
  const ranges: Span[] = [];
  const focus = new Uint8Array(sentences.length);
  // each pattern runs once over the whole text (per-sentence scans cost several times more);
  // a match counts in the prose sentence that holds it, its context clipped to that sentence
  const sentenceAt = (at: number): Sentence | null => {
    const s = sentences[lowerBound(sentences, at + 1) - 1];
    return s && at < s.end && !doc.paragraphs[s.paragraph]!.boilerplate ? s : null;
  };
  const scan = (re: RegExp, base: readonly [number, number], onlyFocus: boolean, offset: (m: RegExpExecArray) => number, contextOf?: (m: RegExpExecArray) => readonly [number, number]): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = offset(m);
      const s = sentenceAt(at);
      if (!s || (onlyFocus && !focus[s.index]) || (m[1] !== undefined && CAPITALISED_NON_NAMES.has(m[1].toLowerCase()))) continue;
      if (!onlyFocus && base !== NAME_CONTEXT) focus[s.index] = 1;
      const context = contextOf ? contextOf(m) : base;
      ranges.push({ start: wordsBack(text, at, context[0], s.start), end: wordsForward(text, at, context[1] + 1, s.end) });
    }
  };
  scan(CUE_WORDS, CUE_CONTEXT, false, (m) => m.index);
  // (an appeal trigger, a verbal one too, takes the longer context: one scan finds both)
  scan(VERBAL_TRIGGERS, TRIGGER_CONTEXT, false, (m) => m.index, (m) => {
    APPEAL_TRIGGERS.lastIndex = m.index;
    return APPEAL_TRIGGERS.test(text) ? APPEAL_CONTEXT : TRIGGER_CONTEXT;
  });
  scan(CLAUSE_WORDS, CLAUSE_CONTEXT, true, (m) => m.index + 1);
  scan(LONE_CAPITALISED, NAME_CONTEXT, false, (m) => m.index + m[0].length - m[1]!.length);
  for (const s of sentences) {
    const m = FIRST_WORD.exec(text.slice(s.start, Math.min(s.end, s.start + 40)));
    if (m && !CAPITALISED_NON_NAMES.has(m[1]!.toLowerCase()) && sentenceAt(s.start)) {
      ranges.push({ start: s.start, end: wordsForward(text, s.start, NAME_CONTEXT[1] + 1, s.end) });
    }
  }
  if (!ranges.length) return [];
  ranges.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let cur = { ...ranges[0]! };
  for (const r of ranges) {
    // windows of one sentence merge; two sentences stay apart, as the tagger saw them before
    if (r.start <= cur.end + 1 && sentenceAt(r.start) === sentenceAt(cur.start)) cur.end = Math.max(cur.end, r.end);
    else {
      out.push(cur);
      cur = { ...r };
    }
  }
  out.push(cur);
  return out;
}

// every one-word form of the speech-verb lexicon (and the first word of its particle verbs), longest first
// (forms that are verbs wherever they stand next to a name, "said", "told", need no tag)
const CUE_WORDS = new RegExp(String.raw`\b(?:${CUE_FIRST_WORDS.filter((f) => !isClearVerb(f)).sort((a, b) => b.length - a.length).join('|')})\b`, 'g');
const CLAUSE_WORDS = /\s(?:and|but)\s+\p{Ll}/gu;
// a capitalised word after opening punctuation ("“Kennedy", "- Senator"), not followed by another
// one (after a full stop it starts a sentence, which FIRST_WORD covers, or follows an abbreviation
// in a run of names, which needs no tag)
const LONE_CAPITALISED = /(?:[^\p{L}\p{N},;)\s.?!]\s*|\s[^\s\p{L}\p{N}.?!]+)(\p{Lu}\p{L}*)(?!\s+\p{Lu})/gu;
const FIRST_WORD = /^[^\s\p{L}\p{N}]*(\p{Lu}\p{L}*)(?!\s+\p{Lu})/u;

// where the word `n` words before the one at `at` begins (not before `floor`)
function wordsBack(text: string, at: number, n: number, floor: number): number {
  let i = at;
  for (let k = 0; k < n && i > floor; k++) {
    while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

// where the `n`th word from `at` ends (not after `ceil`)
function wordsForward(text: string, at: number, n: number, ceil: number): number {
  let i = at;
  for (let k = 0; k < n && i < ceil; k++) {
    while (i < ceil && isSpace(text.charCodeAt(i))) i++;
    while (i < ceil && !isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0xfeff;
}
