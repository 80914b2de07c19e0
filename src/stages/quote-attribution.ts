import { findContaining, lowerBound, outer } from '../core/doc.js';
import { CUE_FORMS } from '../lexicon/data/cue-verbs.generated.js';
import type { Doc, QuotePair, Sentence, Span } from '../types.js';
import { afterPreposition, describesSource, findCues, fromMention, reportsOnly, genericPhrase, namesAThing, genericPhraseAfter, genericSubject, isParticiple, isPeopleNoun, leadSubject, relativeAntecedent, speakerAfter, speakerBefore, startsNear, type Cue, type SpeakerRef } from './speakers.js';
import { withTimeWords } from '../lexicon/time-words.js';
import { AUDIENCE_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS } from '../lexicon/roles.js';
import { SOFT, TITLES } from '../lexicon/abbreviations.js';
import { relativeDocument } from './reported-speech.js';
import { isPostalCode, regionOf } from '../lexicon/places.js';

// "... and also", "... and on Monday": a coordinated verb follows
// the object of a preposition or an event noun right before a participle, which therefore is the
// sentence subject's (not after "with", whose noun is the participle's own subject: "with Trump
// reportedly yelling")
const OBJECT_BEFORE = /(?:\s(?:to|at|before|during)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}.'’-]+\s+){0,3}|\s(?:a|an|the|his|her|their|its)\s+(?:[\p{L}.'’-]+\s+){0,2}(?:rally|speech|event|interview|ad|advertisement|video|op-ed|appearance|address|fundraiser|town\s+hall|news\s+conference|press\s+conference|debate|hearing|briefing|forum|remarks|testimony)\s+)$/u;
// (a verb that leads into the cue may follow: "..., but went on to say, “...”")
const COORDINATED_BEFORE = withTimeWords(/\s(?:and|but)\s+(?:also\s+|then\s+|later\s+|even\s+|since\s+(?:then|that\s+time)\s+|\p{Ll}+ly\s+|(?:on|late|early)\s+(?:WEEKDAY)\s+|(?:last|this)\s+(?:week|month|year)\s+)?(?:(?:went|goes|go)\s+on\s+to\s+|(?:has|have|had|will|would|did|does)\s+(?:also\s+|since\s+|already\s+|again\s+|\p{Ll}+ly\s+)?)?$/u);

/**
 * The attribution of direct quotations: the cue and speaker next to a quotation pair
 * (`“Q,” X said`, `X said, “Q”`, `X: “Q”`, `“Q” — X`), in the next sentence, or in a lead-in paragraph.
 */

