import { findContaining, lowerBound, outer } from '../core/doc.js';
import type { Doc, Mention, Quote, QuoteKind, QuotePair, Sentence, Span } from '../types.js';
import { describesSource, findCues, genericSubject, objectPronounName, speakerAfter, speakerBefore, type Cue, type SpeakerRef } from './speakers.js';
import { nounAndTopicAttributions } from './nominal-speech.js';
import { attributionAfter, attributionBefore, attributionInNext, chainOf, endsClause, insideOf, isTitle, leadIn } from './quote-attribution.js';
import { askedQuestion, clip, reported, sentenceFinalTail, words } from './reported-speech.js';
import { headlineQuote } from './headline.js';
import { transcriptLines } from './transcript.js';
import { firstParagraphIsTitle } from './clauses.js';
import { CUE_FORMS } from '../lexicon/data/cue-verbs.generated.js';
import { DOUBLE, DOUBLED } from '../lexicon/quote-marks.js';
import { withTimeWords } from '../lexicon/time-words.js';
import { TITLES } from '../lexicon/abbreviations.js';
import { ROLE_NOUNS } from '../lexicon/roles.js';

// what may stand between an attribution and the second piece of the quotation it interrupts
// (a participle that introduces the second piece with a colon: `“A,” she said, recalling her own
// experience: “B.”`)
const BETWEEN_PIECES = withTimeWords(/^[\s,:;]*(?:(?:of|about|to|in|on|at|from|with|(?:speaking|talking|referring|pointing|gesturing|turning)\s+(?:of|about|to|at|toward))\s+[^,;:“”"]{1,40}|(?:(?:last|this|on|early|late|earlier|later)\s+)?(?:WEEKDAY|MONTH|week|month|year|today|yesterday|tonight|later|earlier)(?:\s+(?:night|morning|afternoon|evening))?|,\s*(?:a|an|the|his|her|their|its)\s+[^,;:“”"]{1,120}|(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing\b[^,;:“”"]{0,60}:)?[\s,:;]*$/u);

// a short title in quotation marks: capitalised words, perhaps its comma
const SHORT_TITLE = /^[\p{Lu}\d][\p{L}\d'’.&-]*(?:\s+[\p{L}\d'’.&-]+){0,5},?$/u;
// the words before a quoted title: a possessive, a preposition or an article
const TITLE_BEFORE = /(?:\p{L}['’]s?|\b(?:of|about|on|in|at|from|with|for|by|the|a|an|his|her|their|its|called|titled|named|entitled))\s*$/u;

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
  // the quotation pairs of signature lines ("“... ¶ Dean Baker, Center for Economic and Policy Research.”")
  const signatures = new Set<number>();
  const usedCues = new Set<number>();
  const mentions: Mention[] = [];
  // the headline is read apart (below); a first paragraph that is the lead is read like the rest
  const titled = firstParagraphIsTitle(doc);
  const top = doc.quotePairs.filter((p) => p.depth === 0 && !doc.paragraphs[p.paragraph]!.boilerplate && (p.paragraph > 0 || !titled) && /[\p{L}\p{N}]/u.test(doc.text.slice(p.start, p.end)));
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

  // transcript lines are their speaker's words whole: nothing inside them is read again
  const transcript = transcriptLines(doc, titled ? 1 : 0);
  const inTranscript = new Set(transcript.map((t) => t.paragraph));
  for (const t of transcript) {
    const inner = doc.quotePairs.filter((q) => q.depth === 0 && q.start >= t.content.start && q.end <= t.content.end);
    drafts.push({
      kind: inner.length ? 'mixed' : 'indirect', spans: [t.content], fragments: inner.map((q) => trimmed(doc, q)), ref: t.ref, cue: null, addressee: null,
      paragraph: t.paragraph, sentence: doc.sentences.findIndex((s) => s.paragraph === t.paragraph), confidence: confidenceOf(t.ref, 0.8), flags: ['transcript'], rule: 'transcript-line', pairs: inner.map((q) => q.index),
    });
    for (const q of inner) byPair.set(q.index, drafts.at(-1)!);
  }

  for (const sentence of doc.sentences) {
    const para = doc.paragraphs[sentence.paragraph]!;
    if (para.boilerplate || (sentence.paragraph === 0 && titled) || inTranscript.has(sentence.paragraph)) continue;
    const pairs = pairsOf.get(sentence.index) ?? [];
    const floor = contentFloor(doc, sentence);
    const inside = insideOf(pairs);
    const cues = findCues(doc, sentence, inside);

    // direct quotations
    let prevEnd = floor;
    // the attribution right after the last quotation, when one came before it too ("Fallon fired
    // back: “A,” he wrote, “B”"): the quotation goes on after it
    let between: { pair: number; end: number } | null = null;
    for (const p of pairs) {
      // (a signature line in quotation marks of its own signs the quotation before; it is no quotation)
      if (signatures.has(p.index)) continue;
      const span = trimmed(doc, p);
      // `“A,” he said, “B.”`: the second piece of a quotation interrupted by its attribution
      const last0 = drafts.at(-1);
      const interrupted = last0 && last0.kind === 'direct' && last0.sentence === sentence.index
        ? (last0.cue && last0.ref && last0.rule.startsWith('quote-') ? Math.max(last0.cue.end, last0.ref.mention.end) : between && last0.pairs.at(-1) === between.pair ? between.end : null)
        : null;
      between = null;
      // `chanted "A" and "B."`: a second quotation joined to a direct one goes on with it
      const joinedTo = last0 && last0.kind === 'direct' && last0.sentence === sentence.index && last0.pairs.length ? doc.quotePairs[last0.pairs.at(-1)!] : undefined;
      // (also set off by commas: `telling the crowd, “A,” and, “B?”`)
      if (last0 && joinedTo && /^,?\s+(?:and|or),?\s+$/u.test(doc.text.slice(outer(joinedTo).end, outer(p).start)) && !/[\p{L}\p{N}]/u.test(doc.text.slice(outer(p).end, sentence.end))) {
        last0.spans.push(span); last0.pairs.push(p.index); byPair.set(p.index, last0);
        prevEnd = outer(p).end;
        continue;
      }
      if (last0 && interrupted !== null) {
        const attrEnd = interrupted;
        // `“A,” he said of Trump, “B”`, `“A,” said Sherman, speaking of politicians, “B”`: a short
        // phrase may follow the cue
        // (not the addressee of a verb of telling: “A,” the nominee told “Fox and Friends”)
        const gap = doc.text.slice(attrEnd, outer(p).start);
        const told = CUE_FORMS[doc.text.slice(last0.cue?.start ?? 0, last0.cue?.end ?? 0).toLowerCase()]?.[1] === 'tell' && !/[,:]/u.test(gap);
        // (or a time, "“A,” Axelrod tweeted last January, “B”", or the speaker's appositive, "“A,”
        // said Edward Leamer, an economist who is the director of ..., “B”")
        // (any setting or aside, when the second piece goes on with the sentence in lower case:
        // "“Word is,” Trump said last month on Twitter, “that Ford Motor ...”", "“A,” Thiel wrote in
        // a statement to Wired explaining why he is speaking, “but most Americans agree ...”")
        // (not after a reported clause of its own: "“Filth out!” she wrote, arguing that if ..., “more ...”")
        const goesOn = /^\p{Ll}/u.test(doc.text.slice(span.start, span.start + 1)) && gap.length <= 160 && /,\s*$/u.test(gap) && !/[.!?;]["”’]?\s|[“”"«»]|\bthat\b/u.test(gap);
        // (the addressee of a verb of telling, set off by a comma: `“A,” she told Hewitt, “B”`)
        const addressed = !told && CUE_FORMS[doc.text.slice(last0.cue?.start ?? 0, last0.cue?.end ?? 0).toLowerCase()]?.[1] === 'tell' && /^\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'’&-]*\s*){1,4}|reporters|journalists|him|her|them|me|us|(?:the|a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}+)\s*,\s*$/u.test(gap);
        // (an attribution that ends its sentence with an abbreviation the splitter keeps, "“A,” Cruz told
        // reporters in Fort Mill, S.C. “B.”": the next sentence is the same speaker's, as after any period)
        const abbreviated = /^[^“”"«»]{0,160}\b\p{L}\.\s+$/u.test(gap) && /^\p{Lu}/u.test(doc.text.slice(span.start, span.start + 1));
        // (a quotation that a possessive, a preposition or an article introduces is a title, not the
        // next piece: “A,” he said in an interview with Sirius XM's “Breitbart News Daily.”)
        const titled = TITLE_BEFORE.test(gap);
        if (attrEnd <= outer(p).start && (abbreviated || (!told && !titled && (goesOn || addressed || BETWEEN_PIECES.test(gap))))) {
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
      // (so does a whole utterance after a dash: "... — which Moscow denies — “why wouldn’t you ...?” asked Dunn")
      // (and a sentence after a colon: "Cruz defends his bona fides in a commercial: “Securing our
      // borders ...,” the senator says")
      // (an attribution before the colon comes first: "Fallon fired back: “A,” he wrote, “B.”")
      const afterColon = /:\s*$/u.test(lead) && /^\p{Lu}/u.test(doc.text.slice(span.start, span.start + 1));
      const startsClause = /^[\s([\-—–]*$/u.test(lead) || (/(?:—|–|--)\s*$/u.test(lead) && /^\p{Lu}|[?!]$/u.test(doc.text.slice(span.start, span.end))) || afterColon;
      const colonFirst = afterColon ? attributionBefore(doc, p, prevEnd, cues, usedCues) : null;
      const after = endsClause(doc, p) ? attributionAfter(doc, p, sentence, cues, usedCues) ?? attributionInNext(doc, p, sentence, pairsOf, usedCues) : null;
      const found = colonFirst ?? (startsClause ? after : null) ?? attributionBefore(doc, p, prevEnd, cues, usedCues);
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
      // (a dash after a partial quotation is a byline, not its attribution: '... "still the No. 1 force."--Kim Hjelmgaard')
      // (nor is an attribution that goes on to a content of its own: "Wednesday on Fox News
      // Channel’s “Hannity,” Newt Gingrich said if ...")
      const afterTail = after?.cue && after.ref ? doc.text.slice(Math.max(after.cue.end, after.ref.mention.end), sentence.end) : null;
      // (an appositive after an inverted speaker closes it too: “...?” asked Dunn, now a partner at ...)
      const closesSentence = afterTail === null || sentenceFinalTail(afterTail, true) || /^\s*(?:,\s+\p{Ll}+ing|,?\s+(?:who|which|whose))\b/u.test(afterTail)
        // (or with no article: "..., said Stephen Loomis, president of the Cleveland Police Patrolmen's
        // Association.", "..., said Susan Crawford, then Maples's literary agent.")
        || (after?.rule === 'quote-cue-speaker' && /^\s*,\s*(?:(?:now|then|also|still|once)\s+)?(?:a|an|the|his|her|their|its|one|(?!(?:and|but|or|nor|so|yet|because|although|though|while|whereas|when|if|as|then)\s)\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}.-]*['’]s?)\s[^“”"]*$/u.test(afterTail));
      // (the cue is then free for the content after it)
      if (!found && after?.cue && !startsClause && !closesSentence) usedCues.delete(after.cue.start);
      if (!found && after && !startsClause && after.rule !== 'dash-after' && closesSentence) {
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
        // (by the same speaker: a pronoun, or the same name)
        // (another speaker's attribution leaves its cue to the quotation after it)
        if (after?.cue && after.ref && (!startsClause || colonFirst)) {
          if (after.ref.mention.kind === 'pronoun' || (after.ref.name !== null && after.ref.name === found.ref?.name)) between = { pair: p.index, end: Math.max(after.cue.end, after.ref.mention.end) };
          else if (found.cue?.start !== after.cue.start) usedCues.delete(after.cue.start);
        }
        const d: Draft = {
          kind: 'direct', spans: [span], fragments: [], ref: found.ref, cue: found.cue, addressee: found.addressee, paragraph: p.paragraph,
          sentence: sentence.index, confidence: confidenceOf(found.ref, 0.95), flags: [...flagsOf(p), ...(found.ref?.flags ?? [])], rule: found.rule, pairs: [p.index],
        };
        drafts.push(d); byPair.set(p.index, d);
        continue;
      }
      // an unattributed quotation that fills its sentence continues the quotation before it in the
      // same paragraph (`“A,” Clinton said. “B.”`); one that fills its paragraph, the last speaker
      // (reported speech inside the attribution's sentence may come between: "“A,” X said when
      // asked about Y. “B.”", "“A,” he said, noting that ... . “B.”")
      // (a partial quotation in the attribution's own sentence comes between too: "“A,” Carson
      // told the AP after hinting that “personnel changes” could come. “B.”")
      const sameSentenceAfter = (at: number): boolean => at >= 0 && drafts.slice(at + 1).every((d) => d.sentence === drafts[at]!.sentence);
      const lastAt = drafts.findLastIndex((d) => d.kind !== 'indirect');
      const directAt = drafts.findLastIndex((d) => d.kind === 'direct');
      const last = drafts[lastAt]?.kind === 'mixed' && sameSentenceAfter(directAt) && drafts[directAt]!.ref?.name != null && drafts[directAt]!.ref?.name === drafts[lastAt]!.ref?.name
        ? drafts[directAt]
        : sameSentenceAfter(lastAt) ? drafts[lastAt] : undefined;
      const fillsSentence = outer(p).start <= sentence.start + 1 && outer(p).end >= sentence.end - 2;
      if (last && last.kind === 'direct' && last.paragraph === p.paragraph && fillsSentence) {
        last.spans.push(span); last.pairs.push(p.index); byPair.set(p.index, last);
        continue;
      }
      // (after a partial quotation with its attribution, `Trump is a “change agent,” Cole said.
      // “That’s exactly what people want.”`, a quotation by the same speaker goes on with it)
      if (last && last.kind === 'mixed' && last.ref && last.paragraph === p.paragraph && last.sentence === sentence.index - 1 && fillsSentence) {
        // (one record, as the partial quotation and the whole one are one speaker's: the second
        // piece keeps its marks, as the first does)
        last.spans.push(outer(p)); last.fragments.push(trimmed(doc, p)); last.pairs.push(p.index); byPair.set(p.index, last);
        if (!last.flags.includes('continuation')) last.flags.push('continuation');
        continue;
      }
      // (after reported speech in the same paragraph, a quotation that fills its sentence is the
      // same speaker's words: "Or maybe Jeb Bush, digital consultant Phil Musser says. “Several
      // surveys ... suggest a second look is occurring for Jeb.”")
      // (the last by place in the text: a sentence's attributions are not drafted in its order)
      const prior = drafts.reduce<Draft | undefined>((best, d) => (d.paragraph === p.paragraph && d.sentence < sentence.index && (!best || d.spans[0]!.start > best.spans[0]!.start) ? d : best), undefined);
      if (prior && prior.kind === 'indirect' && prior.ref?.name && prior.paragraph === p.paragraph && prior.sentence < sentence.index && fillsSentence && !p.flags.includes('continues')
        && words(doc.text.slice(p.start, p.end)) >= 4) {
        addContinuation(p, span, sentence.index, prior.ref, 'continuation-after-reported', 0.75);
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
      if (fillsParagraph(doc, p) && words(doc.text.slice(p.start, p.end)) >= 4) {
        const lead = leadIn(doc, p.paragraph, usedCues);
        // a signature line after it names the speaker: "“...” ¶ -Michelle Marks, Philadelphia."
        const signed = lead ? null : signatureAfter(doc, p);
        const prev = lead || signed ? null : previousSpeaker(drafts, p.paragraph);
        if (lead) addContinuation(p, span, sentence.index, lead.ref, 'lead-in-paragraph', 0.9, lead.cue);
        else if (signed) {
          addContinuation(p, span, sentence.index, signed, 'signature-paragraph', 0.85);
          for (const q of doc.quotePairs) if (q.paragraph === p.paragraph + 1) signatures.add(q.index);
        }
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
      // ("A Turkish official said that ..., Cyprus Mail reported": the content opens with an
      // attribution of its own, whose speaker is the source; the outlet only relays it)
      if (r && r.rule.startsWith('content-') && (cues[lastCue]!.cls === 'according' || !opensWithAttribution(doc, r.content, cues.slice(0, lastCue)))) order.unshift(order.pop()!);
    }
    // "Asked whether he would ..., Reid said ...": the question put to the speaker, by someone
    // unnamed or by the one after "by"; the verbs inside the question report nothing
    const asked = askedQuestion(doc, sentence, floor);
    // (a short title in it stays: 'Asked why ... during an appearance on "CBS This Morning," Sanders said')
    if (asked && !recentOverlap(drafts, sentence.paragraph, asked.content) && !pairs.some((p) => p.start < asked.content.end && asked.content.start < p.end && !SHORT_TITLE.test(doc.text.slice(p.start, p.end)))) {
      drafts.push({
        kind: 'indirect', spans: [asked.content], fragments: [], ref: asked.asker, cue: asked.cue, addressee: asked.addressee, paragraph: sentence.paragraph,
        sentence: sentence.index, confidence: asked.asker ? confidenceOf(asked.asker, 0.6) : 0.5, flags: ['question', ...(asked.asker?.flags ?? [])], rule: 'asked-question', pairs: [],
      });
      for (const c of cues) if (c.start >= asked.cue.start && c.start < asked.content.end) usedCues.add(c.start);
    }
    for (const ci of order) {
      const cue = cues[ci]!;
      if (usedCues.has(cue.start)) continue;
      const r = reported(doc, sentence, floor, cue, cues[ci + 1], cues);
      if (!r) continue;
      let pieces = r.subjectPiece ? [r.subjectPiece, r.content] : [r.content];
      let inner = pairs.filter((p) => pieces.some((c) => p.start >= c.start && p.end <= c.end));
      // ("Trump asserted that France had lost its identity: “France is no longer France,” he
      // claimed": a quotation of its own after a colon ends the content at the colon)
      const taken = inner.find((p) => byPair.has(p.index));
      const colon = taken && pieces.length === 1 ? doc.text.lastIndexOf(':', outer(taken).start) : -1;
      if (taken && colon > r.content.start && /^:\s*$/u.test(doc.text.slice(colon, outer(taken).start)) && words(doc.text.slice(r.content.start, colon)) >= 2) {
        pieces = [clip(doc, r.content.start, colon)];
        inner = pairs.filter((p) => p.start >= pieces[0]!.start && p.end <= pieces[0]!.end);
      }
      if (inner.some((p) => byPair.has(p.index))) continue;
      if (pieces.some((c) => recentOverlap(drafts, sentence.paragraph, c))) continue;
      const kind: QuoteKind = inner.some((p) => !scareQuote(doc, p)) ? 'mixed' : 'indirect';
      // (a poll named at the end of a clause is a weaker source than "according to")
      const base = cue.cls === 'evidence' || cue.lemma === 'in poll' ? 0.6 : kind === 'mixed' ? 0.85 : cue.cls === 'belief' || cue.cls === 'intent' ? 0.5 : 0.75;
      const d: Draft = {
        kind, spans: pieces, fragments: kind === 'mixed' ? inner.map((p) => trimmed(doc, p)) : [], ref: r.ref, cue: { start: cue.start, end: cue.end },
        addressee: r.addressee, paragraph: sentence.paragraph, sentence: sentence.index, confidence: confidenceOf(r.ref, base),
        flags: [...(r.ref?.flags ?? []), ...(cue.cls === 'belief' || cue.cls === 'intent' ? [cue.cls] : cue.cls === 'evidence' && r.ref?.type !== 'person' && r.ref?.type !== 'group' && r.ref?.type !== 'organization' ? ['document'] : []), ...(negated(doc, cue) ? ['negated'] : [])], rule: r.rule, pairs: inner.map((p) => p.index),
      };
      for (const p of inner) byPair.set(p.index, d);
      usedCues.add(cue.start);
      drafts.push(d);
      if (r.resumed && !recentOverlap(drafts, sentence.paragraph, r.resumed)) {
        const more = pairs.filter((p) => p.start >= r.resumed!.start && p.end <= r.resumed!.end && !byPair.has(p.index));
        const mixed = more.some((p) => !scareQuote(doc, p));
        const e: Draft = { ...d, kind: mixed ? 'mixed' : 'indirect', spans: [r.resumed], fragments: mixed ? more.map((p) => trimmed(doc, p)) : [], pairs: more.map((p) => p.index), flags: [...d.flags, 'resumed'] };
        for (const p of more) byPair.set(p.index, e);
        drafts.push(e);
      }
    }
    // a partial quotation later in the sentence that no record took is still the speaker's: the
    // reported content runs on to the sentence's end and holds it ("Trump denied the accusations
    // through a spokeswoman, dismissing O'Donnell as “a disgruntled former employee.”"); not a
    // title ("he said on MSNBC’s “Morning Joe.”") nor a scare quote
    const own = sentenceDrafts(drafts, sentence.index);
    runOnToQuotation(doc, drafts, own, sentence, pairs, byPair, cues, usedCues);
    // a partial quotation in the object of a clause whose subject is a person or an organisation,
    // whatever the verb: the writer quotes the subject ("Sanders credited Clinton's victory to “a
    // closed primary”", "He commanded the Democratic Party to “do the right thing”")
    // (before the sentence's other records only: "The State Department gave its “deepest sympathies”
    // and said ...": the object ends where the next attribution begins)
    const limit = Math.min(sentence.end, ...own.map((d) => Math.min(d.spans[0]!.start, d.cue?.start ?? Infinity)));
    const object = quotedObject(doc, sentence, floor, pairs, byPair, limit);
    if (object) {
      const d: Draft = {
        kind: 'mixed', spans: [object.content], fragments: object.pairs.map((p) => trimmed(doc, p)), ref: object.ref, cue: object.verb, addressee: null, paragraph: sentence.paragraph,
        sentence: sentence.index, confidence: confidenceOf(object.ref, 0.5), flags: [...object.ref.flags, 'verb_unknown'], rule: 'subject-verb-quotation', pairs: object.pairs.map((p) => p.index),
      };
      for (const p of object.pairs) byPair.set(p.index, d);
      drafts.push(d);
    }
    // "Trump's criticism of the judge", "his support for abortion rights": a noun of speech or stance
    // (and a verb of talking with its topic: "Trump talked about his wall")
    for (const n of nounAndTopicAttributions(doc, sentence, floor)) {
      if (recentOverlap(drafts, sentence.paragraph, n.content)) continue;
      const inner = pairs.filter((p) => p.start >= n.content.start && p.end <= n.content.end);
      if (inner.some((p) => byPair.has(p.index))) continue;
      const mixed = inner.some((p) => !scareQuote(doc, p));
      const d: Draft = {
        kind: mixed ? 'mixed' : 'indirect', spans: [n.content], fragments: mixed ? inner.map((p) => trimmed(doc, p)) : [], ref: n.ref, cue: n.cue,
        addressee: null, paragraph: sentence.paragraph, sentence: sentence.index, confidence: confidenceOf(n.ref, 0.6),
        flags: [...n.ref.flags, n.topic ? 'topic' : 'nominal-cue'], rule: n.topic ? 'speaker-topic' : 'possessor-noun-content', pairs: inner.map((p) => p.index),
      };
      for (const p of inner) byPair.set(p.index, d);
      drafts.push(d);
    }
  }

  // an attribution in the headline ("Trump Says He Never Pledged ...")
  const head = titled ? headlineQuote(doc) : null;
  if (head && !head.fragments.some((f) => doc.quotePairs.some((p) => p.start === f.start && byPair.has(p.index)))) {
    drafts.push({
      kind: head.kind, spans: [head.content], fragments: [...head.fragments], ref: head.ref, cue: head.cue, addressee: null, paragraph: 0,
      sentence: doc.sentences.findIndex((s) => s.paragraph === 0), confidence: confidenceOf(head.ref, 0.6), flags: ['headline'], rule: head.rule, pairs: [],
    });
  }

  // multi-paragraph quotations whose speaker comes later in the chain, or from a lead-in
  for (const { p, span, sentence } of pending) {
    const chain = chainOf(doc, p);
    const named = chain.map((i) => byPair.get(i)).find((d) => d?.ref);
    const lead = named ? null : leadIn(doc, doc.quotePairs[chain[0]!]!.paragraph, usedCues);
    const prev = named || lead ? null : previousSpeaker(drafts, doc.quotePairs[chain[0]!]!.paragraph);
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
        kind: d.kind, start, end, spans: d.spans, fragments: d.fragments, speaker: d.ref?.mention ?? null, speakerName: nameOf(d.ref),
        speakerType: d.ref?.type ?? 'unknown', speakerRole: d.ref?.role ?? null, cue: d.cue, addressee: d.addressee ?? pronounAddressee(doc, d), paragraph: d.paragraph,
        sentence: d.sentence, confidence: d.confidence, flags: [...new Set(d.flags)], rule: d.rule,
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const known = new Set(doc.mentions.map((m) => `${m.start}:${m.end}`));
  const extra = mentions.filter((m) => !known.has(`${m.start}:${m.end}`) && known.add(`${m.start}:${m.end}`));
  const allMentions = extra.length ? [...doc.mentions, ...extra].sort((a, b) => a.start - b.start || a.end - b.end) : doc.mentions;
  return { ...doc, quotes, mentions: allMentions };
}

// "Trump told him ...", "“...,” she told him": one told named by an object pronoun right after a
// verb of telling, resolved to the person it stands for (see objectPronounName)
function pronounAddressee(doc: Doc, d: Draft): string | null {
  if (!d.cue || CUE_FORMS[doc.text.slice(d.cue.start, d.cue.end).toLowerCase()]?.[1] !== 'tell') return null;
  // ("her" only where it is no possessive: before a clause, a preposition or the sentence's end,
  // not "told her story")
  const object = /^\s+(?:(him)\b(?!['’])|(her)(?=\s*[,.;:!?”"]|\s+(?:(?:that|the|a|an|this|these|those|his|their|its|our|my|your|it|he|she|they|we|I|there|to|about|of|on|in|at|during|when|what|how|why|whether|if)\b|\p{Lu})))/u.exec(doc.text.slice(d.cue.end, d.cue.end + 20));
  const word = object?.[1] ?? object?.[2];
  return object && word ? objectPronounName(doc, d.cue.end + object[0].length - word.length, word, d.ref) : null;
}

// The records of one sentence: drafts are made sentence by sentence, so they are the last ones
// (found from the end, not by a scan of the whole article for every sentence)
function sentenceDrafts(drafts: readonly Draft[], sentence: number): Draft[] {
  const out: Draft[] = [];
  for (let k = drafts.length - 1; k >= 0 && drafts[k]!.sentence >= sentence; k--) if (drafts[k]!.sentence === sentence) out.push(drafts[k]!);
  return out.reverse();
}

function runOnToQuotation(doc: Doc, drafts: readonly Draft[], own: readonly Draft[], sentence: Sentence, pairs: readonly QuotePair[], byPair: Map<number, Draft>, cues: readonly Cue[], usedCues: ReadonlySet<number>): void {
  if (!own.length) return;
  const d = own.reduce((a, b) => (Math.max(...b.spans.map((sp) => sp.end)) > Math.max(...a.spans.map((sp) => sp.end)) ? b : a));
  // (only content that follows its cue, "X said ...", "X, who said ...", "X told Y ...")
  if (d.kind === 'direct' || d.spans.length !== 1 || !/^(?:speaker-cue-content|speaker-tell-content|relative-cue-content)$/u.test(d.rule)) return;
  const span = d.spans[0]!;
  const free = pairs.filter((p) => p.start >= span.end && !byPair.has(p.index) && p.open !== null && !scareQuote(doc, p) && !isTitle(doc.text.slice(p.start, p.end)));
  if (!free.length || drafts.some((o) => o !== d && o.spans.some((sp) => sp.end > span.end && sp.start < sentence.end))) return;
  // (another attribution between them takes what follows it; so does a clause of its own after a
  // dash, a semicolon or a conjunction: "..., and at one point the crowd loudly reprised the chant “...”")
  if (cues.some((c) => c.start >= span.end && c.start < free[0]!.start && !usedCues.has(c.start))) return;
  // (or a second verb of the subject's: "called the merger “a terrible deal” and ranked Fiorina ... “...”")
  if (/[—–;]|--|,\s+(?:and|while|whereas|as|though|although)\s+(?!that\b)/u.test(doc.text.slice(span.end, free[0]!.start))) return;
  if (/[”"’]$/u.test(doc.text.slice(span.start, span.end)) && /^\s+and\s+(?:then\s+)?\p{Ll}{3,}ed\s+(?:the|a|an|his|her|their|its|\p{Lu})/u.test(doc.text.slice(span.end, free[0]!.start))) return;
  // (nor does a participle's content run into the main clause: "After blasting X, Beck doubled down ...")
  if (d.cue && /ing$/u.test(doc.text.slice(d.cue.start, d.cue.end))) return;
  const all = pairs.filter((p) => p.start >= span.end && !byPair.has(p.index));
  d.spans[0] = clip(doc, span.start, sentence.end);
  d.kind = 'mixed';
  d.fragments = [...d.fragments, ...free.map((p) => trimmed(doc, p))];
  d.pairs = [...d.pairs, ...all.map((p) => p.index)];
  for (const p of all) byPair.set(p.index, d);
  if (!d.flags.includes('run_on')) d.flags.push('run_on');
}
// The clause's subject and verb before a partial quotation: the subject opens the sentence (or
// follows an opening phrase and its comma), a person, organisation or group; the verb is the
// lower-case word after it, perhaps after an auxiliary or an adverb. The content runs from after the
// verb to the sentence's end.
const AFTER_SUBJECT = /^\s+(?:(?:also|has|have|had|will|would|is|was|were|are|then|later|\p{Ll}+ly)\s+){0,2}(\p{Ll}[\p{Ll}-]+)\b/u;
const NAMED_THING = /\b(?:hearing|hearings|bill|legislation|act|report|conference|forum|summit|program|programme|initiative|campaign|concept|term|titled|entitled|called|named|dubbed|known\s+as)\s*,?\s*(?:(?:today|yesterday|on\s+\p{L}+)\s*,?\s*)?$/u;
const DEED_VERBS = /^(?:arrested|arrests|charged|created|creates|designed|chaired|co-chaired|hosted|hosts|sponsored|sponsors|cosponsored|introduced|introduces|launched|launches|founded|established|organized|convened|convenes|renamed|titled)$/u;
const NO_VERB = /^(?:and|or|but|of|in|on|at|to|for|with|from|by|as|who|which|that|whose|said|says|the|a|an|this|these|those|his|her|their|its|our|not|also|only|just|even)$/u;
// a role before a name that opens its clause: "Former Obama spokesman ", "Senate Majority Leader "
const ROLE_BEFORE = /^(?:(?:The|the|A|a|An|an|Former|former)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:[\p{Ll}-]+\s+)?(?:spokesman|spokeswoman|spokesperson|senator|governor|president|chairman|chairwoman|leader|director|adviser|advisor|aide|strategist|manager|secretary|mayor|candidate|nominee|host|analyst|Sen\.|Rep\.|Gov\.|Leader|Chairman|Secretary|Speaker|Mayor|President|Director)\s+$/u;
function quotedObject(doc: Doc, sentence: Sentence, floor: number, pairs: readonly QuotePair[], byPair: ReadonlyMap<number, Draft>, limit: number): { ref: SpeakerRef; verb: Span; content: Span; pairs: QuotePair[] } | null {
  const free = pairs.filter((p) => !byPair.has(p.index) && p.open !== null && p.depth === 0 && p.end <= limit && !scareQuote(doc, p) && !isTitle(doc.text.slice(p.start, p.end)) && !namedTerm(doc, p));
  if (!free.length || doc.paragraphs[sentence.paragraph]!.boilerplate) return null;
  const first = free[0]!;
  const from = Math.max(floor, sentence.start);
  // (an opening phrase and its comma: "On Monday, Trump called ...")
  const lead = /^(?:[^,“”"]{1,60},\s*)?/u.exec(doc.text.slice(from, first.open!.start))![0];
  // (a pronoun that opens the sentence is a subject too: "He rails against ... and pledges to stand
  // firm against its “cheating”")
  const pronoun = /^(?:He|She|They)(?=\s)/u.exec(doc.text.slice(from + lead.length, first.open!.start));
  const subjects = pronoun ? [{ start: from + lead.length, end: from + lead.length + pronoun[0].length, type: 'person' }, ...doc.mentions] : doc.mentions;
  for (const m of subjects) {
    if (m.start < from || m.start >= first.open!.start) continue;
    // (the name may follow an article, or its role: "The State Department gave ...", "Former Obama
    // spokesman Robert Gibbs derided ...")
    if (!/^(?:(?:The|A|An)\s+)?$/u.test(doc.text.slice(from, m.start)) && m.start !== from + lead.length && !ROLE_BEFORE.test(doc.text.slice(from + lead.length, m.start))) continue;
    if (m.type !== 'person' && m.type !== 'organization' && m.type !== 'group') continue;
    const v = AFTER_SUBJECT.exec(doc.text.slice(m.end, first.open!.start));
    if (!v || NO_VERB.test(v[1]!)) return null;
    const verbStart = m.end + v.index + v[0].length - v[1]!.length;
    // (a verb by the tagger, or by its ending where the tagger did not look; not a passive: "was identified as")
    const tok = doc.tokens[lowerBound(doc.tokens, verbStart)];
    if (tok && tok.start === verbStart ? tok.pos !== 'VERB' : !/(?:ed|[^s]s)$|^(?:gave|made|took|put|sent|held|kept|brought|got|won|lost|left|paid|set|saw|found|thought|felt|spoke|chose|drew|threw|wrote|told|struck|offered)$/u.test(v[1]!)) return null;
    if (/\b(?:is|was|were|are)\s+\p{Ll}+ed$/u.test(v[0])) return null;
    // (the quotation in the verb's own clause, within fourteen words of it: not after a dash, a
    // bracket or a subordinate clause, "when “an illegal alien ...”")
    const gap = doc.text.slice(verbStart + v[1]!.length, first.open!.start);
    if (/[;—–(]|--|\b(?:when|before|after|while|because|if|whether|since|than|who|which|where)\b/u.test(gap) || (gap.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length > 14) return null;
    // (nor a name given to an event, a bill or an idea, "chaired a hearing titled, “Examining ...”",
    // "introduced legislation today “the Rockland Historic Windjammer Wharf bill”", nor the object of
    // a deed, "arrested three for “suspicion of trespassing”", "created the concept of ''...''")
    if (NAMED_THING.test(gap) || DEED_VERBS.test(v[1]!)) return null;
    const ref = speakerBefore(doc, verbStart, from);
    if (!ref || ref.mention.start > m.start || ref.type === 'place') return null;
    // (up to a dash or semicolon after the quotation, which opens an aside or a clause of the writer's)
    const stop = /\s(?:—|–|--)\s|;/u.exec(doc.text.slice(first.end, limit));
    const end = stop ? first.end + stop.index : limit;
    // (two verbs may share the object: "derided and insulted “the professional left”")
    const second = /^\s+(?:and|or)\s+\p{Ll}{3,}(?:ed|s)\b/u.exec(doc.text.slice(verbStart + v[1]!.length, first.open!.start))?.[0].length ?? 0;
    const content = clip(doc, verbStart + v[1]!.length + second, end - (/\s+(?:and|but|or)\s*$/u.exec(doc.text.slice(first.end, end))?.[0].length ?? 0));
    if (content.end <= content.start) return null;
    return { ref, verb: { start: verbStart, end: verbStart + v[1]!.length }, content, pairs: pairs.filter((p) => p.start >= content.start && p.end <= content.end && !byPair.has(p.index)) };
  }
  return null;
}


// The speaker's name: the entity's canonical name, or, for a source the article never names, the
// phrase that describes it ("a Turkish official"); an unresolved pronoun has none.
const nameOf = (ref: SpeakerRef | null): string | null =>
  ref === null ? null : ref.name ?? (ref.mention.kind !== 'pronoun' && describesSource(ref.mention.text) ? ref.mention.text : null);


// Whether reported content begins with a short subject and a cue of its own ("a Turkish official said ...").
function opensWithAttribution(doc: Doc, content: Span, cues: readonly Cue[]): boolean {
  // (only "say" and "tell": "Social media has added another link" is no attribution)
  const first = cues.find((c) => c.start >= content.start && c.end <= content.end && (c.lemma === 'say' || c.lemma === 'tell'));
  if (!first) return false;
  // the subject, after an opening phrase ("In December, a Turkish official said")
  const lead = doc.text.slice(content.start, first.start);
  const from = content.start + lead.lastIndexOf(',') + 1;
  const subject = doc.text.slice(from, first.start);
  if (/[;:“”"]/u.test(subject) || (subject.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length > 6) return false;
  return (speakerBefore(doc, first.start, from) ?? genericSubject(doc, from, first.start)) !== null;
}

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

// "did not say", "never wanted", "doesn't know": the cue is negated, its content not asserted
// (also a gerund after "instead of", "rather than" or "without": "Instead of calling himself
// conservative, Mr. Trump said ...")
const negated = (doc: Doc, cue: Span): boolean => /(?:\bnot|\bnever|n['’]t|\b[Ii]nstead\s+of|\b[Rr]ather\s+than|\b[Ww]ithout)\s+(?:\p{Ll}+ly\s+)?$/u.test(doc.text.slice(Math.max(0, cue.start - 24), cue.start));

// Only drafts of this paragraph or the one before can overlap a content span: look back that far
// (a scan of every draft would make long articles quadratic).
function recentOverlap(drafts: readonly Draft[], paragraph: number, span: Span): boolean {
  for (let i = drafts.length - 1; i >= 0 && drafts[i]!.paragraph >= paragraph - 1; i--) if (overlaps(drafts[i]!.spans, span)) return true;
  return false;
}

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
  const bp = doc.boilerplate[findContaining(doc.boilerplate, s.start)];
  return bp ? bp.end : s.start;
}

function fillsParagraph(doc: Doc, p: QuotePair): boolean {
  const para = doc.paragraphs[p.paragraph]!;
  const o = outer(p);
  return o.start <= para.start + 1 && o.end - o.start >= 0.8 * (para.end - para.start);
}

// A short paragraph right after a quotation paragraph that only names someone, perhaps after a
// dash, with an affiliation or place after a comma: "-Michelle Marks, Philadelphia.", "— President
// Obama, tweeting after Clinton's speech.", "Josh Bivens, Economic Policy Institute."
function signatureAfter(doc: Doc, p: QuotePair): SpeakerRef | null {
  const next = doc.paragraphs[p.paragraph + 1];
  if (!next || next.boilerplate || next.end - next.start > 120) return null;
  // (the quotation may close inside the signature's paragraph: "“... ¶ Josh Bivens, Economic Policy Institute.”")
  const line = doc.text.slice(next.start, next.end);
  const dash = /^\s*(?:[-—–―]+|--)\s*/u.exec(line);
  const from = next.start + (dash ? dash[0].length : 0);
  const ref = speakerAfter(doc, from, next.end);
  // (titles may come first: "-President Obama, tweeting ...")
  // (a lone initial is a section mark, not a name: "X."; nor is a heading in capitals: "TRUMP COUNTER")
  if (!ref || ref.mention.kind !== 'name' || (ref.type !== 'person' && ref.type !== 'organization') || !/^[\p{L}.\s-]{0,40}$/u.test(doc.text.slice(from, ref.mention.start)) || !/\p{L}{2}/u.test(ref.mention.text) || (/\s/u.test(ref.mention.text) && !/\p{Ll}/u.test(line))) return null;
  // (with no dash, only titles stand before the name: a section heading after the quotation,
  // "Immigration Reform", introduces the next paragraph and signs nothing)
  // (titles, roles, "Former", abbreviations and acronyms: "S.C. Rep. Jim Clyburn.", "Former NAACP president Ben Jealous.")
  if (!dash && !doc.text.slice(from, ref.mention.start).trim().split(/\s+/u).every((w) => !w || /^(?:\p{Lu}\.)+$|^\p{Lu}{2,}$|^(?:Former|Ex|Then)$/u.test(w) || TITLES.has(w.toLowerCase().replace(/\.$/u, '')) || ROLE_NOUNS.has(w.toLowerCase()))) return null;
  // the name ends the line or a comma follows it, and no verb of a clause does
  const rest = doc.text.slice(ref.mention.end, next.end);
  if (!/^\s*(?:[,.”"]|$)/u.test(rest) || (!dash && /\b(?:said|says|is|was|are|were|has|have|had|will|would)\b/u.test(rest))) return null;
  return ref;
}

function previousSpeaker(drafts: readonly Draft[], paragraph: number): Draft | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.paragraph < paragraph - 3) return null;
    // (reported speech counts in the paragraph right before: "Carter said that ... ¶ “That’s because ...”")
    // (but a thought, an intention or a document's finding names nobody who goes on speaking:
    // "Often, families did not understand the implications ... ¶ “There wasn't a lot of education ...”")
    if (d.paragraph < paragraph && d.ref && d.ref.name && (d.kind !== 'indirect' || (d.paragraph === paragraph - 1 && !d.flags.some((f) => f === 'belief' || f === 'intent' || f === 'document')))) return d;
  }
  return null;
}

// In an article that quotes with double marks, a top-level phrase in single marks is a scare quote
// or a headline-style title ("a key part of Obama’s strategic ‘rebalance’ towards Asia"), not a
// partial quotation: the content holding only such phrases stays indirect. (Where single marks are
// the article's quotation marks, British style, they quote.)
const DOUBLE_QUOTED = new WeakMap<readonly QuotePair[], boolean>();
// A name given to a thing in the writer's words: "a process called “exfiltration.”", "the
// so-called “Muslim ban”", "an operation dubbed “Desert Fox”".
const NAMED_TERM = /\b(?:a|an|the|this|that|these|those|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:called|dubbed|termed|known\s+as|nicknamed|named|labell?ed|titled|entitled|so-called)\s*$/iu;
function namedTerm(doc: Doc, p: QuotePair): boolean {
  return p.open !== null && NAMED_TERM.test(doc.text.slice(Math.max(0, p.open.start - 60), p.open.start)) && (doc.text.slice(p.start, p.end).match(/[\p{L}\p{N}'’-]+/gu) ?? []).length <= 5;
}

function scareQuote(doc: Doc, p: QuotePair): boolean {
  if (p.depth !== 0 || !p.open || !/^[‘']$/u.test(doc.text.slice(p.open.start, p.open.end))) return false;
  let double = DOUBLE_QUOTED.get(doc.quotePairs);
  if (double === undefined) {
    double = doc.quotePairs.some((q) => {
      const mark = q.open ? doc.text.slice(q.open.start, q.open.end) : '';
      return q.depth === 0 && mark !== '' && DOUBLE.has(DOUBLED[mark] ?? mark);
    });
    DOUBLE_QUOTED.set(doc.quotePairs, double);
  }
  return double;
}
