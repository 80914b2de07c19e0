import type { Doc, MarkRole, PairFlag, QuoteMark, QuotePair, Span } from '../types.js';
import { DOUBLE, DOUBLED, MARK_CHARS, OPENERS, decodedMark } from '../lexicon/quote-marks.js';
import { isGivenName } from '../lexicon/genders.js';

interface Open { at: number; len: number; char: string; mark: number }
interface Draft { open: Span | null; close: Span | null; start: number; end: number; paragraph: number; flags: PairFlag[]; openMark: number; closeMark: number }

// one or two capitalised words; a known given name or initials right before; a family name right after
const NICKNAME = /^\p{Lu}[\p{Ll}'’.-]{1,14}(?: \p{Lu}[\p{Ll}'’.-]{1,14})?$/u;
const GIVEN_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}+|(?:\p{Lu}\.){1,3})[ \u00a0]$/u;
const FAMILY_AFTER = /^[ \u00a0](?:Mc|Mac|O['’]|De|Di|Van|Le)?\p{Lu}\p{Ll}/u;

/**
 * Finds quotation marks, tells apostrophes from single quotes, and pairs the marks of each
 * paragraph with a stack (so nested quotations pair inside out). Unbalanced marks are repaired
 * and flagged: a closing mark with no opening mark opens at its paragraph's start (or right after
 * the previous quotation), an opening mark never closed ends at its paragraph's end, unless the
 * next paragraph opens again: that is a multi-paragraph quotation, which carries on.
 */
// Whether a paragraph opens with a quotation mark (a double mark decoded twice, "âWe ...", where the text shows that decoding).
const opensWithMark = (text: string, at: number, decodedTwice: boolean): boolean =>
  /^["“„«‹「『]/u.test(text.slice(at, at + 1)) || (decodedTwice && /^â[\p{L}\d]/u.test(text.slice(at, at + 2)));

export function pairQuoteMarks(doc: Doc): Doc {
  const { text } = doc;
  const marks: { start: number; end: number; char: string; role: MarkRole; pair: number | null }[] = [];
  const drafts: Draft[] = [];
  let carried: Draft | null = null;
  // (an "â" is a mark only in a text that shows the double decoding elsewhere: a closing "â?" or a
  // lost apostrophe, "Americaâs", "donât"; not "âge" in French)
  const decodedTwice = text.includes('â') && /â\?|\p{L}â(?:s|t|ll|re|ve|m|d)\b/u.test(text);

  for (const para of doc.paragraphs) {
    const stack: Open[] = [];
    const paraDrafts: Draft[] = [];
    let lastTopClose = para.start;
    const startsWithOpener = (): boolean => opensWithMark(text, para.start, decodedTwice);
    if (carried && !startsWithOpener()) carried = null;
    for (const m of text.slice(para.start, para.end).matchAll(MARK_CHARS)) {
      const at = para.start + m.index;
      const len = m[0].length;
      if (m[0].startsWith('â')) {
        const decoded = decodedTwice ? decodedMark(text, at, len, para.start) : null;
        // (an "â" after a word closes only an open quotation; otherwise it is a lost apostrophe: "Baucusâ hearing")
        if (decoded === null || (decoded === 'close' && len === 1 && !stack.some((o) => DOUBLE.has(o.char)))) continue;
      }
      // doubled single marks stand for a double mark: ''word'' (newswire), ``word'' (TeX), ‘‘word’’
      const char = DOUBLED[m[0]] ?? m[0];
      const role = classify(text, at, len, char, stack, para.start, para.end);
      const idx = marks.length;
      marks.push({ start: at, end: at + len, char: m[0], role, pair: null });
      if (role === 'open') {
        stack.push({ at, len, char, mark: idx });
        continue;
      }
      if (role !== 'close') continue;
      const k = findOpener(stack, char);
      if (k < 0) {
        // a closing mark with no opening mark: the quotation runs from the paragraph start, or from
        // just after the previous closed quotation
        if (stack.length || !DOUBLE.has(char)) { marks[idx]!.role = 'apostrophe'; continue; }
        const s = skipSpace(text, lastTopClose, at);
        paraDrafts.push({ open: null, close: { start: at, end: at + len }, start: s, end: at, paragraph: para.index, flags: ['repaired_open'], openMark: -1, closeMark: idx });
        lastTopClose = at + len;
        continue;
      }
      // openers above the match were never closed: they end where the enclosing quotation ends
      while (stack.length > k + 1) {
        const o = stack.pop()!;
        paraDrafts.push(draft(o, null, at, para.index, ['repaired_close'], idx));
      }
      const o = stack.pop()!;
      paraDrafts.push(draft(o, { start: at, end: at + len }, at, para.index, [], idx));
      if (!stack.length) lastTopClose = at + len;
    }
    // what is still open at the paragraph's end
    const next = doc.paragraphs[para.index + 1];
    const nextOpens = next !== undefined && opensWithMark(text, next.start, decodedTwice);
    while (stack.length) {
      const o = stack.pop()!;
      const continues = stack.length === 0 && DOUBLE.has(o.char) && nextOpens;
      paraDrafts.push(draft(o, null, para.end, para.index, [continues ? 'continues' : 'repaired_close'], -1));
    }
    // the first quotation of a paragraph that continues the previous paragraph's quotation
    paraDrafts.sort((a, b) => a.start - b.start || b.end - a.end);
    if (carried && paraDrafts[0] && paraDrafts[0].open?.start === para.start) {
      paraDrafts[0].flags.push('continued');
      (paraDrafts[0] as Draft & { prev?: Draft }).prev = carried;
    }
    carried = paraDrafts.find((d) => d.flags.includes('continues')) ?? null;
    drafts.push(...paraDrafts);
  }

  // a nickname in quotation marks between a given name and a family name is part of the name, no
  // quotation: `C.L. "Butch" Otter`, `Sen. Christopher “Kit” Bond`
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (!d.open || !d.close || !DOUBLE.has(DOUBLED[marks[d.openMark]!.char] ?? marks[d.openMark]!.char) || !NICKNAME.test(text.slice(d.start, d.end))) continue;
    const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, d.open.start - 20), d.open.start));
    if (!given || !(given[1]!.endsWith('.') || isGivenName(given[1]!)) || !FAMILY_AFTER.test(text.slice(d.close.end, d.close.end + 20))) continue;
    marks[d.openMark]!.role = 'nickname';
    marks[d.closeMark]!.role = 'nickname';
    drafts.splice(i, 1);
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const index = new Map<Draft, number>(drafts.map((d, i) => [d, i]));
  const pairs: QuotePair[] = [];
  const open: number[] = [];
  drafts.forEach((d, i) => {
    while (open.length && pairs[open.at(-1)!]!.end < d.end) open.pop();
    const parent = open.length ? open.at(-1)! : null;
    const prev = (d as Draft & { prev?: Draft }).prev;
    pairs.push({
      index: i, start: d.start, end: d.end, open: d.open, close: d.close, paragraph: d.paragraph,
      depth: open.length, parent, continues: prev ? index.get(prev) ?? null : null, flags: d.flags,
    });
    open.push(i);
    if (d.openMark >= 0) marks[d.openMark]!.pair = i;
    if (d.closeMark >= 0) marks[d.closeMark]!.pair = i;
  });
  const quoteMarks: QuoteMark[] = marks.map((m) => (m.role === 'apostrophe' || m.role === 'nickname' ? { ...m, pair: null } : m));
  return { ...doc, quoteMarks, quotePairs: pairs };
}

