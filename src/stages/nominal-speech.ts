import type { Doc, Sentence, Span } from '../types.js';
import { findContaining, lowerBound } from '../core/doc.js';
import { CLAUSE_NOUNS, NOMINAL_CUES, TOPIC_ADVERBS, TOPIC_PREPOSITIONS, TOPIC_VERBS } from '../lexicon/roles.js';
import { describesSource, fromMention, genericSubject, possessiveRef, quotedSpans, speakerAfter, speakerBefore, type SpeakerRef } from './speakers.js';
import { clip, contentEnd } from './reported-speech.js';

/**
 * Attributions carried by a noun of speech or stance with its possessor ("Trump's criticism of the
 * judge", "his support for abortion rights": the possessor holds the position) and by a verb of
 * talking with its topic ("Trump talked about his wall"). Either way the noun phrase after the
 * preposition is the content: what the position or the talk is about.
 */
export interface Nominal { cue: Span; ref: SpeakerRef; content: Span; topic?: boolean }

// the prepositions that open a content after a noun or verb of speech; a plain scan for them finds
// the candidates, and the word before each is looked up
const PREPOSITION = new RegExp(String.raw`\s(${[...new Set([...[...NOMINAL_CUES.values()].flat(), ...TOPIC_PREPOSITIONS])].join('|')})\s+(?=\S)`, 'gu');
// the possessor right before the noun, one or two modifiers apart: "Mr. Trump's continual attacks on"
// (the modifiers are adjectives: in "his plan calls for rates" the noun is a verb)
const MODIFIER = String.raw`(?:[\p{Ll}-]+(?:al|ive|ous|ful|ed|ing|ic|ent|ant|ary|ly|ish|less|est|ist|ile)|recent|previous|past|strong|own|new|early|full|hard-line|harsh|public|fierce|sharp|vocal|frequent|repeated|continual|constant|latest|earlier|open|total|staunch|firm|longtime|long-standing|blunt|tough|broad|clear|high-profile|late|first)`;
const POSSESSOR = new RegExp(String.raw`(?:(['’]s?)|\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:${MODIFIER}\s+){0,2}$`, 'u');
// ("remarks on the floor of the Senate", "his position on the Finance Committee": a place or a seat)
const SETTING_HEAD = /^(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}(?:floor|committee|subcommittee|board|council|panel|commission|team|staff|ticket|trail|stump|show|program|programme|radio|television|TV|website|Twitter|Facebook|Instagram|blog|page|account|podcast|air)\b(?:\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)?\.?$/iu;
// content that is a time ("his statement on Wednesday") or a question word is none
// (nor a preposition: "such as RIAA talks about in the notice" strands its own)
const NO_CONTENT = /^(?:in|on|at|to|from|with|by|for|into|during|after|before|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Yy]esterday|[Tt]onight)(?:\s+(?:morning|afternoon|evening|night))?|what|whether|how|why|who|which|where|when|now|then|most|more|again|(?:a\s+(?:few|couple\s+of)\s+|several\s+|two\s+|three\s+)?(?:days|weeks|months|years)\s+(?:ago|earlier|later|before))\b/u;
// where the content noun phrase ends: a clause boundary, a finite verb or a subordinator
const CONTENT_END = /\s*(?:[,;:!?()]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|Sr|Gen|Lt|Col|Sgt|Mt|Ft|v|vs|\p{Lu}))\.(?=\s|$)|(?<=\b(?:it|them|him|her|this|that|these|those))\s+(?=\p{Ll}{3,}ly\b)|\s[-—–]+\s|(?<!\b(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those))\s+(?=\p{Ll}{3,}ed\s+(?:(?:the|a|an|his|her|their|its|him|them|us|me)\b|\p{Lu}))|\s+(?=by\s+\p{Ll}+ing\b|(?:saying|adding|noting|arguing|claiming|stating|writing|telling|calling|urging)\b|at\s+(?:a|an|the|his|her|their|every|each|\p{Lu})|on\s+(?:the\s+)?(?:news|air|radio|television|TV|stage|(?:campaign\s+)?trail)\b|for\s+(?:an?|about|nearly|almost|more\s+than|over|\d+|two|three|several|many)\s+(?:[\p{Ll}-]+\s+)?(?:hours?|minutes?|days?|weeks?|months?|years?|decades?)\b|in\s+(?:an?|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:interview|speech|statement|op-ed|letter|post|tweet|address|appearance|remarks|essay|column|book|memoir)\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|\s+(?=(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|do|did|isn['’]t|wasn['’]t|hasn['’]t|haven['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|seems|seemed|appears|appeared|helped|hurt|drew|draws|came|comes|made|makes|led|leads|gave|gives|raised|raises|became|becomes|remains|remained|sparked|prompted|reflects|reflected|shows|showed|got|gets|took|takes|began|continues|continued|angered|won|earned|costs?|means|meant|suggests|suggested|indicates|indicated|proves|proved|demonstrates|demonstrated|illustrates|illustrated|underscores|underscored|highlights|highlighted|reveals|revealed|marks|marked|stands|stood|signals|signaled|goes|went|because|since|during|after|before|when|while|despite|although|though|amid|that|which|who)\b))/u;

// (the same, to scan past boundaries inside quotations; compiled once)
const CONTENT_END_SCAN = new RegExp(CONTENT_END.source, 'gu');

// a letter, hyphen or apostrophe (ASCII at once, the rest by the Unicode class)
const isWordChar = (c: number, ch: string): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 0x2019 || (c > 127 && /\p{L}/u.test(ch));

/** The word that ends right before `at` in `body` (letters, hyphens, apostrophes), with its start. */
function wordBefore(body: string, at: number): { start: number; word: string } {
  let e = at;
  while (e > 0 && body[e - 1] === ' ') e--;
  let b = e;
  while (b > 0 && isWordChar(body.charCodeAt(b - 1), body[b - 1]!)) b--;
  return { start: b, word: body.slice(b, e) };
}

/**
 * The attributions of one sentence carried by a noun with its possessor ("his support for ...")
 * or by a verb of talking with its topic ("Trump talked about his wall").
 */
export function nounAndTopicAttributions(doc: Doc, sentence: Sentence, floor: number): Nominal[] {
  const body = doc.text.slice(floor, sentence.end);
  const out: Nominal[] = [];
  let quoted: Span[] | null = null;
  PREPOSITION.lastIndex = 0;
  for (let m = PREPOSITION.exec(body); m; m = PREPOSITION.exec(body)) {
    const prep = m[1]!;
    let w = wordBefore(body, m.index + 1);
    const contentStart = floor + m.index + m[0].length;
    const nominal = NOMINAL_CUES.get(w.word)?.includes(prep) === true;
    let topic = false;
    if (!nominal && TOPIC_PREPOSITIONS.has(prep)) {
      // (an adverb between the verb and its preposition: "talked openly about", "spoke at length of")
      if (TOPIC_ADVERBS.has(w.word)) {
        const before = wordBefore(body, w.start);
        w = (w.word === 'length' && before.word === 'at') || (w.word === 'detail' && before.word === 'in') ? wordBefore(body, before.start) : before;
      }
      if (w.word === 'up') {
        const verb = wordBefore(body, w.start);
        if (TOPIC_VERBS.has(`${verb.word} up`)) w = { start: verb.start, word: `${verb.word} up` };
      }
      topic = TOPIC_VERBS.has(w.word);
      // (the one spoken to may come first: "he spoke to CNN about the subject", "talked with reporters about")
      if (!topic && prep === 'about') {
        // (an end-anchored pattern: on the last few words only)
        const from = Math.max(0, m.index + 1 - 80);
        const to = /(?<!\p{L})(\p{L}+)\s+(?:to|with)\s+(?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+\s*$/u.exec(body.slice(from, m.index + 1));
        if (to && TOPIC_VERBS.has(to[1]!)) { w = { start: from + to.index, word: to[1]! }; topic = true; }
      }
    }
    if (!nominal && !topic) continue;
    // ("his promise to our country": "to" before a noun phrase names the one promised, no infinitive)
    if (nominal && prep === 'to' && !/^(?:opposition)$/u.test(w.word) && !/^(?!(?:the|a|an|our|their|his|her|its|my|your|these|those|this|that|all|every|each|some|any|voters|people|him|them|me|us)\b)\p{Ll}+\b/u.test(body.slice(m.index + m[0].length))) continue;
    // ("another supporter wrote on Reddit", "posted on his Facebook page", "wrote on social media", "wrote
    // on Facebook Tuesday that ...": where it was written, no topic)
    if (topic && prep === 'on' && /^(?:wr[io]te|writes|writing|written|post|posts|posted|posting|tweet|tweets|tweeted|tweeting|blog|blogs|blogged|blogging)$/u.test(w.word)
      && /^(?:(?:[\p{Lu}][\p{L}.'’-]*\s*){1,3}(?:[.,;!?:]|$|that\b)|(?:(?:his|her|their|its|the|a|an)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?)?(?:social\s+media|blog|blogs|website|websites|site|page|account|feed|timeline|wall|forum|message\s+board)\b)/u.test(body.slice(m.index + m[0].length))) continue;
    const cueStart = floor + w.start;
    quoted ??= quotedSpans(doc);
    if (findContaining(quoted, cueStart) >= 0) continue;
    const cue = { start: cueStart, end: floor + m.index + 1 + prep.length };
    const found = nominal ? nominalAt(doc, sentence, floor, cue, contentStart) : topicAt(doc, sentence, floor, cue, contentStart);
    if (found) out.push(found);
  }
  // "Critics seized on his warning that Britain would ...", "Podliska's claim is that ...": a noun
  // of speech with its possessor, and the clause after "that" as its content
  if (body.includes(' that ')) {
    for (const m of body.matchAll(CLAUSE_LINK)) {
      const w = wordBefore(body, m.index + 1);
      if (!CLAUSE_NOUNS.has(w.word)) continue;
      const cstart = floor + m.index + m[0].length;
      // (not a relative clause: "the claim that was rejected", "the message that he sent")
      if (RELATIVE_AFTER.test(doc.text.slice(cstart, cstart + 40))) continue;
      const cue = { start: floor + w.start, end: floor + w.start + w.word.length };
      quoted ??= quotedSpans(doc);
      if (findContaining(quoted, cue.start) >= 0) continue;
      const possessor = possessorOf(doc, floor, cue);
      if (!possessor) continue;
      // (a noun phrase that opens its clause is its subject, and where the "that" clause ends and
      // the main verb begins is unknown: "His claim that thousands cheered was false")
      if (!m[1] && CLAUSE_START.test(doc.text.slice(Math.max(floor, possessor.start - 12), possessor.start))) continue;
      let cend = cstart + contentEnd(doc, cstart, doc.text.slice(cstart, sentence.end));
      // (in a phrase that opens the sentence the clause ends at its comma, before the main clause:
      // "Following an Enron trader's statement that he wants to ..., Sen. Harry Reid repeated ...")
      if (FRONTED_PHRASE.test(doc.text.slice(sentence.start, possessor.start))) {
        const comma = doc.text.slice(cstart, cend).search(/,["”’]?\s/u);
        if (comma > 0) cend = cstart + comma + (/^,["”’]/u.test(doc.text.slice(cstart + comma)) ? 2 : 0);
      }
      const conjunct = NOUN_CONJUNCT.exec(doc.text.slice(cstart, cend));
      if (conjunct && findContaining(quoted, cstart + conjunct.index) < 0) cend = cstart + conjunct.index;
      const content = clip(doc, cstart, cend);
      // (an object relative ends on its verb: "their billing statement that our amendment would provide")
      if ((doc.text.slice(content.start, content.end).match(/[\p{L}\p{N}]+/gu) ?? []).length < 3 || OBJECT_GAP.test(doc.text.slice(content.start, content.end))) continue;
      out.push({ cue, ref: possessor.ref, content });
    }
  }
  return out;
}

// (an opening participle too: "Outraged by an Enron trader's statement that ..., Sen. Harry Reid repeated")
const FRONTED_PHRASE = /^[\s“"]*(?:Following|After|Before|Since|Despite|Amid|Given|Upon|With|In\s+(?:response|reply|reaction)\s+to|In\s+light\s+of|Because\s+of|\p{Lu}\p{Ll}{2,}(?:ed|ing))\s[^,]*$/u;
const OBJECT_GAP = /^(?:[\p{L}'’-]+\s+){1,4}(?:would|will|can|could|should|may|might|must|did|does|do|has|have|had)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+[.!?]?$/u;
const CLAUSE_LINK = /\s(?:(is|was)\s+)?that\s+(?=\S)/gu;
const RELATIVE_AFTER = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|do|did|he|she|they|we|I|you|it)\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|do|did|not|never|also|still)\b)\p{Ll}+(?:ed)?\s*(?:[.,;]|$)|^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|do|did)\b/u;
const CLAUSE_START = /(?:^|[.;:!?]["”’]?\s*|\b(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o|that|because|if|whether|since|although|though|while|when|as)\s+)(?:[Tt]he\s+)?$/u;
// (a noun phrase joined after the clause belongs to the sentence, not to the content: "... his claim
// that many immigrants are rapists, and his refusal at times to ...", "..., or with his attempts to ...")
const NOUN_CONJUNCT = /,?\s+(?:and|or)\s+(?:(?:with|over|about|by|for)\s+)?(?:his|her|their|its|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?)\s+(?=\p{Ll})/u;

// the possessor right before a noun of speech ("Trump's", "his", "the front-runner's"), the speaker
function possessorOf(doc: Doc, floor: number, cue: Span): { ref: SpeakerRef; start: number } | null {
  const lead = doc.text.slice(Math.max(floor, cue.start - 40), cue.start);
  const pos = POSSESSOR.exec(lead);
  if (!pos) return null;
  const at = cue.start - lead.length + pos.index;
  let ref: SpeakerRef | null = null;
  if (pos[2]) ref = possessiveRef(doc, at, pos[2]);
  else {
    // a name right before the apostrophe, or a description of a source ("the front-runner's")
    const named = doc.mentions[lowerBound(doc.mentions, at) - 1];
    if (named && named.end === at && named.kind === 'name' && named.type !== 'place') ref = fromMention(doc, named);
    else {
      const phrase = speakerBefore(doc, at, floor);
      if (phrase && phrase.mention.end === at && (phrase.mention.kind === 'name' || describesSource(phrase.mention.text))) ref = phrase;
    }
  }
  // ("belying budget hawks' predictions": a participle is no part of a possessor)
  if (!ref || (ref.name === null && ref.mention.kind === 'pronoun') || /^\p{Ll}+ing\s/u.test(ref.mention.text)) return null;
  // (where the possessor phrase begins: the pronoun itself, or the name before the apostrophe)
  return { ref, start: pos[2] ? at : Math.min(at, ref.mention.start) };
}

// "Trump's criticism of the judge": the possessor speaks
function nominalAt(doc: Doc, sentence: Sentence, floor: number, cue: Span, contentStart: number): Nominal | null {
  const possessor = possessorOf(doc, floor, cue);
  if (!possessor) return null;
  const content = phraseAfter(doc, contentStart, sentence.end);
  return content ? { cue, ref: possessor.ref, content } : null;
}

// "Trump talked about his wall": the subject speaks, the phrase after the preposition is what about
function topicAt(doc: Doc, sentence: Sentence, floor: number, cue: Span, contentStart: number): Nominal | null {
  // ("a speaking fee", "the talk of the town": a noun after a determiner)
  if (/\b(?:a|an|the|his|her|their|its|this|that)\s+$/iu.test(doc.text.slice(Math.max(floor, cue.start - 8), cue.start))) return null;
  // ("After talking about security, Mr. Netanyahu suggested ...": a gerund clause opening the
  // sentence has the subject after its comma)
  const opening = /^\s*(?:After|Before|While|When|Since|By|Upon|In|On)\s+$/u.test(doc.text.slice(floor, cue.start)) && /^\p{L}+ing\b/u.test(doc.text.slice(cue.start, cue.end));
  const comma = opening ? doc.text.indexOf(', ', cue.end) : -1;
  const ref = opening ? (comma >= 0 && comma < sentence.end ? speakerAfter(doc, comma + 1, sentence.end) : null) : speakerBefore(doc, cue.start, floor) ?? genericSubject(doc, floor, cue.start);
  if (!ref || (ref.name === null && ref.mention.kind === 'pronoun') || ref.type === 'place') return null;
  if (opening && ref.mention.start - comma > 3) return null;
  // ("what Bernie is talking about now", "the description that he had spoken of": the topic is
  // the antecedent of an object relative, not the words after the verb)
  if (/\b(?:what|that|which|whom|as)\s+(?:\S+\s+){0,2}$/iu.test(doc.text.slice(Math.max(floor, ref.mention.start - 30), ref.mention.start))) return null;
  // (the speaker stands next to the verb, an auxiliary or adverb apart: "Trump has often talked about")
  if (!/^(?:\s+(?:has|have|had|is|are|was|were|will|would|also|often|repeatedly|again|then|later|recently|has\s+been|had\s+been|have\s+been|\p{Ll}+ly))*\s*$/u.test(doc.text.slice(ref.mention.end, cue.start))) return null;
  const content = whClauseAfter(doc, contentStart, sentence.end) ?? phraseAfter(doc, contentStart, sentence.end);
  if (!content || /^(?:condition|background|the\s+(?:phone|record|condition)|camera|(?:the\s+)?record|behalf|(?:the\s+)?(?:(?:Senate|House|U\.S\.\s+Senate|Assembly)\s+)?floor)\b/u.test(doc.text.slice(content.start, content.end))) return null;
  // ("spoke on Capitol Hill": a place is where, not what about)
  const place = doc.mentions[lowerBound(doc.mentions, content.start)];
  if (place && place.start === content.start && place.end >= content.end - 1 && place.type === 'place') return null;
  return { cue, ref, content, topic: true };
}

// "spoke about how the consulate had been taken over", "talked about what he would do": a
// question word opens a clause that is the topic, up to a clause boundary or the sentence's end
function whClauseAfter(doc: Doc, start: number, limit: number): Span | null {
  const rest = doc.text.slice(start, limit);
  if (!/^(?:what|how|why|whether|where|when|who)\s/u.test(rest)) return null;
  // (a comma ends it: the clause rarely holds one, and what follows is another clause or a setting)
  const stop = rest.search(/\s*(?:[;:,]|\s[—–]\s|--|[.!?]["”’]?\s*$)/u);
  const text = stop >= 0 ? rest.slice(0, stop) : rest.trimEnd();
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 3 || words.length > 40 || /[“”"]/u.test(text)) return null;
  return { start, end: start + text.length };
}

// the noun phrase that starts at `start`, up to a verb, subordinator or clause boundary
function phraseAfter(doc: Doc, start: number, limit: number): Span | null {
  const rest = doc.text.slice(start, limit);
  // (a boundary inside a quotation is none: "continuing the “progress we had under President Obama”")
  const quoted = quotedSpans(doc);
  let end = start + rest.replace(/[\s.]+$/u, '').length;
  CONTENT_END_SCAN.lastIndex = 0;
  for (let stop = CONTENT_END_SCAN.exec(rest); stop; stop = CONTENT_END_SCAN.exec(rest)) {
    const k = findContaining(quoted, start + stop.index + 1);
    if (k >= 0) { CONTENT_END_SCAN.lastIndex = Math.max(CONTENT_END_SCAN.lastIndex, quoted[k]!.end - start); continue; }
    end = start + stop.index;
    break;
  }
  // (a conjunction before the verb that ended the phrase is no part of it: "commented on the
  // meeting and offered Alito his support")
  // (nor a stranded preposition: "his position on waterboarding with that of Sen. Cruz")
  end = start + doc.text.slice(start, end).replace(/(?:[\s,]+(?:and|or|but|with|of|to|for|from|than|as))+\s*$/u, '').length;
  const text = doc.text.slice(start, end);
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length || words.length > 15 || NO_CONTENT.test(text) || SETTING_HEAD.test(text)) return null;
  return { start, end };
}
