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
  return { ...doc, paragraphs };
}

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
