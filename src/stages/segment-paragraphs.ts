import type { Doc, Paragraph } from '../types.js';
import { trimSpan } from '../core/doc.js';

/**
 * Paragraphs: runs of text between newlines. A block of hard-wrapped lines (newswire text
 * wrapped at a fixed width) stays one paragraph; elsewhere each line is its own paragraph,
 * because web text puts headings, bylines and captions on lines of their own.
 */
export function segmentParagraphs(doc: Doc): Doc {
  const { text } = doc;
  const paragraphs: Paragraph[] = [];
  const blockRe = /[^\n]+(?:\n[^\S\n]*[^\s][^\n]*)*/gu;
  for (const block of text.matchAll(blockRe)) {
    const blockStart = block.index;
    const lines = splitLines(block[0], blockStart);
    const groups = isHardWrapped(lines.map((l) => l.end - l.start)) ? [[lines[0]!.start, lines.at(-1)!.end]] : lines.map((l) => [l.start, l.end]);
    for (const [s, e] of groups) {
      const span = trimSpan(text, s!, e!);
      if (span.end > span.start) paragraphs.push({ ...span, index: paragraphs.length, boilerplate: false });
    }
  }
  // (a headline glued to the first paragraph by a lost line break, before the dateline: "Bayh Urges
  // President to Fully Fund Pandemic Preparedness Washington-- U.S. Senator Evan Bayh today ...")
  const first = paragraphs[0];
  const glued = first ? GLUED_HEADLINE.exec(text.slice(first.start, Math.min(first.end, first.start + 500))) : null;
  if (first && glued && !/[.!?:;,]$/u.test(glued[1]!) && first.end - first.start - glued[0].length >= 100) {
    const split = first.start + glued[1]!.length + 1;
    paragraphs.splice(0, 1, { start: first.start, end: first.start + glued[1]!.length, index: 0, boilerplate: false }, { start: split, end: first.end, index: 1, boilerplate: false });
    return { ...doc, paragraphs: paragraphs.map((p, index) => ({ ...p, index })) };
  }
  return { ...doc, paragraphs };
}

// a run of three or more words in title case (small function words aside), then a city, perhaps its
// state, and a dash: the dateline of the body that follows
const SMALL_WORD = String.raw`(?:a|an|the|of|to|for|and|or|in|on|with|at|by|from|as|is|are|its|his|her|their|vs\.?|into|over|after|before|about|against|up|out)`;
const TITLE_WORD = String.raw`(?:[\p{Lu}\d$"“'‘(]\S*|${SMALL_WORD})`;
const CITY = String.raw`(?:(?:New|South|North|East|West|San|Los|Las|St\.|Fort|Port|Salt|Grand|Sioux|Des|Little|Palm|Cedar|Rapid|Baton|Santa|Saint|El|Bowling|Rock|Lake|Park|Oak|Eau)\s)?\p{Lu}[\p{L}]+\.?(?:,\s?(?:\p{Lu}{2}|\p{Lu}\p{Ll}+\.?|D\.C\.|\p{Lu}\.\p{Lu}\.))?`;
const GLUED_HEADLINE = new RegExp(String.raw`^(${TITLE_WORD}(?: ${TITLE_WORD}){2,40}?) ${CITY}(?: ?-- ?| [–—] ?)(?=\p{Lu})`, 'u');

function splitLines(block: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of block.split('\n')) {
    out.push({ start: offset + pos, end: offset + pos + line.length });
    pos += line.length + 1;
  }
  return out;
}

// Wrapped text: at least three lines, and every line but the last within a narrow width band
// (Reuters-style 60-80 column wrapping), so the lines are pieces of one paragraph.
function isHardWrapped(lengths: readonly number[]): boolean {
  if (lengths.length < 3) return false;
  const body = lengths.slice(0, -1);
  const max = Math.max(...body);
  return max <= 100 && body.every((n) => n >= 0.75 * max && n >= 40);
}
