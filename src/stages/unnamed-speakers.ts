import type { Doc, Quote } from '../types.js';
import { lowerBound } from '../core/doc.js';
import { describesSource } from './speakers.js';
import { CUE_FORMS } from '../lexicon/data/cue-verbs.generated.js';

/**
 * "A senior campaign official said the talks had failed. He added that ...": a "he" or "she" that
 * speaks right after a source the article describes but never names is that source, not a person
 * named earlier. Only when the sentence before holds that attribution, nobody is named between the
 * two, and no word of the description says the other gender.
 */
export function continueUnnamedSpeakers(doc: Doc): Doc {
  let changed = false;
  const quotes: Quote[] = [];
  doc.quotes.forEach((q, i) => quotes.push(continued(doc, quotes, q, i, () => (changed = true))));
  return changed ? { ...doc, quotes } : doc;
}

// The quotation with its speaker the unnamed source of the sentence before, when it continues one.
// `done` holds the quotations before it as already decided, so a third "he" goes on with the source
// a second one was found to be ("One California delegate said ... . He was unable to find a single
// taker, he said ... . “Not even one,” he said.").
function continued(doc: Doc, done: readonly Quote[], q: Quote, i: number, mark: () => void): Quote {
  if (!q.flags.includes('pronoun') || !q.speaker || !/^(?:he|she)$/iu.test(q.speaker.text)) return q;
  const prev = previousAttribution(done, i, q);
  if (!prev || !prev.speaker || !prev.speakerName || prev.speakerType !== 'person') return q;
  if (prev.flags.includes('unnamed-source')) {
    if (!/^(?:he|she)$/iu.test(prev.speaker.text) || prev.speaker.text.toLowerCase() !== q.speaker.text.toLowerCase() || namedBetween(doc, prev.speaker.end, q.speaker.start)) return q;
    mark();
    return { ...q, speakerName: prev.speakerName, speakerType: prev.speakerType, speakerRole: prev.speakerRole, confidence: Math.min(q.confidence, 0.6), flags: [...q.flags, 'unnamed-source'] };
  }
  if (!prev.flags.includes('nominal')) return q;
  // (a description, not a name it was resolved to: "A senior campaign official", "One California delegate")
  // (one first introduced, "a" or "one": "the billionaire businessman" is someone named before)
  // (a person's description by its head noun before any phrase after it: "One California delegate",
  // "A reporter for Agence France-Presse"; not "a job as Secretary of Defense")
  const head = prev.speakerName.split(/\s+(?:for|of|at|in|with|from|close|familiar|who|that)\s/u)[0]!;
  if (prev.speakerName !== prev.speaker.text || !/^(?:an?|one|another)\s/iu.test(prev.speakerName) || !(describesSource(head) || /\p{Ll}(?:ate|ive)$/u.test(head))) return q;
  // (the subject that opens its sentence, or the source after the words it closes: not "campaigned
  // with a popular governor who had endorsed him. He reminded voters ...")
  const sentence = doc.sentences[prev.sentence];
  if (!sentence || !(/^[\s“"‘]*$/u.test(doc.text.slice(sentence.start, prev.speaker.start)) || prev.speaker.start >= prev.end)) return q;
  const she = /^she$/iu.test(q.speaker.text);
  if ((she ? MALE : FEMALE).test(prev.speakerName)) return q;
  // (nobody named in between: "A senior official said Trump had failed. He added ..." may be either)
  if (namedBetween(doc, prev.speaker.end, q.speaker.start)) return q;
  mark();
  return { ...q, speakerName: prev.speakerName, speakerType: prev.speakerType, speakerRole: prev.speakerRole, confidence: Math.min(q.confidence, 0.6), flags: [...q.flags, 'unnamed-source'] };
}

// Whether a person is named between two offsets. A word that only qualifies the noun after it names
// no one: "to the Cleveland convention", "to Mexican-American friends".
function namedBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = lowerBound(doc.mentions, from); k < doc.mentions.length && doc.mentions[k]!.start < to; k++) {
    const m = doc.mentions[k]!;
    if (m.type !== 'person' || (m.kind !== 'name' && m.kind !== 'nominal')) continue;
    const modifier = m.kind === 'name' && !/\s/u.test(m.text) && /^\s+\p{Ll}{3,}\b/u.test(doc.text.slice(m.end, m.end + 24))
      && (/\b(?:the|a|an)\s+$/iu.test(doc.text.slice(Math.max(0, m.start - 5), m.start)) || /-(?:American|African|Asian|Latino|Hispanic)$/u.test(m.text))
      && !CUE_FORMS[/^\s+(\p{Ll}+)/u.exec(doc.text.slice(m.end, m.end + 24))![1]!];
    if (!modifier) return true;
  }
  return false;
}

const MALE = /\b(?:man|men|father|son|brother|husband|boy|king|mr|he|him|his|himself|gentleman|nephew|uncle|grandfather)\b/iu;
const FEMALE = /\b(?:woman|women|mother|daughter|sister|wife|girl|queen|mrs|ms|she|her|herself|lady|niece|aunt|grandmother)\b/iu;

// The attribution of the sentence right before the quotation's own (or of its own sentence, before it).
function previousAttribution(quotes: readonly Quote[], i: number, q: Quote): Quote | null {
  for (let j = i - 1; j >= 0; j--) {
    const p = quotes[j]!;
    if (p.sentence < q.sentence - 1) return null;
    if (p.speaker && p.speaker.start < q.speaker!.start && p.end <= q.speaker!.start + 1) return p;
  }
  return null;
}
