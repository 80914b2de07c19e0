import { isHeading, stopAtCoordinatedVerb } from './clauses.js';
import type { Doc, Mention, Quote, QuoteKind, QuotePair, Sentence, Span } from '../types.js';
import { findCues, genericPhrase, genericPhraseAfter, genericSubject, speakerAfter, speakerBefore, type Cue, type SpeakerRef } from './speakers.js';

interface Draft {
  kind: QuoteKind;
  spans: Span[];
  fragments: Span[];
  ref: SpeakerRef | null;
  cue: Span | null;
  addressee: string | null;
  paragraph: number;
  sentence: number;
  confidence: number;
  flags: string[];
  rule: string;
  pairs: number[];
}

// between a cue and its quotation: an addressee or a setting, then a comma, colon or "that"
// ("told a news conference here", "said in a statement:", "added, however, that")
const TELL_LEAD_IN = /^(?:\s+(?:[\p{L}\d'’.-]+\s+){0,6}?[\p{L}\d'’.-]+)??\s*(?:,\s*(?:however|though|meanwhile|too|also)\s*,)?\s*(?:[,:]|\bthat\b)?\s*$/u;
const LEAD_IN = /^\s*(?:this|these|the\s+following|as\s+follows|simply|only)?\s*(?:,?\s*(?:however|though|meanwhile|too|also|then|later)\s*,?)?\s*(?:(?:in|on|at|during|to|via|through|after|before|from|of|about|with|for|when|while|as)\b[^,“"”:]{0,50})?\s*(?:,\s*(?:however|though|meanwhile|too|also)\s*,)?\s*(?:[,:]|\bthat\b)?\s*$/u;
const SETTING = /^\s*(?:,?\s*(?:however|though|meanwhile|too|also)\s*,)?\s*(?:,\s*)?(?:(?:in|on|at|during|after|before|via|through|earlier|later|last|this|today|yesterday|again|also|then|recently)\b[^,“"”]{0,60}?\s*(?=\bthat\b|,|:))?\s*(?:,\s*(?:however|though|meanwhile|too|also)\s*,\s*)?(?:that\b\s*|,\s*|:\s*)?/u;

/**
 * Quotations and reported speech with their speakers. Direct quotations come from the quotation
 * pairs and the cue next to them (`“Q,” X said`, `X said, “Q”`, `X: “Q”`, `“Q” — X`); a quotation
 * interrupted by its attribution, or carried on in the next sentence or paragraph, stays one
 * record; a quotation paragraph with no attribution continues the previous speaker. Then every
 * remaining cue with a subject gives reported speech: mixed when its content holds a quotation.
 */
export function attributeQuotes(doc: Doc): Doc {
  const drafts: Draft[] = [];
  const byPair = new Map<number, Draft>();
  const usedCues = new Set<number>();
  const mentions: Mention[] = [];
  const top = doc.quotePairs.filter((p) => p.depth === 0 && !doc.paragraphs[p.paragraph]!.boilerplate && p.paragraph > 0 && /[\p{L}\p{N}]/u.test(doc.text.slice(p.start, p.end)));
  const pairsOf = groupBySentence(doc, top);
  const pending: { p: QuotePair; span: Span; sentence: number }[] = [];
  const addContinuation = (p: QuotePair, span: Span, sentence: number, ref: SpeakerRef, rule: string, base: number, cue: Span | null = null): void => {
    const d: Draft = {
      kind: 'direct', spans: [span], fragments: [], ref, cue, addressee: null, paragraph: p.paragraph, sentence,
      confidence: confidenceOf(ref, base), flags: [...flagsOf(p), ...(rule === 'lead-in-paragraph' ? [] : ['continuation'])], rule, pairs: [p.index],
    };
    drafts.push(d);
    byPair.set(p.index, d);
  };

  for (const sentence of doc.sentences) {
    const para = doc.paragraphs[sentence.paragraph]!;
    if (para.boilerplate || sentence.paragraph === 0) continue;
    const pairs = pairsOf.get(sentence.index) ?? [];
    const floor = contentFloor(doc, sentence);
    const inside = (o: number): boolean => pairs.some((p) => o >= outer(p).start && o < outer(p).end);
    const cues = findCues(doc, sentence, inside);

    // direct quotations
    let prevEnd = floor;
    for (const p of pairs) {
      const span = trimmed(doc, p);
      // `“A,” he said, “B.”`: the second piece of a quotation interrupted by its attribution
      const last0 = drafts.at(-1);
      if (last0 && last0.kind === 'direct' && last0.sentence === sentence.index && last0.cue && last0.ref && last0.rule.startsWith('quote-')) {
        const attrEnd = Math.max(last0.cue.end, last0.ref.mention.end);
        // `“A,” he said of Trump, “B”`: a short phrase may follow the cue
        if (attrEnd <= outer(p).start && /^[\s,:;]*(?:(?:of|about|to|in|on|at|from|with)\s+[^,;:“”"]{1,40})?[\s,:;]*$/u.test(doc.text.slice(attrEnd, outer(p).start))) {
          last0.spans.push(span); last0.pairs.push(p.index); byPair.set(p.index, last0);
          prevEnd = outer(p).end;
          continue;
        }
      }
      // a quotation that starts its clause can be a direct quote with its attribution after it;
      // one that starts mid-clause ("Curiel had “a conflict of interest,” Trump said") is a partial
      // quotation inside the reported content
      const clauseStart = prevEnd;
      const lead = doc.text.slice(clauseStart, outer(p).start);
      const startsClause = /^[\s([\-—–]*$/u.test(lead);
      const after = endsClause(doc, p) ? attributionAfter(doc, p, sentence, cues, usedCues) ?? attributionInNext(doc, p, sentence, pairsOf, usedCues) : null;
      const found = (startsClause ? after : null) ?? attributionBefore(doc, p, prevEnd, cues, usedCues);
      prevEnd = outer(p).end;
      if (!found && after && !startsClause && after.cue && after.ref) {
        // `Remarking on his "genuine empathy," Starr said, "Leave aside ..."`: the attribution
        // introduces the next quotation, which is the direct one
        const attrEnd = Math.max(after.cue.end, after.ref.mention.end);
        const nextPair = pairs.find((q) => q.start > p.end);
        if (nextPair?.open && nextPair.open.start >= attrEnd && /^[\s,:]*$/u.test(doc.text.slice(attrEnd, nextPair.open.start))) {
          usedCues.delete(after.cue.start);
          continue;
        }
      }
      if (!found && after && !startsClause) {
        const inner = pairs.filter((q) => q.start >= clauseStart && q.end <= outer(p).end && !byPair.has(q.index));
        const d: Draft = {
          kind: 'mixed', spans: [clip(doc, clauseStart, outer(p).end)], fragments: inner.map((q) => trimmed(doc, q)), ref: after.ref, cue: after.cue,
          addressee: after.addressee, paragraph: p.paragraph, sentence: sentence.index, confidence: confidenceOf(after.ref, 0.85),
          flags: [...flagsOf(p), ...(after.ref?.flags ?? [])], rule: 'content-quote-speaker-cue', pairs: inner.map((q) => q.index),
        };
        drafts.push(d);
        for (const q of inner) byPair.set(q.index, d);
        continue;
      }
      if (found) {
        const d: Draft = {
          kind: 'direct', spans: [span], fragments: [], ref: found.ref, cue: found.cue, addressee: found.addressee, paragraph: p.paragraph,
          sentence: sentence.index, confidence: confidenceOf(found.ref, 0.95), flags: [...flagsOf(p), ...(found.ref?.flags ?? [])], rule: found.rule, pairs: [p.index],
        };
        drafts.push(d); byPair.set(p.index, d);
        continue;
      }
      // an unattributed quotation that fills its sentence continues the quotation before it in the
      // same paragraph (`“A,” Clinton said. “B.”`); one that fills its paragraph, the last speaker
      const last = drafts.at(-1);
      const fillsSentence = outer(p).start <= sentence.start + 1 && outer(p).end >= sentence.end - 2;
      if (last && last.kind === 'direct' && last.paragraph === p.paragraph && fillsSentence) {
        last.spans.push(span); last.pairs.push(p.index); byPair.set(p.index, last);
        continue;
      }
      // each paragraph of a multi-paragraph quotation is a record of its own with the chain's
      // speaker, who may be named in a later paragraph: those wait for the end
      if (p.continues !== null || p.flags.includes('continues')) {
        const prior = p.continues !== null ? byPair.get(p.continues) : undefined;
        if (prior?.ref) addContinuation(p, span, sentence.index, prior.ref, 'continuation-multi-paragraph', 0.85);
        else pending.push({ p, span, sentence: sentence.index });
        continue;
      }
      if (fillsParagraph(doc, p) && (doc.text.slice(p.start, p.end).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 4) {
        const lead = leadIn(doc, p.paragraph, usedCues);
        const prev = lead ? null : previousSpeaker(doc, drafts, p.paragraph);
        if (lead) addContinuation(p, span, sentence.index, lead.ref, 'lead-in-paragraph', 0.9, lead.cue);
        else if (prev?.ref) addContinuation(p, span, sentence.index, prev.ref, 'continuation-paragraph', 0.8);
      }
    }

    // reported speech: a cue with its subject, and its content clause
    // a sentence-final attribution ("..., its president Lukman said.") takes the whole sentence,
    // cue verbs inside it included, so it is tried first
    const order = cues.map((_, i) => i);
    const lastCue = cues.length - 1;
    if (lastCue > 0) {
      const r = reported(doc, sentence, floor, cues[lastCue]!, undefined, cues);
      if (r && r.rule.startsWith('content-')) order.unshift(order.pop()!);
    }
    for (const ci of order) {
      const cue = cues[ci]!;
      if (usedCues.has(cue.start) || cue.cls === 'manner') continue;
      const r = reported(doc, sentence, floor, cue, cues[ci + 1], cues);
      if (!r) continue;
      const inner = pairs.filter((p) => p.start >= r.content.start && p.end <= r.content.end);
      if (inner.some((p) => byPair.has(p.index))) continue;
      if (drafts.some((d) => overlaps(d.spans, r.content))) continue;
      const kind: QuoteKind = inner.length ? 'mixed' : 'indirect';
      const base = kind === 'mixed' ? 0.85 : cue.cls === 'belief' ? 0.5 : 0.75;
      const d: Draft = {
        kind, spans: [r.content], fragments: inner.map((p) => trimmed(doc, p)), ref: r.ref, cue: { start: cue.start, end: cue.end },
        addressee: r.addressee, paragraph: sentence.paragraph, sentence: sentence.index, confidence: confidenceOf(r.ref, base),
        flags: [...(r.ref?.flags ?? []), ...(cue.cls === 'belief' ? ['belief'] : [])], rule: r.rule, pairs: inner.map((p) => p.index),
      };
      for (const p of inner) byPair.set(p.index, d);
      usedCues.add(cue.start);
      drafts.push(d);
    }
  }

  // multi-paragraph quotations whose speaker comes later in the chain, or from a lead-in
  for (const { p, span, sentence } of pending) {
    const chain = chainOf(doc, p);
    const named = chain.map((i) => byPair.get(i)).find((d) => d?.ref);
    const lead = named ? null : leadIn(doc, doc.quotePairs[chain[0]!]!.paragraph, usedCues);
    const prev = named || lead ? null : previousSpeaker(doc, drafts, doc.quotePairs[chain[0]!]!.paragraph);
    const ref = named?.ref ?? lead?.ref ?? prev?.ref;
    if (ref) addContinuation(p, span, sentence, ref, lead ? 'lead-in-paragraph' : 'continuation-multi-paragraph', 0.8, lead?.cue ?? null);
  }
  drafts.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);

  const quotes: Quote[] = drafts
    .map((d) => {
      if (d.ref) mentions.push(d.ref.mention);
      const start = Math.min(...d.spans.map((s) => s.start));
      const end = Math.max(...d.spans.map((s) => s.end));
      return {
        kind: d.kind, start, end, spans: d.spans, fragments: d.fragments, speaker: d.ref?.mention ?? null, speakerName: d.ref?.name ?? null,
        speakerType: d.ref?.type ?? 'unknown', speakerRole: d.ref?.role ?? null, cue: d.cue, addressee: d.addressee, paragraph: d.paragraph,
        sentence: d.sentence, confidence: d.confidence, flags: [...new Set(d.flags)], rule: d.rule,
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const known = new Set(doc.mentions.map((m) => `${m.start}:${m.end}`));
  const extra = mentions.filter((m) => !known.has(`${m.start}:${m.end}`) && known.add(`${m.start}:${m.end}`));
  const allMentions = extra.length ? [...doc.mentions, ...extra].sort((a, b) => a.start - b.start || a.end - b.end) : doc.mentions;
  return { ...doc, quotes, mentions: allMentions };
}

interface Found { ref: SpeakerRef | null; cue: Span | null; addressee: string | null; rule: string }

const outer = (p: QuotePair): Span => ({ start: p.open ? p.open.start : p.start, end: p.close ? p.close.end : p.end });

function trimmed(doc: Doc, p: QuotePair): Span {
  let s = p.start;
  let e = p.end;
  while (s < e && /\s/u.test(doc.text[s]!)) s++;
  while (e > s && /\s/u.test(doc.text[e - 1]!)) e--;
  return { start: s, end: e };
}

const flagsOf = (p: QuotePair): string[] => p.flags.filter((f) => f.startsWith('repaired')).map(() => 'repaired_mark').concat(p.flags.includes('continues') ? ['multi_paragraph'] : []);
const confidenceOf = (ref: SpeakerRef | null, base: number): number => {
  if (!ref || !ref.name) return Math.round(base * 0.6 * 100) / 100;
  return Math.round(base * (ref.flags.includes('pronoun') || ref.flags.includes('nominal') ? 0.9 : 1) * 100) / 100;
};
const overlaps = (spans: readonly Span[], s: Span): boolean => spans.some((x) => x.start < s.end && s.start < x.end);

function groupBySentence(doc: Doc, pairs: readonly QuotePair[]): Map<number, QuotePair[]> {
  const out = new Map<number, QuotePair[]>();
  let si = 0;
  for (const p of pairs) {
    const at = outer(p).start;
    while (si < doc.sentences.length - 1 && doc.sentences[si]!.end <= at) si++;
    const list = out.get(si) ?? [];
    list.push(p);
    out.set(si, list);
  }
  return out;
}

// Reported content starts after a dateline ("BEIJING – ...").
function contentFloor(doc: Doc, s: Sentence): number {
  const bp = doc.boilerplate.find((b) => b.start <= s.start && b.end > s.start);
  return bp ? bp.end : s.start;
}

function fillsParagraph(doc: Doc, p: QuotePair): boolean {
  const para = doc.paragraphs[p.paragraph]!;
  const o = outer(p);
  return o.start <= para.start + 1 && o.end - o.start >= 0.8 * (para.end - para.start);
}

function previousSpeaker(doc: Doc, drafts: readonly Draft[], paragraph: number): Draft | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.paragraph < paragraph - 3) return null;
    if (d.paragraph < paragraph && d.ref && d.ref.name && d.kind !== 'indirect') return d;
  }
  return null;
}

// `“Q,” X said`, `“Q,” said X`, `“Q,” X told Y`, `“Q” — X`
function attributionAfter(doc: Doc, p: QuotePair, sentence: Sentence, cues: readonly Cue[], used: Set<number>): Found | null {
  const from = outer(p).end;
  const tail = doc.text.slice(from, sentence.end);
  const dash = /^\s*,?\s*(?:—|–|--|―)\s*/u.exec(tail);
  if (dash && tail.length < 120) {
    const ref = speakerAfter(doc, from + dash[0].length, sentence.end);
    if (ref && ref.mention.kind === 'name') return { ref, cue: null, addressee: null, rule: 'dash-after' };
  }
  for (const cue of cues) {
    if (cue.start < from || used.has(cue.start) || cue.cls === 'belief') continue;
    if (cue.start - from > 100) break;
    const between = doc.text.slice(from, cue.start);
    if (/[“"«]/u.test(between)) break;
    let ref: SpeakerRef | null = null;
    let rule = '';
    if (/^[\s,]*$/u.test(between)) {
      ref = speakerAfter(doc, cue.end, sentence.end) ?? genericPhraseAfter(doc, cue.end, sentence.end);
      rule = 'quote-cue-speaker';
    } else {
      // between the quotation and the cue: the speaker phrase, perhaps with its role or an
      // appositive ("election law expert Rick Hasen tweeted", "his wife, Gabriela Lazar, wrote")
      if (!isSpeakerSlot(between)) break;
      ref = speakerBefore(doc, cue.start, from);
      if (ref && !isSpeakerSlot(doc.text.slice(from, ref.mention.start))) ref = null;
      ref ??= genericPhrase(doc, from, cue.start);
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
function attributionInNext(doc: Doc, p: QuotePair, sentence: Sentence, pairsOf: ReadonlyMap<number, QuotePair[]>, used: Set<number>): Found | null {
  const next = doc.sentences[sentence.index + 1];
  if (!next || next.paragraph !== sentence.paragraph || outer(p).end < sentence.end - 1) return null;
  if ((doc.text.slice(next.start, next.end).match(/[\p{L}\p{N}]+/gu) ?? []).length > 14) return null;
  const pairs = pairsOf.get(next.index) ?? [];
  const cues = findCues(doc, next, (o) => pairs.some((q) => o >= outer(q).start && o < outer(q).end));
  return attributionAfter(doc, p, next, cues, used);
}

// A quotation followed by its attribution ends its clause: with , ? ! or a dash inside or right
// after the closing mark, or at the end of the sentence.
function endsClause(doc: Doc, p: QuotePair): boolean {
  const o = outer(p);
  const inside = doc.text.slice(Math.max(p.start, p.end - 2), p.end);
  return /[,?!—–…-]\s*$/u.test(inside) || /^\s*(?:,|—|–|--)/u.test(doc.text.slice(o.end, o.end + 3)) || /[.]\s*$/u.test(inside);
}

function closesClause(doc: Doc, p: QuotePair): boolean {
  const o = outer(p);
  const s = doc.sentences.find((x) => x.start <= o.start && o.start < x.end);
  const rest = doc.text.slice(o.end, s ? s.end : o.end);
  // a comma or dash just inside the closing mark ends the clause too: `vowed, "We will win," referring to ...`
  return !/[\p{L}\p{N}]/u.test(rest) || /^\s*(?:[,;—–]|--)/u.test(rest) || /[,;—–]\s*$/u.test(doc.text.slice(p.start, p.end));
}

// The pairs of one multi-paragraph quotation, first to last.
function chainOf(doc: Doc, p: QuotePair): number[] {
  let root = p;
  while (root.continues !== null) root = doc.quotePairs[root.continues]!;
  const out = [root.index];
  for (const q of doc.quotePairs) if (q.continues !== null && out.includes(q.continues)) out.push(q.index);
  return out;
}

// "The committee said the following in a joint statement:" before a quotation paragraph.
function leadIn(doc: Doc, paragraph: number, used: Set<number>): { ref: SpeakerRef; cue: Span } | null {
  const prev = doc.paragraphs[paragraph - 1];
  if (!prev || prev.boilerplate || !/:\s*$/u.test(doc.text.slice(prev.start, prev.end))) return null;
  const s = doc.sentences.filter((x) => x.paragraph === prev.index).at(-1)!;
  const cues = findCues(doc, s, () => false).filter((c) => c.cls !== 'belief' && c.cls !== 'according');
  for (const cue of cues.reverse()) {
    // the subject may carry a postmodifier: "The Conference Committee on the bill, H.R. 5682, said"
    const ref = speakerBefore(doc, cue.start, s.start) ?? genericSubject(doc, s.start, cue.start) ?? speakerAfter(doc, s.start, cue.start);
    if (ref) { used.add(cue.start); return { ref, cue: { start: cue.start, end: cue.end } }; }
  }
  return null;
}

// What may stand between a closing mark and the speaker: a short phrase with no sentence
// punctuation, no quotation and no other verb of saying.
function isSpeakerSlot(s: string): boolean {
  if (s.length > 90 || /[.!?;:“”"«»]/u.test(s.replace(/\([^()]{1,30}\)/gu, '').replace(/\b(?:\p{Lu}\.)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr)\./gu, ''))) return false;
  return (s.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length <= 12;
}

// `X said, “Q”`, `X told Y: “Q”`, `X said that “Q”`, `X: “Q”`
function attributionBefore(doc: Doc, p: QuotePair, floor: number, cues: readonly Cue[], used: Set<number>): Found | null {
  if (!p.open) return null;
  const at = p.open.start;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (cue.end > at || cue.start < floor || used.has(cue.start) || cue.cls === 'belief') continue;
    const between = doc.text.slice(cue.end, at);
    if (cue.cls === 'according') {
      // "According to Woodward, “Q”"
      const ref = speakerAfter(doc, cue.end, at);
      if (!ref || !/^[\s,:]*$/u.test(doc.text.slice(ref.mention.end, at))) return null;
      used.add(cue.start);
      return { ref, cue: { start: cue.start, end: cue.end }, addressee: null, rule: 'according-to-quote' };
    }
    if (!(cue.cls === 'tell' ? TELL_LEAD_IN : LEAD_IN).test(between) || between.length > 70) return null;
    // `X said that “we need more” about ...`: a quotation the clause runs on after is partial
    if (!closesClause(doc, p)) return null;
    const ref = speakerBefore(doc, cue.start, floor) ?? participleSubject(doc, cue, floor, cues);
    if (!ref) return null;
    used.add(cue.start);
    const addressee = cue.cls === 'tell' ? nameIn(doc, cue.end, at) : null;
    return { ref, cue: { start: cue.start, end: cue.end }, addressee, rule: 'speaker-cue-quote' };
  }
  const colon = /([^\s:])\s*:\s*$/u.exec(doc.text.slice(floor, at));
  if (colon) {
    const ref = speakerBefore(doc, floor + colon.index + 1, floor);
    if (ref && ref.mention.kind === 'name' && ref.type !== 'place') return { ref, cue: null, addressee: null, rule: 'speaker-colon-quote' };
  }
  return null;
}

function addresseeAfter(doc: Doc, cue: Cue, ref: SpeakerRef, limit: number): string | null {
  if (cue.cls !== 'tell') return null;
  const from = Math.max(cue.end, ref.mention.end);
  return nameIn(doc, from, limit);
}

// the first name right after `from` ("told Lee", "told reporters" gives none)
function nameIn(doc: Doc, from: number, to: number): string | null {
  const ref = speakerAfter(doc, from, to);
  return ref && ref.mention.kind === 'name' && ref.mention.start - from < 3 ? ref.name : null;
}

interface Reported { content: Span; ref: SpeakerRef; addressee: string | null; rule: string }

function reported(doc: Doc, s: Sentence, floor: number, cue: Cue, next: Cue | undefined, allCues: readonly Cue[] = []): Reported | null {
  const end = s.end;
  if (cue.cls === 'according') {
    const ref = speakerAfter(doc, cue.end, end);
    if (!ref) return null;
    const before = doc.text.slice(floor, cue.start);
    if (/,\s*$/u.test(before) && words(before) >= 3) return { content: clip(doc, floor, cue.start), ref, addressee: null, rule: 'content-according-to' };
    const after = /^[^,]*,\s*/u.exec(doc.text.slice(ref.mention.end, end));
    if (after && words(doc.text.slice(ref.mention.end + after[0].length, end)) >= 3) return { content: clip(doc, ref.mention.end + after[0].length, end), ref, addressee: null, rule: 'according-to-content' };
    return null;
  }
  // "X said the following:" before a quotation paragraph introduces it; it reports nothing itself
  const nextPara = doc.paragraphs[s.paragraph + 1];
  if (/:\s*$/u.test(doc.text.slice(s.start, end)) && nextPara && /^["“„«]/u.test(doc.text.slice(nextPara.start, nextPara.start + 1))) return null;
  if (isHeading(doc, s)) return null;
  // ", underscoring the summit's focus": a participle after a comma reports speech only for the
  // verbs of saying ("..., saying the talks went well")
  if (/ing$/u.test(doc.text.slice(cue.start, cue.end)) && /,\s*$/u.test(doc.text.slice(floor, cue.start)) && !PARTICIPLE_CUES.has(cue.lemma)) return null;
  // "CONTENT, X said." / "CONTENT, said X."
  const before = doc.text.slice(floor, cue.start);
  const subj = participleSubject(doc, cue, floor, allCues) ?? speakerBefore(doc, cue.start, floor) ?? genericSubject(doc, floor, cue.start);
  const restAfter = (from: number): string => doc.text.slice(from, end);
  if (subj) {
    // the text before the speaker phrase, its lower-case role ("..., presidential spokesperson Kang said") aside
    const rawLead = doc.text.slice(floor, subj.mention.start);
    const lead = subj.role && rawLead.toLowerCase().trimEnd().endsWith(subj.role.toLowerCase()) ? rawLead.trimEnd().slice(0, -subj.role.length) : rawLead;
    const tail = restAfter(cue.end);
    if (/,\s*$/u.test(lead) && words(lead) >= 3 && /^(?:\s+(?:in|on|at|during|to|about|of|after|before|when|while|last|this|earlier|later|today|yesterday|recently)\b[^“"”]{0,80})?\s*[.!?]?\s*$/u.test(tail)) {
      return { content: clip(doc, floor, floor + lead.replace(/,\s*$/u, '').length), ref: subj, addressee: null, rule: 'content-speaker-cue' };
    }
    // "X said (that) CONTENT", "X told Y (that) CONTENT"
    let from = cue.end;
    let addressee: string | null = null;
    if (cue.cls === 'tell') {
      const obj = /^\s+((?:[\p{L}\d'’.-]+\s+){0,5}?[\p{L}\d'’.-]+?)(?=\s+that\b|\s*,|\s+(?:on|in|at|during)\b)/u.exec(tail);
      if (obj) { addressee = nameIn(doc, cue.end, cue.end + obj[0].length + 1); from = cue.end + obj[0].length; }
      else {
        const name = speakerAfter(doc, cue.end, end);
        if (name && name.mention.kind === 'name') { addressee = name.name; from = name.mention.end; }
      }
    }
    const skip = SETTING.exec(doc.text.slice(from, end));
    const cstart = from + (skip && /\bthat\b|[,:]\s*$/u.test(skip[0]) ? skip[0].length : /^\s*that\b\s*/u.exec(doc.text.slice(from, end))?.[0].length ?? 0);
    let cend = end;
    if (next && next.start > cstart && next.start < end && next.cls !== 'according') {
      // content stops before a second attribution in the same sentence ("..., and Lee said ...")
      const nref = speakerBefore(doc, next.start, cstart) ?? genericSubject(doc, cstart, next.start);
      const lead = nref ? doc.text.slice(cstart, nref.mention.start) : '';
      const gap = /[\s,]*(?:,\s*|\s)(?:and|but|while|whereas)?\s*$/u.exec(lead);
      if (nref && gap && /,/u.test(gap[0] + doc.text.slice(cstart + lead.length - gap[0].length - 1, cstart + lead.length))) cend = cstart + gap.index;
    }
    // "While some friends say X, others disagree": the subordinate clause ends at its comma
    if (/^\s*(?:while|although|though|whereas|if|when|because|since)\b/iu.test(doc.text.slice(floor, subj.mention.start))) {
      const comma = doc.text.slice(cstart, cend).search(/,\s/u);
      if (comma > 0) cend = cstart + comma;
    }
    cend = stopAtCoordinatedVerb(doc, cstart, cend);
    // "..., especially ...", "...,” further saying, “...”": asides and a second attribution end it
    const aside = /(?:,["”’]?|["”’])\s+(?:especially|particularly|notably|(?:further\s+|also\s+|then\s+)?(?:saying|adding|noting|arguing|claiming|explaining|warning|insisting|writing)\b)/u.exec(doc.text.slice(cstart, cend));
    if (aside) cend = cstart + aside.index + aside[0].search(/\s/u);
    if (words(doc.text.slice(cstart, cend)) < 2) return null;
    if (/^\s*[“"«]/u.test(doc.text.slice(cstart, cend)) && /[”"»]\s*[.!?]?\s*$/u.test(doc.text.slice(cstart, cend)) && !/[”"»]/u.test(doc.text.slice(cstart, cend).slice(1, -2))) return null;
    return { content: clip(doc, cstart, cend), ref: subj, addressee, rule: cue.cls === 'tell' ? 'speaker-tell-content' : 'speaker-cue-content' };
  }
  // ", said X." at the end of the sentence
  if (/,\s*$/u.test(before) && words(before) >= 3) {
    const ref = speakerAfter(doc, cue.end, end);
    if (ref && /^[\s.!?]*$|^\s*(?:,|(?:in|on|at)\b)/u.test(restAfter(ref.mention.end))) {
      return { content: clip(doc, floor, floor + before.replace(/,\s*$/u, '').length), ref, addressee: null, rule: 'content-cue-speaker' };
    }
  }
  return null;
}

const PARTICIPLE_CUES = new Set(['say', 'add', 'tell', 'note', 'warn', 'argue', 'insist', 'explain', 'claim', 'write', 'stress', 'declare', 'state', 'announce', 'suggest', 'predict', 'complain', 'promise', 'pledge', 'vow', 'urge']);

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function clip(doc: Doc, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:]/u.test(doc.text[s]!)) s++;
  while (e > s && /[\s,;:]/u.test(doc.text[e - 1]!)) e--;
  return { start: s, end: e };
}

// "Trump then appears in a clip, saying, “Q”", "Erdoğan cited Article 5 and said, “Q”": a
// participle after a comma, or a verb coordinated with the main one, takes the sentence's subject.
function participleSubject(doc: Doc, cue: Cue, floor: number, cues: readonly Cue[]): SpeakerRef | null {
  const pre = doc.text.slice(Math.max(0, cue.start - 30), cue.start);
  const participle = /ing$/u.test(doc.text.slice(cue.start, cue.end)) && /,["”’]?\s*(?:further\s+|also\s+|then\s+)?$/u.test(pre);
  const coordinated = /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/u.test(pre);
  if (!participle && !coordinated) return null;
  // the subject of the main verb: "Oramah said ..., further saying, “Q”"
  const main = cues.find((c) => c.start < cue.start && c.cls !== 'according');
  const mainRef = main ? speakerBefore(doc, main.start, Math.max(0, main.start - 200)) : null;
  if (mainRef) return mainRef;
  const ref = speakerAfter(doc, floor, cue.start);
  return ref && ref.mention.start - floor < 40 ? ref : null;
}

