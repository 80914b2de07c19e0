import type { Doc, Meta, QuotePair, Span } from '../types.js';

/** A quotation with its marks: from the opening mark (or the text, when it is missing) to the closing one. */
export const outer = (p: QuotePair): Span => ({ start: p.open ? p.open.start : p.start, end: p.close ? p.close.end : p.end });

/** An empty document: the text and its metadata, with every layer still empty. */
export function createDoc(id: string, text: string, meta: Meta = {}): Doc {
  return {
    id,
    text,
    meta,
    paragraphs: [],
    boilerplate: [],
    tokens: [],
    quoteMarks: [],
    quotePairs: [],
    sentences: [],
    mentions: [],
    entities: [],
    quotes: [],
    claims: [],
    letters: [],
    diagnostics: [],
  };
}

/** The text a span covers. */
export const sliceOf = (doc: Pick<Doc, 'text'>, span: Span): string => doc.text.slice(span.start, span.end);

/** Narrows a span so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Index of the span in a sorted, non-overlapping list that contains `offset`, or -1 (binary search). */
export function findContaining(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first span whose start is >= offset (binary search over a sorted list). */
export function lowerBound(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
