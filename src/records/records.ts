import type { Doc, Span } from '../types.js';

/** A span with its text, as it appears in records. */
export interface SpanText { readonly start: number; readonly end: number; readonly text: string }

/** One row of documents.jsonl. */
export interface DocumentRecord {
  readonly doc_id: string;
  readonly title: string | null;
  readonly text: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly counts: Readonly<Record<'paragraphs' | 'sentences' | 'tokens' | 'quote_marks' | 'boilerplate' | 'mentions' | 'quotes' | 'claims', number>>;
  readonly flags: readonly string[];
  readonly diagnostics: readonly string[];
}

/** One row of quotes.jsonl. */
export interface QuoteRecord {
  readonly doc_id: string;
  readonly quote_id: string;
  readonly kind: 'direct' | 'mixed' | 'indirect';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly spans: readonly (readonly [number, number])[];
  readonly fragments: readonly SpanText[];
  readonly speaker: string | null;
  readonly speaker_type: string;
  readonly speaker_role: string | null;
  readonly speaker_mention: string | null;
  readonly speaker_start: number | null;
  readonly speaker_end: number | null;
  readonly cue: string | null;
  readonly cue_start: number | null;
  readonly cue_end: number | null;
  readonly addressee: string | null;
  readonly paragraph: number;
  readonly sentence: number;
  readonly confidence: number;
  readonly flags: readonly string[];
  readonly rule: string;
}

/** One row of claims.jsonl. */
export interface ClaimRecord {
  readonly doc_id: string;
  readonly claim_id: string;
  readonly type: string;
  readonly trigger: string;
  readonly trigger_start: number;
  readonly trigger_end: number;
  readonly content: string;
  readonly content_start: number;
  readonly content_end: number;
  readonly parties: readonly string[];
  readonly recipient: string | null;
  readonly sentence: string;
  readonly sentence_start: number;
  readonly sentence_end: number;
  readonly polarity: string;
  readonly modality: string;
  readonly reported_by: string | null;
  readonly quote_id: string | null;
  readonly cameo: string;
  readonly plover: string;
  readonly confidence: number;
  readonly rule: string;
}

/** One row of errors.jsonl: an article or input that could not be analysed. */
export interface ErrorRecord {
  readonly path: string | null;
  readonly line: number | null;
  readonly doc_id: string | null;
  readonly stage: string;
  readonly reason: string;
}

/** Column order of each table: the CSV header and the JSON Schema's property order. */
export const COLUMNS = {
  documents: ['doc_id', 'title', 'text', 'metadata', 'counts', 'flags', 'diagnostics'],
  quotes: ['doc_id', 'quote_id', 'kind', 'text', 'start', 'end', 'spans', 'fragments', 'speaker', 'speaker_type', 'speaker_role', 'speaker_mention', 'speaker_start', 'speaker_end', 'cue', 'cue_start', 'cue_end', 'addressee', 'paragraph', 'sentence', 'confidence', 'flags', 'rule'],
  claims: ['doc_id', 'claim_id', 'type', 'trigger', 'trigger_start', 'trigger_end', 'content', 'content_start', 'content_end', 'parties', 'recipient', 'sentence', 'sentence_start', 'sentence_end', 'polarity', 'modality', 'reported_by', 'quote_id', 'cameo', 'plover', 'confidence', 'rule'],
  errors: ['path', 'line', 'doc_id', 'stage', 'reason'],
} as const;

export type TableName = keyof typeof COLUMNS;

const slice = (doc: Doc, s: Span): string => doc.text.slice(s.start, s.end);

/** The quote records of a document, in text order, with ids stable across runs. */
export function toQuoteRecords(doc: Doc): QuoteRecord[] {
  return doc.quotes.map((q, i) => ({
    doc_id: doc.id,
    quote_id: `${doc.id}:q${i + 1}`,
    kind: q.kind,
    // a quotation interrupted by its attribution: its pieces joined by one space
    text: q.spans.map((s) => slice(doc, s)).join(' '),
    start: q.start,
    end: q.end,
    spans: q.spans.map((s) => [s.start, s.end] as const),
    fragments: q.fragments.map((s) => ({ start: s.start, end: s.end, text: slice(doc, s) })),
    speaker: q.speakerName,
    speaker_type: q.speakerType,
    speaker_role: q.speakerRole,
    speaker_mention: q.speaker ? slice(doc, q.speaker) : null,
    speaker_start: q.speaker?.start ?? null,
    speaker_end: q.speaker?.end ?? null,
    cue: q.cue ? slice(doc, q.cue) : null,
    cue_start: q.cue?.start ?? null,
    cue_end: q.cue?.end ?? null,
    addressee: q.addressee,
    paragraph: q.paragraph,
    sentence: q.sentence,
    confidence: q.confidence,
    flags: q.flags,
    rule: q.rule,
  }));
}

/** The claim records of a document, in text order. */
export function toClaimRecords(doc: Doc): ClaimRecord[] {
  return doc.claims.map((c, i) => {
    const s = doc.sentences[c.sentence]!;
    return {
      doc_id: doc.id,
      claim_id: `${doc.id}:c${i + 1}`,
      type: c.type,
      trigger: slice(doc, c.trigger),
      trigger_start: c.trigger.start,
      trigger_end: c.trigger.end,
      content: slice(doc, c.content),
      content_start: c.content.start,
      content_end: c.content.end,
      parties: c.parties,
      recipient: c.recipient,
      sentence: slice(doc, s),
      sentence_start: s.start,
      sentence_end: s.end,
      polarity: c.polarity,
      modality: c.modality,
      reported_by: c.reportedBy,
      quote_id: c.quote !== null ? `${doc.id}:q${c.quote + 1}` : null,
      cameo: c.cameo,
      plover: c.plover,
      confidence: c.confidence,
      rule: c.rule,
    };
  });
}

/** The documents.jsonl row: the text, its metadata and what the pipeline found in it. */
export function toDocumentRecord(doc: Doc): DocumentRecord {
  const { title, flags, ...metadata } = doc.meta as { title?: unknown; flags?: unknown } & Record<string, unknown>;
  return {
    doc_id: doc.id,
    title: typeof title === 'string' ? title : firstLineTitle(doc),
    text: doc.text,
    metadata,
    counts: {
      paragraphs: doc.paragraphs.length, sentences: doc.sentences.length, tokens: doc.tokens.length, quote_marks: doc.quoteMarks.length,
      boilerplate: doc.boilerplate.length, mentions: doc.mentions.length, quotes: doc.quotes.length, claims: doc.claims.length,
    },
    flags: Array.isArray(flags) ? flags.map(String) : [],
    diagnostics: doc.diagnostics.map((d) => `${d.stage}: ${d.code} ${d.message}`),
  };
}

// A first paragraph without sentence punctuation is the headline.
function firstLineTitle(doc: Doc): string | null {
  const p = doc.paragraphs[0];
  if (!p) return null;
  const s = slice(doc, p);
  const unpunctuated = !/[.!?]["”’]?$/u.test(s);
  const blankLineAfter = doc.paragraphs.length > 1 && doc.text.slice(p.end, p.end + 2) === '\n\n';
  return s.length <= 200 && (unpunctuated || blankLineAfter) ? s : null;
}

/** All records of one analysed document. */
export interface DocRecords {
  readonly document: DocumentRecord;
  readonly quotes: readonly QuoteRecord[];
  readonly claims: readonly ClaimRecord[];
}

export const toRecords = (doc: Doc): DocRecords => ({ document: toDocumentRecord(doc), quotes: toQuoteRecords(doc), claims: toClaimRecords(doc) });
