import type { Doc, QuotePair, Sentence } from '../types.js';
import { trimSpan } from '../core/doc.js';
import { MONTHS, SENTENCE_STARTERS, SOFT, TITLES } from '../lexicon/abbreviations.js';

/**
 * Sentences inside each paragraph (they tile it: the gaps between sentences are whitespace).
 * A boundary is a run of . ! ? … (with closing marks and brackets glued on) before whitespace and a
 * capital, digit or opening mark. It never falls inside a quotation unless the quotation ends
 * there, and abbreviations (titles, months before a day, initials, U.S.) do not end sentences.
 */
export function segmentSentences(doc: Doc): Doc {
  const { text } = doc;
  const sentences: Sentence[] = [];
  const pairs = doc.quotePairs;
  let pi = 0;
  for (const para of doc.paragraphs) {
    while (pi < pairs.length && pairs[pi]!.paragraph < para.index) pi++;
    const inside = quoteInteriors(pairs, pi, para.index);
    let start = para.start;
    const body = text.slice(para.start, para.end);
    // (or glued to the next sentence, as in corpora that lost their line breaks: "as well.The bill
    // ...": two lower-case letters, the stop, and a capitalised word, or "I" or "A": "overdue.I want")
    for (const m of body.matchAll(/[.!?…]+(?:["'”’»)\]]+[.!?]?)*(?=\s+(\S))|(?<=\p{Ll}\p{Ll})[.!?](?:["”])?(?=(\p{Lu})(?:\p{L}+\b|\s))/gu)) {
      const end = para.start + m.index + m[0].length;
      // (the "?" of a closing mark decoded twice, "â?", ends a sentence only after a stop of its own:
      // `... of the year,â? Baucus said.`)
      if (m[0].startsWith('?') && text[para.start + m.index - 1] === 'â' && !/[.!?…]/u.test(text[para.start + m.index - 2] ?? '')) continue;
      if (!isBoundary(text, para.start + m.index, end, (m[1] ?? m[2])!) || inInterior(inside, end)) continue;
      const span = trimSpan(text, start, end);
      if (span.end > span.start) sentences.push({ ...span, index: sentences.length, paragraph: para.index });
      start = end;
    }
    const span = trimSpan(text, start, para.end);
    if (span.end > span.start) sentences.push({ ...span, index: sentences.length, paragraph: para.index });
  }
  return { ...doc, sentences };
}

// The open intervals (first mark, last mark) of the paragraph's quotations, with their marks.
function quoteInteriors(pairs: readonly QuotePair[], from: number, paragraph: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = from; i < pairs.length && pairs[i]!.paragraph === paragraph; i++) {
    const p = pairs[i]!;
    out.push([p.open ? p.open.start : p.start, p.close ? p.close.end : p.end]);
  }
  return out;
}

// A boundary at `end` is inside a quotation when the quotation neither starts nor ends there.
const inInterior = (inside: readonly [number, number][], end: number): boolean => inside.some(([s, e]) => end > s && end < e);

function isBoundary(text: string, punct: number, end: number, next: string): boolean {
  // (an "â" may be an opening mark decoded twice: `... said. âWe need it.â?`)
  if (!/[\p{Lu}\p{N}"'“‘«(\[¿¡—–â-]/u.test(next)) return false;
  if (text[punct] !== '.') return true;
  // the word before the period
  // (after a dash without spaces: "a Texan--Dr. Michael DeBakey")
  const word = /([\p{L}\p{N}.’'-]+)$/u.exec(text.slice(Math.max(0, punct - 30), punct))?.[1]?.split(/-{2,}/u).at(-1) ?? '';
  if (!word) return true;
  const lower = word.toLowerCase();
  const after = /^\s+([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  const starter = SENTENCE_STARTERS.has(after.toLowerCase());
  if (end - punct > 1) return true; // a period followed by a closing mark: `.”` ends the sentence
  // "Main St. He left": a street, not Saint
  if (lower === 'st' && /\p{Lu}\p{Ll}+\s+St$/u.test(text.slice(Math.max(0, punct - 30), punct))) return starter;
  if (TITLES.has(lower)) return false;
  if (MONTHS.has(lower)) return !/^\d/u.test(after);
  if (lower === 'no' && /^\d/u.test(after)) return false;
  // (a lower-case "no" before a word is the answer, not "No. 5": "Everyone but Hewlett said no. Gomez ...")
  if (word === 'no') return true;
  // initials and letter-dotted acronyms: J. K. Rowling, U.S., D.C., a.m.
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return starter;
  // (after "Calif." or "Inc." an opening quotation mark starts a sentence too: `said in Santa Monica,
  // Calif. "The reality ...`)
  if (SOFT.has(lower)) return starter || /["“«]/u.test(next);
  return true;
}