function draft(o: Open, close: Span | null, end: number, paragraph: number, flags: PairFlag[], closeMark: number): Draft {
  return { open: { start: o.at, end: o.at + o.len }, close, start: o.at + o.len, end, paragraph, flags, openMark: o.mark, closeMark };
}

function findOpener(stack: readonly Open[], close: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (OPENERS[stack[k]!.char]!.includes(close)) return k;
  return -1;
}

function skipSpace(text: string, from: number, to: number): number {
  let s = from;
  while (s < to && /\s/u.test(text[s]!)) s++;
  return s;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrEdge = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
// characters after which a mark opens a quotation: "(", "—", "/", ":"
const isOpenContext = (c: string | undefined): boolean => isSpaceOrEdge(c) || /[([{\u2014\u2013\-/:]/u.test(c!);

function classify(text: string, at: number, len: number, char: string, stack: readonly Open[], pStart: number, pEnd: number): MarkRole {
  const before = at > pStart ? text[at - 1] : undefined;
  const after = at + len < pEnd ? text[at + len] : undefined;
  if (char === '``') return 'open';
  // (a doubled apostrophe inside a word is an escaped apostrophe: "I''m pleased", "Hawai''i")
  if (len === 2 && text.startsWith("''", at) && isLetter(before) && isLetter(after)) return 'apostrophe';
  const singleOpen = stack.some((o) => !DOUBLE.has(o.char));
  // a height in feet and inches: "he’s like 6’2”", "5'10\"" (no quotation mark, so role apostrophe)
  if ((char === '”' || char === '"') && len === 1 && /\d[’′']\d{1,2}$/u.test(text.slice(Math.max(pStart, at - 6), at))) return 'apostrophe';
  switch (char) {
    case '”': case '»': case '›': case '」': case '』':
      return 'close';
    case '„': case '«': case '‹': case '「': case '『': case '‚':
      return 'open';
    case '“':
      // German „…“ closes with “; a “ glued to a word and followed by a space closes a quotation
      if (stack.at(-1)?.char === '„') return 'close';
      if (!isSpaceOrEdge(before) && (isLetter(before) || /[.,;:!?]/u.test(before!)) && (isSpaceOrEdge(after) || /[.,;:!?]/u.test(after!)) && stack.some((o) => DOUBLE.has(o.char))) return 'close';
      return 'open';
    case '‘':
      // ‘90s
      if (/^\d\ds?\b/u.test(text.slice(at + 1, at + 4))) return 'apostrophe';
      if (stack.at(-1)?.char === '‚') return 'close';
      // a typo'd apostrophe inside a word or after a plural: "Trump‘s", "don‘t", "CBS‘ Face the Nation"
      if (isLetter(before) && (isLetter(after) || isSpaceOrEdge(after))) return 'apostrophe';
      return 'open';
    case '’':
      return apostropheOrClose(text, at, before, after, singleOpen, pStart);
    case "'":
      if (isLetter(before) && isLetter(after)) return 'apostrophe';
      if (isOpenContext(before) && /^\d\ds?\b/u.test(text.slice(at + 1, at + 4))) return 'apostrophe';
      if (isOpenContext(before) && after !== undefined && !/\s/u.test(after)) return 'open';
      return singleOpen ? 'close' : 'apostrophe';
    default: {
      // the straight double quote: its neighbours tell its direction, the stack breaks ties
      const straightOpen = stack.some((o) => o.char === '"');
      if (isOpenContext(before) && after !== undefined && !/\s/u.test(after)) return straightOpen && !isSpaceOrEdge(before) ? 'close' : 'open';
      if (!isSpaceOrEdge(before)) return 'close';
      return straightOpen ? 'close' : 'open';
    }
  }
}

// ’ inside a word (don't, China’s), before a year (’90s) or after a plural (Koreans’) is an
// apostrophe unless a single quotation is open and waiting for its close.
function apostropheOrClose(text: string, at: number, before: string | undefined, after: string | undefined, singleOpen: boolean, pStart: number): MarkRole {
  if (isLetter(before) && isLetter(after)) return 'apostrophe';
  if (isOpenContext(before) && /^\d\ds?\b/u.test(text.slice(at + 1, at + 4))) return 'apostrophe';
  if (!singleOpen) return 'apostrophe';
  if (isSpaceOrEdge(before) && at > pStart) return 'apostrophe';
  return 'close';
}
