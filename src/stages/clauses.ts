import type { Doc, Sentence } from '../types.js';
import { lowerBound } from '../core/doc.js';
import { CUE_FORMS } from '../lexicon/data/cue-verbs.generated.js';
import { isClearVerb, STATE_NOUN_BEFORE } from './speakers.js';
import { LIGHT_SPEECH_VERBS } from '../lexicon/roles.js';
import { IRREGULAR_PAST } from '../lexicon/function-words.js';

/**
 * Verbs of knowing, wanting and seeing: frequent, and a view only in a narrow frame ("Clinton knows
 * Sanders will run", "Murphy wants more funding", "voters see Clinton as ..."); inside reported
 * content they are its words, not a new attribution ("... and knowing that our work ...").
 */
export const VIEW_CUES: ReadonlySet<string> = new Set(['know', 'want', 'see', 'view', 'regard']);
// (nor a verb of giving, a cue only with a noun of speech after it: "offered", "voiced")
const strongCue = (w: string): boolean => CUE_FORMS[w] !== undefined && !VIEW_CUES.has(CUE_FORMS[w]![0]) && !LIGHT_SPEECH_VERBS.has(CUE_FORMS[w]![0]);

/**
 * Where a reported clause ends when its subject's next verb begins:
 * "She said she admires his determination and highlighted their goals".
 */
