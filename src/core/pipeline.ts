import type { Doc, Meta } from '../types.js';
import { createDoc } from './doc.js';
import { expected } from '../errors.js';
import { segmentParagraphs } from '../stages/segment-paragraphs.js';
import { markBoilerplate } from '../stages/mark-boilerplate.js';
import { tokenize } from '../stages/tokenize.js';
import { pairQuoteMarks } from '../stages/pair-quote-marks.js';
import { segmentSentences } from '../stages/segment-sentences.js';
import { findMentions } from '../stages/find-mentions.js';
import { resolveEntities } from '../stages/resolve-entities.js';
import { attributeQuotes } from '../stages/attribute-quotes.js';
import { findClaims } from '../stages/find-claims.js';
import { findLetters } from '../stages/letters.js';
import { continueUnnamedSpeakers } from '../stages/unnamed-speakers.js';

/** A stage is a pure function from a document to a document with more layers filled. */
export interface Stage {
  readonly name: string;
  readonly run: (doc: Doc) => Doc;
}

/** The pipeline, in order. Each entry says why it sits where it does. */
export const STAGES: readonly Stage[] = [
  // lines and blocks first: every later layer lives inside paragraphs
  { name: 'paragraphs', run: segmentParagraphs },
  // boilerplate before anything reads prose, so no quote or claim is taken from page furniture
  { name: 'boilerplate', run: markBoilerplate },
  // quotation marks before sentences: a sentence never ends inside an open quotation
  { name: 'quote-marks', run: pairQuoteMarks },
  { name: 'sentences', run: segmentSentences },
  // wink-nlp tokens and POS tags where mentions, cues and claim triggers will ask for them
  { name: 'tokens', run: tokenize },
  // names, titles, pronouns and groups that may be speakers or parties
  { name: 'mentions', run: findMentions },
  // "Kang" -> "Kang Yu-jung", "he" -> the nearest person, "the two leaders" -> both leaders
  { name: 'entities', run: resolveEntities },
  // direct, mixed and indirect quotations with their speakers
  { name: 'quotes', run: attributeQuotes },
  // "A senior official said ... . He added ...": "he" goes on with the source described before it
  { name: 'unnamed-speakers', run: continueUnnamedSpeakers },
  // letters printed whole: their "I" and "we" are the signers, their "you" the one addressed
  { name: 'letters', run: findLetters },
  // agreements, pledges, appeals and accords, with reported_by taken from the quotes
  { name: 'claims', run: findClaims },
];

/** Time spent in each stage, in milliseconds, summed over the documents analysed with `timings`. */
export type StageTimings = Record<string, number>;

/**
 * Analyses one article: returns the document with every layer filled.
 *
 * @example
 * const doc = analyze('“We will win,” Kang said.');
 * doc.quotes[0].speakerName; // 'Kang'
 */
export function analyze(text: string, meta: Meta & { id?: string } = {}, timings?: StageTimings): Doc {
  if (typeof text !== 'string') throw expected('E_BAD_ARGUMENT', 'the article text as a string', text);
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) throw expected('E_BAD_ARGUMENT', 'metadata as a plain object', meta);
  const { id, ...rest } = meta;
  let doc = createDoc(typeof id === 'string' ? id : 'doc', text, rest);
  for (const stage of STAGES) {
    if (!timings) {
      doc = stage.run(doc);
      continue;
    }
    const t0 = performance.now();
    doc = stage.run(doc);
    timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
  }
  return doc;
}
