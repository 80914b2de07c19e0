/**
 * The saywho document model. Every layer is plain, JSON-serialisable data whose spans are
 * half-open `{start, end}` offsets in UTF-16 code units into the untouched article text, so
 * `text.slice(start, end)` always reproduces a one-piece span.
 */

/** A half-open range of UTF-16 code units into `Doc.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Article metadata: whatever the input carried beside `id` and `text`, plus what the pipeline found. */
export type Meta = Readonly<Record<string, unknown>>;

export interface Paragraph extends Span {
  readonly index: number;
  /** true when the whole paragraph is web boilerplate (later stages take nothing from it) */
  readonly boilerplate: boolean;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
}

/** A token with its wink-nlp part of speech (Universal POS tags). */
export interface Token extends Span {
  readonly pos: string;
}

export type MarkRole = 'open' | 'close' | 'apostrophe' | 'nickname';

/** One quotation-mark character in the text and what it does there. */
export interface QuoteMark extends Span {
  readonly char: string;
  readonly role: MarkRole;
  /** index into `Doc.quotePairs`, when the mark belongs to a pair */
  readonly pair: number | null;
}

export type PairFlag = 'repaired_open' | 'repaired_close' | 'continues' | 'continued';

/**
 * A quotation: the content between an opening and a closing mark. A missing mark is repaired
 * (the quotation starts at its paragraph's start, or ends at its paragraph's end) and flagged.
 */
export interface QuotePair extends Span {
  readonly index: number;
  /** the opening mark, or null when it was missing */
  readonly open: Span | null;
  readonly close: Span | null;
  readonly paragraph: number;
  /** 0 for an outermost quotation, 1 inside another, ... */
  readonly depth: number;
  /** the index of the pair that encloses this one */
  readonly parent: number | null;
  /** multi-paragraph quotations: the pair of the previous paragraph that this one continues */
  readonly continues: number | null;
  readonly flags: readonly PairFlag[];
}

export type Boilerplate = Span & { readonly reason: string };

export type EntityType = 'person' | 'organization' | 'group' | 'place' | 'unknown';
export type MentionKind = 'name' | 'pronoun' | 'nominal' | 'group';

/** A phrase that names or refers to a possible source or party. */
export interface Mention extends Span {
  readonly text: string;
  readonly kind: MentionKind;
  readonly type: EntityType;
  /** the title or role kept apart from the name ("presidential spokesperson") */
  readonly role: string | null;
  /** the name part ("Kang Yu-jung"), the pronoun or the head noun */
  readonly head: string;
  /** the entity this mention resolves to, index into `Doc.entities` */
  readonly entity: number | null;
  readonly sentence: number;
  /** the country or organisation the mention ties the entity to ("Chinese President Xi" -> China) */
  readonly affiliation: string | null;
}

/** Someone or something the article refers to, possibly several times. */
export interface Entity {
  readonly index: number;
  /** canonical name: the fullest name the article gives */
  readonly name: string;
  readonly type: EntityType;
  readonly role: string | null;
  readonly aliases: readonly string[];
  /** for "the two leaders": the entities the group stands for */
  readonly members: readonly number[];
  /** the country, government or organisation the entity acts for, where the article says it */
  readonly affiliation: string | null;
}

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

export interface Quote extends Span {
  readonly kind: QuoteKind;
  /** the content; a direct quotation interrupted by its attribution has several spans */
  readonly spans: readonly Span[];
  /** mixed: the verbatim parts inside the reported content */
  readonly fragments: readonly Span[];
  readonly speaker: Mention | null;
  /** canonical name of the speaker, or null when the article never says */
  readonly speakerName: string | null;
  readonly speakerType: EntityType;
  readonly speakerRole: string | null;
  readonly cue: Span | null;
  readonly addressee: string | null;
  readonly paragraph: number;
  readonly sentence: number;
  readonly confidence: number;
  readonly flags: readonly string[];
  readonly rule: string;
}

export type ClaimType = 'agreement' | 'pledge' | 'appeal' | 'accord';
export type Polarity = 'affirmed' | 'negated';
export type Modality = 'asserted' | 'future' | 'conditional' | 'hypothetical';

export interface Claim {
  readonly type: ClaimType;
  readonly trigger: Span;
  readonly content: Span;
  readonly parties: readonly string[];
  readonly recipient: string | null;
  readonly sentence: number;
  readonly polarity: Polarity;
  readonly modality: Modality;
  readonly reportedBy: string | null;
  /** index into `Doc.quotes` of the enclosing quote */
  readonly quote: number | null;
  readonly cameo: string;
  readonly plover: string;
  readonly confidence: number;
  readonly rule: string;
}

/** A per-document note: something odd about the input that did not stop the analysis. */
export interface Diagnostic {
  readonly code: string;
  readonly stage: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}

/** The analysed article. Stages only ever return a new Doc with more layers filled. */
/** A letter printed in the article, from its salutation to its closing. */
export interface Letter extends Span {
  /** canonical names of the signers (or of the speaker who sent it, when it is unsigned) */
  readonly signers: readonly string[];
  /** the party the letter speaks for: one or two signers, or the lead signer of many */
  readonly writers: readonly string[];
  readonly writerType: EntityType;
  /** who the salutation names ("President Bush", "Colleague") */
  readonly addressee: string;
}

export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: Meta;
  readonly paragraphs: readonly Paragraph[];
  readonly boilerplate: readonly Boilerplate[];
  readonly tokens: readonly Token[];
  readonly quoteMarks: readonly QuoteMark[];
  readonly quotePairs: readonly QuotePair[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  readonly letters: readonly Letter[];
  readonly diagnostics: readonly Diagnostic[];
}

/** An article as read from a corpus, before analysis. */
export interface Article {
  readonly id: string;
  readonly text: string;
  readonly meta: Meta;
  /** where it came from, for error rows */
  readonly source?: { readonly path: string; readonly line?: number };
}