// between a cue and its quotation: an addressee or a setting, then a comma, colon or "that"
// ("told a news conference here", "said in a statement:", "added, however, that")
// (an abbreviation in brackets may follow the addressee: "told the Associated Press (AP), “...”")
// (a comma may come before "that": "told Bill O’Reilly of Fox News, that “...”")
const TELL_LEAD_IN = /^(?:\s+(?:[\p{L}\d'’.-]+\s+){0,6}?[\p{L}\d'’.-]+(?:\s*\([\p{Lu}\p{L}.\s-]{1,30}\))?)??\s*(?:,\s*(?:however|though|meanwhile|too|also)\s*,)?\s*(?:,\s*that\b|[,:]|\bthat\b)?\s*$/u;

// an aside between dashes ("— as reported by Hurriyet Daily News —")
const DASH_ASIDE = String.raw`(?:—|–|--)\s*[^—–“"”]{1,60}?\s*(?:—|–|--)`;
// (a participle phrase set off by commas may follow: "Beck joked, again using an exaggerated Southern
// accent, “Amen, brother!”")
const LEAD_IN = new RegExp(String.raw`^\s*(?:${DASH_ASIDE})?` + withTimeWords(/\s*(?:this|these|the\s+following|as\s+follows|simply|only)?\s*(?:,?\s*(?:however|though|meanwhile|too|also|then|later|back)\s*,?)?\s*(?:(?:(?:(?:earlier|later)\s+)?(?:last\s+(?:week|month|year|night|weekend)|this\s+(?:week|month|year|morning|afternoon|evening|weekend))|(?:(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?(?:earlier|later|ago)|yesterday|today|recently|\p{Ll}+ly|(?:(?:late|early)\s+)?(?:on\s+)?(?:WEEKDAY)(?:\s+(?:morning|afternoon|evening|night))?)(?=\s*[,:]|\s+(?:in|at|on|during|to|that)\b))?(?:,?\s*(?:in|on|at|during|to|via|through|after|before|from|of|about|with|for|when|while|as)\b(?:(?!\bthat\b)(?:[^,“"”:]|(?<=\d),(?=\d{3}))){0,80}){0,2}(?:,\s*(?:\p{Ll}+\s+)?\p{Ll}{2,}ing\s[^,“"”:;]{1,60}(?=,))?\s*(?:,\s*(?:however|though|meanwhile|too|also)\s*,)?\s*(?:[,:]|\bthat\b)?\s*$/u).source, 'u');
const DASH_ASIDE_END = new RegExp(String.raw`${DASH_ASIDE}\s*$`, 'u');

export interface Found { ref: SpeakerRef | null; cue: Span | null; addressee: string | null; rule: string }


/** Whether an offset lies inside one of a sentence's top-level quotations (they do not overlap). */
export function insideOf(pairs: readonly QuotePair[]): (o: number) => boolean {
  const spans = pairs.map(outer);
  return (o) => findContaining(spans, o) >= 0;
}

// `“Q,” X said`, `“Q,” said X`, `“Q,” X told Y`, `“Q” — X`
export function attributionAfter(doc: Doc, p: QuotePair, sentence: Sentence, cues: readonly Cue[], used: Set<number>): Found | null {
  const from = outer(p).end;
  const tail = doc.text.slice(from, sentence.end);
  const dash = /^\s*,?\s*(?:—|–|--|―)\s*/u.exec(tail);
  if (dash && tail.length < 120) {
    const ref = speakerAfter(doc, from + dash[0].length, sentence.end);
    if (ref && ref.mention.kind === 'name') return { ref, cue: null, addressee: null, rule: 'dash-after' };
  }
  for (const cue of cues) {
    // "referring to ISIS", "pointing to the case": a cue that introduces its own object attributes nothing before it
    if (cue.start < from || used.has(cue.start) || reportsOnly(cue) || (/ to$/u.test(cue.lemma) && cue.cls !== 'according')) continue;
    if (cue.start - from > 180) break;
    const between = doc.text.slice(from, cue.start);
    if (/[“"«]/u.test(between)) break;
    let ref: SpeakerRef | null = null;
    let rule = '';
    if (/^[\s,]*$/u.test(between)) {
      // "“Q,” said X", "“Q?” asked X"; but "“Q,” reminded his staff": a verb of telling takes its
      // addressee after it, not its speaker
      if (cue.cls === 'tell' && cue.lemma !== 'ask') continue;
      // ("“Q,” according to the news outlet": the source after "according to")
      if (cue.cls === 'according') {
        const source = speakerAfter(doc, cue.end, sentence.end) ?? genericPhraseAfter(doc, cue.end, sentence.end);
        if (!source || /[,;:“”"]/u.test(doc.text.slice(cue.end, source.mention.start))) break;
        used.add(cue.start);
        return { ref: source, cue: { start: cue.start, end: cue.end }, addressee: null, rule: 'quote-according-to' };
      }
      // (nor does a participle invert: "“more work to do,” noting flagging conditions in China")
      if (isParticiple(doc, cue)) continue;
      const phrase = genericPhraseAfter(doc, cue.end, sentence.end);
      // (after a verb of manner an unknown phrase is more likely its object: "posted the clip to YouTube")
      ref = speakerAfter(doc, cue.end, sentence.end) ?? (phrase && (cue.cls !== 'manner' || describesSource(phrase.mention.text)) ? phrase : null);
      rule = 'quote-cue-speaker';
    } else {
      // between the quotation and the cue: the speaker phrase, perhaps with its role or an
      // appositive ("election law expert Rick Hasen tweeted", "his wife, Gabriela Lazar, wrote")
      if (!isSpeakerSlot(between)) break;
      // (a cue inside a relative clause on the speaker is not the attribution when the clause closes
      // at a comma before another: "“Q,” Cruz, who has proposed repealing the mandate, said")
      if (/,\s*(?:who|whom|whose|which)\s[^,;:]*$/u.test(between) && cues.some((c) => c.start > cue.end && c.start < sentence.end && /,\s*(?:\p{Ll}+ly\s+)?$/u.test(doc.text.slice(cue.end, c.start)) && !/[“”"]/u.test(doc.text.slice(cue.end, c.start)))) continue;
      ref = speakerBefore(doc, cue.start, from);
      // (a relative clause on the speaker whose closing comma was left out: "“Q,” Katie Packer, who
      // is chairman of Our Principles PAC said")
      const relative = /,\s*(?:who|whose)\s[^,;:]*$/u.exec(between);
      if (ref && relative && ref.mention.start > from + relative.index) {
        const named = speakerBefore(doc, from + relative.index, from);
        if (named && named.mention.kind === 'name' && named.type === 'person' && /^\s*$/u.test(doc.text.slice(named.mention.end, from + relative.index))) ref = named;
      }
      if (ref && !isSpeakerSlot(doc.text.slice(from, ref.mention.start))) ref = null;
      // (a phrase the lexicons do not know must look like a source: not "refusing to")
      if (!ref) {
        const phrase = genericPhrase(doc, from, cue.start);
        ref = phrase && (phrase.mention.kind === 'name' || /^\s*(?:[\p{Lu}\d]|(?:the|a|an|one|some|many|most|several|his|her|their|its)\s)/u.test(phrase.mention.text)) ? phrase : null;
      }
      rule = 'quote-speaker-cue';
    }
    if (!ref) continue;
    used.add(cue.start);
    return { ref, cue: { start: cue.start, end: cue.end }, addressee: addresseeAfter(doc, cue, ref, sentence.end), rule };
  }
  return null;
}

// `“Why would you?” Lichtman said.`: a quotation ending in ? or ! ends its sentence, and the
// short sentence after it is its attribution.
export function attributionInNext(doc: Doc, p: QuotePair, sentence: Sentence, pairsOf: ReadonlyMap<number, QuotePair[]>, used: Set<number>): Found | null {
  const next = doc.sentences[sentence.index + 1];
  if (!next || next.paragraph !== sentence.paragraph || outer(p).end < sentence.end - 1) return null;
  // only a quotation that is its whole sentence, and only a next sentence with no quotation of its
  // own ("Bush called Trump “unhinged.” Rubio called it “offensive.”" are two attributions)
  if (outer(p).start > sentence.start + 1 || (pairsOf.get(next.index) ?? []).length) return null;
  // a short sentence, or one that opens with its attribution ("He tweeted when Clinton ended ...")
  const opens = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:also\s+|later\s+)?\p{Ll}+/u.exec(doc.text.slice(next.start, next.end));
  const opener = opens !== null && CUE_FORMS[opens[0].split(/\s+/u).at(-1)!] !== undefined;
  if (!opener && (doc.text.slice(next.start, next.end).match(/[\p{L}\p{N}]+/gu) ?? []).length > 14) return null;
  const pairs = pairsOf.get(next.index) ?? [];
  const cues = findCues(doc, next, insideOf(pairs));
  const found = attributionAfter(doc, p, next, cues, used);
  // (not a verb with content of its own: "“We feel good about ...” She noted a planned Cruz rally ...")
  if (found?.cue && found.rule === 'quote-speaker-cue' && !/^(?:ask|tell)/u.test(CUE_FORMS[doc.text.slice(found.cue.start, found.cue.end)]?.[1] ?? '') && /^\s+(?:that\b|(?:a|an|the|his|her|their|its|this|these|those)\s)/u.test(doc.text.slice(found.cue.end, next.end))) {
    used.delete(found.cue.start);
    return null;
  }
  return found;
}

// A quotation followed by its attribution ends its clause: with , ? ! or a dash inside or right
// after the closing mark, or at the end of the sentence.
export function endsClause(doc: Doc, p: QuotePair): boolean {
  const o = outer(p);
  // (the punctuation may sit inside a nested quotation: "“We’re like ‘Ebony and Ivory,’” he said")
  const inside = doc.text.slice(Math.max(p.start, p.end - 4), p.end).replace(/['’‘"”]+\s*$/u, '');
  if (/[,?!—–…-]\s*$/u.test(inside) || /^\s*(?:,|—|–|--)/u.test(doc.text.slice(o.end, o.end + 3)) || /[.]\s*$/u.test(inside)) return true;
  // (a comma left out before an attribution that closes the sentence: `"... communities" Senator
  // Allen said.`, `"..." said Senator Allen.`)
  const s = doc.sentences[findContaining(doc.sentences, o.start)];
  const after = doc.text.slice(o.end, Math.min(o.end + 160, s ? s.end : o.end + 80));
  const m = NAME_THEN_CUE.exec(after) ?? CUE_THEN_NAME.exec(after);
  return m !== null && CUE_FORMS[m[1]!] !== undefined;
}
// (a participle clause may follow: `"... No, Trump" Clinton tweeted, quoting a reporter.`;
// or a setting: `"... too" Sweeny said after an event in Edison on Wednesday.`)
const NAME_THEN_CUE = /^\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|the|a|an)\s+){1,5}(\p{Ll}+)\s*(?:[.!?]|,\s+\p{Ll}+ing\s|\s(?:in|at|on|after|during|before|to|while|from|via)\s[^.!?“"”]{1,80}[.!?]\s*$)/u;
// (or an appositive: `"..." said Nick Merrill, a Clinton campaign spokesman.`)
const CUE_THEN_NAME = /^\s+(\p{Ll}+)\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|the|a|an)\s*){1,5}(?:[.!?]|,\s+\p{Ll}+ing\s|,\s+(?:a|an|the|his|her|their|its)\s[^.!?“"”]{1,80}[.!?]\s*$)/u;

function closesClause(doc: Doc, p: QuotePair, introduced = false): boolean {
  const o = outer(p);
  const s = doc.sentences[findContaining(doc.sentences, o.start)];
  const rest = doc.text.slice(o.end, s ? s.end : o.end);
  // a comma or dash just inside the closing mark ends the clause too: `vowed, "We will win," referring to ...`
  // (so does an exclamation or question mark: `chanted, "Lock her up!" as they had for ...`)
  // (a spaced hyphen is a dash too: `said, "... an American" - the first to make such a declaration`)
  // (so does a subordinate clause after a quotation introduced by a comma or colon, or by a verb of
  // manner: `chanting "no contract, no peace" after the union failed ...`, but not `Trump says “the
  // whole game has become screwed up” because ...`, a partial quotation in reported content)
  // (and a second quotation joined to it: `chanted "stop killing black people" and "no justice, no peace."`)
  return !/[\p{L}\p{N}]/u.test(rest) || /^\s*(?:[,;—–]|--|-\s)/u.test(rest) || /[,;—–!?]\s*$/u.test(doc.text.slice(p.start, p.end)) || (introduced && /^\s+(?:after|before|as|while|when|because|until|since)\s/u.test(rest))
    || (introduced && /^\s+(?:and|or)\s+[“"][^“”"]+[”"]\s*[.!?]?\s*$/u.test(rest))
    // (or the subject's next verb, or a setting that closes the sentence: `said: “The struggle
    // continues” and vowed to compete`, `wrote: “...” on Twitter.`)
    // (only after a comma or colon: `pressed for an entitlement-slashing “Grand Bargain” during the talks` is a term)
    || (introduced && /[,:]\s*$/u.test(doc.text.slice(Math.max(0, o.start - 3), o.start)) && (CUE_FORMS[NEXT_VERB.exec(rest)?.[1] ?? ''] !== undefined || CLOSING_SETTING.test(rest)));
}
const NEXT_VERB = /^\s+(?:and|but)\s+(?:(?:then|also|later|again)\s+)?(\p{Ll}+)\b/u;
// (a time, a place or a medium, with no clause of its own: not `said “...” on how many jobs might be lost`)
const CLOSING_SETTING = withTimeWords(/^\s+(?:(?:on|in|at|during|via|through|earlier|later|last|this)\s|(?:WEEKDAY)\b)(?![^,;:“”"]*\b(?:how|what|whether|why|who|whom|which|that|where|when|is|are|was|were|will|would|can|could|should|may|might|must|has|have|had)\b)[^,;:“”"]{0,60}[.!?]?\s*$/u);

// The pairs of one multi-paragraph quotation, first to last.
export function chainOf(doc: Doc, p: QuotePair): number[] {
  let root = p;
  while (root.continues !== null) root = doc.quotePairs[root.continues]!;
  const out = [root.index];
  for (const q of doc.quotePairs) if (q.continues !== null && out.includes(q.continues)) out.push(q.index);
  return out;
}


// a statement announced in the sentence before a quotation paragraph: "released the following statement:"
const LEAD_NOUN = /\b(?:(?:the\s+following|this|a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|message|letter|note|remarks|tweet|post|response|reply)|as\s+follows)\b(?:[^.!?;“”"]|\.(?=\S)|\.(?=\s+\p{Lu}[\p{L}.]*\s)|(?<=(?:^|[\s.])\p{Lu})\.(?=\s+\p{Ll}))*?[:.]\s*$/u;

const FOLLOWING_STATEMENT = /\bthe\s+following\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|remarks)\b[^“”"]{0,200}\.\s*$/u;

// "The committee said the following in a joint statement:" before a quotation paragraph.
// (an initial's full stop ends nothing: "figures which showed that the U.S. economy added ...:")
export function leadIn(doc: Doc, paragraph: number, used: Set<number>): { ref: SpeakerRef; cue: Span } | null {
  const prev = doc.paragraphs[paragraph - 1];
  // (a colon ends it, or a full stop after "the following statement ...": "Sen. George Allen today
  // released the following statement on the retirement of Judge Luttig.")
  if (!prev || prev.boilerplate) return null;
  const sentences = doc.sentences.filter((x) => x.paragraph === prev.index);
  // (or a full stop after "the following statement ..." in an earlier sentence, when the ones after
  // it report nothing: "... released the following statement on a new report ... . A fact check on
  // the President's claims is attached below.")
  const following = (x: Sentence): boolean => FOLLOWING_STATEMENT.test(doc.text.slice(x.start, x.end));
  let s = sentences.at(-1)!;
  if (!/:\s*$/u.test(doc.text.slice(prev.start, prev.end)) && !following(s)) {
    const k = sentences.findLastIndex(following);
    if (k < 0 || sentences.slice(k + 1).some((x) => /[“”"]/u.test(doc.text.slice(x.start, x.end)) || findCues(doc, x, () => false).length > 0)) return null;
    s = sentences[k]!;
  }
  const sentence = doc.text.slice(s.start, s === sentences.at(-1) ? prev.end : s.end);
  const noun = LEAD_NOUN.exec(sentence);
  // (a cue after "the following statement" is in a clause of its own, not the statement's: "Bill
  // Frist made the following statement after the Department of Labor announced ...:")
  const cues = findCues(doc, s, () => false).filter((c) => !reportsOnly(c) && c.cls !== 'according' && (!noun || c.start < s.start + noun.index));
  for (const cue of cues.reverse()) {
    // the subject may carry a postmodifier: "The Conference Committee on the bill, H.R. 5682, said"
    // (a participle has the subject of its clause: "Sam Brownback today delivered a speech at the
    // American Enterprise Institute calling for a two-tiered approach:")
    const ref = (isParticiple(doc, cue) ? leadSubject(doc, s, cue.start) : null) ?? speakerBefore(doc, cue.start, s.start) ?? genericSubject(doc, s.start, cue.start) ?? speakerAfter(doc, s.start, cue.start);
    if (ref) { used.add(cue.start); return { ref, cue: { start: cue.start, end: cue.end } }; }
  }
  // ("Stated Stone:": a capitalised cue that opens the sentence, the speaker after it)
  const opening = /^\s*(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u.exec(doc.text.slice(s.start, prev.end));
  const openingCue = opening ? CUE_FORMS[opening[1]!.toLowerCase()] : undefined;
  if (opening && openingCue && (openingCue[1] === 'speech' || openingCue[1] === 'manner')) {
    const start = s.start + opening[0].length - opening[0].trimStart().length;
    const ref = speakerAfter(doc, start + opening[1]!.length, prev.end);
    if (ref && ref.mention.kind === 'name' && /^[\s,]*:\s*$/u.test(doc.text.slice(ref.mention.end, prev.end))) return { ref, cue: { start, end: start + opening[1]!.length } };
  }
  // (without a verb of saying, a statement announced: "President Clinton released the following
  // statement:"; the subject of the clause the colon ends speaks)
  if (noun && !cues.length) {
    const cut = Math.max(sentence.lastIndexOf(',', noun.index), sentence.lastIndexOf(';', noun.index));
    const from = s.start + cut + 1;
    const subject = speakerAfter(doc, from, s.start + noun.index);
    if (subject && (subject.mention.kind === 'name' || (subject.mention.kind === 'pronoun' && subject.name !== null)) && (subject.type === 'person' || subject.type === 'organization') && doc.text.slice(from, subject.mention.start).split(/\s+/u).every((w) => !w || /^(?:the|former|U\.S\.|\p{Lu}\.)$/iu.test(w) || ROLE_NOUNS.has(w.toLowerCase().replace(/\.$/u, '')) || ROLE_MODIFIERS.has(w.toLowerCase()))) {
      const verb = /\s(\p{Ll}+ed|issued|sent|put\s+out|gave|wrote)\s/u.exec(doc.text.slice(subject.mention.end, s.start + noun.index + 1));
      if (verb) {
        const vs = subject.mention.end + verb.index + 1;
        return { ref: subject, cue: { start: vs, end: vs + verb[1]!.length } };
      }
    }
    // (the subject of the verb right before the statement, with its appositives and brackets: "Senate
    // Majority Leader Bill Frist, M.D. (R-TN) today made the following statement after ...:")
    const verb = /(?<=\s)(\p{Ll}+ed|issued|sent|put\s+out|gave|wrote|made|delivered)\s+(?:(?:today|yesterday|also|this\s+(?:morning|afternoon|evening|week))\s+)?$/u.exec(sentence.slice(0, noun.index));
    const ref = verb ? speakerBefore(doc, s.start + verb.index, s.start) : null;
    // (two people may make it together: "Senate Majority Leader Bill Frist (R-TN) and House Speaker
    // Dennis Hastert (R-IL) today made the following statement")
    if (verb && ref && (((ref.mention.kind === 'name' || (ref.mention.kind === 'pronoun' && ref.name !== null)) && (ref.type === 'person' || ref.type === 'organization')) || ref.flags.includes('joint'))) {
      return { ref, cue: { start: s.start + verb.index, end: s.start + verb.index + verb[1]!.length } };
    }
  }
  return null;
}

// What may stand between a closing mark and the speaker: a short phrase with no sentence
// punctuation, no quotation and no other verb of saying.
// (a name with a long appositive between commas may take more: "Fred Kagan, director of the Critical
// Threats Project at the hawkish American Enterprise Institute, said")
function isSpeakerSlot(s: string): boolean {
  const appositive = NAME_APPOSITIVE.test(s);
  // (abbreviations are no sentence end: initials, titles, a party and state, "Mitch McConnell, R-Ky.,")
  if (s.length > (appositive ? 170 : 90) || /[.!?;:“”"«»]/u.test(s.replace(/\([^()]{1,30}\)/gu, '').replace(/\b(?:\p{Lu}\.)+|\b(\p{Lu}\p{Ll}{0,4})\./gu, (m, w?: string) => (w === undefined || TITLES.has(w.toLowerCase()) || SOFT.has(w.toLowerCase()) ? '' : m)))) return false;
  return (s.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length <= (appositive ? 26 : 12);
}
// (a family name alone too: "“Q,” Kessel, whose organization is helping push for bills ..., said")
const NAME_APPOSITIVE = /^[\s,]*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+,\s+(?:a|an|the|\p{Ll}+)\s[^,]+,\s*$/u;

const WORK_BEFORE = /\b(?:memoir|book|novel|column|op-ed|essay|article|piece|report|show|program|programme|documentary|film|movie|song|album|podcast|series|newsletter|blog|magazine|newspaper)[,:]?\s*$/u;
// a few words, each capitalised but for function words: "Tough Choices.", "Hard Choices", "The Art of the Deal"
export const isTitle = (q: string): boolean => {
  const ws = q.replace(/[.!?,]+\s*$/u, '').split(/\s+/u).filter(Boolean);
  return ws.length >= 1 && ws.length <= 7 && ws.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && /^(?:a|an|the|of|in|on|to|for|and|or|with|at|by)$/u.test(w)));
};

// `X said, “Q”`, `X told Y: “Q”`, `X said that “Q”`, `X: “Q”`
export function attributionBefore(doc: Doc, p: QuotePair, floor: number, cues: readonly Cue[], used: Set<number>): Found | null {
  if (!p.open) return null;
  const at = p.open.start;
  // (an aside between dashes before the quotation holds no attribution of its own: "said — as
  // reported by Hurriyet Daily News — “...”")
  const aside = DASH_ASIDE_END.exec(doc.text.slice(Math.max(floor, at - 80), at));
  const asideStart = aside ? Math.max(floor, at - 80) + aside.index : at;
  // "Said Comey, “Q”", "Added the senator: “Q”": a capitalised cue that opens its clause, its
  // speaker right after it (the cue scan reads lower-case forms only)
  const opening = /^([\s“"(]*)(\p{Lu}\p{Ll}+)\s/u.exec(doc.text.slice(floor, at));
  const openingCue = opening ? CUE_FORMS[opening[2]!.toLowerCase()] : undefined;
  if (opening && openingCue && (openingCue[1] === 'speech' || openingCue[1] === 'manner') && openingCue[0] !== 'state' && /(?:ed|id|ld|te|ote|ds|ys|es)$/u.test(opening[2]!)) {
    const cueStart = floor + opening[1]!.length;
    const cueEnd = cueStart + opening[2]!.length;
    const ref = speakerAfter(doc, cueEnd, at);
    // (an appositive or a relative clause may follow the name: "Said Dorothy Poynter, who grew up with
    // Ali in the neighborhood, “We were all so proud of him.”")
    if (ref && (ref.mention.kind === 'name' || ref.mention.kind === 'nominal') && /^\s*(?:,\s*(?:who|whose|a|an|the|his|her|their|its)\s[^“”".;:!?]{1,120})?[,:]\s*$/u.test(doc.text.slice(ref.mention.end, at))) {
      return { ref, cue: { start: cueStart, end: cueEnd }, addressee: null, rule: 'cue-speaker-quote' };
    }
  }
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (cue.end > at || cue.start < floor || used.has(cue.start) || reportsOnly(cue) || cue.start >= asideStart || namesAThing(doc, cue, floor)) continue;
    const between = doc.text.slice(cue.end, at);
    if (cue.cls === 'according') {
      // "According to Woodward, “Q”"
      const ref = speakerAfter(doc, cue.end, at);
      // (a comma or colon before the quotation: in "According to her “clawback” plan, ..." the quoted
      // word is part of the source)
      if (!ref || !/^\s*[,:]\s*$/u.test(doc.text.slice(ref.mention.end, at))) return null;
      used.add(cue.start);
      return { ref, cue: { start: cue.start, end: cue.end }, addressee: null, rule: 'according-to-quote' };
    }
    // (a colon after a longer lead-in may still introduce the quotation: see below)
    if (!(cue.cls === 'tell' ? TELL_LEAD_IN : LEAD_IN).test(between) || between.length > 70) break;
    // (an addressee of more than two words ends with a comma, a colon or "that": "he would advise
    // Trump on dealing with the “strategic threats”" runs a clause into its quotation)
    if (cue.cls === 'tell' && (between.match(/[\p{L}\p{N}]+/gu) ?? []).length > 2 && !/(?:[,:]|\bthat)\s*$/u.test(between)) return null;
    // "asked whether the candidates would “...”": a clause of its own runs into the quotation
    if (/\b(?:whether|if|why|how|what|would|will|could|should|can|may|might|must|is|are|was|were)\b/u.test(between)) return null;
    // "said on Thursday he “...”": a subject inside the lead-in makes the quotation part of a clause
    if (cue.cls !== 'tell' && /\b(?:he|she|they|it|we|I)\s*$/u.test(between)) return null;
    // "hungry for what she calls “real solutions”": a term named in a relative clause is no quotation
    // (but a colon after it opens the words themselves: "Here is what Trump said on Monday: “...”",
    // "..., to which O'Malley interjected: “...”")
    if (/\b(?:what|which|whom)\s+(?:he|she|they|it|we|I|[\p{Lu}][\p{L}.'’-]*)\s+$/u.test(doc.text.slice(Math.max(floor, cue.start - 40), cue.start)) && !((cue.cls === 'speech' || cue.cls === 'manner') && /:\s*$/u.test(between))) return null;
    // "she wrote in her memoir, “Tough Choices.”": a short title after the work it names is no quotation
    // (nor is a title after the programme's owner: "he said on MSNBC’s “Morning Joe.”")
    if ((WORK_BEFORE.test(between) || /\b(?:on|in|to)\s+(?:the\s+)?[\p{Lu}][^,;:]{0,40}['’]s?\s*$/u.test(between)) && isTitle(doc.text.slice(p.start, p.end))) return null;
    // ("the Act of 2004 commonly referred to as the “Tobacco Program Buyout”": a name given, no quotation)
    if ((cue.lemma === 'refer to' || /\b(?:commonly|also|often|popularly|widely|sometimes|so)\s+$/u.test(doc.text.slice(Math.max(floor, cue.start - 12), cue.start))) && /^\s+as\s+(?:the\s+|an?\s+)?$/u.test(between) && (doc.text.slice(p.start, p.end).match(/[\p{L}\p{N}'’-]+/gu) ?? []).length <= 6) return null;
    // `X said that “we need more” about ...`: a quotation the clause runs on after is partial
    if (!closesClause(doc, p, /[,:]\s*$/u.test(between) || cue.cls === 'manner')) return null;
    // "The ad says “...”", "As Michael Dell said ..., “...”": a subject the lexicons do not know
    // (a participle after a comma takes the main clause's subject first: "..., adding “...”")
    const ref = participleSubject(doc, cue, floor, cues) ?? relativeAntecedent(doc, floor, cue.start) ?? relativeDocument(doc, floor, cue) ?? speakerBefore(doc, cue.start, floor) ?? genericSubject(doc, floor, cue.start);
    if (!ref) return null;
    used.add(cue.start);
    const addressee = cue.cls === 'tell' ? nameIn(doc, cue.end, at) ?? describedAddressee(doc, cue.end, at) : null;
    return { ref, cue: { start: cue.start, end: cue.end }, addressee, rule: 'speaker-cue-quote' };
  }
  // ("Trump also embraced enhanced interrogation techniques -- “I think waterboarding is peanuts ...”":
  // a dash before a whole sentence quoted stands for the colon after a short clause; see below)
  const dash = /([^\s:])(?:\s+(?:--|—|–)|—)\s*$/u.exec(doc.text.slice(floor, at));
  // (not after a label in capitals: "FAREWELL — “The Living Room to close ...”")
  if (dash && /^\p{Lu}/u.test(doc.text.slice(p.start, p.end).replace(/^[\s“"‘'.…]+/u, '')) && /\p{Ll}/u.test(doc.text.slice(floor, floor + dash.index)) && closesClause(doc, p)) {
    const subject = shortClauseSubject(doc, floor, floor + dash.index + 1, cues, used);
    if (subject) return subject;
  }
  const colon = /([^\s:])\s*:\s*$/u.exec(doc.text.slice(floor, at));
  if (colon) {
    const ref = speakerBefore(doc, floor + colon.index + 1, floor);
    // (two people may speak together: "Mark Blumenthal and Jon Cohen: “...”")
    if (ref && (ref.mention.kind === 'name' || (ref.flags.includes('joint') && !ref.flags.includes('group'))) && ref.type !== 'place') {
      // (the object of a preposition does not speak, the sentence's subject does: "Senate Majority
      // Leader Mitch McConnell delivered a blunt message to Trump: “...”")
      if (!afterPreposition(doc, ref.mention.start)) return { ref, cue: null, addressee: null, rule: 'speaker-colon-quote' };
      const subject = speakerAfter(doc, floor, ref.mention.start);
      if (subject && subject.mention.kind === 'name' && (subject.type === 'person' || subject.type === 'organization') && !/[“”"«»]/u.test(doc.text.slice(subject.mention.end, ref.mention.start))) return { ref: subject, cue: null, addressee: ref.name, rule: 'subject-colon-quote' };
      return null;
    }
    // "The Clinton campaign, in a Q&A on the e-mail controversy, worded it even more carefully: “...”":
    // the sentence's subject, with an aside between commas before its short predicate
    const aside = /^(\s*,[^,;:“”"]{1,80},\s*)\p{Ll}[^,;:“”"]*$/u;
    const comma = doc.text.indexOf(',', floor);
    const opener = comma > floor && comma < floor + colon.index ? speakerBefore(doc, comma, floor) : null;
    if (opener && (opener.mention.kind === 'name' || opener.mention.kind === 'nominal') && (opener.type === 'person' || opener.type === 'organization') && opener.mention.start - floor < 3 && closesClause(doc, p)) {
      const rest = doc.text.slice(opener.mention.end, floor + colon.index + 1);
      if (aside.test(rest) && (rest.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length <= 22 && !/\b(?:that|which|who|because|when|if|and|but)\b/u.test(rest.replace(aside, '$1'))) {
        const verb = cues.find((c) => c.start >= opener.mention.end && c.end <= floor + colon.index + 1 && !used.has(c.start));
        if (verb) used.add(verb.start);
        return { ref: opener, cue: verb ? { start: verb.start, end: verb.end } : null, addressee: null, rule: 'subject-colon-quote' };
      }
    }
    // "Rubio fired back forcefully: “...”": the subject of a short clause the colon ends speaks
    if (closesClause(doc, p)) {
      const subject = shortClauseSubject(doc, floor, floor + colon.index + 1, cues, used);
      if (subject) return subject;
    }
    // "Here’s Clinton in December 1992: “...”", "Then came Trump’s response: “...”": a lead-in that
    // presents the speaker, or the speaker's words by a noun of speech, before the colon
    const lead = LEAD_IN_COLON.exec(doc.text.slice(floor, floor + colon.index + 1));
    const leadName = lead ? lead[1] ?? lead[2] ?? lead[3] : undefined;
    if (lead && leadName && closesClause(doc, p)) {
      const at = floor + lead.index + lead[0].indexOf(leadName);
      const named = speakerAfter(doc, at, at + leadName.length);
      if (named && named.mention.kind === 'name' && named.mention.start === at && (named.type === 'person' || named.type === 'organization')) return { ref: named, cue: null, addressee: null, rule: 'lead-in-colon-quote' };
    }
  }
  return null;
}

// The subject of a short clause that ends at `end` (before its colon or dash), when the clause holds
// no other quotation or clause of its own; the clause may follow a fronted subordinate one ("When
// Trump suggested ..., Rubio fired back:")
function shortClauseSubject(doc: Doc, floor: number, end: number, cues: readonly Cue[], used: Set<number>): Found | null {
  const head = doc.text.slice(floor, end);
  // (a comma between two names is inside a phrase: "of the University of California, Los Angeles")
  let cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'));
  while (cut > 0 && head[cut] === ',' && /\p{Lu}[\p{L}.]*$/u.test(head.slice(0, cut)) && /^\s*\p{Lu}/u.test(head.slice(cut + 1))) cut = Math.max(head.lastIndexOf(',', cut - 1), head.lastIndexOf(';', cut - 1));
  const from = floor + Math.max(0, cut + 1);
  const clause = doc.text.slice(from, end);
  const subject = speakerAfter(doc, from, end);
  if (!subject || !(subject.mention.kind === 'name' || (subject.mention.kind === 'pronoun' && subject.name !== null)) || (subject.type !== 'person' && subject.type !== 'organization') || subject.mention.start - from >= 3
    || (clause.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length > 10 || /[“”"«»]|\b(?:that|which|who|because|when|if|and|but)\b/u.test(doc.text.slice(subject.mention.end, end))) return null;
  const verb = cues.find((c) => c.start >= subject.mention.end && c.end <= end && !used.has(c.start));
  if (verb) used.add(verb.start);
  return { ref: subject, cue: verb ? { start: verb.start, end: verb.end } : null, addressee: null, rule: 'subject-colon-quote' };
}

// "Here’s Clinton in December 1992:", "Here is Trump on Monday:", "Then came Trump’s response:",
// "Sanders’ reply:", "From Bush's Facebook post:": the name, then a time or place, or its possessive
// and a noun of speech or of the text it wrote
const LEAD_IN_COLON = /(?:^|[.!?]\s+|^\s*(?:And|But|Then|So)\s+)(?:(?:Here['’]s|Here\s+is|Here\s+was|Consider|Enter)\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)(?:\s+(?:in|on|at|during|from|last|this|earlier|back)\b[^,;:“”"]{0,40})?|(?:(?:Then\s+)?(?:came|comes)\s+)?((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}-]*)['’]s?\s+(?:response|reply|answer|retort|reaction|statement|message|words|verdict|comment|tweet|rebuttal|explanation|defense|defence)|(?:From|In)\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}-]*)['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:statement|post|tweet|letter|speech|remarks|memo|email|op-ed|book|memoir|interview|testimony|message|address|column|essay))\s*$/u;

function addresseeAfter(doc: Doc, cue: Cue, ref: SpeakerRef, limit: number): string | null {
  if (cue.cls !== 'tell') return null;
  const from = Math.max(cue.end, ref.mention.end);
  return nameIn(doc, from, limit) ?? describedAddressee(doc, from, limit);
}

// One told who is described, not named, right after `from`: "told reporters", "telling the crowd",
// "told his supporters in Iowa that": the article's words, when their head is a word for people
// (not a pronoun, which names no one by itself)
const DESCRIBED_ADDRESSEE = /^\s+((?:(?:the|his|her|their|its|our|my|your|a|an|some|several|fellow|local|foreign|visiting|cheering|hundreds\s+of|thousands\s+of)\s+)?(?:[\p{L}\d'’.-]+\s+){0,2}?([\p{Ll}-]{3,}))(?=\s*[,:;.!?“"]|\s*$|\s+(?:that|in|on|at|during|after|before|last|this|earlier|via|by|over|from|outside|inside|when|as|he|she|they|we|I|it|there)\b)/u;
export function describedAddressee(doc: Doc, from: number, to: number): string | null {
  const m = DESCRIBED_ADDRESSEE.exec(doc.text.slice(from, to));
  if (!m) return null;
  const head = m[2]!;
  return isPeopleNoun(head) || ROLE_NOUNS.has(head) || AUDIENCE_NOUNS.has(head) ? m[1]! : null;
}

// the first name right after `from` ("told Lee"; "told reporters" gives none: see describedAddressee)
export function nameIn(doc: Doc, from: number, to: number): string | null {
  const ref = speakerAfter(doc, from, to);
  // (two names told together are both addressees: "told MSNBC and CNN")
  if (!ref || ref.mention.kind !== 'name' || ref.mention.start - from >= 3) return null;
  const next = doc.mentions[lowerBound(doc.mentions, ref.mention.end)];
  const joined = next?.kind === 'name' && next.end <= to && /^\s+(?:and|&)\s+$/u.test(doc.text.slice(ref.mention.end, next.start));
  return joined ? `${ref.name} and ${next.entity !== null ? doc.entities[next.entity]!.name : doc.text.slice(next.start, next.end)}` : ref.name;
}

// "Trump then appears in a clip, saying, “Q”", "Erdoğan cited Article 5 and said, “Q”": a
// participle after a comma, or a verb coordinated with the main one, takes the sentence's subject.
const SAYING = /^(?:saying|writing|adding|noting|telling|asking|arguing|explaining|stating|declaring)$/u;
const WRITING = new Set(['write', 'send', 'call', 'email', 'text', 'post', 'tweet', 'issue', 'release', 'contact', 'petition', 'appeal']);

// (also a span of time after or before: "A few minutes later they reversed themselves ... and said")
const OPENING_TIME = withTimeWords(/^\s*(?:(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Ll]ater|[Ee]arlier|[Bb]y|[Ii]n|[Ll]ast|[Tt]his)\s+)+(?:(?:WEEKDAY|morning|afternoon|evening|night|week|month|year|the\s+day|that\s+day)\s*){1,2}|(?:[Aa]\s+few|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en|\d+)\s+(?:seconds|minutes|hours|days|weeks|months|years)\s+(?:later|earlier|after|afterward|afterwards)\s+|[Mm]oments\s+later\s+|[Ss]hortly\s+(?:after|afterward|afterwards|before)\s+)(?=\p{Lu}|(?:he|she|they|it|we|the)\s)/u);

// a document its subject made, and its recipient, before a participle: "issued a statement saying",
// "sent a letter to Senate Majority Leader Harry Reid and House Speaker Nancy Pelosi urging"
// (or several of them, and where they went up: "made several posts on social media suggesting ...")
const DOCUMENT = String.raw`(?<![\p{L}])(\p{Ll}+(?:\s+(?:out|up|off|back))?)\s+(?:a|an|the|his|her|their|its|several|two|three|four|many|multiple|numerous|a\s+(?:series|string|number|pair)\s+of|a\s+few)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|letter|tweet|post|message|email|memo|release|note)s?\s+`;
// (not past the one a document is from: "carried three letters to President Jiang Zemin from the Dalai
// Lama requesting ..." are the Dalai Lama's)
const RECIPIENT = String.raw`to\s+(?:(?!from\s)[\p{L}.'’()-]+,?\s+){0,16}?(?!from\s)[\p{L}.'’()-]+,?\s+`;
const PLATFORM = String.raw`(?:on|via)\s+(?:(?:his|her|their|its|the|a)\s+)?(?:social\s+media|Twitter|Facebook|Instagram|TikTok|YouTube|Truth\s+Social|(?:[\p{L}-]+\s+)?(?:website|blog|account|page|feed))\s+`;
const DOCUMENT_TIME = String.raw`(?:(?:this|last)\s+(?:week|month)|(?:on\s+)?\p{Lu}\p{Ll}+day|today|yesterday)\s+`;
const DOCUMENT_BEFORE = new RegExp(String.raw`${DOCUMENT}(?:${RECIPIENT}|${PLATFORM})?(?:${DOCUMENT_TIME})?((?:which|that)\s+)?$`, 'u');
const DOCUMENT_TIME_RECIPIENT_BEFORE = new RegExp(String.raw`(?!(?:in|on|at|by|with|via|through|from|of|for)\s)${DOCUMENT}${DOCUMENT_TIME}${RECIPIENT}$`, 'u');

export function participleSubject(doc: Doc, cue: Cue, floor: number, cues: readonly Cue[]): SpeakerRef | null {
  const pre = doc.text.slice(Math.max(0, cue.start - 30), cue.start);
  // "Citing last week’s Paris attack as a wake-up call, Will urged ...": a participle that opens the
  // sentence has the subject after its comma
  if (/^\p{Lu}\p{Ll}+ing$/u.test(doc.text.slice(cue.start, cue.end))) {
    const s = doc.sentences[findContaining(doc.sentences, cue.start)];
    if (s && /^[\s“"]*$/u.test(doc.text.slice(s.start, cue.start))) {
      const comma = doc.text.slice(cue.end, s.end).search(/,["”’]?\s/u);
      const at = comma >= 0 ? cue.end + comma + /,["”’]?\s/u.exec(doc.text.slice(cue.end + comma))![0].length - 1 : -1;
      const r = at >= 0 ? speakerAfter(doc, at, s.end) : null;
      return r && (r.mention.kind === 'name' || r.mention.kind === 'pronoun' || r.mention.kind === 'nominal') && startsNear(doc, at, r) ? r : null;
    }
  }
  // "In an effort to clarify her statements ..., Hillary Clinton on Friday ...": an infinitive of
  // purpose that opens the sentence has the subject after its comma
  {
    const s = doc.sentences[findContaining(doc.sentences, cue.start)];
    if (s && /^[\s“"]*(?:In\s+(?:an?\s+)?(?:effort|attempt|bid)|In\s+order)\s+to\s+(?:\p{Ll}+ly\s+)?$/u.test(doc.text.slice(s.start, cue.start))) {
      const comma = doc.text.slice(cue.end, s.end).search(/,\s/u);
      const at = comma >= 0 ? cue.end + comma + 1 : -1;
      const r = at >= 0 ? speakerAfter(doc, at, s.end) : null;
      return r && startsNear(doc, at, r) ? r : null;
    }
  }
  // "Reuters quoted the minister as saying ...": the one quoted speaks, the quoting source relays
  if (/\sas\s+$/u.test(pre)) {
    const quoted = /\bquot(?:ed|es|ing)\s+(?!(?:by|in|on)\s)([^,;:“”"]{2,80}?)\s+as\s+$/u.exec(doc.text.slice(Math.max(0, cue.start - 100), cue.start));
    if (quoted) {
      const at = cue.start - (quoted[0].length - quoted[0].indexOf(quoted[1]!));
      const ref = speakerAfter(doc, at, at + quoted[1]!.length);
      if (ref && ref.mention.end === at + quoted[1]!.length) return ref;
    }
    // ("The minister was quoted by Reuters as saying ...": the passive's subject is the one quoted)
    const passive = /\s(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+|also\s+)?quoted(?:\s+(?:by|in|on)\s+[^,;:“”"]{1,60}?)?\s+as\s+$/u.exec(doc.text.slice(Math.max(0, cue.start - 120), cue.start));
    if (passive) {
      const ref = speakerBefore(doc, cue.start - passive[0].length + 1, Math.max(0, floor));
      if (ref) return ref;
    }
  }
  // "O'Malley, who signed sweeping gun laws as governor, interjected to say: “...”": an infinitive
  // of saying after a verb takes that verb's subject
  // ("is pleased to announce" too; not a verb that did not, would not or was made to say it: "failed
  // to ask", "wanted to say", "residents are encouraged to write")
  const inf = /(?:^|\s)(\p{Ll}{3,}ed)\s+to\s+$/u.exec(pre);
  const verbBefore = inf ? pre.slice(0, inf.index + inf[0].indexOf(inf[1]!)) : '';
  if (inf && /^(?:say|tell|ask|add|announce|declare|explain|note|state|warn|argue|insist|respond|reply)$/u.test(cue.lemma)
    && !/^(?:fail|refus|declin|forg|neglect|hesitat|want|need|tri|plan|hope|expect|ask|urg|encourag|invit|allow|requir|seem|appear|wish|intend|decid|agre|promis|pledg|vow|threaten|attempt|offer|prepar|schedul|set|us|continu|start|began|begin|pois|slat|sched|prepar|determin|committ|resolv)/u.test(inf[1]!)
    && !(/(?:\b(?:is|are|was|were|be|been|being)|['’](?:s|re))\s+(?:\p{Ll}+ly\s+)?$/u.test(verbBefore) && !/^(?:pleased|proud|happy|glad|delighted|honored|honoured|thrilled|excited)$/u.test(inf[1]!))) {
    const ref = speakerBefore(doc, cue.start - pre.length + inf.index + inf[0].indexOf(inf[1]!), Math.max(0, floor));
    if (ref) return ref;
  }
  // "Trump issued a statement saying ...": the participle follows the object of the main verb
  // (and its recipient: "blasted out an email to supporters stating ...")
  // (and "released a statement which said ...": the statement's relative clause; a time may come
  // after it: "sent a letter this week urging ...")
  // (a time before the recipient too, "sent a letter today to the Commandant ... questioning ...", but
  // there after the document's verb only, not a preposition: in "criticized Priebus and his allies in an
  // email Saturday to his panel, accusing them ..." the main clause's subject speaks)
  // (the recipient may have an appositive: "sent a letter to Rob Portman, the new Director of the Office of
  // Management and Budget (OMB) requesting ...")
  // (the recipients may be several, with their titles: "sent a letter to Senate Majority Leader Harry
  // Reid and House Speaker Nancy Pelosi urging them ..."; the document may have modifiers: "sent a
  // fundraising email Wednesday saying ...")
  const near = doc.text.slice(Math.max(0, cue.start - 140), cue.start);
  const namesDocument = /statement|letter|tweet|post|message|email|memo|release|note/u.test(near);
  const document = namesDocument ? DOCUMENT_BEFORE.exec(near) ?? DOCUMENT_TIME_RECIPIENT_BEFORE.exec(near) : null;
  if (document && (isParticiple(doc, cue) || document[2])) {
    const verbAt = Math.max(0, cue.start - 140) + document.index;
    const ref = speakerBefore(doc, verbAt, Math.max(0, verbAt - 200));
    if (ref) return ref;
  }
  // a name between a dash and the participle is the participle's own subject ("Both men issued a
  // statement ... – Ryan saying he was “very encouraged” and Trump calling it ..."; after a comma it may
  // be one written to, "wrote to President Bush, Vice President Cheney urging ...")
  const own = isParticiple(doc, cue) ? /\s[–—-]{1,2}\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})$/u.exec(pre) : null;
  if (own && doc.mentions.some((m) => m.kind === 'name' && m.type === 'person' && m.end <= cue.start && m.end >= cue.start - 2 && m.start >= cue.start - own[1]!.length - 1)) return null;
  // ", saying", "by saying", "upon saying": the participle's subject is the main clause's
  // (also with no comma after a verb of writing to someone: "wrote to the US Embassy in London asking ...")
  // (or after any verb of speech with a participle of saying or writing: "responded to Vargas’
  // question on Facebook writing, “...”")
  const writer = cues.findLast((c) => c.start < cue.start && (WRITING.has(c.lemma) || (c.cls === 'speech' && SAYING.test(doc.text.slice(cue.start, cue.end)))));
  // (a perfect participle too: "..., having referred to him as a “reformer”")
  const participle = (isParticiple(doc, cue) && (/(?:,["”’]?|\b(?:[Bb]y|[Uu]pon|[Oo]n|[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Ii]n|[Ss]ince|[Ii]n\s+addition\s+to|[Ii]nstead\s+of|[Rr]ather\s+than|[Bb]esides))\s*(?:further\s+|also\s+|then\s+|simply\s+|\p{Ll}+ly\s+|not\s+once\s+|never\s+|(?:once\s+)?again\s+)?$/u.test(pre)
    || (writer !== undefined && cue.start - writer.end < 80 && !/[,;:“”"]|\bthat\b/u.test(doc.text.slice(writer.end, cue.start)))))
    || /(?:,["”’]?|\b(?:[Bb]y|[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen))\s*(?:also\s+)?having\s+(?:also\s+|previously\s+|repeatedly\s+|publicly\s+)?$/u.test(pre)
    // ("Having said he would not ..., Judge Berman proceeded ...": one that opens the sentence)
    || /^[\s“"]*Having\s+(?:\p{Ll}+ly\s+)?$/u.test(doc.text.slice(doc.sentences[findContaining(doc.sentences, cue.start)]?.start ?? cue.start, cue.start))
    // ("... since September 11, 2001 saying, “...”": a participle of saying after a date, before a
    // comma and a quotation, opens the subject's own words, the comma before it left out)
    || (isParticiple(doc, cue) && SAYING.test(doc.text.slice(cue.start, cue.end)) && /\d\s+$/u.test(pre) && /^[,:]\s*[“"]/u.test(doc.text.slice(cue.end, cue.end + 4)))
    // ("Rubio flipped his choice on the spot – saying he was rooting for ...": a dash before a
    // participle of saying stands for its comma)
    || (isParticiple(doc, cue) && SAYING.test(doc.text.slice(cue.start, cue.end)) && /[\p{L}\p{N}.)”"']\s*(?:[—–]|\s-{1,2})\s*(?:also\s+|then\s+|further\s+)?$/u.test(pre));
  // (a time may stand between: "... and on Monday announced ...", and an auxiliary: "... but has said ...",
  // "... but did note that ...")
  const coordinated = COORDINATED_BEFORE.test(pre);
  // (or right after the object of a preposition or an event the subject held: "is making a pitch
  // to New York voters saying ...", "opened a Rochester rally blasting Clinton ...")
  const afterObject = isParticiple(doc, cue) && OBJECT_BEFORE.test(near.slice(-70));
  if (!participle && !coordinated && !afterObject) return null;
  // the subject of the main verb: "Oramah said ..., further saying, “Q”"
  // (a gerund after a preposition is no main verb: "A leader in urging ...")
  // (nor a verb in a free relative: "denounced what he called the “pessimistic” vision ..., saying ...")
  const mainCue = (before: number): Cue | undefined => cues.findLast((c) => c.start < before && c.cls !== 'according' && !/\b(?:in|by|of|for|after|before|while|when|upon|on)\s+$/u.test(doc.text.slice(Math.max(0, c.start - 8), c.start))
    && !/\b[Ww]hat\s+(?:[\p{L}'’.-]+\s+){1,3}$/u.test(doc.text.slice(Math.max(0, c.start - 40), c.start)));
  // (not a verb inside the clause that a verb of saying reports, with no punctuation between them:
  // in "Byrne also wrote the agents knew to brace for the eruptions, saying, “...”" Byrne says it; a
  // coordinated verb goes with the reported clause's, "told friends that the candidate knew ... and
  // thought ...", unless a comma or a dash sets it apart: "Trump has said he doesn't plan to ... — and
  // thinks that ...")
  const reportsClauseOf = (outer: Cue, inner: Cue): boolean => (outer.cls === 'speech' || outer.cls === 'tell') && outer.cls !== inner.cls
    && /^\s+(?:that\s+)?(?:[\p{L}'’.-]+\s+){1,4}$/u.test(doc.text.slice(outer.end, inner.start)) && !/\b(?:who|which|and|but|or)\b/u.test(doc.text.slice(outer.end, inner.start));
  let main = mainCue(cue.start);
  if (participle || (coordinated && /[,;—–]\s*(?:and|but)\s+(?:[\p{L}'’]+\s+){0,2}$/u.test(pre))) {
    for (let outer = main && mainCue(main.start); main && outer && reportsClauseOf(outer, main); outer = mainCue(main.start)) main = outer;
  }
  // (the main verb may be a participle itself: "Clinton celebrated ..., declaring ... and said ...")
  // (its subject stands in the same sentence)
  const sentence = doc.sentences[findContaining(doc.sentences, cue.start)];
  const mainFloor = Math.max(sentence?.start ?? 0, (main?.start ?? 0) - 200);
  const mainRef = main ? participleSubject(doc, main, floor, cues) ?? speakerBefore(doc, main.start, mainFloor) : null;
  if (mainRef) return mainRef;
  // (a participle right after a subordinate clause belongs to that clause's subject: "..., when Sanders
  // protesters interrupted her speech, shouting “she wins, we lose!”")
  if (participle && sentence) {
    const from = sentence.start;
    const sub = cue.start - from < 400 ? SUBORDINATE_BEFORE.exec(doc.text.slice(from, cue.start)) : null;
    if (sub) {
      const [at, end] = sub.indices![1]!.map((i) => from + i) as [number, number];
      const ref = speakerBefore(doc, end, at);
      if (ref && ref.mention.start >= at && (ref.type === 'person' || ref.type === 'organization' || ref.type === 'group')) return ref;
    }
  }
  // the subject of the sentence, after an opening phrase ("Hours later, Trump returned the
  // compliment, telling Reuters ..."), even when a quotation came before the cue
  // (after a dateline: "ORLANDO, Fla. (Reuters) - President Barack Obama met ... and said ...")
  const from0 = Math.min(floor, sentence?.start ?? floor);
  const dateline = doc.boilerplate[findContaining(doc.boilerplate, from0)];
  const from = dateline ? Math.max(from0, dateline.end) : from0;
  // (a participle clause that opens the sentence has its subject after its comma: "After
  // suggesting on Wednesday that ..., Marco Rubio said ...", "Having said he would not ..., Judge Berman ...")
  // (also after a short noun phrase: "A leader in urging the U.S. to ..., Cantwell authored ...")
  // ("In addition to stating that ..., Clinton has vowed", "Instead of calling himself conservative,
  // Mr. Trump said")
  if (sentence && /^\s*(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[\p{L}-]+)\s+){0,4}?(?:[Aa]fter|[Bb]efore|[Bb]y|[Uu]pon|[Ww]hile|[Ww]hen|[Ii]n|[Ss]ince|[Hh]aving|[Ii]n\s+addition\s+to|[Ii]nstead\s+of|[Rr]ather\s+than|[Bb]esides)\s+$/u.test(doc.text.slice(from, cue.start))) {
    const comma = doc.text.slice(cue.end, sentence.end).search(/,\s/u);
    if (comma >= 0) {
      const at = cue.end + comma + 1;
      const r = speakerAfter(doc, at, sentence.end);
      if (r && startsNear(doc, at, r)) return r;
    }
  }
  // ("It is a big if, but Sanders was in San Diego on Tuesday night, ..., emphasizing ...": after a clause
  // coordinated with the one before, the participle is that clause's subject's)
  const conj = [...doc.text.slice(from, cue.start).matchAll(/[,;]\s+(?:but|and|yet|so)\s+/gu)].at(-1);
  if (participle && conj && !/[“”"]/u.test(doc.text.slice(from + conj.index, cue.start))) {
    const at = from + conj.index + conj[0].length;
    const r = speakerAfter(doc, at, cue.start);
    if (r && r.mention.start === at && (r.mention.kind === 'name' || r.mention.kind === 'pronoun') && /^\s+(?:(?:\p{Ll}+ly|also|then|still)\s+)?(?:is|was|are|were|has|had|have|will|would|did|does|\p{Ll}{3,}ed|\p{Ll}{2,}[^s\s'’]s)\b/u.test(doc.text.slice(r.mention.end, r.mention.end + 30))) return r;
  }
  const opening = /^[^,“”"]{1,100},\s*/u.exec(doc.text.slice(from, cue.start));
  // (a name after the opening phrase rather than a description inside it: "A leader in urging the
  // U.S. to expand cooperation, Cantwell authored a letter ..., urging him to ...")
  // (or after a time with no comma: "On Sunday morning Mr. Trump made ..., writing ...")
  const time = OPENING_TIME.exec(doc.text.slice(from, cue.start));
  const first = speakerAfter(doc, from, cue.start) ?? (time ? speakerAfter(doc, from + time[0].length, cue.start) : null);
  // (and a second phrase after the first, its own comma closing it: "On Thursday, after remaining neutral,
  // Warren appeared with Rachel Maddow and ...")
  const second = opening ? SECOND_OPENING.exec(doc.text.slice(from + opening[0].length, cue.start)) : null;
  // (a state after its town's comma is part of the phrase: "at a rally in Beaumont, Tex., Mr. Trump")
  const state = second ? /^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s*/u.exec(doc.text.slice(from + opening![0].length + second[0].length, cue.start)) : null;
  const secondLength = !second ? 0 : second[0].length + (state && (regionOf(state[1]!) !== undefined || isPostalCode(state[1]!)) ? state[0].length : 0);
  const afterOpening = opening ? speakerAfter(doc, from + opening[0].length, cue.start) ?? (secondLength ? speakerAfter(doc, from + opening[0].length + secondLength, cue.start) : null) : null;
  // (a capitalised modifier before a noun of people is no name: "Presidential candidates scurried ...",
  // "Republican senators met ...")
  const capitalised = (first === null || (first.mention.kind === 'name' && !/\s/u.test(first.mention.text) && first.mention.start - from < 3)) ? describedSubject(doc, from, cue.start, false, true) : null;
  // (a possessor in the opening phrase is no subject either: "The Republican Party’s presumed White House
  // nominee, Trump has won the support of millions by echoing ...")
  const possessor = first !== null && /^['’]s?\s/u.test(doc.text.slice(first.mention.end, first.mention.end + 3)) && opening !== null && first.mention.end < from + opening[0].length;
  // ("Each faction projected its own worldview onto Obama, believing ...": a described subject that opens
  // the sentence with its verb comes before any name in the object)
  const opener = first !== null && first.mention.start > from + 2 && !opening ? describedSubject(doc, from, cue.start) : null;
  let ref = (opener && opener.mention.end <= first!.mention.start ? opener : null) ?? capitalised ?? (afterOpening && afterOpening.mention.kind === 'name' && (first?.mention.kind !== 'name' || (possessor && afterOpening.type === 'person')) ? afterOpening : first ?? afterOpening ?? describedSubject(doc, from, cue.start) ?? (opening ? describedSubject(doc, from + opening[0].length, cue.start, true) : null));
  // (a place in the opening phrase is its setting, not the subject after it: "Speaking at a town hall
  // in Salem, New Hampshire, Trump went after Bush, calling him ...")
  if (ref && ref.type === 'place') {
    const k = lowerBound(doc.mentions, ref.mention.end);
    const later = doc.mentions.slice(k).find((m) => m.start < cue.start && m.kind === 'name' && (m.type === 'person' || m.type === 'organization') && !afterPreposition(doc, m.start) && /^[^“”"]*,\s*(?:[^,“”"]*\s)?$/u.test(doc.text.slice(ref!.mention.end, m.start)));
    if (later) ref = fromMention(doc, later);
  }
  return ref && ref.mention.start - from < 40 + (opening?.[0].length ?? 0) + secondLength ? ref : null;
}

// a phrase of time, place or circumstance that opens the clause, closed by its comma
const SECOND_OPENING = /^(?:after|before|during|in|on|at|despite|amid|following|with|since|while|when|as)\s[^,;:“”"]{1,80},\s*/iu;

// a subordinate clause set off by commas, with a subject and a finite verb, closed by the comma before
// a participle
const SUBORDINATE_BEFORE = /(?:^|[,;]\s*)(?:when|as|while|after|because|before|until|since|where)\s+((?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|had|were|was)\s[^,;:“”"]*,\s*$/du;
const DESCRIBED_SUBJECT = /^\s*((?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Bb]oth|[Ee]ach|[Ee]very|[Tt]hose|[Tt]hese)\s+(?:[\p{L}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|has|have|had|is|are|was|were|will|would|did|does)\b/u;
// (or a capitalised modifier before it: "Republican senators met ...")
const CAPITALISED_SUBJECT = /^\s*(\p{Lu}\p{Ll}+\s+(?:[\p{Ll}-]+\s+){0,1}?[\p{Ll}-]+s)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|met|went|came|took|made|held|gave|sent|spoke|ran|has|have|had|are|were|will|would|did|do)\b/u;
// (after an opening adverb, a verb in the present too: a story's present tense)
const DESCRIBED_SUBJECT_PRESENT = /^\s*((?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Bb]oth|[Ee]ach|[Ee]very|[Tt]hose|[Tt]hese)\s+(?:[\p{L}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|\p{Ll}{2,}[^s\s'’]s|has|have|had|is|are|was|were|will|would|did|does)\b/u;
// "The departments declined to provide any documentation, saying ...": a description of a source
// that opens the sentence (or follows an opening adverb: "Publicly, the GOP nominee feuds ... and
// dismisses ..."), right before its verb
function describedSubject(doc: Doc, from: number, limit: number, present = false, capitalised = false): SpeakerRef | null {
  const np = (capitalised ? CAPITALISED_SUBJECT : present ? DESCRIBED_SUBJECT_PRESENT : DESCRIBED_SUBJECT).exec(doc.text.slice(from, limit));
  if (!np || !describesSource(np[1]!)) return null;
  const start = from + np[0].indexOf(np[1]!);
  return genericPhrase(doc, start, start + np[1]!.length);
}