// "She said she admires his determination and highlighted their goals": the reported content
// ends where the subject's next verb begins.
export function stopAtCoordinatedVerb(doc: Doc, start: number, end: number, minWords = 3, cueForm?: string): number {
  const text = doc.text.slice(start, end);
  const cueTense = cueForm === undefined ? null : tenseOf(cueForm.split(/\s+/u)[0]!);
  // "Trump summed up Clinton as “terrible,” denounced her record and said ...": a series of the
  // subject's verbs, the next one after a comma, in the cue's tense and with an object of its own
  if (cueTense === 'past') {
    for (const m of text.matchAll(/,["”’]?\s+(\p{Ll}+ed)\s+(?=(?:the|a|an|his|her|their|its|him|them|\p{Lu})\b)/gu)) {
      if (!strongCue(m[1]!) || (text.slice(0, m.index).match(/[\p{L}\p{N}]+/gu) ?? []).length < 2) continue;
      const at = start + m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
      const tok = doc.tokens[lowerBound(doc.tokens, at)];
      // (a closing mark after the comma stays with the quotation it closes)
      if (tok && tok.start === at && tok.pos === 'VERB') { end = start + m.index + (/^,["”’]/u.test(m[0]) ? 2 : 0); break; }
    }
  }
  // "Priebus, in the wake of a new poll showing Trump down to 14 percent, told Fox News that ...": a
  // verb of saying in the past after the content's first comma has no subject in the content, so the
  // comma closes an aside around the cue and the verb is the main clause's ("Mrs. Clinton, who
  // remained ... despite calls for her to bow out, has said ..."); not a participle of the content's
  // own ("the plan, said to cost ...", "a senator, told of the vote, ...")
  // (its object follows, as an active verb's does: "proposed tonight" and "estimated costs" are a
  // participle and an adjective; a verb that is one wherever it stands may take a bare noun)
  const main = /^[^,]*?,\s+(?:(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?)?(\p{Ll}+)\b(?=\s+(\p{Ll}+|\p{Lu}))/u.exec(text.slice(0, end - start));
  const object = main ? OBJECT_START.test(main[2]!) || (!/^(?:to|of|by|as|in|with|for|from|at|on|into|about|over|under|after|before|during|since|until|tonight|today|yesterday|\p{Ll}+ly)$/u.test(main[2]!) && isClearVerb(main[1]!)) : false;
  if (main && object && strongCue(main[1]!) && (/^(?:has|have|had)\s/u.test(main[0].slice(main[0].indexOf(',') + 1).trimStart()) || tenseOf(main[1]!) === 'past') && (text.slice(0, main.index + main[0].indexOf(',')).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2) {
    const at = start + main.index + main[0].length - main[1]!.length;
    const tok = doc.tokens[lowerBound(doc.tokens, at)];
    if (isClearVerb(main[1]!) || (tok && tok.start === at && tok.pos === 'VERB')) end = start + main[0].indexOf(',');
  }
  // (an adverb of time may come first: "blamed the incident on hackers but later fessed up to ...")
  for (const m of text.slice(0, end - start).matchAll(/(?:,\s*)?\s(?:and|but)\s+(?:(?:also|then|later|eventually|finally|subsequently|quickly|soon|even|(?!only\b)\p{Ll}{3,}ly)\s+)?(?:((?:has|have|had|will|would)\s+(?:\p{Ll}+ly\s+)?)(?=\p{Ll}+\b))?(\p{Ll}+)\b/gu)) {
    // (after an auxiliary only a verb of saying is the subject's next verb: "describes himself as
    // “pro-Israel” and has said that ..."; "and has been" may go on with the content)
    // (a particle verb of saying counts whole: "denies any wrongdoing and points out that ...")
    // ("claimed self-defense and was acquitted": after an object with no verb of its own, a copula or
    // passive is the subject's next verb)
    if (/^(?:was|were)$/u.test(m[2]!) && !m[1] && m.index! > 0 && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|he|she|they|it|we|I|who|which|that)\b|\p{Ll}{3,}ed\b|[“"]/u.test(text.slice(0, m.index)) && ![...text.slice(0, m.index).matchAll(/\p{Ll}+/gu)].some((w) => IRREGULAR_PAST.has(w[0]))) return start + m.index!;
    // ("it inexplicably and dramatically decreases them": two adverbs joined, no second verb's start)
    if (/\p{Ll}{3,}ly$/u.test(text.slice(0, m.index)) && /ly\s+\p{Ll}+$/u.test(m[0])) continue;
    // ("requirements to compile and frequently report data": a bare verb joined to an infinitive is one too)
    if (/\bto\s+\p{Ll}+$/u.test(text.slice(0, m.index)) && !/(?:ed|[^s]s)$/u.test(m[2]!) && !IRREGULAR_PAST.has(m[2]!)) continue;
    // ("as former judge and state Supreme Court justice": "state" before a noun it qualifies is none)
    if (m[2] === 'state' && STATE_NOUN_BEFORE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
    const particle = /^\s+(out|to|up)\b/u.exec(text.slice(m.index! + m[0].length));
    // (a form before a preposition and the verb of its own clause is a noun: "..., and support for
    // Sanders would have been higher")
    if (!/ed$/u.test(m[2]!) && /^\s+(?:for|of|among|from|in)\s+(?:[\p{L}'’.-]+\s+){0,4}(?:would|will|is|was|are|were|has|had|have|could|may|might|can)\b/u.test(text.slice(m.index! + m[0].length))) continue;
    const strong = strongCue(m[2]!) || (particle !== null && strongCue(`${m[2]!} ${particle[1]!}`));
    if (m[1] && !strong) continue;
    // ("Medicare shouldn't be cut but propped up with ...": a participle coordinated with a passive's
    // participle goes on with the content)
    if (/\b(?:be|been|being|is|are|was|were)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}(?:ed|en)|cut|put|set|hit|shut|spent|sent|built|kept|left|lost|paid|held|told|sold|brought|bought|thought|taught|caught|found|made|hurt)\s*$/u.test(text.slice(0, m.index)) && /ed$/u.test(m[2]!) && !m[1]) continue;
    // (a second verb of saying ends it however short: "defended the attack and said ...")
    if ((text.slice(0, m.index).match(/[\p{L}\p{N}]+/gu) ?? []).length < (strong ? 1 : minWords)) continue;
    // (but after a participle cue a finite verb in the tense of the content's own verb goes on with
    // the content: "arguing that it showed “intent” and indicated Clinton may have violated laws")
    if (cueForm !== undefined && /ing$/u.test(cueForm) && /\bthat\s*$/u.test(doc.text.slice(Math.max(0, start - 8), start)) && !m[1] && tenseOf(m[2]!) !== null && hasTense(text.slice(0, m.index), tenseOf(m[2]!)!)) continue;
    // "Westmacott said Obama shows “great charm” and exhibits a fondness ...": a second verb in
    // another tense than the cue's belongs to the content; so does one in the content's own tense
    // ("Trump said he then recorded robo-calls and hosted a fundraiser")
    if (cueTense && !strong) {
      const tense = tenseOf(m[2]!);
      // (after a comma, a verb in the cue's tense is the speaker's own: "..., but agreed that ...")
      if (tense && (tense !== cueTense || (hasTense(text.slice(0, m.index), tense) && !m[0].startsWith(',')))) continue;
    }
    const at = start + m.index + m[0].length - m[2]!.length;
    const k = lowerBound(doc.tokens, at);
    const tok = doc.tokens[k];
    const next = doc.tokens[k + 1];
    // a finite verb: -ed, -s or an irregular past, and not a participle used as an adjective
    // before its noun ("peace and shared prosperity")
    // ("discuss", "address", "stress" end in -s and are bare forms)
    const finite = /(?:ed|[^s]s)$/u.test(m[2]!) || IRREGULAR_PAST.has(m[2]!);
    const adjectival = next !== undefined && /^(?:NOUN|PROPN|ADJ)$/u.test(next.pos);
    const verb = tok !== undefined && tok.start === at && (tok.pos === 'VERB' || IRREGULAR_PAST.has(m[2]!)) && finite && !adjectival;
    // (a cue form before a name is its verb: "but defended Bernie Sanders as ...")
    // (a verb of saying that is never an adjective ends it before any word: "and said funding is needed")
    if ((strong && (!adjectival || next!.pos === 'PROPN' || NEVER_ADJECTIVE.test(m[2]!))) || verb) return start + m.index;
  }
  return end;
}

const NEVER_ADJECTIVE = /^(?:said|says|told|tells|added|adds|asked|asks|urged|urges|warned|warns|argued|argues|insisted|insists|stressed|stresses|noted|notes|explained|explains|acknowledged|acknowledges|conceded|concedes)$/u;

// the first word of a verb's object or clause: a determiner, a pronoun, "that", a name
const OBJECT_START = /^(?:that|the|a|an|his|her|their|its|this|these|those|him|them|me|us|it|he|she|they|we|I|\p{Lu}(?!(?:onday|uesday|ednesday|hursday|riday|aturday|unday)\b).*)$/u;

type Tense = 'past' | 'present';
// the tense a finite verb form shows: -ed or an irregular past, -s
const tenseOf = (form: string): Tense | null => (/ed$/u.test(form) || IRREGULAR_PAST.has(form) ? 'past' : /[^s]s$/u.test(form) ? 'present' : null);
const hasTense = (text: string, tense: Tense): boolean =>
  tense === 'past'
    ? /\b(?:was|were|had|did)\b/u.test(text) || [...text.matchAll(/\b\p{Ll}{3,}\b/gu)].some((w) => /\p{Ll}{2}ed$/u.test(w[0]) || IRREGULAR_PAST.has(w[0]))
    : /\b(?:is|are|has|does)\b/u.test(text);

/**
 * Where the main clause's verb begins after a participle that qualifies the subject before it,
 * "Resolutions calling for a change of course in Iraq have been introduced in 29 states": the
 * participle's content ends there. Only a participle with its preposition right after a noun (no comma
 * between), only an auxiliary that no relative or subordinate clause, comma or quotation introduces
 * first; -1 if none.
 */
export function mainVerbAfterParticiple(doc: Doc, participle: { start: number; end: number }, contentStart: number, contentEnd: number): number {
  // (a participle with its preposition, whose object is a noun phrase: a clause after "saying" has
  // auxiliaries of its own, "a law saying the Senate should ...")
  if (!/^\p{L}+ing\s+(?:for|to|on|upon|against)$/u.test(doc.text.slice(participle.start, participle.end)) || !/\p{L}\s+$/u.test(doc.text.slice(Math.max(0, participle.start - 2), participle.start))) return -1;
  const before = /(\S+)\s+$/u.exec(doc.text.slice(Math.max(0, participle.start - 30), participle.start))?.[1];
  const tok = doc.tokens[lowerBound(doc.tokens, participle.start - 1 - (before?.length ?? 0))];
  if (!before || !tok || (tok.pos !== 'NOUN' && tok.pos !== 'PROPN')) return -1;
  const m = MAIN_AUXILIARY.exec(doc.text.slice(contentStart, contentEnd));
  return m ? contentStart + m[0].length - 1 : -1;
}
const MAIN_AUXILIARY = /^[^,;:“”"()]*?(?<!\b(?:that|which|who|whom|whose|what|how|why|where|when|if|whether|because|while|as|than|so)\b[^,;:“”"()]*)\s(?=(?:have|has|had|is|was|are|were|will|would|could|should|must|may|might|can)\s+(?:not\s+|also\s+|already\s+|been\s+)*\p{Ll}{2,})/u;

/** A subheading ("Lee, Xi pledge steady ties"): a short sentence without closing punctuation. */
export function isHeading(doc: Doc, s: Sentence): boolean {
  const t = doc.text.slice(s.start, s.end);
  return t.length < 80 && !/[.!?:"”’][)\]]?$/u.test(t);
}

/**
 * Whether the first paragraph is the article's headline rather than its lead: a short line, or
 * one sentence of moderate length ("Senator Akaka today questioned ... . Mr. Brown testified ..."
 * is a lead, to be read like the rest; a corpus that gives the title apart starts with it).
 */
export function firstParagraphIsTitle(doc: Doc): boolean {
  const p = doc.paragraphs[0];
  if (!p) return false;
  if (p.boilerplate) return true;
  // an article of one paragraph has no headline in its text
  if (!doc.paragraphs.some((q) => q.index > 0 && !q.boilerplate)) return false;
  const length = p.end - p.start;
  if (length <= 150) return true;
  let sentences = 0;
  for (const s of doc.sentences) {
    if (s.paragraph !== 0) break;
    sentences++;
  }
  return length <= 250 && sentences <= 1;
}
