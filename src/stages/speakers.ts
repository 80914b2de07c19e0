import type { Doc, EntityType, Mention, MentionKind, QuotePair, Sentence, Span } from '../types.js';
import { findContaining, lowerBound, outer } from '../core/doc.js';
import { CUE_FORMS } from '../lexicon/data/cue-verbs.generated.js';
import { EVIDENCE_NOUNS, GROUP_NOUNS, LIGHT_SPEECH_VERBS, ORG_NOUNS, PARTY_MEMBERS, PRONOUNS, ROLE_MODIFIERS, ROLE_NOUNS, SPEAKING_TEXTS, SPEECH_OBJECT_NOUNS } from '../lexicon/roles.js';
import { STANCE_ADJECTIVES } from '../lexicon/stance-adjectives.js';
import { genderOf } from '../lexicon/genders.js';
import { CAPITALISED_NON_NAMES, IRREGULAR_PAST, LY_NON_ADVERBS, PREPOSITIONS } from '../lexicon/function-words.js';
import { isPostalCode, placeOf, regionOf } from '../lexicon/places.js';
import { withTimeWords } from '../lexicon/time-words.js';
import { TITLES } from '../lexicon/abbreviations.js';
import { CITY_DATELINE, DATELINE } from '../lexicon/boilerplate.js';

// a place a thing stands at ("at Fishmongers' Hall"), not a time ("on Tuesday")
const AT_A_PLACE = withTimeWords(/\b(?:at|in|on|from|near|inside|outside)\s+(?:the\s+)?(?!(?:WEEKDAY|MONTH)\b)(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}$/u);

/** A speech verb (or "according to") found in a sentence. */
export interface Cue extends Span {
  readonly lemma: string;
  readonly cls: string;
}

/** Who a cue points at: the mention and the canonical name it resolves to. */
// A cue that reports a thought, an intention or what a document shows: content only, never the
// attribution of a quotation.
export const reportsOnly = (cue: Cue): boolean => cue.cls === 'belief' || cue.cls === 'intent' || cue.cls === 'evidence';

export interface SpeakerRef {
  readonly mention: Mention;
  readonly name: string | null;
  readonly type: EntityType;
  readonly role: string | null;
  readonly flags: readonly string[];
}


const LETTER = /[\p{L}\p{M}]/u;
// "point out", "go on": particle verbs in the lexicon
const PARTICLES = new Set(Object.keys(CUE_FORMS).filter((f) => f.includes(' ')));
// a past form ("found", "felt", "wrote", "put") is a verb wherever it stands, never the noun that a bare
// form after a name or a determiner can be ("a Twitter comment"; but "a parting shot" is one; and a
// participle in "-n" is an adjective there, "Senator Feinstein's written questions")
const isPastForm = (form: string): boolean => /ed$/u.test(form) || (IRREGULAR_PAST.has(form) && form !== 'shot') || form === 'put';
/** The first word of every form of the speech-verb lexicon ("calls" of "calls for"). */
export const CUE_FIRST_WORDS: readonly string[] = [...new Set(Object.keys(CUE_FORMS).map((f) => f.split(' ')[0]!))];
// every one-word form (and the first word of each particle verb), longest first, with an optional particle
// (ASCII \b, no unicode flag: the regex engine scans it fast; a letter glued before a match is checked after)
const CUE_SCAN = new RegExp(String.raw`\b(?:${[...CUE_FIRST_WORDS].sort((a, b) => b.length - a.length).join('|')})(?:\s+(?:out|on|back|in|up|to|for|it))?\b`, 'g');

// verbs of saying whose participle may open a sentence with the content after it ("Citing ...,")
const OPENING_PARTICIPLES = new Set(['cite', 'say', 'note', 'argue', 'call', 'describe', 'urge', 'warn', 'insist', 'claim', 'acknowledge', 'stress', 'emphasize', 'emphasise', 'tout', 'hail', 'praise', 'criticize', 'criticise', 'blame', 'accuse', 'predict', 'promise', 'pledge', 'vow', 'ask', 'tell', 'explain', 'suggest', 'add', 'declare', 'announce', 'reiterate', 'recall', 'remind']);
const STANCE_WORDS = STANCE_ADJECTIVES.join('|');
const STANCE_HINT = new RegExp(String.raw`\b(?:${STANCE_WORDS})\s`, 'u');
// (a clause follows: "that", or a subject pronoun or determiner; "not" and an adverb may stand
// between; "It is certain that" has no source and is left to the subject test)
const STANCE_COPULA = new RegExp(String.raw`(?<=\s)(?:is|are|was|were|be|been|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|feel|feels|felt|grew|grow|grows|growing|became|become|becomes|['’]re|['’]m|am)\s+(?:not\s+)?(?:(?:so|very|too|quite|increasingly|more|less|all|fairly|pretty|\p{Ll}+ly)\s+)?(${STANCE_WORDS})(?=\s+(?:that|he|she|they|it|we|I|the|his|her|their|its|this|there)\b|\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?\s+(?:would|will|could|can|might|may|is|was|are|were|has|had|did|does|should|must)\b)`, 'gu');

// "according to" after a verb of allotting or conduct (and the ones it goes to), or before a rule or a
// measure, means "in accordance with"
const ACCORDANCE_BEFORE = /\b(?:allocated|distributed|awarded|ranked|divided|apportioned|assigned|determined|calculated|adjusted|weighted|prioritized|prioritised|sorted|classified|arranged|organized|organised|tailored|spent|paid|lives?|lived|living|acts?|acted|acting|behaves?|behaved|proceeds?|proceeded|vary|varies|varied|differs?|differed|not)\s+(?:(?:to|among|between|by|for|on)\s+(?:[\p{L}-]+\s+){1,2})?$/u;
const ACCORDANCE_AFTER = /^\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:formulas?|criteria|needs|rules|guidelines|procedures|principles|priorities|instructions|wishes|provisions|requirements|merit|performance)\b/u;

/** What follows "state" as a noun before another: "state Sen. ...", "state officials", "state Supreme Court". */
export const STATE_NOUN_BEFORE = /^\s+(?:(?:Rep|Sen|Reps|Sens)\.|(?:representative|senator|senate|senators?|house|legislature|legislators?|lawmakers|officials?|laws?|level|government|capitol|budget|funding|employees|agencies|agency|party|parks?|police|representatives?|assembly|attorneys?|treasurer|auditor|court|supreme|election|elections|department|governments|leaders|lines?)\b)/iu;

/** Cue verbs of a sentence that stand outside quotation marks and are tagged as verbs. */
export function findCues(doc: Doc, sentence: Sentence, insideQuote: (offset: number) => boolean): Cue[] {
  const cues: Cue[] = [];
  const body = doc.text.slice(sentence.start, sentence.end);
  // (one alternation of the lexicon's forms: far faster than looking up every lower-case word)
  CUE_SCAN.lastIndex = 0;
  for (let m = CUE_SCAN.exec(body); m; m = CUE_SCAN.exec(body)) {
    if (m.index > 0 && LETTER.test(body[m.index - 1]!)) continue;
    let form = m[0];
    if (form.includes(' ') && !PARTICLES.has(form.replace(/\s+/u, ' '))) form = form.split(/\s+/u)[0]!;
    const entry = CUE_FORMS[form.replace(/\s+/u, ' ')];
    const start = sentence.start + m.index;
    if (!entry || insideQuote(start)) continue;
    // "so-called", "well-known": the second half of a hyphenated word is no verb
    // (a double hyphen is a dash: "Boyd--who is president of the association--says")
    if (start > 0 && doc.text[start - 1] === '-' && doc.text[start - 2] !== '-') continue;
    // a passive is no attribution by the subject ("Passage is expected", "He was told")
    // (a progressive is no passive: "Recent polling is showing ...", "the group is calling on Clinton to ...")
    // (but "was said to", "is expected to" report what someone unnamed says or expects)
    // (two adverbs may stand between: "Perez is not widely recognized")
    if (/(?:\b(?:is|are|was|were|be|been|being|am)|\b[Ii]['’]m)\s+(?:(?:\p{Ll}+ly|also|still|not|never|often|even|then|now|once|later|long|all|each|both)\s+){0,2}$/u.test(doc.text.slice(Math.max(0, start - 32), start)) && entry[0] !== 'say' && !/ing$/u.test(form.split(' ')[0]!) && !(PASSIVE_CUES.has(entry[0]) && /^\s+to\s+\p{Ll}/u.test(doc.text.slice(start + form.length, start + form.length + 12)))) continue;
    // ("offered his congratulations", not "offered an amendment" or "new faces and voices": see
    // LIGHT_SPEECH_VERBS)
    if (LIGHT_SPEECH_VERBS.has(entry[0])) {
      const object = LIGHT_OBJECT.exec(doc.text.slice(start + form.length, start + form.length + 80));
      if (!object || !SPEECH_OBJECT_NOUNS.has(object[1]!.toLowerCase())) continue;
    }
    // "the estimated cost", "an alleged plot": a participle after a determiner is an adjective
    // (or after a possessive: "Trump’s proposed wall")
    // (and a plural form after a numeral or a plural determiner is a noun: "the three states that
    // voted", "these reports", "several calls")
    if (/[^s]s$/u.test(form) && /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|these|those|several|many|both|all|other|various|numerous|few)\s+(?:\p{Ll}+\s+)?$/iu.test(doc.text.slice(Math.max(0, start - 24), start))) continue;
    // (so is a gerund after an article or a possessive: "a writing retreat", "the saying goes",
    // "people familiar with her thinking say"; "her" only after a preposition, where it is no object)
    // (not a verb of saying after a contracted auxiliary: "who’s argued", "she’s said")
    if ((form.endsWith('ed') && /(?:\b(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)|\p{L}['’]s?)\s+$/iu.test(doc.text.slice(Math.max(0, start - 7), start)) && !(/^(?:speech|tell|manner)$/u.test(entry[1]) && /\b(?:who|he|she|it|that|there|what|which)['’]s\s+$/iu.test(doc.text.slice(Math.max(0, start - 9), start))))
      || (form.endsWith('ing') && /\b(?:the|a|an|his|their|its|our|my|your|(?:with|of|about|on|in|for|to|from|by)\s+her)\s+$/iu.test(doc.text.slice(Math.max(0, start - 12), start)))
      // ("Also at Bingaman's urging, the bill contains ...": a name's gerund after a preposition)
      || (form.endsWith('ing') && /\b(?:[Aa]t|[Uu]pon|[Oo]n|[Bb]y|[Ww]ith|[Ff]ollowing)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*['’]s?\s+$/u.test(doc.text.slice(Math.max(0, start - 60), start)))) continue;
    // ("the Supreme Court ruling that paved the way": "ruling" is a noun, but for a participle after a
    // comma or a progressive, "..., ruling that the law was void", "the court is ruling")
    if (form === 'ruling' && !/(?:,|\b(?:is|are|was|were|be|been))\s+$/u.test(doc.text.slice(Math.max(0, start - 8), start))) continue;
    // ("a study of proposed new Interstate 14": a past participle after "of" and before a noun modifies it)
    if (form.endsWith('ed') && /\b(?:of|for|with|about|into|among|between|against)\s+$/u.test(doc.text.slice(Math.max(0, start - 9), start)) && /^\s+(?!(?:that|to|by|the|a|an|his|her|their|its|him|them|us|me)\b)\p{Ll}+\s+\p{L}/u.test(doc.text.slice(start + form.length, start + form.length + 30))) continue;
    // ("a creative writing professor": a gerund between an article's adjective and a noun modifies it)
    if (form.endsWith('ing') && /\b(?:a|an|the)\s+\p{Ll}+\s+$/iu.test(doc.text.slice(Math.max(0, start - 24), start)) && /^\s+\p{Ll}+\b(?!\s+(?:that|to|about|of|on)\b)/u.test(doc.text.slice(start + form.length, start + form.length + 24))) {
      const before = doc.tokens[lowerBound(doc.tokens, start) - 1];
      if (before && before.pos === 'ADJ') continue;
    }
    // ("An earlier report in a New Hampshire paper said": a bare form after an article and an
    // adjective or adverb is a noun; "A senator reports" has a noun between)
    // (nor a share: "Nearly a third say")
    if (!/(?:ed|ing)$/u.test(form) && !isClearVerb(form) && /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?!(?:third|thirds|quarter|half|fifth|majority|minority|plurality|few|handful|dozen|lot|number)\s)\p{Ll}+\s+$/u.test(doc.text.slice(Math.max(0, start - 24), start))) {
      const before = doc.tokens[lowerBound(doc.tokens, start) - 1];
      if (before && (before.pos === 'ADJ' || before.pos === 'ADV')) continue;
    }
    // "think tank", "state department": the form is the first half of a compound noun
    // (not after a form that is a verb wherever it stands: "told delegates that ...")
    // (a verb the tagger sees before "delegates" takes them as its object: "Trump fans insist delegates must ...")
    if (!isClearVerb(form) && /^\s+(?:tanks?|department|dinner|visit|media|run|house|card|delegates?)\b/iu.test(doc.text.slice(start + form.length, start + form.length + 14))
      && !(/^\s+delegates\b/u.test(doc.text.slice(start + form.length, start + form.length + 12)) && doc.tokens[lowerBound(doc.tokens, start)]?.start === start && doc.tokens[lowerBound(doc.tokens, start)]?.pos === 'VERB')) continue;
    // "state Senate candidate", "state officials": "state" as a noun before another; "add up to", "call
    // off": no saying
    if ((form === 'state' && STATE_NOUN_BEFORE.test(doc.text.slice(start + form.length, start + form.length + 16)))
      // ("to visit Washington state to continue discussions", "New York state": a state after its name,
      // not after a plural, "the Governors state that"; "state" as a verb takes a clause or an object,
      // not an infinitive)
      || (form === 'state' && (/[\p{Ll},] +(?:\p{Lu}\p{Ll}+ +)?\p{Lu}\p{Ll}+(?<![^a]s) +$/u.test(doc.text.slice(Math.max(0, start - 30), start)) || /^\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|reporters|me|us|him|them)\b)\p{Ll}/u.test(doc.text.slice(start + form.length, start + form.length + 20))))
      || (/^add(?:s|ed|ing)?$/u.test(form) && /^\s+up\b/u.test(doc.text.slice(start + form.length, start + form.length + 5)))
      // ("called off its search": a cancellation, no call; nor "calling up" troops or a friend)
      || (/^call(?:s|ed|ing)?$/u.test(form) && /^\s+(?:off|up)\b/u.test(doc.text.slice(start + form.length, start + form.length + 6)))
      // (nor calling someone to a place: "Trump called LeVell, a former county chairman, onto the stage")
      || (/^call(?:s|ed|ing)?$/u.test(form) && /^[^.;:!?“”"]{1,100}?\s(?:onto|on\s+to|up\s+to|into|to)\s+(?:the\s+)?(?:stage|podium|platform|microphone|mic|lectern|dais|floor|front)\b/u.test(doc.text.slice(start + form.length, start + form.length + 120)))
      // ("has written off efforts by anti-Trump delegates": a dismissal, no writing)
      || (/^(?:write|writes|wrote|written|writing)$/u.test(form) && /^\s+off\b/u.test(doc.text.slice(start + form.length, start + form.length + 6)))
      // ("denied Carter a final-night photograph of unity": what is kept from someone, no denial said)
      || (/^den(?:y|ies|ied|ying)$/u.test(form) && /^\s+(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}|(?:him|her|them|us|me|you)\s+)(?:a|an|the|any|his|her|their|its|access|entry|permission)\b/u.test(doc.text.slice(start + form.length, start + form.length + 50)))
      // ("forces states to use federal funds", "allows states to opt out": the states are the object)
      || (form === 'states' && /^\s+to\s+\p{Ll}/u.test(doc.text.slice(start + form.length, start + form.length + 8)) && /\b\p{Ll}+(?:s|ed)\s+$/u.test(doc.text.slice(Math.max(0, start - 20), start)) && !/\b(?:he|she|it|who|which|that)\s+$/iu.test(doc.text.slice(Math.max(0, start - 8), start)))) continue;
    // "three people briefed on the discussions", "officials told about the plan": a participle of
    // telling after its noun and before "on", "about" or "by" is passive; its noun was told
    if (entry[1] === 'tell' && /(?:ed|told)$/u.test(form) && /^\s+(?:on|about|by)\b/u.test(doc.text.slice(start + form.length, start + form.length + 7)) && pluralNounBefore(doc.text.slice(Math.max(0, start - 20), start))) continue;
    // ("ordered up a legal analysis", "the committee ordered the bill reported": a purchase and a
    // committee's procedure, no directive)
    if (entry[0] === 'order' && (/^\s+up\b/u.test(doc.text.slice(start + form.length, start + form.length + 4)) || /^\s+(?:(?:[\p{L}.'’-]+\s+){0,8}?)(?:to\s+be\s+)?reported\b/u.test(doc.text.slice(start + form.length, start + form.length + 80)))) continue;
    // ("was sworn in", "swore in the new members": an oath of office, no speech)
    if (entry[0] === 'swear' && /^\s+in\b/u.test(doc.text.slice(start + form.length, start + form.length + 4))) continue;
    // ("those who defend our freedom", "troops defending the nation": defence in arms, no stance)
    if (entry[0] === 'defend' && DEFENCE_IN_ARMS.test(doc.text.slice(start + form.length, start + form.length + 60))) continue;
    // ("the most deadly and feared cancers": a participle coordinated with an adjective before its noun)
    if (form.endsWith('ed') && /\b(?:the|a|an|most|more|less|very|widely|much|well|highly|deeply|greatly|often)\s+\p{Ll}+\s+(?:and|or)\s+$/u.test(doc.text.slice(Math.max(0, start - 40), start)) && /^\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|it|us|me|to|on|in|at|for|with|by|from|as|about|out|up|off)\b)\p{Ll}+s\b/u.test(doc.text.slice(start + form.length, start + form.length + 30))) continue;
    // ("adding $2 trillion to the Federal debt", "added 200,000 jobs": a sum, no saying; "thinking big":
    // a manner of acting, no belief)
    if ((entry[0] === 'add' && /^\s+(?:\$|\d|(?:another\s+(?:\$|\d)|an\s+(?:additional|extra|estimated)|(?:a|one|two|three|four|five|several|many|hundreds\s+of|thousands\s+of|millions\s+of|billions\s+of)\s+(?:more\s+)?(?:million|billion|trillion|thousand|hundred|dollars|jobs|percent|points|seats|members|miles|acres|days|years|words|pages))\b)/u.test(doc.text.slice(start + form.length, start + form.length + 40)))
      || (entry[0] === 'think' && /^\s+(?:big|small|outside\s+the\s+box|ahead|twice|differently|creatively|strategically|long-term|globally|locally)\b/u.test(doc.text.slice(start + form.length, start + form.length + 24)))) continue;
    // ("Warren's comment about superdelegates": a bare form after a name's possessive is a noun)
    if (!/ing$/u.test(form) && !isPastForm(form) && /(?:^|[^\p{L}])\p{Lu}[\p{L}.-]*['’]s?\s+$/u.test(doc.text.slice(Math.max(0, start - 30), start)) && !/(?:^|[^\p{L}])(?:He|She|It|That|There|What|Who|Here|Where|Let)['’]s\s+$/u.test(doc.text.slice(Math.max(0, start - 12), start))) continue;
    // ("Among the steps called for in his plan": a participle before its source or agent calls for nothing)
    if (entry[0] === 'call for' && /ed\s/u.test(form) && /^\s+(?:in|by|under)\s/u.test(doc.text.slice(start + form.length, start + form.length + 7))) continue;
    // ("271 pledged delegates", "committed superdelegates": a participle that names a kind of delegate)
    if ((form === 'pledged' || form === 'committed') && /^\s+(?:super)?delegates\b/iu.test(doc.text.slice(start + form.length, start + form.length + 16))) continue;
    // ("policies that encourage unhealthy diets": encouraging a thing fosters it; only "encourage someone
    // to do" or "encourage that ..." is said)
    if (entry[0] === 'encourage' && !/^\s+(?:(?!to\s)[^\s,.;:]+\s+){1,8}?to\s+\p{Ll}|^\s+(?:[^\s,.;:]+\s+){0,3}?that\s/u.test(doc.text.slice(start + form.length, start + form.length + 100))) continue;
    // ("a White House official who requested anonymity to discuss ...": the source's terms, no request reported)
    if (entry[0] === 'request' && /^\s+anonymity\b/u.test(doc.text.slice(start + form.length, start + form.length + 11))) continue;
    // ("welcomed Alissa Hein to his Washington office": a host's welcome, no stance)
    if (entry[0] === 'welcome' && /^\s+(?:[\p{L}.'’-]+\s+){1,5}?to\s+(?:the|his|her|their|our|its|my|\p{Lu})/u.test(doc.text.slice(start + form.length, start + form.length + 60)) && !/^\s+(?:the|a|an|this|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:decision|news|announcement|move|plan|proposal|report|step|effort|commitment|nomination|ruling|vote|bill|agreement|deal)\b/u.test(doc.text.slice(start + form.length, start + form.length + 60))) continue;
    // ("backed away", "back down", "came back": a particle verb or an adverb, no stance)
    if (entry[0] === 'back' && (/^\s+(?:away|down|off|out|up|into|in|to|from|on|home|then|again|and|when|at|for|with|that|here|there)\b|^[-’']/u.test(doc.text.slice(start + form.length, start + form.length + 8)) || /\b(?:come|came|comes|coming|go|went|goes|going|get|got|gets|getting|bring|brought|fight|fought|fire|fired|hit|pushed|push|pushing|way|step|stepped|look|looked|looking|far|turn|turned|write|wrote|called|call|hold|held|set|sent|send|pull|pulled|put|give|gave|bounce|bounced|the|a|his|her|their|its)\s+$/iu.test(doc.text.slice(Math.max(0, start - 12), start))
      // ("is back", but "is backing Hillary Clinton" is a stance in the progressive)
      || (form !== 'backing' && /\b(?:is|was|be|been|are|were)\s+$/iu.test(doc.text.slice(Math.max(0, start - 8), start))))) continue;
    // ("a show called “Brokers,” written by a Spanish comedy troupe": a past participle before its
    // agent modifies a noun; it introduces no quotation)
    if (/^(?:written|spoken|penned|authored|drafted|posted|published|tweeted|issued|delivered|recorded|broadcast|aired)$/u.test(form) && /^\s+by\s/u.test(doc.text.slice(start + form.length, start + form.length + 5))) continue;
    // ("Rubio will continue to be “a champion ...”": a verb of manner before an infinitive is an
    // auxiliary of the verb after it, and introduces no quotation)
    if (entry[1] === 'manner') {
      const inf = /^\s+to\s+(?=\p{Ll})/u.exec(doc.text.slice(start + form.length, start + form.length + 8));
      const verb = inf ? doc.tokens[lowerBound(doc.tokens, start + form.length + inf[0].length)] : undefined;
      if (verb && verb.start === start + form.length + inf![0].length && (verb.pos === 'VERB' || verb.pos === 'AUX')) continue;
    }
    // ("declined to comment", "plans to vote": an intention is a cue only in a finite form before its
    // infinitive, or "declined comment", and not in a restrictive relative clause, "veterans who seek PTSD treatment",
    // "states that refuse to comply with Real ID will ...", whose end no pattern finds)
    // ("Bush's plan to send more troops", "the plan to ...": a noun after a possessive or a determiner)
    // (or in the progressive: "Rubio is seeking to stop the bleeding"; or as a participle after a comma,
    // "..., refusing to attack his rivals")
    if (entry[1] === 'intent' && ((/ing$/u.test(form) && !/\b(?:is|are|was|were|am|been|[Ii]['’]m|\p{L}['’](?:s|re))\s+(?:(?:still|now|also|not|\p{Ll}+ly)\s+)?$|,\s*$/u.test(doc.text.slice(Math.max(0, start - 24), start))) || !(/^\s+to\s+\p{Ll}/u.test(doc.text.slice(start + form.length, start + form.length + 8)) || (entry[0] === 'decline' && /^\s+(?:further\s+|immediate\s+)?comment\b/u.test(doc.text.slice(start + form.length, start + form.length + 20))))
      || /\s(?:that|who|which)\s+(?:\p{Ll}+\s+(?:or|and)\s+)?(?:\p{Ll}+ly\s+)?$/u.test(doc.text.slice(Math.max(0, start - 30), start))
      || (/^plans?$/u.test(form) && /(?:['’]s?|\p{Lu}[\p{L}.]*s|\b(?:the|a|an|his|her|their|its|our|this|that|whose|new|latest)(?:\s+[\p{L}-]+){0,2})\s+$/u.test(doc.text.slice(Math.max(0, start - 30), start))
        // (but "The senator plans to ...": a singular person or body before "plans" is its subject)
        && !(form === 'plans' && personOrBody(/\b(?:the|a|an|this|that|our|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}+)\s+$/u.exec(doc.text.slice(Math.max(0, start - 40), start))?.[1] ?? ''))))) continue;
    // ("a Twitter comment of her own", "his Facebook post": a bare form after an indefinite or
    // possessive determiner and a name is a noun; "The Times reports" is a verb)
    if (!/ing$/u.test(form) && !isPastForm(form) && /(?:^|[^\p{L}])(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y)\s+(?:(?:\p{Lu}[\p{L}'’-]*|(?:\p{Lu}\.){1,3})\s+){1,3}$/u.test(doc.text.slice(Math.max(0, start - 40), start))) continue;
    // ("a news report that ...", "each call for help": the plain form after a singular article and a
    // noun cannot agree with it as a verb, and is a noun; not after a quantity or a collective noun,
    // which may take the plural, "a few say", "a team say"; after a preposition only before a word that
    // ends a noun phrase (below), so not "voters in each state say"; nor with a relative clause, "a
    // decision they say allowed ...", "a product people want", nor as the object of a verb of letting
    // or perceiving, "help an ally defend itself", nor for a past form like the plain one, "a sign
    // read"; names after "a" are tested above)
    const plain = form.split(' ')[0]!;
    const single = plain === entry[0].split(' ')[0] && !SAME_PAST.has(plain) ? SINGULAR_NOUN_BEFORE.exec(doc.text.slice(Math.max(0, start - 40), start)) : null;
    if (single && !LETTING.has(single[1] ?? '') && !(PREPOSITIONS.has(single[1] ?? '') && (/^[Ee]/u.test(single[2]!) || !NOUN_AFTER_PREPOSITION.test(doc.text.slice(start + form.length, start + form.length + 12))))) continue;
    // (senses with no saying: "denied bail", "declared for president", "claiming 41 percent of the
    // vote", "claimed the title"; "Most Southern states that ...": the plural noun)
    const after = doc.text.slice(start + form.length, start + form.length + 24);
    if ((entry[0] === 'deny' && /^\s+(?:him\s+|her\s+|them\s+)?(?:bail|parole|entry|access|permission|a\s+permit|visas?|admission)\b/u.test(after))
      || (entry[0] === 'declare' && /^\s+(?:for|bankruptcy|war|a\s+state\s+of|an?\s+emergency)\b/u.test(after))
      || (entry[0] === 'claim' && /^\s+(?:allegiance|(?:the|a|an|his|her|their|its)\s+(?:(?:narrow|big|decisive|resounding|sweeping|solid)\s+)?(?:seat|title|prize|crown|lives?|nomination|majority|lead)|lives|(?:about\s+|nearly\s+|almost\s+|roughly\s+)?\d)/u.test(after))
      // ("Most state Medicaid programs": the noun before another)
      || (form === 'state' && /(?:^|[^\p{L}])(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Oo]ther|[Ee]ach|[Ee]very|[Tt]he|[Aa]|[Tt]heir|[Ii]ts|[Oo]ur|[Hh]is|[Hh]er)\s+$/u.test(doc.text.slice(Math.max(0, start - 8), start)) && /^\s+(?!that\b)[\p{L}]/u.test(after))
      || (form === 'states' && /(?:\b(?:the|many|most|some|other|all|both|two|three|several|these|those|member|[Ss]outhern|[Nn]orthern|[Ee]astern|[Ww]estern|[Gg]ulf|[Bb]altic|[Aa]rab|[Bb]attleground|[Ss]wing|[Rr]ed|[Bb]lue|[Ee]arly)\s+)$/u.test(doc.text.slice(Math.max(0, start - 14), start)))) continue;
    // (idioms and imperatives with no speaker: "All told, ...", "Truth be told", "Just ask former
    // senator Evan Bayh", "Perhaps most telling, ...")
    if ((/^(?:told|telling)$/u.test(form) && /\b(?:[Aa]ll|[Tt]ruth\s+be|[Mm]ost|[Mm]ore|[Vv]ery|[Pp]articularly|[Ee]specially)\s+$/u.test(doc.text.slice(Math.max(0, start - 16), start)))
      || (form === 'ask' && /(?:^|[.!?“"]\s*)(?:[Jj]ust|[Ss]imply|[Oo]r)\s+$/u.test(doc.text.slice(Math.max(0, start - 12), start)))) continue;
    // ("with 98 percent of precincts reporting": election returns, no saying)
    // (not "Three counties reported that turnout was high": only with nothing reported after it)
    if (entry[0] === 'report' && /\b(?:precincts|districts|counties|polling\s+places|wards)\s+$/iu.test(doc.text.slice(Math.max(0, start - 24), start)) && /^\s*(?:[,.;)]|$|as\s+of\b|in\b)/u.test(doc.text.slice(start + form.length, start + form.length + 8))) continue;
    // ("The National Honor Roll program recognizes students for superior academic achievement",
    // "recognizing the LSU Tigers for winning": honouring someone for something is no saying; "the need
    // for ..." stays)
    if (entry[0] === 'recognize' && RECOGNIZED_FOR.test(doc.text.slice(start + form.length, start + form.length + 90))) continue;
    // ("answered her door", "answer the phone": no reply to anything said)
    if (entry[0] === 'answer' && /^\s+(?:the|her|his|their|a|my|our)\s+(?:front\s+)?(?:door|phone|telephone|call|calls|bell)\b/u.test(doc.text.slice(start + form.length, start + form.length + 30))) continue;
    // ("The latest hiccup adds to the drama", "added to the bill a provision": adding to a thing is no
    // saying; "added to reporters that ..." has an addressee)
    if (entry[0] === 'add' && /^\s+to\s+(?:the|a|an|its|his|her|their|our|this|that|these|those|my|your)\s+(?!(?:reporters|press|audience|crowd|listeners|group|room|committee|panel|senators|members|guests|students|attendees)\b)/u.test(doc.text.slice(start + form.length, start + form.length + 40))) continue;
    // ("a vote for this bill is a vote to ...", "the floor vote for Brown", "Key votes for 2005"): a noun
    // after an article or a noun of its kind, no one voting (after "his" or "their" any present form is a
    // noun, below; "her" may be an object, "made her vote for it")
    if (entry[0] === 'vote for' && /(?:^|[^\p{L}])(?:(?:[Aa]n?|[Tt]he|[Ee]ach|[Ee]very|[Aa]ny|[Nn]o)(?:\s+[\p{L}-]+)?|[Kk]ey|[Yy]ea|[Nn]ay|[Ff]loor|[Mm]ajority|[Dd]own|[Vv]oice|[Rr]oll-call|[Ff]inal)\s+$/u.test(doc.text.slice(Math.max(0, start - 30), start)) && !/(?:^|[^\p{L}])[Tt]he\s+(?:\p{L}+s|people|public)\s+$/u.test(doc.text.slice(Math.max(0, start - 30), start))) continue;
    // ("maintained support among black voters", "maintains a website": keeping a thing is no saying;
    // "maintained that ...", "maintains the state is unable to ...", "maintained his innocence" are)
    if (entry[0] === 'maintain' && !MAINTAINED_CLAIM.test(doc.text.slice(start + form.length, start + form.length + 200)) && !MAINTAINED_POSITION.test(doc.text.slice(start + form.length, start + form.length + 40))) continue;
    // ("Our call for improvements ... has borne fruit", "their hope for a deal", "my promises": a present
    // form right after a possessive determiner is a noun; so is a gerund, "Our warning system")
    if (!isPastForm(form) && /(?:^|[^\p{L}])(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Tt]heir|[Ii]ts)\s+$/u.test(doc.text.slice(Math.max(0, start - 7), start))) continue;
    // ("Among those testifying were ...", "Also testifying was ...": the speakers follow the copula of an
    // inverted clause, and nothing is reported)
    if (form.endsWith('ing') && /(?:^|[.!?:;“"]\s*|\n\s*)(?:Among\s+(?:those|them|the\s+[\p{L}-]+)|Also)\s+$/u.test(doc.text.slice(Math.max(0, start - 24), start)) && /^\s+(?:(?:before|at|on)\s+[^,.]{1,60}?\s+)?(?:were|was|are|is|will\s+be)\b/u.test(doc.text.slice(start + form.length, start + form.length + 80))) continue;
    // ("claim the tax break", "claimed a deduction", "claiming benefits": a thing one is owed, no claim said)
    if (entry[0] === 'claim' && /^\s+(?:(?:the|a|an|their|his|her|its|your|our|any|these|those|this)\s+)?(?:[\p{L}-]+\s+){0,2}(?:tax\s+breaks?|deductions?|credits?(?!\s+for\b)|refunds?|benefits?|exemptions?|reimbursements?|compensation|rebates?|allowances?|expenses|losses|dependents?|property|land|ownership|prizes?|(?:her|his|their)\s+lives|lives)\b/u.test(doc.text.slice(start + form.length, start + form.length + 50))) continue;
    // ("The Committee ... reported 4 nominees to the Senate", "reported out a provision", "was reported
    // favorably": a committee sends a bill or a nominee on to the floor, nothing said; "reported to the
    // Senate that ..." is said)
    if (entry[0] === 'report' && /^\s+(?:(?:out|favorably|unanimously)\b|(?:(?!that\b)[^.;:,“”"]){0,80}?\b(?:to\s+the\s+(?:full\s+)?(?:Senate|House|floor)\b(?!\s+\p{Lu})|out\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,6}[Cc]ommittee\b)(?!\s+(?:that|on|about)\b))/u.test(doc.text.slice(start + form.length, start + form.length + 120))) continue;
    // ("I wrote it down", "writing down their names": a note taken, no writing to anyone)
    if (entry[0] === 'write' && /^\s+(?:(?:it|them|that|this|these|those|everything|something|(?:his|her|their|my|our|the)\s+\p{Ll}+)\s+)?down\b/u.test(doc.text.slice(start + form.length, start + form.length + 30))) continue;
    // ("charged with", "credited with": a task or a deed, no saying)
    if (/^charge[sd]?$|^charging$/u.test(form) && /^\s+with\b/u.test(doc.text.slice(start + form.length, start + form.length + 6))) continue;
    // ("the gatherings of world leaders, called the Clinton Global Initiative, that ...": a passive
    // participle of naming between commas names the noun before it)
    if ((form === 'called' || form === 'dubbed' || form === 'named' || form === 'known') && /,\s*$/u.test(doc.text.slice(Math.max(0, start - 3), start)) && /^\s+(?:as\s+)?(?:the\s+)?[“"]?(?:\p{Lu}[\p{L}.'’&-]*[”"]?\s*){1,6},/u.test(doc.text.slice(start + form.length, start + form.length + 70))) continue;
    // ("Rest assured, ...": an idiom, no telling)
    if (form === 'assured' && /\b[Rr]est\s+$/u.test(doc.text.slice(Math.max(0, start - 6), start))) continue;
    // ("Having said that, ...": a connective, nobody's words; "by calling 1-800-MEDICARE": a telephone number)
    if ((form === 'said' && /\b[Hh]aving\s+$/u.test(doc.text.slice(Math.max(0, start - 8), start)) && /^\s+(?:that|this|so|all\s+that)\s*,/u.test(doc.text.slice(start + 4, start + 20)))
      || (/^call/u.test(form) && (/^\s+(?:toll-free\s+)?(?:at\s+)?[\d(]/u.test(doc.text.slice(start + form.length, start + form.length + 16)) || /^\s+(?:the|a|an|our|their|his|her|its|this)\s+(?:[\p{L}-]+\s+){0,3}(?:number|hotline|helpline|line|office|center|centre)\b/u.test(doc.text.slice(start + form.length, start + form.length + 60))))) continue;
    // "conference calls", "phone calls": the second half of a compound noun
    if (/\b(?:conference|phone|telephone|robo|cold|sales|fundraising|wake-up|roll|judgment|close)\s+$/iu.test(doc.text.slice(Math.max(0, start - 14), start))) continue;
    // ("reads an AEW press release": a release after "press" or "news" is a document)
    if (/^releases?$/u.test(form) && /\b(?:press|news|media)\s+$/iu.test(doc.text.slice(Math.max(0, start - 8), start))) continue;
    const tok = doc.tokens[lowerBound(doc.tokens, start)];
    // a particle verb ("shot back", "pointed out") is a verb whatever the tagger says of its first word
    // (the syntax test is not trusted for verbs of manner, "a Facebook post this week", but for a
    // past form in the slot of an attribution after a quotation: "“...,” Toomey fumed on Tuesday.")
    // ("Polls show voters trust ...", "Findings show ...": the tagger reads a bare form after a plural
    // document noun as a noun; an evidence verb right after one is its verb)
    if (tok && tok.start === start && tok.pos !== 'VERB' && tok.pos !== 'AUX' && !isClearVerb(form) && !form.includes(' ') && (entry[1] === 'manner' ? !(/ed$/u.test(form) && attributionSlot(doc, lowerBound(doc.tokens, start))) : !verbBySyntax(doc, lowerBound(doc.tokens, start))) && !(entry[1] === 'evidence' && afterPluralDocument(doc.text.slice(Math.max(0, start - 40), start)))
      // (a past form of telling before the one told and "that" is a verb: "The director, informed James
      // Bacigalupo that ...")
      && !(entry[1] === 'tell' && /ed$/u.test(form) && /^\s+(?:[\p{L}.'’-]+\s+){1,5}?that\s+(?:he|she|they|we|I|it|you|there|the|a|an|this|his|her|their|its|our|\p{Lu})/u.test(doc.text.slice(start + form.length, start + form.length + 80)))) continue;
    cues.push({ start, end: start + form.length, lemma: entry[0], cls: entry[1] });
  }
  // "In the analysis of the German Institute for Economic Research, ...": a source as "according to" gives it
  // (not after a possessive, whose owner holds the view of the thing after "of": "In his assessment
  // of the real estate magnate, Calderon intimated ...")
  if (body.includes(' of ')) for (const m of body.matchAll(/\b[Ii]n the (?:view|analysis|opinion|words|estimation|assessment|judg(?:e)?ment) of\b/gu)) {
    const start = sentence.start + m.index;
    if (!insideQuote(start)) cues.push({ start, end: start + m[0].length, lemma: 'according to', cls: 'according' });
  }
  // "Devine made it clear that his boss wanted ...": a speech act in two or three words
  if (body.includes(' clear')) for (const m of body.matchAll(/\b(?:make|makes|made|making)\s+(?:it\s+)?(?:very\s+|abundantly\s+|crystal\s+)?clear(?=\s+(?:that|to)\b)/gu)) {
    const start = sentence.start + m.index;
    if (!insideQuote(start)) cues.push({ start, end: start + m[0].length, lemma: 'make clear', cls: 'speech' });
  }
  // "Citing last week’s attack as a wake-up call, Will urged ...": a participle of saying that opens
  // the sentence (the scan above reads lower-case forms only)
  const opening = /^([\s“"]*)(\p{Lu}\p{Ll}+ing)\s/u.exec(body);
  const openingEntry = opening ? CUE_FORMS[opening[2]!.toLowerCase()] : undefined;
  // (only verbs that report what they say, and only before the comma that ends the participle's
  // clause: "Endorsing Senator Akaka's legislation were AlohCare ..." is an inverted sentence)
  if (opening && openingEntry && OPENING_PARTICIPLES.has(openingEntry[0]) && /,\s/u.test(body) && !insideQuote(sentence.start + opening[1]!.length)) {
    const start = sentence.start + opening[1]!.length;
    cues.push({ start, end: start + opening[2]!.length, lemma: openingEntry[0], cls: openingEntry[1] });
  }
  // "his supporters are optimistic that he'll make a comeback": a copula and an adjective of belief
  // or feeling before a clause (the cue spans both, so that the subject stands right before it)
  if (STANCE_HINT.test(body)) for (const m of body.matchAll(STANCE_COPULA)) {
    const start = sentence.start + m.index + m[0].length - m[0].trimStart().length;
    if (!insideQuote(start)) cues.push({ start, end: sentence.start + m.index + m[0].length, lemma: `be ${m[1]!}`, cls: 'belief' });
  }
  // "Rubio moved from third to second in a more-recent survey from Florida Southern College", "Bush
  // remains mired in fourth in most surveys": a clause that ends with the poll it comes from has it
  // as its source
  if (body.includes(' in ') && (body.includes('poll') || body.includes('survey'))) for (const m of body.matchAll(/(?<=[\p{L}\p{N}%]\s)in(?=\s+(?:(?!in\s)[\p{L}\d.'’/&-]+\s+){0,6}?(?:polls?|polling|surveys?)\b)/gu)) {
    const start = sentence.start + m.index;
    if (!insideQuote(start)) cues.push({ start, end: start + 2, lemma: 'in poll', cls: 'according' });
  }
  // "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose
  // Clinton": a poll named in a phrase that opens the sentence is the source of the clause after it
  {
    const fronted = /^[\s“"]*(In)(?=\s+(?:(?!in\s)[\p{L}\d.'’/&-]+\s+){0,6}?(?:poll|survey)\b[^,;:“”"]{0,60},)/u.exec(body);
    if (fronted) {
      const start = sentence.start + fronted[0].length - 2;
      if (!insideQuote(start)) cues.push({ start, end: start + 2, lemma: 'in poll', cls: 'according' });
    }
  }
  // ("As reported by Western Journalism, there are 150 delegates at stake": the agent of a report, as a source)
  if (body.includes('reported by')) for (const m of body.matchAll(/\b[Aa]s\s+(?:(?:first|previously|originally|earlier|widely)\s+)?reported\s+by\b/gu)) {
    const start = sentence.start + m.index;
    if (!insideQuote(start)) cues.push({ start, end: start + m[0].length, lemma: 'as reported by', cls: 'according' });
  }
  if (body.includes('ccording to')) for (const m of body.matchAll(/\baccording to\b/giu)) {
    const start = sentence.start + m.index;
    // ("be allocated to states according to a risk-based assessment", "lives according to its founding
    // principles", "not according to the cash-on-hand rules": in accordance with, no source)
    if (ACCORDANCE_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start)) || ACCORDANCE_AFTER.test(doc.text.slice(start + m[0].length, start + m[0].length + 60))) continue;
    if (!insideQuote(start)) cues.push({ start, end: start + m[0].length, lemma: 'according to', cls: 'according' });
  }
  return cues.sort((a, b) => a.start - b.start);
}

// whether the text ends with a plural document noun, perhaps with an adverb after it ("polls
// consistently", "Records")
function afterPluralDocument(text: string): boolean {
  const m = /(?:^|[\s(])(\p{L}+)\s+(?:(?:also|now|still|consistently|repeatedly|clearly)\s+)?$/u.exec(text);
  const w = m?.[1]?.toLowerCase();
  return w !== undefined && EVIDENCE_NOUNS.has(w) && (/[^s]s$/u.test(w) || w === 'data' || w === 'evidence' || w === 'polling' || w === 'research');
}

// whether the text ends with a plural noun: a group word ("people", "officials") or a lower-case -s word
function pluralNounBefore(text: string): boolean {
  const w = /(?:^|\s)(\p{L}+)\s+$/u.exec(text)?.[1];
  return w !== undefined && (GROUP_NOUNS.has(w.toLowerCase()) || /^\p{Ll}+s$/u.test(w));
}

// what is defended in arms: a country, its freedom, its borders
const DEFENCE_IN_ARMS = /^\s+(?:(?:our|the|this|their|his|her|its|America['’]s|your)\s+)?(?:(?:great|beloved|own|precious|cherished|basic|constitutional|American)\s+)?(?:freedoms?|liberty|liberties|country|nation|homeland|borders?|shores|soil|way\s+of\s+life|democracy|America|United\s+States|interests|troops|base|city|territory|allies)\b(?!['’])(?!\s+(?:of|from|against)\s+\p{Ll}+\s+(?:claims?|charges?|accusations?))/u;
// the head of a verb's object: up to three determiners and modifiers, then the noun ("his early
// assessment of", "some kind words")
const LIGHT_OBJECT = /^\s+(?:(?:his|her|their|its|our|my|your|the|a|an|some|\p{Ll}+(?:ly|ful|est|ing|ed|al|ive|ous|ic|ent|ant)|strong|full-throated|kind|warm|deep|deepest|sincere|firm|own|first|new|clear|harsh|sharp|public|early|qualified|tentative|somewhat|more|less|much|rather|very|fairly|quite)\s+){0,4}([\p{L}-]+)/u;

/** Whether a cue is a participle ("saying", "referring to"): its first word ends in -ing. */
export const isParticiple = (doc: Doc, cue: Cue): boolean => /^\p{L}+ing\b/u.test(doc.text.slice(cue.start, cue.end));

const NAMING = new Set(['call', 'dub', 'label', 'brand', 'name', 'title', 'nickname', 'term']);

/**
 * Whether a naming cue gives a thing its name rather than reporting speech: "a class called
 * “Perception”", "a group called Priorities USA", "a program dubbed “Zrínyi 2026”", "Rapa Nui,
 * also called Easter Island" (but "the president called Trump “unfit”").
 */
export function namesAThing(doc: Doc, cue: Cue, floor: number): boolean {
  if (!NAMING.has(cue.lemma) || !/^\p{L}+ed\s+(?:[“"‘]|\p{Lu})/u.test(doc.text.slice(cue.start, cue.start + 16))) return false;
  const before = doc.text.slice(Math.max(floor, cue.start - 40), cue.start);
  if (/,\s*(?:also|sometimes|often|formerly|commonly|locally)\s+$/u.test(before)) return true;
  // (after an indefinite noun phrase it names: "a civil rights group called Color of Change", "one PAC
  // called Stop Hillary")
  // ("I also have another company called Zorin Industries"; not a person in a role, "Another senator
  // called Trump “unfit”")
  const last = /(\p{Ll}+)\s+$/u.exec(before)?.[1];
  if (/\b(?:a|an|another|one)\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(before) && !(last !== undefined && ROLE_NOUNS.has(last.replace(/s$/u, '')))) return true;
  // (after a place it stands at: "a program ... at Fishmongers' Hall called “Learning Together”")
  // (not a time: "Ryan on Tuesday called Trump's remarks “racist”")
  if (AT_A_PLACE.test(before)) return true;
  // (after an acronym in brackets, no party tag: "legislation for Fetal Alcohol Spectrum Disorders (FASD)
  // called The Advancing FASD Act", not "Sen. Tim Johnson (D-SD) called ...")
  if (/\((?![DRI](?:-[^)]*)?\))\p{Lu}{2,}\)\s+$/u.test(before)) return true;
  // (after a lower-case noun that no speaker is)
  const namer = /\b(?!(?:he|she|they|it|we|i|who|which|that|has|have|had|was|were|is|are|also|then|later|once|and)\b)(\p{Ll}+)\s+$/u.exec(before.slice(-30))?.[1];
  return namer !== undefined && !ROLE_NOUNS.has(namer.replace(/s$/u, '')) && !GROUP_NOUNS.has(namer) && !ORG_NOUNS.has(namer.replace(/s$/u, ''));
}

/** Cues whose passive with "to" reports what someone unnamed says or expects ("was said to", "is expected to"). */
export const PASSIVE_CUES: ReadonlySet<string> = new Set(['say', 'report', 'expect', 'believe', 'think', 'rumor', 'allege', 'estimate', 'predict', 'know']);

// forms the tagger sometimes reads as nouns but that are verbs wherever they stand next to a name
export const isClearVerb = (form: string): boolean => CLEAR_VERBS.test(form);
const CLEAR_VERBS = /^(said|says|saying|told|tells|telling|added|adds|adding|stated|declared|announced|explained|noted|noting|stressed|insisted|argued|arguing|warned|warning|wrote|writing|tweeted|replied|asked|urged|urging|pledged|vowed|promised)$/u;

// auxiliaries and adverbs between a subject and its verb: "Kang also said", "he has repeatedly said"
// (and verbs that lead into the cue: "went on to say", "continued to insist")
const AUX_TAIL = new RegExp(withTimeWords(/(?:\s+(?:(?:went|goes|go|gone|going)\s+on\s+to|(?:continue|continued|continues|continuing|begin|began|begins|beginning|begun|start|started|starts|starting|wanted|wants|tried|tries|needed|decided|seem|seemed|seems|appear|appeared|appears|had|has|have|would|will|used|refuse|refused|refuses|decline|declined|declines|agreed|hesitated|went\s+on)\s+to|(?:(?:much|far|slightly|significantly|somewhat|considerably|even)\s+)?(?:(?:more|less|most|least)\s+|(?:twice\s+|three\s+times\s+|half\s+)?as\s+)likely(?:\s+(?:than|as)\s+(?:[\p{L}\d'’-]+\s+){1,5}?)?\s*to|has|have|had|also|both|(?<=\p{L}\s+)(?<!\b(?:of|for|to|at|in|on|by|with|from|and|or|not|above|after|first|once|it|that|this)\s+)(?:all|each)|now|further|later|then|again|once|previously|earlier|recently|repeatedly|publicly|privately|separately|reportedly|himself|herself|itself|themselves|in\s+the\s+past|nevertheless|nonetheless|instead|too|overall|(?<=\bI\s+)am|therefore|thus|hence|hereby|indeed|(?<=\b(?:I|[Ww]e)\s+)(?:well|first|still|just|even|already|always)|will|would|is|was|were|are|had|did|does|do|not|never|(?:would|could|should|did|does|do|is|was|were|are|has|have|had|ca|wo|must)n['’]t|cannot|often|has\s+long|long|there|here|(?:(?:this|last)\s+past|this|last|earlier\s+this|later\s+this)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|fall|spring|summer|winter)|on\s+\p{Lu}\p{Ll}+day|(?<!\b(?:Super|Black|Ash|Good|Easter|Palm|Cyber|Bloody|Holy)\s+)(?:WEEKDAY)(?:\s+(?:night|morning|afternoon|evening))?|(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|hours?|decades?)\s+ago|today|yesterday|quickly|flatly|firmly|strongly|specifically|explicitly|bluntly|frankly|simply|just|even|still|already|always|sometimes|usually|(?!(?:LY_NON_ADVERBS)\b)[\p{Ll}]+ly))+\s*$/u).source.replace('LY_NON_ADVERBS', LY_NON_ADVERBS), 'u');
// an appositive between a name and its verb: "Smith, a Democrat from Ohio, said"
// (one comma-delimited segment, or two: "Smith, a Democrat, of Ohio, said")
// (up to four: "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said")
// An end-anchored pattern tried on the last `n` characters only: such a pattern is tried at every
// position of its input, and the phrases these strip are short.
function stripEnd(text: string, re: RegExp, n = 120): string {
  const cut = text.length - Math.min(n, text.length);
  const m = re.exec(text.slice(cut));
  return m ? text.slice(0, cut + m.index) : text;
}
const PARTICIPLE = /^(?:said|told|written|spoken|given|\p{Ll}+ed)\b/u;
// (the comma after the bracket stays: it may close an appositive, "Jeff Bechdel, chairman of
// America Rising (a Republican PAC), tweeted")
const BRACKET_TAIL = /\s*\([^()]{1,110}\)(?=\s*,?\s*$)/u;

// a connective set off by commas between the subject and its verb: "Supporters of abortion rights,
// on the other hand, argued ..."
const CONTRAST_TAIL = /,\s*(?:on\s+the\s+other\s+hand|however|meanwhile|though|too|in\s+turn|for\s+(?:his|her|their|its)\s+part|in\s+contrast|by\s+contrast|likewise|similarly|for\s+example|for\s+instance)\s*,\s*$/u;
// a setting between the subject and its verb: "Trump in his announcement speech called ..."
const SETTING_TAIL = /\s+(?:in|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:speech|interview|statement|address|letter|op-ed|tweet|post|remarks|appearance|debate|rally|hearing|meeting|conference)\s*$/u;
const PARTICIPIAL_TAIL = /\s+(?:speaking|talking|writing|appearing)\s+(?:to|with|on|in|at|before)\s+[^,;:“”"]{1,60}$/u;
// an infinitive of purpose after a verb of going, using or appearing has that verb's subject: "Trump
// took to Twitter to say ...", "Clinton used her speech in Ohio to argue ...", "Carson went on ABC's
// This Week to defend ..." (not a verb whose object does the saying: "asked Cruz to say")
const PURPOSE_TAIL = /\s(?:took|takes|take|taking|taken|went|goes|gone|came|comes|come|used|uses|use|using|appeared|appears|appear|turned|turns|returned|returns|headed|heads|traveled|travelled|travels|flew|stopped|stops|held|holds|hold|convened|rise|rises|rose|stand|stands|stood|stepped|steps)\s+(?:(?:to|on|before|at|in|into|onto|up)\s+)?(?:[\p{L}\p{N}'’.&-]+\s+){0,6}?to\s*$/u;
// (longest first)
const APPOSITIVE_TAILS = [4, 3, 2, 1].map((n) => new RegExp(String.raw`,\s*(?:[^,“”"]{1,240},\s*){${n}}$`, 'u'));
// how an appositive begins: a determiner, a relative pronoun, a lower-case role, or a possessive
// name ("Tad Devine, Sanders's chief strategist, said")
const APPOSITIVE_START = /^,\s*(?:a|an|the|his|her|its|their|one|who|which|[\p{Ll}]|\d+,|[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*['’]s?\s)/u;
const CLAUSE_SEGMENT = /^(?!(?:who|whose|which|whom|that|as|though|although|if|when|while|because|since|after|before|once|until|unless|like)\b)(?:(?!\b(?:who|whose|which|whom|that)\b)[^,])*?(?<!\bto\s+)\b(?:is|are|was|were|has|have|had|will|would|can|could|should|does|did)\s+(?!(?:been\s+)?(?:\p{Ll}+ed|known|seen|based|born)\b)/u;
// a party-and-state tag after a legislator's name: ", R-Utah,", " (D-N.Y.)"
const PARTY_TAG = /,\s*(?:[RDI]|Rep|Dem|Ind)\.?-\s?[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?,?\s*$/u;

/** The speaker phrase that ends right before `at` (the cue), skipping auxiliaries and an appositive. */
export function speakerBefore(doc: Doc, at: number, floor: number): SpeakerRef | null {
  return studyOf(doc, floor, notTopic(doc, floor, at, withPartner(doc, floor, namedDescription(doc, subjectBefore(doc, at, floor)))));
}

// ("John Smith and his wife said", "Rajamma and her husband told me", "Trump and his allies say": a person
// named before "and" and a description by "his", "her" or "their" speak together)
function withPartner(doc: Doc, floor: number, ref: SpeakerRef | null): SpeakerRef | null {
  if (!ref || (ref.mention.kind !== 'nominal' && ref.mention.kind !== 'group') || ref.flags.includes('joint') || !/^(?:his|her|their)\s/iu.test(ref.mention.text)) return ref;
  const k = lowerBound(doc.mentions, ref.mention.start) - 1;
  const named = k >= 0 ? doc.mentions[k]! : null;
  return named && named.kind === 'name' && named.type === 'person' && named.start >= floor && /^\s+and\s+$/u.test(doc.text.slice(named.end, ref.mention.start)) && !afterPreposition(doc, named.start) ? jointRef(doc, named, ref.mention) : ref;
}

// ("a recent review of the emails seems to show ...": the study of a thing, not the thing, is the source)
function studyOf(doc: Doc, floor: number, ref: SpeakerRef | null): SpeakerRef | null {
  if (!ref || ref.mention.kind === 'pronoun' || ref.mention.kind === 'name') return ref;
  const study = STUDY_OF.exec(doc.text.slice(Math.max(floor, ref.mention.start - 60), ref.mention.start));
  if (!study) return ref;
  const mention = makeMention(doc, ref.mention.start - study[1]!.length, ref.mention.end, 'nominal', 'unknown');
  return { mention, name: mention.text, type: 'unknown', role: null, flags: ['nominal', 'document'] };
}
const STUDY_OF = /(?:^|\s)((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[\p{Lu}][\p{L}.'’-]*['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:review|analysis|study|audit|investigation|examination|survey|poll|report|tally|count|inspection|assessment)\s+of\s+)$/u;

// ("Clinton's aggressive attack on Donald Trump indicates ...": a name after a noun of no person and
// "on", "against" or "about" is what the subject is about; the subject is no speaker; but a relative
// clause after it is the name's: "a more frontal attack on Trump, who has said ...")
function notTopic(doc: Doc, floor: number, at: number, ref: SpeakerRef | null): SpeakerRef | null {
  if (!ref || ref.mention.kind !== 'name' || /[,;:(—–]|\b(?:who|which|that)\b/u.test(doc.text.slice(ref.mention.end, at))) return ref;
  const about = ABOUT_NAME.exec(doc.text.slice(Math.max(floor, ref.mention.start - 60), ref.mention.start));
  const noun = about?.[1]!.toLowerCase() ?? '';
  return about && !isPeopleNoun(noun) && !ROLE_NOUNS.has(noun) && !ORG_NOUNS.has(noun) && !/(?:ed|ing)$/u.test(noun) ? null : ref;
}
// a noun after its determiner or possessor, then "on", "against" or "about" ("the attack on", "Trump's
// remarks about")
const ABOUT_NAME = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat|[\p{Lu}][\p{L}.'’-]*['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)\s+(?:on|against|about|toward|towards)\s+$/u;

// "Sergey M, one of the maintainers of youtube-dl wrote": "one of ..." right after a person's name
// and comma, its closing comma lost, stands for the person named
function namedDescription(doc: Doc, ref: SpeakerRef | null): SpeakerRef | null {
  // ("one of": after a name and its comma it is in apposition, where "the Democratic presidential candidate"
  // may open the main clause after a phrase: "In an interview with Mika Brzezinski, the candidate stated")
  if (!ref || ref.mention.kind !== 'nominal' || !/^one\s+of\s/iu.test(ref.mention.text)) return ref;
  const k = lowerBound(doc.mentions, ref.mention.start) - 1;
  const named = k >= 0 ? doc.mentions[k]! : null;
  return named && named.kind === 'name' && named.type === 'person' && /^\s*,\s*$/u.test(doc.text.slice(named.end, ref.mention.start)) ? fromMention(doc, named) : ref;
}

function subjectBefore(doc: Doc, at: number, floor: number): SpeakerRef | null {
  let pre = doc.text.slice(Math.max(floor, at - 300), at);
  const base = at - pre.length;
  // a bracket after the name: "Sen. Tim Johnson (D-SD) said", "the Syrian Democratic Forces (SDF) announced"
  // (and a comma after it: "Senator Maria Cantwell (D-WA), today announced"); a participial phrase
  // between the subject and its verb: "Mitsotakis speaking to the Atlantic Council think tank called"
  pre = stripEnd(pre, AUX_TAIL);
  // (what someone should or might say is not reported: "Supporters of the plan should explain how ...")
  if (MODAL_TAIL.test(pre)) return null;
  // ("He kept saying ...", "she continues pointing out ...": a verb of continuing before a gerund of saying)
  if (/^\p{Ll}+ing\b/u.test(doc.text.slice(at, at + 20)) && /\s(?:keep|keeps|kept|keeping|continue|continues|continued|start|starts|started|begin|begins|began|stop|stops|stopped|quit|quits|resumed|resumes)\s*$/u.test(pre)) pre = stripEnd(pre.replace(/\s+\p{Ll}+\s*$/u, ''), AUX_TAIL);
  if (/\sto\s*$/u.test(pre)) pre = stripEnd(stripEnd(pre, PURPOSE_TAIL), AUX_TAIL);
  const bracket = BRACKET_TAIL.exec(pre.slice(-130));
  if (bracket) {
    const at0 = pre.length - Math.min(130, pre.length) + bracket.index;
    pre = pre.slice(0, at0) + pre.slice(at0 + bracket[0].length);
  }
  pre = stripEnd(pre, AUX_TAIL);
  // "Lawmakers who met with President Bush said", "Groups that qualify ... under Section 527 of the
  // Internal Revenue Code have asserted": a plural noun of people or bodies opening the clause, with a
  // restrictive relative clause of its own, is the subject; the names inside that clause are not
  // (also after a quotation set off by dashes that ends the clause before: "... gaffes - “does she have to
  // keep giving them so much ammunition?” - Democrats in Iowa who watched the debate said ...")
  const afterAside = /[”"]\s*(?:-|—|–|--)\s+(?=[^“”"]*$)/u.exec(pre);
  const restrictiveFrom = afterAside ? afterAside.index + afterAside[0].length : 0;
  const restrictive = base === floor || afterAside ? RESTRICTIVE_SUBJECT.exec(pre.slice(restrictiveFrom)) : null;
  // (a text or a law opening the clause so is the subject too: "The budget resolution that just passed
  // Congress calls for deep cuts")
  // (with its article: in "by letter that they would ..." the clause is the letter's content)
  if (restrictive && (isPeopleNoun(restrictive[2]!) || ((EVIDENCE_NOUNS.has(restrictive[2]!.toLowerCase()) || LAW_NOUNS.test(restrictive[2]!)) && /^(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s/u.test(restrictive[1]!)))) {
    // (the noun phrase speaks as it would right before the verb)
    const s = base + restrictiveFrom + restrictive[0].indexOf(restrictive[1]!);
    return speakerBefore(doc, s + restrictive[1]!.length, floor) ?? genericSubject(doc, floor, s + restrictive[1]!.length);
  }
  // ("has been saying": "been" before a present participle; before a past one it makes a passive)
  if (/\sbeen\s*$/u.test(pre) && /^\p{Ll}+ing\b/u.test(doc.text.slice(at, at + 16))) pre = stripEnd(pre.replace(/\s+been\s*$/u, ''), AUX_TAIL);
  // a contracted auxiliary before a participle: "he's said", "Trump’s also argued", "they've told"
  // (and before a present participle: "He's suggesting that ...", "They’re saying ...")
  if ((/\p{L}['’](?:s|ve|d)\s*$/u.test(pre) && PARTICIPLE.test(doc.text.slice(at, at + 12))) || (/\p{L}['’](?:s|re|m)\s*$/u.test(pre) && /^\p{Ll}+ing\b/u.test(doc.text.slice(at, at + 16))
    // (after a noun, "'s" may be a possessive and the -ing form a noun, "the candidate's thinking in an
    // interview", "a source familiar with Cruz’s thinking said": a clause or an object must follow)
    && (/(?:^|[^\p{L}])(?:he|she|it|that|who|there|what|they|you|we|I)['’]\p{Ll}+\s*$/iu.test(pre) || /^\p{Ll}+ing\s+(?:that|the|a|an|he|she|they|it|we|I|his|her|their|its|about)\s/u.test(doc.text.slice(at, at + 24))))) pre = stripEnd(pre.replace(/['’](?:s|ve|d|re|m)\s*$/u, ''), AUX_TAIL);
  // (a parenthesis between dashes: "Intelligence officials — including NSA Director Adm. Michael Rogers — have long argued")
  // (or between spaced hyphens: "Deborah Jordan Reynolds - Santilli's girlfriend - told")
  // (or between unspaced dashes, opening before a lower-case word: "Boyd--who is president of ...--says")
  const dashed = /[—–]\s*$|--\s*$/u.test(pre) ? /\s+(?:—|–|--)\s+[^—–]{1,160}?\s+(?:—|–|--)\s*$/u.exec(pre) ?? /(?<=\p{L})(?:—|--)(?=\p{Ll})[^—–]{1,160}?(?<=[\p{L}.)])(?:—|--)\s*$/u.exec(pre) : /\s-\s*$/u.test(pre) ? /\s+-\s+(?:(?!\s-\s)[^—–]){1,160}?\s+-\s*$/u.exec(pre) : null;
  if (dashed) {
    // ("A former Republican presidential candidate -- John McCain, who lost ... -- said": a name
    // that opens the parenthesis names the description before it)
    const inner = base + dashed.index + /^\s*(?:—|–|--|-)\s*/u.exec(dashed[0])![0].length;
    const k = lowerBound(doc.mentions, inner);
    const named = doc.mentions[k];
    if (named && named.start === inner && named.kind === 'name' && named.type === 'person' && /^(?:\s*,|\s+(?:—|–|--|-)\s)/u.test(doc.text.slice(named.end, named.end + 5)) && /\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}.'’-]+\s+){0,5}[\p{Ll}-]+\s*$/u.test(pre.slice(0, dashed.index))) return fromMention(doc, named);
    pre = stripEnd(pre.slice(0, dashed.index), AUX_TAIL);
  }
  // (an aside on anonymity: "Federal officials ..., speaking on the condition of anonymity because ..., said")
  const withAside = pre;
  if (/anonym|named|identified/u.test(pre.slice(-220))) pre = stripEnd(pre, ANONYMITY_TAIL, 220);
  pre = stripEnd(stripEnd(stripEnd(pre, PARTICIPIAL_TAIL), SETTING_TAIL, 80), CONTRAST_TAIL, 40);
  const participial = pre.length !== withAside.length;
  // ("Powell’s office, when contacted by Reuters, said": an aside on how the words were obtained; the
  // network that asked does not speak)
  pre = stripEnd(pre, WHEN_ASIDE, 100);
  // (an appositive before the aside still ends with its comma: "Brian Murphy, the chairman of the county
  // GOP, for example, said")
  if (pre.length < withAside.length && !/,\s*$/u.test(pre) && /,\s*$/u.test(withAside) && /,\s*(?:the|a|an|who|whose|\p{Lu}[\p{L}.-]*\s+(?:\p{Lu}[\p{L}.-]*\s+)?\p{Ll}+)\s[^,]*$/u.test(pre.slice(-160))) pre = `${pre},`;
  // "Charlie King, a former director of the Democratic Party, said": the name before the
  // appositive speaks, not the organisation inside it
  pre = stripEnd(pre, PARTY_TAG);
  // the longest appositive chain that opens like one, so that its parts ("N.C.") are not taken
  // (each appositive ends with a comma right before the cue: without one, none is tried)
  // (a short title in quotation marks may stand inside an appositive: "Hemsley, the co-author of
  // “Going Viral,” about the rapid spread of information, said")
  // (a comma inside its closing mark closes the appositive: `star of the show "The Apprentice," said`)
  const titled = pre.replace(/[“"](?:[\p{Lu}\d][^“”"]{0,40})[”"]/gu, (q) => (/,[”"]$/u.test(q) ? `${'Q'.repeat(q.length - 1)},` : 'Q'.repeat(q.length)));
  for (const tail of /,\s*$/u.test(titled) ? APPOSITIVE_TAILS : []) {
    const app = tail.exec(titled);
    // (also capitalised words before a lower-case role: ", South Carolina director for Sanders,")
    // (the role may be the last of several lower-case words: ", State Department regional security director,")
    const roleAfterCaps = app ? /^,\s*(?:[\p{Lu}][\p{L}.-]*\s+){1,3}(?:\p{Ll}[\p{L}-]*\s+){0,3}?(\p{Ll}+)(?=\s*,|\s+(?:of|for|at|to|in|on|with)\s)/u.exec(app[0]) ?? /^,\s*(?:[\p{Lu}][\p{L}.-]*\s+){1,3}(\p{Ll}+)/u.exec(app[0]) : null;
    // (or a capitalised title: ", Chairman of the Veterans Affairs Committee,", ", Vice-Chair of the ...,")
    const capitalTitle = app ? /^,\s*(?:[\p{Lu}][\p{L}.-]*\s+){0,2}([\p{Lu}][\p{L}-]*)(?:\s+(?:of|for|on)\b|\s*,)/u.exec(app[0]) : null;
    if (!app || (!APPOSITIVE_START.test(app[0]) && !(roleAfterCaps && ROLE_NOUNS.has(roleAfterCaps[1]!)) && !(capitalTitle && capitalTitle[1]!.toLowerCase().split('-').some((part) => ROLE_NOUNS.has(part))))) continue;
    // (an appositive opens with no conjunction: in "..., the Paper, and widely circulated online, Shen
    // Xincheng, a doctoral candidate ..., urged" the chain from "and" on is no appositive of "the Paper")
    if (/^,\s*(?:and|or|but|nor|yet)\s/u.test(app[0])) continue;
    // (an appositive is a noun phrase, or a relative clause: a segment with a verb of its own before
    // any relative pronoun is a clause of the writer's, "In Decatur, the plant is hanging on, ..., said X")
    if (app[0].split(',').some((seg) => CLAUSE_SEGMENT.test(seg.trimStart()))) continue;
    // (a bracket after the name: "Sen. Richard J. Durbin (D-Ill.), noting ..., said")
    // (or a party tag: "Sen. Marco Rubio, R-Fla., appearing on Fox News ..., said")
    const bracket = /\s*\([^()]{1,40}\)\s*$/u.exec(pre.slice(0, app.index)) ?? PARTY_TAG.exec(pre.slice(Math.max(0, app.index - 30), app.index));
    const nameEnd = base + app.index - (bracket ? bracket[0].length : 0);
    const ref = phraseEndingAt(doc, nameEnd, floor);
    // (a place speaks for its government before a participle: "Texas, leading a coalition of 13 states, asked")
    if (ref && ((ref.mention.kind === 'name' && (ref.type !== 'place' || /^,\s*(?!including\s)\p{Ll}+ing\s/u.test(app[0]))) || ref.flags.includes('joint'))) {
      const role = app[0].replace(/^,\s*|,\s*$/gu, '').trim();
      return { ...ref, role: ref.role ?? (isRoleLike(role) ? role : null) };
    }
    // "Several candidates, including Trump, said": the group speaks, the names inside it are examples
    if (ref && ref.mention.kind === 'group' && /^,\s*(?:including|among\s+them|such\s+as)\s/u.test(app[0])) return ref;
    // "The employee of nearly four years, a registered Republican who ..., said": a description
    // with an indefinite appositive of its own
    // (or a relative clause of its own: "The officials, who ..., say"; "which" only after a named
    // organisation, "Executives for Mondelez, which generated ..., say": after "healthcare
    // specialists, which I believe is critical, ..." it is about something else)
    // (or a participle's or a setting's phrase: "The governor, speaking at a news conference, said", "The
    // governor, in a news conference, said": the conference and the network in it do not speak; only for
    // a phrase that opens its clause, not an object, "the party, echoing a memo from X, who argued")
    if (ref && (ref.mention.kind === 'nominal' || ref.mention.kind === 'group') && ref.type !== 'place' && (/^,\s*(?:a|an|who|whose)\s/u.test(app[0]) || (/^,\s*(?!including\s)(?:\p{Ll}+ing|in|at|during|on)\s[^,()“”"]*,\s*$/u.test(app[0]) && /(?:^|[.!?;:“"(]\s*|,\s*)$/u.test(doc.text.slice(floor, ref.mention.start))) || (/^,\s*which\s/u.test(app[0]) && /\p{Lu}[\p{L}.&-]*$/u.test(ref.mention.text)))) return ref;
  }
  // ("The ad, which is currently airing in Iowa, argues that ...": a relative clause between commas
  // right before the cue holds no subject of it; the phrase before the clause is the subject, or none)
  // (an end-anchored pattern: tried on the last 200 characters only, and only where a pronoun is)
  const asideFrom = Math.max(0, titled.length - 200);
  const relativeAside = /,\s*$/u.test(titled) && /\s(?:which|who)\s/u.test(titled.slice(asideFrom)) ? /,\s*(?:which|who)\s[^,“”"]{1,170},\s*$/u.exec(titled.slice(asideFrom)) : null;
  if (relativeAside) {
    const nounEnd = base + asideFrom + relativeAside.index;
    // (a name ending there, or a phrase whose head can speak or is a document or an ad: not
    // "Sanders's victory, which ..., confirmed")
    const subject = phraseEndingAt(doc, nounEnd, floor) ?? genericSubject(doc, floor, nounEnd);
    const head = /([\p{L}-]+)\s*$/u.exec(doc.text.slice(Math.max(floor, nounEnd - 40), nounEnd))?.[1] ?? '';
    const lower = head.toLowerCase();
    const named = subject !== null && subject.mention.kind === 'name' && subject.mention.end === nounEnd && subject.type !== 'place';
    const speaks = named || GROUP_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/s$/u, '')) || ORG_NOUNS.has(lower.replace(/s$/u, '')) || EVIDENCE_NOUNS.has(lower) || PEOPLE_HEAD.test(lower);
    return subject && speaks && subject.mention.kind !== 'pronoun' && subject.type !== 'place' ? subject : null;
  }
  const end = base + pre.replace(/[\s,]+$/u, '').length;
  const ref = phraseEndingAt(doc, end, floor) ?? (participial ? genericSubject(doc, floor, end) : null) ?? relativeSubject(doc, pre, base, floor);
  // ("Anthony Anton, president and CEO of Washington Restaurant Association stated", "Erwin Chemerinsky,
  // Dean of UC Berkeley School of Law called": an appositive whose closing comma is missing; the
  // person named at the start of the sentence speaks)
  if (ref && ref.mention.kind === 'name' && ref.type !== 'person') {
    const open = /,\s*((?:[\p{Ll}-]+\s+){0,4})$/u.exec(doc.text.slice(floor, ref.mention.start));
    const first = /^[\p{L}]+/u.exec(ref.mention.text)?.[0].toLowerCase() ?? '';
    if (open && (ROLE_NOUNS.has(first) || open[1]!.split(/\s+/u).some((w) => ROLE_NOUNS.has(w)))) {
      const named = phraseEndingAt(doc, floor + open.index, floor);
      if (named && named.mention.kind === 'name' && named.type === 'person' && /^\s*$/u.test(doc.text.slice(floor, named.mention.start))) {
        return { ...named, role: named.role ?? doc.text.slice(floor + open.index + 1, ref.mention.end).trim() };
      }
    }
    // (or an appositive of the organisation's, with its acronym and an aside between dashes after it:
    // "Neil Sroka, communications director of the progressive advocacy group Democracy for America,
    // or DFA - which was founded by ... - said")
    if (dashed && /,\s*or\s+$/u.test(doc.text.slice(Math.max(floor, ref.mention.start - 6), ref.mention.start))) {
      const opening = /^\s*([^,;:“”"]{2,60}?),\s*(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,3}?)(\p{Ll}+)\s+(?:of|for|at|with)\s[^;:“”"]*$/u.exec(doc.text.slice(floor, ref.mention.start));
      const named = opening && ROLE_NOUNS.has(opening[3]!) ? phraseEndingAt(doc, floor + opening.index + opening[0].indexOf(opening[1]!) + opening[1]!.length, floor) : null;
      if (named && named.mention.kind === 'name' && named.type === 'person' && /^\s*$/u.test(doc.text.slice(floor, named.mention.start))) return named;
    }
  }
  // ("Everyone but Hewlett said yes": the exception belongs to a quantified subject)
  if (ref && ref.mention.kind === 'name') {
    const but = /(?:^|[,;:]\s*|\s)((?:[Ee]veryone|[Ee]verybody|[Aa]ll|[Aa]ll\s+(?:the\s+)?\p{Ll}+|[Ee]very\s+\p{Ll}+|[Ee]ach\s+\p{Ll}+|[Nn]o\s+one|[Nn]obody|[Nn]one)\s+(?:but|except(?:\s+for)?|other\s+than|besides)\s+)$/u.exec(doc.text.slice(Math.max(floor, ref.mention.start - 40), ref.mention.start));
    if (but) {
      const mention = makeMention(doc, ref.mention.start - but[1]!.length, ref.mention.end, 'group', 'group');
      return { mention, name: mention.text, type: 'group', role: null, flags: ['group'] };
    }
  }
  // ("Voters backing Trump said": the name is the object of a participle after the subject)
  if (ref && ref.mention.kind !== 'pronoun' && /\s\p{Ll}{3,}ing\s+(?:the\s+)?$/u.test(doc.text.slice(Math.max(floor, ref.mention.start - 30), ref.mention.start))) {
    const subject = genericSubject(doc, floor, ref.mention.end);
    if (subject && subject.mention.kind !== 'name' && subject.mention.end < ref.mention.start) return subject;
  }
  // "Another source speaking to Fox News said", "A letter obtained by The Associated Press warns":
  // the name is the object of a participle; the subject stands before it
  if (ref) {
    const obj = OBJECT_OF_PARTICIPLE.exec(doc.text.slice(Math.max(floor, ref.mention.start - 60), ref.mention.start));
    if (obj) {
      const at2 = ref.mention.start - obj[0].length;
      return speakerBefore(doc, at2, floor) ?? genericSubject(doc, floor, at2);
    }
  }
  return ref;
}

// (what the phrase of a preposition holds is followed by its own preposition, "that" or a stop:
// "according to a new report on ...", "in response to a news report that ..."; not "the age of the
// structure and an inspection by an engineering firm indicate the problem ...")
const NOUN_AFTER_PREPOSITION = /^\s*(?:[,.;:)]|(?:that|on|of|from|by|in|for|about|released|issued|published)\b)/u;
const RECOGNIZED_FOR = /^\s+(?!(?:how|what|why|that|when|where|whether|if)\b)(?!(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:need|needs|importance|necessity|value|potential|urgency|benefits?|role|significance|seriousness|gravity|difficulty|problems?|dangers?|threats?|demand|case|desire|rights?|responsibility|opportunity|reasons?|support|appreciation)\b)(?:[\p{L}.'’-]+\s+){1,6}?for\s+(?:\p{Ll}+ing\b|(?:their|his|her|its|our|superior|outstanding|exceptional|excellence|achievement|achievements|service|contributions?|dedication|commitment|efforts?|work|leadership)\b|\p{Lu})/u;
const LETTING = new Set(['let', 'lets', 'help', 'helps', 'helped', 'make', 'makes', 'made', 'see', 'saw', 'watch', 'watched', 'hear', 'heard']);
const SAME_PAST = new Set(['read', 'put', 'set', 'cut', 'let', 'hit', 'bet', 'bid', 'quit', 'spread', 'broadcast', 'forecast', 'cast', 'upset']);
const SINGULAR_NOUN_BEFORE = /(?:^|[^\p{L}])(?:(\p{Ll}+)\s+)?([Aa]n?|[Aa]nother|[Ee]ach|[Ee]very)\s+(?:(?!(?:few|lot|couple|number|majority|minority|handful|third|quarter|half|dozen|host|variety|plurality|group|team|panel|family|crowd|committee|jury|staff|government|council|pair|bunch|series|and|or|but|nor|to|that|who|which|whom|would|will|could|should|can|may|might|must|shall|is|was|are|were|be|been|has|have|had|did|does|do|not|never|also|then|just|only|still|even|now|ever|often|always|once|first|i|we|you|he|she|they|it|some|many|most|all|both|others|several|people|cannot|can['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t)\s)\p{Ll}[\p{L}’'-]*\s+){1,2}$/u;

/**
 * A position "maintain" keeps, which is a stance reported ("maintained his innocence", "maintains her
 * opposition"); "support" only with its possessive ("maintained support among black voters" is a lead kept).
 */
export const MAINTAINED_POSITION = /^\s*(?:(?:(?:his|her|their|its|the)\s+)?(?:innocence|silence|position|stance|view|views|claim|claims|denial|opposition)|(?:his|her|their|its)\s+support)\b/u;
// what follows "maintain" when it reports a claim: the end of a closing attribution ("..., Blackwell
// maintains."), "that", a position kept (above), or a clause (a subject of up to six words with no relative or
// subordinate clause of its own, then a finite verb that is no participle; or a name with an appositive
// between commas before its auxiliary, "maintains Cruz, a graduate of ..., will do")
const MAINTAINED_CLAIM = /^\s*(?:[.;:!?”"’)]|$|,(?!\s*(?:that|and|but)\b)|(?:today|yesterday|on\s+\p{Lu}\p{Ll}+day|in\s+(?:a|an|the|his|her|their|its)\s+(?:statement|interview|letter)|,\s*that\b)|that\b|(?:(?!(?:that|which|who|whom|to|until|as|because|if|when|while|so|after|before|since|unless|where)\b)[\p{L}\d'’.-]+\s+){1,6}?(?:is|was|are|were|has|had|have|will|would|could|can|should|must|did|does|do|\p{Ll}{3,}ed(?!\s+(?:to|by|for|in|with|as|from|on|at)\b))\b|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s[^;:.!?]{1,160}?,\s+(?:is|was|are|were|has|had|have|will|would|could|can|should|must|did|does)\b)/u;
// an aside between commas on how the words were obtained: ", when contacted by Reuters,", ", when reached by phone,"
const WHEN_ASIDE = /,\s*(?:when|after\s+being|if)\s+(?:(?:first|later|again|initially)\s+)?(?:contacted|reached|asked|questioned|interviewed|approached|pressed|called|queried|emailed)\b[^,;“”"]{0,80},\s*$/u;
const ANONYMITY_TAIL = /,\s*(?:who\s+(?:like\s+\p{Ll}+\s+|also\s+|too\s+)?)?(?:speaking|spoke|talking|talked|requesting|requested|asking|asked|declining|insisting|insisted)\s+(?:on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:they|he|she)\s+not\s+be\s+(?:named|identified))|anonymity|anonymously|not\s+to\s+be\s+(?:named|identified))[^,;“”"]{0,160},\s*$/u;

// "Democrats in Iowa who watched the Saturday debate said": the subject of the cue is the noun
// phrase before a relative clause of its own, when that phrase opens its clause
// (also "whose": "The state officials whose laws have been invalidated say")
const RELATIVE_TAIL = /\s+(?:who|whose|that)\s+(?!(?:said|says|say|told|tells)\b)[^,;:“”"()]{3,80}$/u;
const RELATIVE_TAIL_LONG = /\s+(?:who|whose)\s+(?!(?:said|says|say|told|tells)\b)[^;:“”"()]{3,160},\s*$/u;
function relativeSubject(doc: Doc, pre: string, base: number, floor: number): SpeakerRef | null {
  // (the clause is 80 characters at most: the pattern runs on the last 100 only; 160 with commas)
  let cut = Math.max(0, pre.length - 100);
  let tail = pre.slice(cut);
  let rel = tail.includes(' who') || tail.includes(' that ') ? RELATIVE_TAIL.exec(tail) : null;
  // (a longer "who" clause may hold commas, when it is the sentence's subject and a comma closes
  // it: "Yet some voters who have listened to his speeches ..., on television or at ..., said")
  // (only before a verb of saying: "Voters who are angry about ..., worried about ..." is a series)
  if (!rel && /,\s*$/u.test(pre) && /^(?:said|says|say|told|tell|tells)\b/u.test(doc.text.slice(base + pre.length, base + pre.length + 40).trimStart())) {
    cut = Math.max(0, pre.length - 180);
    tail = pre.slice(cut);
    rel = tail.includes(' who') ? RELATIVE_TAIL_LONG.exec(tail) : null;
  }
  if (!rel) return null;
  const ref = phraseEndingAt(doc, base + cut + rel.index, floor);
  if (!ref || ref.mention.kind === 'pronoun' || (ref.mention.kind === 'name' && ref.type === 'place')) return null;
  return /^\s*(?:(?:But|And|So|Yet|Still|Even|Only)\s+)?$|,\s*$/u.test(doc.text.slice(floor, ref.mention.start)) ? ref : null;
}

const OBJECT_OF_PARTICIPLE = /\s(?:speaking|talking|writing|speaking\s+exclusively|talking\s+exclusively|(?:who|that)\s+(?:spoke|talked|have\s+spoken|had\s+spoken)(?:\s+exclusively)?)\s+(?:to|with|on|in)\s+(?:the\s+|[Tt]he\s+)?$|\s(?:obtained|reported|published|seen|quoted|cited|released|issued|reviewed|first\s+reported)\s+by\s+(?:the\s+)?$/iu;

const isRoleLike = (s: string): boolean => s.split(/\s+/u).some((w) => ROLE_NOUNS.has(w.toLowerCase()));

/** The speaker phrase that starts right after `at` ("said Kang", "said the spokesperson"). */
export function speakerAfter(doc: Doc, at: number, limit: number): SpeakerRef | null {
  const post = doc.text.slice(at, Math.min(limit, at + 160));
  // (a conjunction opening the clause is no part of its subject: "But the U.S. Court of Appeals ...")
  const lead = /^\s*(?:(?:But|And|So|Yet|Still|Then|Now|Also)\s+(?=\S))?/u.exec(post)![0].length;
  const start = at + lead;
  const i = lowerBound(doc.mentions, start);
  const rest = doc.text.slice(start, Math.min(limit, start + 120));
  // ("according to people familiar with the plan", "said one Democrat familiar with the discussion": a
  // source described by what it knows, with the phrase that says so)
  const informed = INFORMED_SOURCE.exec(rest);
  if (informed) {
    const described = roleOfPhrase(doc, start + informed[0].length, start, start + informed[0].length);
    if (described && described.mention.start === start) return described;
  }
  // a possessive name before a lower-case organisation noun names the organisation ("Seoul's presidential office")
  const owned = /^[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?=[\s,.;:!?]|$)/u.exec(rest);
  if (owned && ORG_NOUNS.has(owned[1]!)) return nominalRef(doc, start, start + owned[0].length, owned[0]);
  // a name mention, possibly after its lower-case role ("said presidential spokesperson Kang")
  // (within the limit: "according to state media. The SDF said ..." names no source in the next sentence)
  for (let j = i; j < doc.mentions.length && doc.mentions[j]!.start < Math.min(start + 100, limit); j++) {
    const m = doc.mentions[j]!;
    const between = doc.text.slice(start, m.start);
    // "said a person close to the Clintons": a name after a preposition tells whose person speaks
    if (/^[\p{L}.\s-]+$/u.test(between) && /\s(?:to|of|for|from|at|with|within|inside|in|on|by)\s+(?:the\s+)?$/u.test(between)) {
      const described = roleOfPhrase(doc, m.end, start, m.start);
      if (described) return described;
    }
    // (or the role the mention itself was given, a name in it: "said Clinton Chief of Staff Cheryl Mills")
    if (between === '' || (/^[\p{L}.\s-]+$/u.test(between) && (roleWordsOnly(between) || (m.role !== null && between.trim() === m.role)))) {
      // "tweeted a German user from Hanover": a demonym before a noun that is no role qualifies it
      if (m.type === 'place' && /^\s+\p{Ll}+\s+(?:from|in|of|at|who|with)\b/u.test(doc.text.slice(m.end, m.end + 40)) && !ROLE_NOUNS.has(/^\s+(\p{Ll}+)/u.exec(doc.text.slice(m.end, m.end + 40))![1]!)) break;
      // "Syrian state media", "Trump supporters": a place or name that modifies a group or
      // organisation noun is not the speaker itself
      const tail = /^(?:\s+[\p{Ll}-]+){1,3}/u.exec(doc.text.slice(m.end, Math.min(limit, m.end + 60)))?.[0] ?? '';
      const ws = tail.split(/\s+/u).filter(Boolean);
      const k = ws.findIndex((w) => isClearVerb(w));
      // (a noun after the organisation noun may make a compound with it: "an AEW press release")
      const head0 = ws.slice(0, k < 0 ? ws.length : k).findIndex((w) => ORG_NOUNS.has(w) || GROUP_NOUNS.has(w));
      // (a document so named is its organisation's: "AEW")
      const next0 = head0 >= 0 ? ws[head0 + 1] ?? '' : '';
      const head = /^(?:release|releases|statement|statements|report|briefing)$/u.test(next0) ? -1 : /^(?:conference|office|secretary|spokesman|spokeswoman|spokesperson)$/u.test(next0) ? head0 + 1 : head0;
      // "said RNC spokesman Sean Spicer", "mused Blaze co-host Stu Burguiere", "said Florida’s Rick
      // Wilson": a name that qualifies a role (or owns the person) before the person who speaks
      const holder = roleHolderAfter(doc, j, limit);
      if (holder) return holder;
      if (head >= 0 && m.type !== 'person') {
        const end = m.end + tail.indexOf(ws[head]!) + ws[head]!.length;
        return nominalRef(doc, start, end, doc.text.slice(start, end));
      }
      // "said the Florida senator", "said a prominent Republican National Committee member": a
      // place or organisation before a role is the role holder's, who speaks
      // (a noun or two may qualify the role: "said a longtime GOP data expert who ...")
      const r = ws.findIndex((w, i) => i <= 2 && ROLE_NOUNS.has(w));
      // (any name after an indefinite article qualifies the role after it: "says one Enron trader")
      const role = (m.type === 'place' || m.type === 'organization' || /(?:^|\s)(?:a|an|one|another)\s+$/iu.test(between)) && r >= 0 && ws.slice(0, r).every((w) => !isClearVerb(w) && CUE_FORMS[w] === undefined && !/^(?:and|or|of|to|in|on|at|for|with|who|that|which)$/u.test(w)) ? m.end + tail.indexOf(` ${ws[r]!}`) + 1 + ws[r]!.length : -1;
      if (role > 0) {
        const ref = nominalRef(doc, start, role, doc.text.slice(start, role));
        if (ref) return ref;
      }
      // "said Sens. Snowe and Collins (in a joint statement)": two people named after the cue, and no
      // more than a setting after them, speak together
      const second = doc.mentions[j + 1];
      if (m.kind === 'name' && m.type === 'person' && second && second.kind === 'name' && second.type === 'person' && second.end <= limit
        && /^(?:\s*\([^()]{1,30}\))?\s+and\s+(?:(?:Sen\.|Senator|Rep\.|Representative|Gov\.|Governor)\s+)?$/u.test(doc.text.slice(m.end, second.start))
        && /^(?:\s*\([^()]{1,30}\))?(?:\s*(?:[.,;:!?]|$)|\s+(?:in|on|at|during|after|before|today|yesterday|this|last)\b)/u.test(doc.text.slice(second.end, Math.min(limit, second.end + 40)))) return jointRef(doc, m, second);
      return m.kind === 'nominal' ? namedAfter(doc, fromMention(doc, m), limit) : fromMention(doc, m);
    }
    break;
  }
  const pro = /^(he|she|they|we|i|it)\b/iu.exec(rest);
  if (pro) return pronounRef(doc, start, pro[0]);
  // the longest phrase before a boundary first ("according to one research firm"), then its first word
  // (a verb ends the phrase: "the Senator welcomed news that ..." is "the Senator")
  const run0 = NOMINAL_RUN.exec(rest)?.[0];
  // (the first such word that is a verb: "Former officers chafed at ..." is "Former officers")
  const verbAt = run0 ? [...run0.matchAll(/(?<=\S\s+)(?:\p{Ll}+ed|\p{Ll}+s)\b(?=\s+\S|$)/gu)].find((v) => cueOrPast(run0.slice(v.index)))?.index ?? -1 : -1;
  // (a subordinator opens a clause of its own, no subject phrase: "As Breitbart News reported")
  const run = run0 && /^(?:As|If|When|While|Because|Since|Although|Though|After|Before|Until|Unless)\s/u.test(run0) ? undefined : run0 && verbAt > 0 ? run0.slice(0, verbAt).trimEnd() : run0;
  const long = run ? nominalRef(doc, start, start + run.length, run) : null;
  if (long) return namedAfter(doc, long, limit);
  const np = NOMINAL_HEAD.exec(rest);
  if (np) return namedAfter(doc, nominalRef(doc, start, start + np[0].length, np[0]), limit);
  return null;
}

// "said the company's chief executive, John J. Ferriola.": a person's name in apposition after a
// description is who speaks, and the description is the role
function namedAfter(doc: Doc, ref: SpeakerRef | null, limit: number): SpeakerRef | null {
  if (!ref || (ref.mention.kind !== 'nominal' && !describesSource(ref.mention.text))) return ref;
  // "Former prosecutor and New York City Mayor Rudy Giuliani": a second role, then the name of the
  // one who holds both (a role with a determiner is someone else: "The senator and Rep. John Smith")
  const joined = /^\s+and\s+/u.exec(doc.text.slice(ref.mention.end, ref.mention.end + 6));
  if (joined && ref.mention.type === 'person' && !/^(?:the|a|an|his|her|their|its|this|that|one|two|both)\s/iu.test(ref.mention.text)) {
    const m = doc.mentions[lowerBound(doc.mentions, ref.mention.end + joined[0].length)];
    const between = m ? doc.text.slice(ref.mention.end + joined[0].length, m.start) : '';
    if (m && m.kind === 'name' && m.type === 'person' && m.end <= limit && between.length < 50 && (between === '' || roleWordsOnly(between)) && !/^\s+and\s/u.test(doc.text.slice(m.end, m.end + 5))) {
      const named = fromMention(doc, m);
      return { ...named, role: named.role ?? ref.mention.text.replace(/^(?:the|a|an)\s+/iu, '') };
    }
  }
  const comma = /^\s*,\s*/u.exec(doc.text.slice(ref.mention.end, ref.mention.end + 4));
  if (!comma) return ref;
  const m = doc.mentions[lowerBound(doc.mentions, ref.mention.end + comma[0].length)];
  if (!m || m.start !== ref.mention.end + comma[0].length || m.kind !== 'name' || m.type !== 'person' || m.end > limit) return ref;
  if (!/^\s*(?:[,.;!?]|$)/u.test(doc.text.slice(m.end, Math.min(limit, m.end + 3)))) return ref;
  const named = fromMention(doc, m);
  return { ...named, role: named.role ?? ref.mention.text.replace(/^(?:the|a|an)\s+/iu, '') };
}
// a described source and what it knows: "people familiar with the plan", "a person close to the company"
const INFORMED_SOURCE = /^[^,.;:!?“”"()]{1,40}?\s(?:familiar|close|knowledgeable)\s+(?:with|to|about|on|in)\s+[^,.;:!?“”"()]{1,60}?(?=\s*[,.;:!?)]|\s*$|\s+(?:who|which|said|says|told)\b)/u;
// (a number may open it: "About 200 protesters", "1,500 workers")
const NOMINAL_RUN = /^(?:(?:(?:[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Oo]ver|[Aa]round|[Rr]oughly|[Mm]ore\s+than|[Aa]t\s+least)\s+)?\d[\d,]*\s+|(?:[Tt]he|[Aa]|[Aa]n|[Oo]ne|[Bb]oth|[Aa]ll|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Oo]ther|[Ss]enior|[Tt]op|[\p{Lu}][\p{L}.]*['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:[\p{L}.-]+\s+){0,3}[\p{L}-]+(?=\s*[,.;:!?)]|\s*$|\s+(?:who|which|that|on|in|at|during|after|before|about|of|for|with|to|from|when|while|as|and|but)\b)/u;

/**
 * Whether a phrase describes a source well enough to stand as the speaker's name when it names
 * nobody ("a Turkish official", "unnamed industry experts", "the ad"): a noun phrase of a few
 * words whose head is a person, group or organisation noun, or an agent noun.
 */
/** Several names as one speaker: "A and B", "A, B and C". */
export const joinNames = (names: readonly string[]): string => (names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and '));

export function describesSource(phrase: string): boolean {
  // (a phrase in "as" is what the noun before it is taken for: "the committee's action as a positive
  // development" is an action; not "such as the ACLU")
  const as = /(?<!\bsuch)\sas\s+(?:a|an|the)\s/u.exec(phrase);
  if (as) return describesSource(phrase.slice(0, as.index));
  const words = phrase.trim().split(/\s+/u);
  // a share of people polled: "Six in 10", "nearly nine out of 10", "those surveyed"
  if (words.length <= 5 && (/\b(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)$/iu.test(phrase.trim()) || /^(?:(?:almost|nearly|about|roughly|more\s+than|fewer\s+than|only)\s+)?(?:half|a\s+majority|a\s+third|two-thirds|a\s+quarter|three-quarters|a\s+plurality)$/iu.test(phrase.trim()) || /^(?:\S+\s+)?\d+(?:\.\d+)?\s*(?:%|percent)$/u.test(phrase.trim()) || /^(?:surveyed|polled|questioned|interviewed)$/u.test(words.at(-1)!))) return true;
  if (words.length > 8 || !/^(?:the|a|an|one|some|several|many|most|other|another|two|three|four|five|\d+|unnamed|senior|top|[\p{Lu}][\p{L}’'.-]*)$/iu.test(words[0]!)) return false;
  if (/^(?:in|at|on|after|before|among|for|with|from|by|to|of|as|if|when|while|how|what|this|that|these|those|it|its|there|be)$/iu.test(words[0]!)) return false;
  const head = words.at(-1)!.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (/^(?:another|other|others|one|some|many|most|several|all|both|each|either|neither|none)$/u.test(head)) return false;
  if (MASTHEAD_NOUNS.has(head) && !/^\p{Lu}/u.test(words.at(-1)!)) return false;
  const singular = head.replace(/(?:ies)$/u, 'y').replace(/s$/u, '');
  return ROLE_NOUNS.has(head) || ROLE_NOUNS.has(singular) || GROUP_NOUNS.has(head) || ORG_NOUNS.has(head) || ORG_NOUNS.has(singular) || PARTY_MEMBERS.has(singular)
    || EVIDENCE_NOUNS.has(head) || /(?:er|or|ist|ian|ant|ent|ee|man|woman|men|women|person|people|official|aide|source|ad|poll|survey|statement|report|editorial|column|headline|caption|banner|placard|sign|message|tweet|child|children|kid|boy|girl|user|crowd|audience|teen|veteran|soldier|family|families)s?$/u.test(head);
}

const COORDINATED_RELATIVE = /,\s*who\s+(?!(?:said|says|told|tells)\b)[^,;:“”"]{1,60}?\s+and\s+(?:then\s+|also\s+|later\s+)?$/u;
// (a restrictive "who" needs no comma: "some far-right commentators who have suggested ...")
const RELATIVE = /(?:,\s*(?:who|which)|\s(?:who|that))(?:['’](?:s|d|ve))?\s+(?:(?:has|have|had|also|later|previously|repeatedly|often|recently|publicly|once|then|now|earlier|both|long|already|since|\p{Ll}{3,}ly|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

// a share of people polled right before `end`: "the 30 percent who say ...", "12% of voters who ..."
function shareBefore(doc: Doc, floor: number, end: number): SpeakerRef | null {
  const m = /(?:^|[\s,(])((?:(?:the|some|about|nearly|only|just|another)\s+)?\d+(?:\.\d+)?\s*(?:%|percent)(?:\s+of\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)?)$/iu.exec(doc.text.slice(Math.max(floor, end - 60), end));
  if (!m) return null;
  const mention = makeMention(doc, end - m[1]!.length, end, 'group', 'group');
  return { mention, name: mention.text, type: 'group', role: null, flags: ['group'] };
}

/**
 * The speaker a relative pronoun before a cue stands for: "Juanita Broaddrick, who said ...",
 * "the Associated Press report, which notes, ...": the name (or the describing phrase) before the comma.
 */
export function relativeAntecedent(doc: Doc, floor: number, at: number): SpeakerRef | null {
  const window = doc.text.slice(Math.max(floor, at - 80), at);
  // (the cue may be the second verb of the clause: "Annette Guessford, who answered her door and said ...")
  const rel = RELATIVE.exec(window) ?? (/\sand\s+(?:then\s+|also\s+|later\s+)?$/u.test(window) ? COORDINATED_RELATIVE.exec(window) : null);
  if (!rel) return null;
  // ("Naureen Jahangir, a Sanders supporter, is among those who say ...", "Cruz was one of the
  // senators who argued ...": the subject of the copula says it too)
  const among = /\b(?:is|was|are|were|remains|remained)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:those|the\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+|many|several|a\s+(?:few|handful|number)\s+of\s+[\p{L}-]+)\s+(?:who|that)\s+(?:(?:also|have|has|had)\s+)*$/u.exec(window);
  if (among) {
    const copula = at - window.length + among.index;
    const subject = speakerBefore(doc, copula, floor);
    if (subject && (subject.mention.kind === 'name' || subject.mention.kind === 'pronoun') && (subject.type === 'person' || subject.type === 'organization' || subject.type === 'group')) return subject;
  }
  // (the comma before "who" stays with the phrase: it may close an appositive, "Edward G. Rendell,
  // a former Pennsylvania governor, who supports ...")
  const end = at - window.length + rel.index + (rel[0].startsWith(',') ? 1 : 0);
  // (a description after a verb or preposition: "the last question was from a young child, who said")
  // ("my Republican friend and colleague from Mississippi - the former Majority Leader - who said": "who"
  // stands for people, never for the place that qualifies them)
  const named = speakerBefore(doc, end, floor);
  // (and "which" never for a person: "the NHSC program, championed by former Sen. Warren Magnuson, which
  // encourages ...")
  const personForWhich = named?.type === 'person' && named.mention.kind === 'name' && /\bwhich\b/u.test(rel[0]) && (named.mention.text.includes(' ') || named.role !== null);
  // (a share right before "who" is what it stands for: "a drop from 76 percent who said ...")
  const ref = ((named?.type === 'place' && /\bwho\b/u.test(rel[0])) ? null : personForWhich ? whichAntecedent(doc, floor, end) : named) ?? (/\bwho\b/u.test(rel[0]) ? shareBefore(doc, floor, end) : null) ?? genericSubject(doc, floor, end) ?? describedBefore(doc, floor, end) ?? shareBefore(doc, floor, end);
  // (a description with a phrase after its head is judged by the head: "one Democrat familiar with the discussion")
  const described = ref && ref.mention.head && ref.mention.text.includes(ref.mention.head) ? ref.mention.text.slice(0, ref.mention.text.indexOf(ref.mention.head) + ref.mention.head.length) : ref?.mention.text ?? '';
  if (!ref || (ref.mention.kind !== 'name' && !ref.flags.includes('joint') && !describesSource(ref.mention.text) && !describesSource(described))) return null;
  // (a "that" clause reports only for people or an organisation right before it: not "countries in
  // Asia that threaten ...")
  if (/^\s*that\b/u.test(rel[0]) && (ref.type === 'place' || ref.mention.end !== end || ref.mention.kind === 'pronoun' || /\p{Ll}+s\s+\p{Ll}+\s+from\s/u.test(ref.mention.text))) return null;
  // (a restrictive clause inside the subject ends where the main verb begins, which only a parse
  // would find: "Voters who say the economy matters most were divided" is left alone)
  // (nor one inside the subject of a reported clause: "saying that Trump meant people who support the
  // Second Amendment are unified")
  if (!rel[0].startsWith(',') && /(?:^|[.!?;:“"(\n]|\bthat)\s*(?:(?:But|And|So|Yet|Even|Still|Only)\s+)?$/u.test(doc.text.slice(Math.max(0, ref.mention.start - 40), ref.mention.start))) return null;
  // ("Elizabeth Arnold, 32, a former staff member for the campaign who said": a description in
  // apposition to a name stands for the person named)
  if (ref.mention.kind === 'nominal' && ref.type === 'person') {
    const comma = /,\s*(?:\d{1,3}\s*,\s*)?$/u.exec(doc.text.slice(Math.max(floor, ref.mention.start - 12), ref.mention.start));
    const k = comma ? lowerBound(doc.mentions, ref.mention.start - comma[0].length) - 1 : -1;
    const named = k >= 0 ? doc.mentions[k]! : null;
    if (named && comma && named.end === ref.mention.start - comma[0].length && named.start >= floor && named.kind === 'name' && named.type === 'person') {
      return { ...fromMention(doc, named), role: ref.mention.text.replace(/^(?:the|a|an)\s+/iu, '') };
    }
  }
  return ref;
}

// The organisation a "which" clause stands for when a person is named nearer: "Dan Smith, a spokesman
// for the American Cancer Society, which endorsed ..." (none when no organisation ends the phrase:
// "the NHSC program, championed by former Sen. Warren Magnuson, which ...").
function whichAntecedent(doc: Doc, floor: number, end: number): SpeakerRef | null {
  for (let j = lowerBound(doc.mentions, end) - 1; j >= 0; j--) {
    const m = doc.mentions[j]!;
    if (m.start < Math.max(floor, end - 120)) break;
    if (m.end <= end && m.kind === 'name') return /^[\s,]*$/u.test(doc.text.slice(m.end, end)) && m.type !== 'person' && m.type !== 'place' ? fromMention(doc, m) : null;
  }
  return null;
}

// an indefinite or counted noun phrase ending at `end`: "a young child", "two local residents"
function describedBefore(doc: Doc, floor: number, at: number): SpeakerRef | null {
  const end = at - /[\s,]*$/u.exec(doc.text.slice(Math.max(floor, at - 5), at))![0].length;
  const before = doc.text.slice(Math.max(floor, end - 60), end);
  // (a share after "including": "a majority ..., including 18% who say")
  const share = /(?<=\b(?:including|with)\s)\d+(?:\.\d+)?\s*(?:%|percent)$/u.exec(before);
  if (share) return genericPhrase(doc, end - share[0].length, end);
  const np = /(?<=\s)(?:a|an|one|another|two|three|four|five|several)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.exec(before);
  if (!np) return null;
  const ref = genericPhrase(doc, end - np[0].length, end);
  return ref && ref.mention.kind !== 'name' && describesSource(ref.mention.text) ? ref : null;
}

const parts2 = (name: string): number => name.split(/\s+/u).length;

// The person after mention j when lower-case role words (or a possessive) link the two:
// "RNC spokesman Sean Spicer", "Clinton campaign manager Robby Mook", "Florida’s Rick Wilson".
// whether the first word of `w` is a cue form or a past tense
function cueOrPast(w: string): boolean {
  const f = /^\S+/u.exec(w)![0];
  return CUE_FORMS[f] !== undefined || /^\p{Ll}{3,}ed$/u.test(f);
}

function roleHolderAfter(doc: Doc, j: number, limit: number): SpeakerRef | null {
  const m = doc.mentions[j]!;
  const next = doc.mentions[j + 1];
  if (!next || next.type !== 'person' || next.end > limit || next.start - m.end > 50) return null;
  // (the name may stand in apposition after the role: "said Harvard University's president, Drew Faust.")
  const raw = doc.text.slice(m.end, next.start);
  const between = /^['’]s?\s[^,]+,\s+$/u.test(raw) && /^\s*(?:[,.;:!?)]|$)/u.test(doc.text.slice(next.end, next.end + 3)) ? raw.replace(/,(\s+)$/u, '$1') : raw;
  const words = between.trim().split(/\s+/u).filter(Boolean);
  const possessive = /^['’]s?\s+$/u.test(between);
  // (the role noun is the last word before the name: "party boss", "campaign manager", "co-host")
  const last = words.at(-1) ?? '';
  // (capitalised titles among them: "ACLU executive Director Anthony Romero"; a possessive before
  // them: "Clinton’s top foreign policy aide Jake Sullivan")
  const lastLower = last.toLowerCase().replace(/\.$/u, '');
  // (an ordinal among them: "Air Force 1st Lt. Tyler Livingston")
  const roles = /^(?:['’]s?)?\s+(?:[\p{L}\d.-]+\s+){1,4}$/u.test(between) && words.every((w) => /^['’]s?$|^\p{Ll}|^\d+(?:st|nd|rd|th)$/u.test(w) || ROLE_NOUNS.has(w.toLowerCase().replace(/\.$/u, '')) || ROLE_MODIFIERS.has(w.toLowerCase()))
    && (ROLE_NOUNS.has(lastLower) || ROLE_NOUNS.has(lastLower.split('-').at(-1)!) || PARTY_MEMBERS.has(lastLower) || (last.length >= 5 && /(?:er|ist|or|man|woman|host|boss)$/u.test(last) && !/^(?:other|never|after|under|over|rather|either|neither|whether|together|another|however|for|behind)$/u.test(last)));
  // (or any few lower-case words before a full name: "Oversight ranking Democrat Elijah Cummings")
  // (not a verb and its preposition: "O’Malley spoke at the Fair Immigration Reform Movement")
  const modifier = /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(between) && parts2(next.text) >= 2 && parts2(m.text) === 1 && words.every((w) => !CAPITALISED_NON_NAMES.has(w) && !CUE_FORMS[w]);
  if (!possessive && !roles && !modifier) return null;
  // (a verb or a preposition among them makes the second name an object: "Tim Johnson met with Secretary
  // James Peake and urged him ...")
  if (words.some((w) => isPastForm(w) || isClearVerb(w) || /^(?:with|at|on|by|from|for|into|about|against|toward|towards)$/u.test(w))) return null;
  const ref = fromMention(doc, next);
  return { ...ref, role: ref.role ?? `${m.text}${between}`.trim() };
}

// (a place before a title is its affiliation: "said former Wisconsin Gov. Jim Doyle")
// (a lower-case word that is no function word: "said presidential spokesperson Kang", not
// "writing on his Facebook page")
// words that may stand between an inverted cue and the name of its speaker: roles, modifiers,
// places of one or two words ("said former South Carolina Gov. Jim Hodges")
// (and the capitalised words of an affiliation before a title: "Cleveland Police Chief Calvin Williams")
function roleWordsOnly(between: string): boolean {
  const ws = between.split(/\s+/u).filter(Boolean);
  const titled = ws.length >= 2 && ws.length <= 5 && ROLE_NOUNS.has(ws.at(-1)!.toLowerCase().replace(/\.$/u, '')) && /^\p{Lu}/u.test(ws.at(-1)!);
  for (let i = 0; i < ws.length; i++) {
    if (isRoleWordLoose(ws[i]!)) continue;
    // (a title in the plural before two names: "said Senators Snowe and Collins")
    if (i === ws.length - 1 && /^\p{Lu}\p{Ll}+s$/u.test(ws[i]!) && ROLE_NOUNS.has(ws[i]!.toLowerCase().slice(0, -1))) continue;
    if (titled && /^\p{Lu}[\p{L}.&'’-]*$/u.test(ws[i]!) && !CAPITALISED_NON_NAMES.has(ws[i]!.toLowerCase())) continue;
    if (i + 1 < ws.length && (regionOf(`${ws[i]} ${ws[i + 1]}`) !== undefined || placeOf(`${ws[i]} ${ws[i + 1]}`) !== undefined)) { i++; continue; }
    return false;
  }
  return true;
}
const isRoleWordLoose = (w: string): boolean => /^(the|a|an|his|her|their|its)$/iu.test(w) || placeOf(w) !== undefined || regionOf(w) !== undefined || ROLE_NOUNS.has(w.toLowerCase().replace(/\.$/u, '')) || ROLE_MODIFIERS.has(w.toLowerCase()) || (/^\p{Ll}/u.test(w) && (!CAPITALISED_NON_NAMES.has(w) || w === 'and'));

// "the two leaders", "both sides", "Seoul's presidential office", "the ministry", "officials"
const NOMINAL_HEAD = /^(?:(?:[Tt]he|[Bb]oth|[Aa]ll|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Oo]ther|[Ss]enior|[Tt]op|[\p{Lu}][\p{L}.]*['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:[\p{L}.-]+\s+){0,3}?([\p{L}-]+)(?=[\s,.;:!?]|$)/u;

// The end of `text` holding its last `n` words and the character before them (all of it when shorter).
function lastWords(text: string, n: number): string {
  let i = text.length;
  for (let k = 0; k < n && i > 0; k++) {
    while (i > 0 && isSpaceChar(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpaceChar(text.charCodeAt(i - 1))) i--;
  }
  return i > 0 ? text.slice(i - 1) : text;
}
const isSpaceChar = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

// what links a person to the organisation or place they are of: "David Woodard of Clemson University"
const OF_LINK = /^\s+(?:of|from|at|in)\s+(?:[Tt]he\s+)?$/u;

function phraseEndingAt(doc: Doc, end: number, floor: number): SpeakerRef | null {
  // a name mention ending exactly here
  const i = lowerBound(doc.mentions, end) - 1;
  for (let j = i; j >= 0 && j > i - 4; j--) {
    const m = doc.mentions[j]!;
    if (m.end === end) {
      if (m.start < floor) return null;
      // "A spokeswoman for Mr. Trump said": the name only tells whose spokeswoman speaks
      // (only where a preposition stands right before the name: a cheap test first)
      const described = /\b(?:for|of|to|at|with|within|inside|from|in|on)\s+(?:\S+\s+){0,2}$/u.test(doc.text.slice(Math.max(floor, m.start - 24), m.start)) ? roleOfPhrase(doc, end, Math.max(floor, m.start - 80), m.start) : null;
      if (described) return described;
      // "President Abdel Fattah el-Sisi of Egypt said": the person, not the place, speaks
      // ("David Woodard of Clemson University said": the person, not the university)
      // ("Stacy Baker of Columbia, South Carolina says": a place may name its state after a comma)
      // (a name with no personal first name after a person and "of" or "at" is an institution the
      // tagger took for a person: "Kristian Andersen of Scripps Research", "Dr. Steven Wolf at Saint Francis")
      const institution = m.type === 'person' && j > 0 && doc.mentions[j - 1]!.type === 'person' && /\s/u.test(doc.mentions[j - 1]!.text) && !ORG_NOUNS.has(doc.mentions[j - 1]!.text.split(/\s+/u).at(-1)!.toLowerCase()) && /^\s+(?:of|at)\s+$/u.test(doc.text.slice(doc.mentions[j - 1]!.end, m.start)) && genderOf(m.text, null, []) === 'unknown';
      if ((m.type === 'place' || m.type === 'organization' || institution) && j > 0) {
        let k = j;
        // (and a place owned by one before it: "Kweisi Mfume of Maryland's seventh Congressional District")
        while (k > 1 && doc.mentions[k]!.type === 'place' && (/^,\s*$/u.test(doc.text.slice(doc.mentions[k - 1]!.end, doc.mentions[k]!.start)) || (doc.mentions[k - 1]!.type === 'place' && /^['’]s?\s+(?:[\p{Ll}\d-]+\s+)?$/u.test(doc.text.slice(doc.mentions[k - 1]!.end, doc.mentions[k]!.start))))) k--;
        // ("Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem": the first of a
        // chain of such phrases is the person)
        while (k > 1 && doc.mentions[k - 2]!.type === 'person' && doc.mentions[k - 2]!.start >= floor && OF_LINK.test(doc.text.slice(doc.mentions[k - 2]!.end, doc.mentions[k - 1]!.start)) && OF_LINK.test(doc.text.slice(doc.mentions[k - 1]!.end, doc.mentions[k]!.start))) k--;
        const owner = doc.mentions[k - 1]!;
        if ((owner.type === 'person' || (owner.type === 'organization' && m.type === 'place')) && owner.start >= floor && OF_LINK.test(doc.text.slice(owner.end, doc.mentions[k]!.start))) {
          // ("Sens. Johnny Isakson of Georgia and John Boozman of Arkansas": two people, each of a place)
          const place = doc.mentions[k - 2];
          const first = doc.mentions[k - 3];
          if (owner.type === 'person' && place && first && first.type === 'person' && first.start >= floor && /^\s+and\s+$/u.test(doc.text.slice(place.end, owner.start)) && /^\s+(?:of|from)\s+$/u.test(doc.text.slice(first.end, place.start))) return jointRef(doc, first, owner);
          return fromMention(doc, owner);
        }
      }
      // (a place in a phrase of location is where, not who: "Cruz's fusillade in Colorado underscored ...",
      // "People in Fort Pierce said"; the subject phrase before it speaks, if there is one; after a comma
      // the place may close a verb phrase of the subject's, "She urged ... in Libya, proposed ...";
      // a state after its town's comma closes its own, "officials ... in Chappaqua, N.Y., said")
      // (also the place that names a state or a city after "of": "Seniors in my home state of Maine have reported")
      if (m.type === 'place' && !/^\s*,/u.test(doc.text.slice(m.end, m.end + 3)) && /\b(?:(?:in|at|across|throughout|near|inside|outside|around)\s+(?:the\s+)?|(?:in|at|across|throughout)\s+(?:the|my|our|his|her|their)\s+(?:home\s+|great\s+|native\s+)?(?:state|city|town|county|country|nation|province|district|region)\s+of\s+)$/u.test(doc.text.slice(Math.max(floor, m.start - 40), m.start))) {
        const subject = genericSubject(doc, floor, end);
        if (subject && subject.type !== 'place') return subject;
      }
      if (m.type === 'place' && /\b(?:in|at|near|from|of)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,\s*$/u.test(doc.text.slice(Math.max(floor, m.start - 40), m.start))) {
        // (the subject phrase up to the town speaks)
        const town = m.start - /,\s*$/u.exec(doc.text.slice(Math.max(floor, m.start - 4), m.start))![0].length;
        const subject = speakerBefore(doc, town, floor) ?? genericSubject(doc, floor, town);
        if (subject && subject.type !== 'place') return subject;
      }
      // "75 percent of Democrats said": a share of the group speaks
      if (m.type === 'group') {
        const share = quantityOf(doc, end, doc.text.slice(Math.max(floor, end - 120), end));
        if (share) return share;
        // ("Several Democrats", "Many Republicans": the quantifier belongs to the group)
        const q = /(?:\b\d[\d,]*\s+)?\b(?:[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Ff]ew|[Mm]ultiple|[Nn]umerous|[Vv]arious|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens\s+of|[Hh]undreds\s+of|[Tt]housands\s+of)\s+$/u.exec(doc.text.slice(Math.max(floor, m.start - 20), m.start));
        // ("Friends, lobbyists and former foes say", "Many experts and some lawmakers say": a series of
        // groups speaks together)
        const series = /,|\s(?:and|or)\s+(?:\S+\s+)?$/u.test(doc.text.slice(Math.max(floor, m.start - 40), m.start)) ? peopleSeries(doc, floor, end) : null;
        if (series) return series;
        if (q) {
          const mention = makeMention(doc, m.start - (doc.text.slice(Math.max(floor, m.start - 20), m.start).length - q.index), end, 'group', 'group');
          // ("Senator Maria Cantwell and 11 other senators urged": a name and a counted group speak together)
          const k = lowerBound(doc.mentions, mention.start) - 1;
          const named = k >= 0 ? doc.mentions[k]! : null;
          if (named && named.kind === 'name' && named.type !== 'place' && named.start >= floor && /^\s+and\s+$/u.test(doc.text.slice(named.end, mention.start))) return jointRef(doc, named, mention);
          return { mention, name: mention.text, type: 'group', role: null, flags: ['group'] };
        }
        // ("Democrats and Republicans said": two groups speak together)
        const other = j > 0 ? doc.mentions[j - 1]! : null;
        if (other && other.type === 'group' && other.start >= floor && /^\s+and\s+$/u.test(doc.text.slice(other.end, m.start))) return jointRef(doc, other, m);
      }
      // "Sens. Craig Thomas and Mike Enzi said": two people speak together
      // (a title may stand before the second: "Donald J. Trump and Senator Bernie Sanders have both argued")
      // (the mention before the last one when a place or a bracket stands between them)
      let back = j - 1;
      while (back > 0 && j - back < 3 && ((m.type === 'person' && doc.mentions[back]!.type === 'place') || /^[\s.]*\)/u.test(doc.text.slice(doc.mentions[back]!.end, doc.mentions[back]!.end + 3))) && m.start - doc.mentions[back - 1]!.end < 60) back--;
      const prev = back >= 0 ? doc.mentions[back]! : null;
      // (a bracket may follow the first, and a place stand in the second's role: "Sen. Bernie
      // Sanders (Vt.) and former Maryland governor Martin O'Malley suggested")
      const joined = prev ? /^(?:\s*\([^()]{1,30}\))?(?:,\s*|\s+)and\s+((?:[\p{L}.]+\s+){0,4})$/u.exec(doc.text.slice(prev.end, m.start)) : null;
      const roleWords = joined ? joined[1]!.split(/\s+/u).filter(Boolean) : [];
      // (and two countries or two organisations: "Turkey and Libya agreed")
      if ((m.type === 'person' || m.type === 'place' || m.type === 'organization') && prev && prev.type === m.type && prev.start >= floor && joined && titlesOnly(roleWords)) {
        const earlier = seriesBefore(doc, back, floor);
        return earlier.length ? seriesRef(doc, [...earlier, prev, m]) : jointRef(doc, prev, m);
      }
      // (a person, an organisation or a country and "the" organisation: "Smith and the Coast Guard said",
      // "Britain and the European Union said")
      if (m.type === 'organization' && prev && (prev.type === 'person' || prev.type === 'organization' || prev.type === 'place') && prev.start >= floor && joined && roleWords.length === 1 && roleWords[0] === 'the' && !afterPreposition(doc, prev.start)) return jointRef(doc, prev, m);
      return fromMention(doc, m);
    }
    if (m.end < end) break;
  }
  // ("Edwards and others said": a person with others speaks for the group)
  const others = /\sand\s+others$/u.exec(doc.text.slice(Math.max(floor, end - 14), end));
  if (others) {
    const at = end - others[0].length;
    const prev = doc.mentions[lowerBound(doc.mentions, at) - 1];
    if (prev && prev.end === at && prev.kind === 'name' && prev.type === 'person' && prev.start >= floor) {
      const mention = makeMention(doc, prev.start, end, 'group', 'group');
      return { mention, name: `${fromMention(doc, prev).name ?? prev.text} and others`, type: 'group', role: null, flags: ['joint'] };
    }
  }
  const pre = doc.text.slice(Math.max(floor, end - 120), end);
  // (end-anchored patterns run on the last few words only: they are tried at every position)
  const near = lastWords(pre, 6);
  const pro = /(?:^|[^\p{L}])(he|she|they|we|i|it)$/iu.exec(near);
  if (pro) return pronounRef(doc, end - pro[1]!.length, pro[1]!);
  // a common-noun phrase: the head noun must be a group, role or organisation noun
  // (the words of one line: a paragraph break ends a phrase)
  // (a possessive common noun after its determiner: "the prime minister’s spokesman")
  const np = /(?:^|[\s,(])((?:(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)[ \t\u00a0]+(?:[\p{Ll}-]+[ \t\u00a0]+){0,2}[\p{Ll}-]+(?:['’]s|s['’])|the|both|all|two|three|several|many|some|most|other|senior|top|(?:[\p{Lu}][\p{L}.-]*[ \t\u00a0]+){0,4}[\p{Lu}][\p{L}.]*(?:['’]s|s['’])(?:[ \t\u00a0]+\([^()\s]{1,12}\))?|his|her|their|its)[ \t\u00a0]+)?(?:[\p{L}\p{N}.-]+[ \t\u00a0]+){0,3}[\p{L}-]+)$/u.exec(near);
  if (!np) return null;
  const words = np[1]!.split(/\s+/u);
  // keep from the first determiner or possessive, so "Lee urged officials" does not take "Lee urged"
  let k = 0;
  for (let w = words.length - 1; w >= 0; w--) {
    // (a lower-case possessive belongs to the phrase of its determiner: "the prime minister’s spokesman")
    if (/^\p{Ll}[\p{L}-]*(?:['’]s|s['’])$/u.test(words[w]!) && w > 0 && words.slice(Math.max(0, w - 3), w).some((x) => /^(?:the|his|her|their|its|our)$/iu.test(x))) continue;
    if (/^(the|a|an|both|all|two|three|several|many|some|most|his|her|their|its|my|our)$/iu.test(words[w]!) || /(?:['’]s|s['’])$/u.test(words[w]!)) { k = w; break; }
    // (a party tag after a possessive name stays in its phrase: "Senator Tim Johnson's (D-SD) office")
    if (/^\([^()\s]{1,12}\)$/u.test(words[w]!) && w > 0 && /(?:['’]s|s['’])$/u.test(words[w - 1]!)) continue;
    // (a sentence that ends inside the window ends the phrase: "... for these funds. My office stands ready")
    if (w < words.length - 1 && /\p{Ll}{2}[.!?]$/u.test(words[w]!)) { k = w + 1; break; }
    if (w < words.length - 1 && !/^\p{Ll}/u.test(words[w]!) && !/^\p{Lu}/u.test(words[w]!)) { k = w + 1; break; }
    // ("Gore’s close friends and allies": two group nouns joined make one group)
    // (the second may carry a modifier: "teachers and union officials")
    if (/^(?:and|or)$/u.test(words[w]!) && w > 0 && w >= words.length - 3 && isPeopleNoun(words[w - 1]!) && isPeopleNoun(words.at(-1)!)) continue;
    // ("the former secretary of state", "the White House chief of staff": a role with its "of" phrase)
    if (/^of$/u.test(words[w]!) && w > 0 && w >= words.length - 3 && ROLE_NOUNS.has(words[w - 1]!.toLowerCase())) continue;
    // ("the businessman and reality star": two roles of one person)
    if (/^and$/u.test(words[w]!) && w > 0 && ROLE_NOUNS.has(words[w - 1]!.toLowerCase()) && ROLE_NOUNS.has(words.at(-1)!.toLowerCase())) continue;
    if (COORDINATED_ADJECTIVES.test(words[w]!) && /^(?:and|or)$/u.test(words[w + 1] ?? '')) continue;
    // ("Current and former officials", "state and local officials": two adjectives joined)
    if (/^(?:and|or)$/u.test(words[w]!) && w > 0 && COORDINATED_ADJECTIVES.test(words[w - 1]!) && COORDINATED_ADJECTIVES.test(words[w + 1]!)) continue;
    // (the verb of a relative clause is no modifier: "the emails, which included staff members suggesting")
    if (w > 0 && /^(?:which|who|that)$/iu.test(words[w - 1]!) && /^\p{Ll}+ed$/u.test(words[w]!)) { k = w + 1; break; }
    // (a cue form right before a noun of people modifies it: "The state officials")
    if ((CUE_FORMS[words[w]!.toLowerCase()] && !(w + 1 < words.length && isPeopleNoun(words[w + 1]!))) || /^(and|or|but|so|yet|that|which|who|whom|whose|why|how|what|to|of|in|on|at|for|with|from|by|as|said|is|was|when|while|where|if|because|after|before|since|although|though|whereas|until|once)$/iu.test(words[w]!)) { k = w + 1; break; }
  }
  // (a quantifier before a numeral or a determiner is part of the phrase, and so is an adverb before
  // "all": "All three candidates said", "Virtually all analysts agree")
  if (k > 0 && /^(?:all|both)$/iu.test(words[k - 1]!) && /^(?:two|three|four|five|six|several|\d+|the|his|her|their|its|our)$/iu.test(words[k]!)) k--;
  if (k > 0 && /^(?:virtually|nearly|almost|roughly|not)$/iu.test(words[k - 1]!) && /^(?:all|every|half)$/iu.test(words[k]!)) k--;
  // (the whole name before a possessive: "Aung San Suu Kyi's political allies", "Marco Rubio’s campaign")
  // (a function word that opens a place's name is part of it: "New Hampshire Sen. Kelly Ayotte’s campaign")
  if (/(?:['’]s|s['’])$/u.test(words[k] ?? '')) while (k > 0 && /^\p{Lu}[\p{L}.-]*$/u.test(words[k - 1]!) && (!CAPITALISED_NON_NAMES.has(words[k - 1]!.toLowerCase()) || placeOf(`${words[k - 1]} ${words[k]!.replace(/['’]s?$/u, '')}`) !== undefined || regionOf(`${words[k - 1]} ${words[k]!.replace(/['’]s?$/u, '')}`) !== undefined)) k--;
  // ("At least one U.S. attorney": the preposition of "at least" is part of the quantity)
  let phrase = words.slice(k).join(' ');
  const atLeast = words[k] === 'least' ? /(?:^|[^\p{L}])([Aa]t )$/u.exec(doc.text.slice(Math.max(floor, end - phrase.length - 4), end - phrase.length)) : null;
  if (atLeast) phrase = atLeast[1]! + phrase;
  // ("A source close to the campaign said": after a preposition, the phrase only tells whose source
  // speaks, as a name does above)
  // (but a noun of people before a participle is its subject: "The decision prompted objections from
  // conservatives opposing recognition of gay marriage")
  const reducedRelative = /^\s*\p{Ll}+ing\b/u.test(doc.text.slice(end, end + 24)) && !/\s/u.test(phrase) && isPeopleNoun(phrase);
  const described = phrase && !reducedRelative && /\b(?:for|of|to|at|with|within|inside|from|in|on|about)\s+$/u.test(doc.text.slice(Math.max(floor, end - phrase.length - 6), end - phrase.length)) ? roleOfPhrase(doc, end, Math.max(floor, end - 120), end - phrase.length) : null;
  const ref = described ?? quantityOf(doc, end, doc.text.slice(Math.max(floor, end - 120), end)) ?? (phrase ? nominalRef(doc, end - phrase.length, end, phrase) : null) ?? roleOfPhrase(doc, end, Math.max(floor, end - 120), end);
  // ("Friends, lobbyists and former foes say": the last of a series of groups)
  if (ref && ref.mention.kind === 'group' && /,[^,]{1,40}\s(?:and|or)\s+$|,\s*$|^[^,]{0,40}\s(?:and|or)\s+$/u.test(doc.text.slice(Math.max(floor, ref.mention.start - 60), ref.mention.start))) {
    const series = peopleSeries(doc, floor, end);
    if (series) return series;
  }
  // "Trump and his attorneys", "Sanders and his supporters": a name and the people of its pronoun speak together
  // (also "Ward and other digital security experts")
  if (ref && ref.mention.kind === 'group' && /^(?:his|her|their|(?:(?:many|several|some|a\s+few|\d[\d,]*)\s+)?other)\s/iu.test(ref.mention.text)) {
    const k = lowerBound(doc.mentions, ref.mention.start) - 1;
    const owner = k >= 0 ? doc.mentions[k]! : null;
    // (a count may stand before "other": "Senator Maria Cantwell and 11 other senators")
    const and = owner ? /^\s+and\s+((?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|many|several|some|a\s+few|dozens\s+of)\s+)?$/u.exec(doc.text.slice(owner.end, ref.mention.start)) : null;
    if (owner && and && (!and[1] || /^other\s/u.test(ref.mention.text)) && owner.kind === 'name' && owner.type === 'person' && owner.start >= floor) {
      const named = fromMention(doc, owner);
      const mention = makeMention(doc, owner.start, ref.mention.end, 'group', 'group');
      return { mention, name: `${named.name ?? owner.text} and ${(and[1] ?? '') + ref.mention.text}`, type: 'group', role: null, flags: ['joint'] };
    }
  }
  return ref;
}

// "the deputy head of China's delegation to the forum", "one longtime adviser to Bill Clinton": a
// role or group noun with a prepositional phrase after it describes a source the article does not
// name; the description stands for the speaker's name. `ofAt` is where the phrase after the
// preposition may start at the latest (the start of a name that ends the phrase).
const ROLE_OF = /(?:^|[\s,(“"‘])((?:the|a|an|one|two|three|four|several|some|many|most|other|another|senior|top|his|her|their|its)\s+(?:[\p{L}.'’-]+\s+){0,3}?([\p{L}-]+)\s+(?:(?:familiar|close|knowledgeable|briefed|involved|speaking|loyal)\s+)?(?:for|of|to|at|with|within|inside|from|in|on|about)\s+)([^,;:“”"()]{0,60}(?:,\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?)?)$/iu;
// "a number of attendees", "most of the senators", "dozens of protesters": a share of a group
// (a collective noun with its adjectives, a count and a series of nouns: "A group of 67 Latin American
// artists, writers, actors and scientists", "a bipartisan coalition of 20 groups")
const QUANTITY_OF = /(?:^|[\s,(])((?:(?:an?\s+(?:(?:small|large|big|broad|bipartisan|diverse|growing|new|informal|loose|national)\s+){0,2}(?:number|majority|minority|handful|group|couple|few|lot|third|quarter|fraction|coalition|delegation|panel|team|crowd|bloc|contingent|consortium|alliance|trio|pair|dozen|host|slew)|many|most|some|several|dozens|scores|hundreds|thousands|none|all|both|each|one|two|three|half|two-thirds|\d+(?:\.\d+)?\s*(?:percent|%))\s+of\s+(?:the|his|her|their|its|those|these|all)?|(?:(?:about|nearly|almost|roughly|some|more\s+than|fewer\s+than|only)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:out\s+of|in)\s+(?:\d+|ten))\s*(?:(?:more\s+than\s+|about\s+|nearly\s+)?\d[\d,]*\s+)?(?:(?:[\p{L}-]+\s+){0,3}|(?:[\p{L}-]+\s+){0,3}[\p{L}-]+(?:,\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+){1,5},?\s+(?:and|or)\s+(?:[\p{L}-]+\s+){0,2})([\p{L}-]+))$/iu;
const QUANTITY_WORD = /\b(?:number|majority|minority|handful|group|couple|few|lot|third|quarter|fraction|coalition|delegation|panel|team|crowd|bloc|contingent|consortium|alliance|trio|pair|dozen|host|slew|many|most|some|several|dozens|scores|hundreds|thousands|none|all|both|each|one|two|three|four|five|six|seven|eight|nine|half|two-thirds|\d+|percent|%)\s+(?:of|out|in)\s/iu;
function quantityOf(doc: Doc, end: number, window: string): SpeakerRef | null {
  if (!QUANTITY_WORD.test(window)) return null;
  const q = QUANTITY_OF.exec(window);
  if (!q) return null;
  const head = q[2]!.toLowerCase();
  // (or a plural agent noun: "artists", "scientists", "researchers")
  if (!GROUP_NOUNS.has(head) && !ROLE_NOUNS.has(head.replace(/s$/u, '')) && !/(?:er|or|ist|ian|ant|ent)s$/u.test(head)) return null;
  const mention = makeMention(doc, end - q[1]!.length, end, 'group', 'group');
  return { mention: { ...mention, head: q[2]! }, name: mention.text, type: 'group', role: null, flags: ['group'] };
}

// (a bare plural needs no determiner: "Officials in Beijing, China, said"; those who serve someone take
// "to": "Aides to the senator say")
const GROUP_OF = /(?:^|[\s,(])((\p{L}+s|[Pp]eople(?=\s+(?:familiar|knowledgeable|briefed|involved|close|loyal)\s))\s+(?:(?:familiar|knowledgeable|briefed|involved)\s+(?:with|about|on|in)|(?:close|loyal)\s+to|to(?<=(?:[Aa]ides|[Aa]dvis[eo]rs|[Cc]onsultants|[Ll]awyers|[Aa]ttorneys|[Ee]nvoys|[Ss]pokespeople|[Aa]ssistants|[Dd]eputies)\s+to)|in|at|from|of|for|with|within|inside|on|across|around|throughout)\s+)([^,;:“”"()]{0,60}(?:,\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?)?)$/u;
const GROUP_MODIFIERS = /(?:^|[\s,(])((?:(?!(?:But|And|So|Yet|Or|In|On|At|As|If)\s)(?:\p{Lu}[\p{L}.-]*|the|some|many|most|several|other|two|three|four|five|senior|top|former|current|local|state|federal|foreign|military|administration|government|congressional|campaign|party)\s+){1,3})$/u;
function roleOfPhrase(doc: Doc, phraseEnd: number, from: number, ofAt: number): SpeakerRef | null {
  let end = phraseEnd;
  const window = doc.text.slice(from, end);
  // the phrase up to its preposition, the head noun, and what follows the preposition
  let found: { lead: string; word: string; tail: string } | null = null;
  // (a party member is a head too: "one Democrat familiar with the discussion")
  const isHead = (w: string): boolean => GROUP_NOUNS.has(w.toLowerCase()) || ROLE_NOUNS.has(singularOf(w.toLowerCase())) || PARTY_MEMBERS.has(w.toLowerCase());
  // (a head that is no role may open a longer phrase than the description's: "A letter came from
  // one aide familiar with ...", so later starts are tried too)
  for (let at = 0, tries = 0; tries < 4; tries++) {
    const r = ROLE_OF.exec(at ? window.slice(at) : window);
    if (!r) break;
    if (isHead(r[2]!)) { found = { lead: r[1]!, word: r[2]!, tail: r[3]! }; break; }
    at += r.index + r[0].length - r[3]!.length - r[1]!.length + 1;
  }
  if (!found) {
    const g = GROUP_OF.exec(window);
    if (!g || !GROUP_NOUNS.has(g[2]!.toLowerCase())) return quantityOf(doc, end, window);
    // (with its modifiers: "Federal officials familiar with the server", "the two people close to him")
    const mods = GROUP_MODIFIERS.exec(window.slice(0, window.length - g[1]!.length - g[3]!.length));
    found = { lead: (mods?.[1] ?? '') + g[1]!, word: g[2]!, tail: g[3]! };
  }
  const { lead, word } = found;
  let { tail } = found;
  const start = end - lead.length - tail.length;
  if (start + lead.length > ofAt) return null;
  // (the subject of an infinitive: "the first member of Congress to endorse him")
  const infinitive = /\s+to\s*$/u.exec(tail);
  if (infinitive) { tail = tail.slice(0, infinitive.index); end -= infinitive[0].length; }
  // (a phrase ends with a noun, not a preposition: "the evacuation of citizens from to call")
  if (/(?:^|\s)(?:to|of|for|from|at|in|on|with|by|the|a|an)\s*$/iu.test(tail) || !tail.trim()) return null;
  // (a comma only before the state of a town: "a woman in Worcester, Massachusetts", "a constituent from
  // Goodlettsville, TN")
  const comma = tail.lastIndexOf(',');
  if (comma >= 0 && !regionOf(tail.slice(comma + 1).trim()) && !placeOf(tail.slice(comma + 1).trim()) && !isPostalCode(tail.slice(comma + 1).trim())) return null;
  const head = word.toLowerCase();
  const singular = singularOf(head);
  const group = GROUP_NOUNS.has(head);
  if (!group && !ROLE_NOUNS.has(singular) && !PARTY_MEMBERS.has(head)) return null;
  // (a gerund after the preposition makes a clause: "a Democrat for not pounding the table")
  if (/^(?:not\s|\p{Ll}+ing\b)/u.test(tail)) return null;
  // the words after the preposition hold no verb or clause ("the case that he has said")
  // (a cue form the tagger reads as a noun is one: "insiders in the next two states"; so is a
  // capitalised one, part of a name: "a spokesman for the State Department")
  for (const w of (lead + tail).matchAll(/\S+/gu)) {
    // (nor a clause of its own: "opponents of negotiation pause as they hear seniors")
    if (/^(?:that|who|which|whom|is|was|are|were|has|have|had|will|would|\p{Ll}+ed|as|because|while|when|if|they|he|she|we)$/iu.test(w[0])) return null;
    // (after a possessive it is a noun whatever the tag: "people familiar with her thinking", "a source
    // familiar with Cruz’s thinking")
    if (CUE_FORMS[w[0].toLowerCase()] && !/^\p{Lu}/u.test(w[0]) && !taggedNoun(doc, start + w.index) && !/(?:(?:^|\s)(?:his|her|their|its|our|my|your)|\p{L}['’]s?)\s+$/iu.test((lead + tail).slice(Math.max(0, w.index - 7), w.index))) return null;
  }
  const type: EntityType = group || singular !== head ? 'group' : 'person';
  const mention = makeMention(doc, start, end, group ? 'group' : 'nominal', type);
  return { mention: { ...mention, head: word }, name: mention.text, type, role: mention.text.replace(/^(?:the|a|an)\s+/iu, ''), flags: ['nominal'] };
}

// a modal before the verb: what someone should or might say is not reported ("could" and "can" may
// tell what was said: "all a spokesman could quip was ...")
const MODAL_TAIL = /\s(?:should|may|might|must|shall)\s*$/u;
// the head nouns of a law or a text that may open a clause with a restrictive relative clause
const LAW_NOUNS = /^(?:bill|legislation|law|act|measure|provision|amendment|proposal|resolution|budget|plan|program|programme|initiative|agreement|treaty|policy|rule|regulation|order|platform)s?$/iu;
// a noun phrase opening the clause and a relative clause after it, with a verb and no punctuation
const RESTRICTIVE_SUBJECT = /^[\s“”"—–-]*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et)\s+)?((?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost|[Oo]ther|[Tt]hose|[Aa]ll|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{L}-]+)(?:\s+(?:in|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?)\s+(?:who|that)\s+(?:(?:also|have|had|has|are|were|now|currently|still|often|already|recently)\s+)?\p{Ll}+\b[^,;:“”"()—–]{0,120}$/u;
// a series that opens its clause: "Friends, lobbyists and former foes", "Teachers, nurses, or firefighters",
// "Many experts and some lawmakers"; perhaps after an opening phrase ("Despite the bitter feuding over NCLB, ...")
const SERIES_ITEM = String.raw`(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+`;
const PEOPLE_SERIES = new RegExp(String.raw`(?:^|[;:]\s*|^(?:[Dd]espite|[Aa]fter|[Bb]efore|[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Ww]hile|[Aa]lthough|[Tt]hough|[Ss]ince|[Ww]hen|[Ii]f|[Bb]ecause|[Uu]nder|[Ff]or|[Ww]ith|[Ww]ithout|[Aa]mid|[Ff]ollowing|[Uu]nlike|[Ll]ike)\s[^,;:]{1,80},\s*)(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et)\s+)?(${SERIES_ITEM}(?:,\s+${SERIES_ITEM}){0,4},?\s+(?:and|or)\s+${SERIES_ITEM})\s*$`, 'u');
function peopleSeries(doc: Doc, floor: number, end: number): SpeakerRef | null {
  const pre = doc.text.slice(floor, end);
  const series = PEOPLE_SERIES.exec(pre);
  if (!series || !series[1]!.split(/,\s*|\s+(?:and|or)\s+/u).every((item) => isPeopleNoun(item.trim().split(/\s+/u).at(-1)!))) return null;
  const s = floor + series.index + series[0].trimEnd().length - series[1]!.length;
  // (the words before each head qualify it: "One reason Democrats and civil rights groups say" is
  // no series of two, "reason" being a noun of its own before a name)
  if (!series[1]!.includes(',')) {
    for (const w of series[1]!.matchAll(/\p{Ll}[\p{L}'’-]*(?=\s+\p{Lu})/gu)) {
      const t = doc.tokens[lowerBound(doc.tokens, s + w.index)];
      if (t && t.start === s + w.index && t.pos === 'NOUN' && !isPeopleNoun(w[0])) return null;
    }
  }
  const mention = makeMention(doc, s, s + series[1]!.length, 'group', 'group');
  return { mention, name: mention.text, type: 'group', role: null, flags: ['group', 'joint'] };
}
const COORDINATED_ADJECTIVES = /^(?:current|former|past|present|future|state|local|federal|national|foreign|domestic|senior|junior|democratic|republican|military|civilian|public|private)$/iu;
// a plural noun of people: a group word, or a role in the plural ("friends", "aides")
export const isPeopleNoun = (word: string): boolean => {
  const w = word.toLowerCase();
  return GROUP_NOUNS.has(w) || (/s$/u.test(w) && ROLE_NOUNS.has(singularOf(w)));
};
// the singular of a plural noun of people ("allies" -> "ally", "aides" -> "aide"; "boss" stays)
const singularOf = (w: string): string => w.replace(/ies$/u, 'y').replace(/(?<=[^s])s$/u, '');

// whether `offset` falls inside the name of a person or place, after its first word
function insideName(doc: Doc, offset: number): boolean {
  const m = doc.mentions[lowerBound(doc.mentions, offset) - 1];
  return m !== undefined && m.kind === 'name' && (m.type === 'person' || m.type === 'place') && m.start < offset && offset < m.end;
}

// whether the token at `offset` is tagged a noun (false where nothing was tagged)
function taggedNoun(doc: Doc, offset: number): boolean {
  const t = doc.tokens[lowerBound(doc.tokens, offset)];
  return t !== undefined && t.start === offset && (t.pos === 'NOUN' || t.pos === 'PROPN');
}

export function fromMention(doc: Doc, m: Mention): SpeakerRef {
  const e = m.entity !== null ? doc.entities[m.entity] : undefined;
  return { mention: m, name: e ? e.name : m.text, type: e ? e.type : m.type, role: m.role ?? e?.role ?? null, flags: [] };
}

// the outermost quotations of a document, computed once per document
const QUOTED = new WeakMap<readonly QuotePair[], Span[]>();
/** The top-level quotations of the document, outer marks included (computed once a document). */
export function quotedSpans(doc: Doc): Span[] {
  let spans = QUOTED.get(doc.quotePairs);
  if (!spans) {
    spans = doc.quotePairs.filter((p) => p.depth === 0).map(outer);
    QUOTED.set(doc.quotePairs, spans);
  }
  return spans;
}

// Whether the speaker found after an opening clause's comma starts that clause: right after the
// comma, or after a title or two ("Having said ..., Judge Berman ...").
export const startsNear = (doc: Doc, at: number, r: SpeakerRef): boolean => r.mention.start - at < 4 || /^\s*(?:[\p{Lu}][\p{L}.]*\s+){1,3}$/u.test(doc.text.slice(at, r.mention.start));

// the name that opens a sentence, after its dateline ("WASHINGTON - U.S. Senator Sam Brownback today ...")
export function leadSubject(doc: Doc, s: Sentence, before: number): SpeakerRef | null {
  const dateline = doc.boilerplate.find((b) => b.reason === 'dateline' && b.start <= s.start + 2 && b.end > s.start && b.end < before);
  // (a dateline the boilerplate stage left alone, the paragraph being no prose sentence: "WASHINGTON - ";
  // the same patterns that stage reads)
  const head = doc.text.slice(s.start, before);
  const from = dateline ? dateline.end : s.start + ((DATELINE.exec(head) ?? CITY_DATELINE.exec(head))?.[0].length ?? 0);
  const ref = speakerAfter(doc, from, before);
  return ref && ref.mention.kind === 'name' && (ref.type === 'person' || ref.type === 'organization') && startsNear(doc, from, ref) ? ref : null;
}

// "Statement of Senator Max Baucus", "Floor remarks by U.S. Sen. Jon Kyl", "Testimony of ...": a
// document that presents itself as someone's statement (in its title or its first paragraphs)
const STATEMENT_OF = /\b(?:(?:[Ff]loor|[Oo]pening|[Cc]losing|[Pp]repared)\s+)?(?:[Ss]tatement|STATEMENT|[Rr]emarks|REMARKS|[Tt]estimony|TESTIMONY)\s+(?:of|by|OF|BY)\s+(?:(?:U\.S\.|United\s+States)\s+)?(?:(?:Senator|SENATOR|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Chairman|Chairwoman|Ranking\s+Member|Governor|Gov\.|Secretary|Leader|Majority\s+Leader|Minority\s+Leader)\s+)?((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]+)/u;
// "U.S. Senator Daniel Akaka issued this statement tonight", "Baucus released the following remarks:"
// (a letter sent, and testimony given, present their author's words too: "The Senator today sent the
// following letter to Majority Leader Bill Frist:", "Senator Harry Reid of Nevada testified today at a
// field hearing")
const ISSUED_STATEMENT = /\s(?:(?:issued|released|made|delivered|gave|submitted|(?:has\s+)?issued)\s+(?:this|the\s+following|these|his|her)\s+(?:(?:brief|short|written|floor|prepared)\s+)?(?:statement|remarks|testimony|speech)\b|(?:sent|wrote)\s+(?:this|the\s+following)\s+letter\b|testified\s+(?:today|yesterday|this\s+(?:morning|afternoon|week)|on\s+\p{Lu}\p{Ll}+day|before|at)\b)/u;

// a letter announced by its sender: "in a letter sent today to", "sent a letter to", "wrote to"
const LETTER_LEAD = /\b(?:(?:in|with)\s+a\s+(?:[\p{Ll}-]+\s+){0,2}letter\b|(?:sent|wrote|signed)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}letter\b|wrote\s+to\b)/u;

/**
 * The person a document presents as the maker of the statement it prints, for "I" outside
 * quotation marks after that presentation: from a title "Statement of X" (given apart or as the
 * first paragraph), or a lead "X issued this statement ..." or "X ... in a letter sent today" in the
 * first three paragraphs.
 */
function statementMaker(doc: Doc, before: number): SpeakerRef | null {
  const paras = doc.paragraphs.filter((p) => !p.boilerplate).slice(0, 3);
  for (const p of paras) {
    if (p.start >= before) break;
    const text = doc.text.slice(p.start, p.end);
    // (as a heading that opens its paragraph, not "the brave testimony by Richard Foster")
    const of = STATEMENT_OF.exec(text);
    if (of && of.index <= 3) {
      const at = p.start + of.index + of[0].length - of[1]!.length;
      const m = doc.mentions[lowerBound(doc.mentions, at)];
      if (m && m.start === at && m.kind === 'name' && m.type === 'person') return fromMention(doc, m);
    }
    const issued = ISSUED_STATEMENT.exec(text);
    if (issued && p.start + issued.index < before) {
      const ref = speakerBefore(doc, p.start + issued.index + 1, p.start);
      // (several who sign together are "we": "Senators Reid and Biden today sent the following letter")
      if (ref && ((ref.mention.kind === 'name' && ref.type === 'person') || ref.flags.includes('joint'))) return ref;
    }
    // (a letter the lead announces, its sender opening the sentence: "Sen. Chuck Grassley is working to
    // protect ... in a letter sent today to the Director ...")
    const letter = LETTER_LEAD.exec(text);
    if (letter && p.start + letter.index < before) {
      const s = doc.sentences[findContaining(doc.sentences, p.start + letter.index)];
      const ref = s ? leadSubject(doc, s, p.start + letter.index) : null;
      if (ref && ref.type === 'person') return ref;
    }
  }
  // (the author a byline names, alone: "Author: Sen. Trent Lott", "By Jane Doe" over a column)
  const byline = typeof doc.meta['byline'] === 'string' ? doc.meta['byline'] : '';
  if (byline && !/,|&|\sand\s/u.test(byline)) {
    const at = doc.text.indexOf(byline);
    if (at >= 0 && at < before) {
      const ws = byline.split(/\s+/u);
      let k = 0;
      while (k < ws.length - 1 && (TITLES.has(ws[k]!.toLowerCase().replace(/\.$/u, '')) || ROLE_NOUNS.has(ws[k]!.toLowerCase()) || /^(?:U\.S\.|United|States)$/u.test(ws[k]!))) k++;
      const name = ws.slice(k).join(' ');
      const last = ws.at(-1)!.toLowerCase();
      const known = doc.mentions.find((m) => m.kind === 'name' && m.type === 'person' && m.entity !== null && m.text.toLowerCase().split(/\s+/u).at(-1) === last);
      const named = known ? fromMention(doc, known) : null;
      // (the byline's fuller name where the article's own is shorter: "By U.S. Sen. John Cornyn")
      if (named && named.name && named.name.split(/\s+/u).length >= ws.length - k) return named;
      if (ws.length - k >= 2) {
        const start = at + byline.length - name.length;
        return { mention: makeMention(doc, start, start + name.length, 'name', 'person'), name, type: 'person', role: k > 0 ? ws.slice(0, k).join(' ') : null, flags: [] };
      }
    }
  }
  const maker = titleMaker(doc);
  if (maker && 'mention' in maker) return fromMention(doc, maker.mention);
  if (maker) return { mention: makeMention(doc, before, before, 'name', 'person'), name: maker.name, type: 'person', role: null, flags: [] };
  return null;
}

/**
 * The maker a title given apart names, for every "I" of its article (asked once per article: each
 * "I" outside quotation marks asks again): a person the article names, or a family name alone.
 */
function titleMaker(doc: Doc): { mention: Mention } | { name: string } | null {
  const cached = TITLE_MAKERS.get(doc);
  if (cached !== undefined) return cached;
  const maker = readTitleMaker(doc);
  TITLE_MAKERS.set(doc, maker);
  return maker;
}
const TITLE_MAKERS = new WeakMap<Doc, { mention: Mention } | { name: string } | null>();

function readTitleMaker(doc: Doc): { mention: Mention } | { name: string } | null {
  // (a title given apart names the maker by the entity it matches: "Statement of Senator Baucus")
  // (or the one office holder it opens with, the subject of the release: "SEN. FRIST COMMENTS ON
  // ANNIVERSARY OF 2001, 2003 TAX CUTS" over the speech he gave; the family name is the first or
  // second word after the title)
  const given = typeof doc.meta['title'] === 'string' ? doc.meta['title'] : '';
  const title = STATEMENT_OF.exec(given);
  const holder = title && title.index <= 40 ? null : TITLED_HOLDER.exec(given);
  // (initials aside: "Senator Daniel K. Akaka")
  const held = holder ? holder[1]!.split(/\s+/u).filter((w) => !/^\p{Lu}\.$/u.test(w)) : [];
  // (the holder's family name: the word after the title, or after a given name where the next is
  // no verb or noun of the headline's own, "SEN. COLEMAN ISSUES STATEMENT", "SEN. WARNER PAYS TRIBUTE")
  // (and the text writes it too, or a title in mixed case gives it as no verb: "SEN. CRAIG ADDRESSES
  // ...", "U.S. Senator Daniel K. Akaka Comments on ...")
  const bare = held.slice(0, 2).map((w) => w.replace(/[.,:;]+$/u, '').replace(/['’][Ss]?$/u, ''));
  const writtenForm = (w: string): string | undefined => [...doc.text.matchAll(new RegExp(String.raw`(?<![\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\p{L}])`, 'giu'))].find((m) => /^\p{Lu}\p{Ll}/u.test(m[0]))?.[0];
  const second = bare[1]?.toLowerCase();
  const secondIsName = second !== undefined && !/['’]S?$/iu.test(held[0]!) && genderOf(held[0]!, null) !== 'unknown' && CUE_FORMS[second] === undefined && !HEADLINE_WORDS.test(second) && !CAPITALISED_NON_NAMES.has(second)
    && (writtenForm(bare[1]!) !== undefined || (/\p{Ll}/u.test(bare[1]!) && !/(?:s|ed)$/u.test(second)));
  const familyName = !held.length ? null : secondIsName ? bare[1]! : bare[0]!;
  const word = title && title.index <= 40 ? title[1]!.split(/\s+/u).at(-1)! : familyName;
  if (word) {
    const last = word.toLowerCase();
    const e = doc.entities.find((x) => x.type === 'person' && x.name.toLowerCase().split(/\s+/u).at(-1) === last);
    const m = e ? doc.mentions.find((x) => x.entity === e.index && x.kind === 'name') : undefined;
    if (m) return { mention: m };
  }
  // (a speech or a column may never name its maker: the title's family name, written as the text
  // writes it where it does, "FRIST" -> "Frist"; only where the title names one: "SEN. FRIST, SEN.
  // ALEXANDER ..." names no one maker)
  if (familyName && holder && !TITLE_WORD.test(given.slice(holder.index + holder[0].length))) {
    return { name: writtenForm(familyName) ?? familyName.charAt(0) + familyName.slice(1).toLowerCase() };
  }
  return null;
}
// a title that opens with one office holder, or names one as its author: "SEN. FRIST ...",
// "Senator Bill Frist ...", "GOV. OTTER ...", "WEEKLY REPORT FROM WASHINGTON BY SEN. CHAMBLISS"
const TITLED_HOLDER = /(?:^\s*|\bBY\s+)(?:U\.S\.\s+)?(?:SEN\.|SENATOR|Sen\.|Senator|REP\.|REPRESENTATIVE|Rep\.|Representative|GOV\.|GOVERNOR|Gov\.|Governor)\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})/u;
const TITLE_WORD = /\b(?:SENS?\.|SENATORS?|Sens?\.|Senators?|REPS?\.|Reps?\.|GOV\.|Gov\.)(?=\s)/u;
// words of a headline's own after a name, that no cue form covers
const HEADLINE_WORDS = /^(?:issues?|pays|reacts|reflects|sends|statement|floor|hearing|remarks|honors|visits|meets|joins|works|votes|introduces|receives|responds|continues|leads|supports|opposes|secures|wins)$/u;

/** A pronoun speaker resolved again, skipping the names inside the content it reports ("Trump is dangerous, he said"). */
export function pronounOutside(doc: Doc, ref: SpeakerRef, content: Span): SpeakerRef {
  if (ref.mention.kind !== 'pronoun' || ref.mention.start < content.end) return ref;
  return pronounRef(doc, ref.mention.start, ref.mention.text, content) ?? ref;
}

/** The person a possessive pronoun names ("his support for ..."): its antecedent, as for "he". */
export function possessiveRef(doc: Doc, start: number, word: string): SpeakerRef | null {
  const subject = ({ his: 'he', her: 'she', their: 'they', its: 'it' } as Record<string, string>)[word.toLowerCase()];
  const ref = subject ? pronounRef(doc, start, subject) : null;
  return ref ? { ...ref, mention: { ...ref.mention, end: start + word.length, text: word } } : null;
}

function pronounRef(doc: Doc, start: number, word: string, skip: Span | null = null): SpeakerRef | null {
  const lower = word.toLowerCase();
  const want = PRONOUNS[lower];
  if (!want) return null;
  const mention = makeMention(doc, start, start + word.length, 'pronoun', want === 'person' ? 'person' : want === 'group' ? 'group' : 'unknown');
  if (want === 'self') {
    // ("I" in a statement the document presents as someone's: "Statement of Senator Max Baucus",
    // "U.S. Senator Daniel Akaka issued this statement tonight ...": the statement's maker)
    // ("we" in a letter several sent together is its signers; "I" is no one of several)
    const found = lower === 'i' || lower === 'we' ? statementMaker(doc, start) ?? (lower === 'i' ? unmarkedSpeaker(doc, start) : null) : null;
    const joint = found !== null && found.flags.includes('joint');
    const maker = found && joint === (lower === 'we') ? found : null;
    if (maker && joint) return { mention: { ...mention, type: 'group', entity: null }, name: maker.name, type: 'group', role: null, flags: ['pronoun', 'joint'] };
    if (maker) return { mention: { ...mention, type: 'person', entity: maker.mention.entity }, name: maker.name, type: 'person', role: maker.role, flags: ['pronoun'] };
    return { mention, name: null, type: 'unknown', role: null, flags: ['pronoun'] };
  }
  // "they": the people of the nearest coordinated subject ("Shoukry and his counterparts, Dendias, ...")
  if (lower === 'they') {
    const people = pluralSubject(doc, start);
    if (people.length >= 2) return peopleRef(doc, mention, people, 'pronoun');
  }
  // ("... are in trouble, Tester said. He said Grassley could lose ...": "he" opening a sentence
  // goes on with the speaker who closed the one before, not the subject named in it)
  if (want === 'person' && !skip) {
    const closing = closingSpeaker(doc, start, lower);
    if (closing) return { mention: { ...mention, entity: closing.entity }, name: fromMention(doc, closing).name, type: 'person', role: fromMention(doc, closing).role, flags: ['pronoun'] };
  }
  const ante = antecedent(doc, start, want, word, skip);
  return { mention: { ...mention, entity: ante?.index ?? null }, name: ante?.name ?? null, type: ante?.type ?? mention.type, role: ante?.role ?? null, flags: ['pronoun'] };
}

// "Senator Akaka stated, ...": an attribution that opens its sentence
const OPENING_ATTRIBUTION = /^(?:(?:U\.S\.\s+)?(?:Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Governor|Gov\.|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]+\s+(?:said|says|stated|states|added|adds|explained|noted|wrote|writes)\s*[,:]/u;

// ", Tester said.", ", said Sen. Jon Tester.": an attribution that closes its sentence
const CLOSING_ATTRIBUTION = /,["”’]?\s+(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:said|says|added|adds|wrote|writes|explained|noted)|(?:said|says|added|adds|wrote|explained|noted)\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4})\.["”’]?\s*$/u;

// The last person named in [from, to) whose entity is known.
function lastPersonNamed(doc: Doc, from: number, to: number): Mention | null {
  let named: Mention | null = null;
  for (let j = lowerBound(doc.mentions, from); j < doc.mentions.length && doc.mentions[j]!.start < to; j++) {
    const x = doc.mentions[j]!;
    if (x.kind === 'name' && x.type === 'person' && x.entity !== null) named = x;
  }
  return named;
}

// "... doing the right thing, Senator Levin said. We've been working for years ... I hope the Senate
// will pass this legislation": in text whose quotation marks were lost, first-person sentences after
// a sentence that closes with an attribution go on with its speaker (in the same paragraph, with no
// quotation mark or other attribution between)
function unmarkedSpeaker(doc: Doc, start: number): SpeakerRef | null {
  const si = lowerBound(doc.sentences, start + 1) - 1;
  const s = doc.sentences[si];
  if (!s) return null;
  for (let k = si - 1; k >= Math.max(0, si - 4); k--) {
    const prev = doc.sentences[k]!;
    if (prev.paragraph !== s.paragraph || /[“”"]/u.test(doc.text.slice(prev.start, start))) return null;
    const tail = doc.text.slice(Math.max(prev.start, prev.end - 80), prev.end);
    const m = CLOSING_ATTRIBUTION.exec(tail);
    // (or one that opens it: "Senator Akaka stated, My purpose in bringing ... I applaud ...")
    const opening = m ? null : OPENING_ATTRIBUTION.exec(doc.text.slice(prev.start, prev.end));
    if (!m && !opening) {
      // (another attribution between ends the run: the first person may be someone else's)
      if (/\b(?:said|says|stated|states|added|adds|told|tells|wrote|writes|explained|noted|according\s+to)\b/u.test(doc.text.slice(prev.start, prev.end))) return null;
      continue;
    }
    const named = m ? lastPersonNamed(doc, prev.end - tail.length + m.index, prev.end) : lastPersonNamed(doc, prev.start, prev.start + opening![0].length);
    return named ? fromMention(doc, named) : null;
  }
  return null;
}
// The person who closes the sentence before with an attribution ("..., Tester said.", "..., said
// Tester."), when the pronoun opens the next sentence (in the same paragraph or the next), and
// fits the person's gender.
function closingSpeaker(doc: Doc, start: number, pronoun: string): Mention | null {
  const si = lowerBound(doc.sentences, start + 1) - 1;
  const s = doc.sentences[si];
  const prev = doc.sentences[si - 1];
  if (!s || !prev || prev.paragraph < s.paragraph - 1 || !/^[\s“"]*$/u.test(doc.text.slice(s.start, start))) return null;
  const tail = doc.text.slice(Math.max(prev.start, prev.end - 80), prev.end);
  const m = CLOSING_ATTRIBUTION.exec(tail);
  if (!m) return null;
  const named = lastPersonNamed(doc, prev.end - tail.length + m.index, prev.end);
  if (!named) return null;
  const e = doc.entities[named.entity!]!;
  const g = genderOf(e.name, e.role, e.aliases);
  const want = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
  return want && g !== 'unknown' && g !== want ? null : named;
}

// A mention ("they", "the senators") that stands for several people: "A, B and C" speak together.
function peopleRef(doc: Doc, mention: Mention, people: readonly Mention[], flag: string): SpeakerRef {
  // (a given name before "and" and a full name shares its family name: "David and Jeanne Heidler")
  const names = [...new Set(people.map((m, i) => (people[i + 1] ? sharedFamilyName(doc, m, people[i + 1]!) : null) ?? fromMention(doc, m).name ?? m.text))];
  return { mention, name: joinNames(names), type: 'group', role: null, flags: [flag, 'joint'] };
}

/**
 * The people (or organisations) of the nearest coordinated subject before `before`: in the clause
 * before it, else at the start of one of the three sentences before (a sentence with one subject
 * is passed over: "they" wants more than one; but not the pronoun's own with an organisation for
 * subject, which "they" stands for). "Egyptian Foreign Minister Sameh Shoukry and his
 * Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le
 * Drian, gathered ..." gives the four ministers.
 */
export function pluralSubject(doc: Doc, before: number, reach: { sentences: number; paragraphs: number } = { sentences: 3, paragraphs: 1 }): Mention[] {
  const si = lowerBound(doc.sentences, before + 1) - 1;
  for (let k = si; k >= 0 && k >= si - reach.sentences; k--) {
    const s = doc.sentences[k]!;
    if (doc.sentences[si] && s.paragraph < doc.sentences[si]!.paragraph - reach.paragraphs) break;
    const chain = subjectChain(doc, s.start, k === si ? before : s.end);
    if (chain.length >= 2) return chain;
    // (an organisation as the subject of the pronoun's own clause is "they": "Union Pacific today
    // announced that they will relocate 285 employees"; not for a noun, "In a letter to the FAA, the
    // senators ...")
    if (k === si && chain.length === 1 && chain[0]!.type === 'organization' && /^they\b/iu.test(doc.text.slice(before, before + 5)) && /^\s+(?:\p{Ll}+\s+){1,4}$/u.test(doc.text.slice(chain[0]!.end, before))) return [];
  }
  return [];
}

// Between two conjuncts of a subject: a comma or "and", with at most a few words that cannot be
// verbs: "and his Greek, Cypriot and French counterparts, ", ", respectively, and ".
function isConjunctGap(gap: string): boolean {
  if (!/,|\band\b/u.test(gap)) return false;
  const words = gap.split(/[\s,]+/u).filter(Boolean);
  return words.length <= 7 && words.every((w) => (/^(?:and|his|her|their|its|the|fellow|respectively|[\p{Lu}][\p{L}.-]*|\p{Ll}+s)$/u.test(w) || ROLE_NOUNS.has(w) || w === 'counterpart') && !/^(?:was|is|has|does|says|tells|adds)$/u.test(w));
}

// The person and organisation mentions of a coordinated subject at the start of a clause.
function subjectChain(doc: Doc, start: number, end: number): Mention[] {
  // an opening phrase ("On Wednesday, ", "In Cairo, ") before the subject
  const intro = /^(?:(?:On|In|At|After|Before|During|Earlier|Later|Meanwhile|Last|This|Speaking|Following|Before)\b[^,]{0,60},\s*)?/u.exec(doc.text.slice(start, end))![0].length;
  const out: Mention[] = [];
  let at = start + intro;
  let j = lowerBound(doc.mentions, at);
  // the first mention opens the clause (after its role words: "Egyptian Foreign Minister ...")
  const first = doc.mentions[j];
  if (!first || first.start >= end || !/^(?:the\s+)?(?:[\p{L}.-]+\s+){0,4}$/iu.test(doc.text.slice(at, first.start))) return [];
  for (; j < doc.mentions.length && doc.mentions[j]!.start < end; j++) {
    const m = doc.mentions[j]!;
    // (a joint speaker's mention spans the names it joins: they are read one by one)
    if (m.start < at || (m.kind === 'group' && doc.mentions[j + 1] !== undefined && doc.mentions[j + 1]!.start < m.end)) continue;
    const gap = doc.text.slice(at, m.start);
    if (out.length && !isConjunctGap(gap)) break;
    // (a dateline is no subject; a lone word seen once and never given a role is too weak a name)
    if ((m.type === 'person' || m.type === 'organization') && !weakName(doc, m) && findContaining(doc.boilerplate, m.start) < 0) out.push(m);
    at = m.end;
  }
  // the chain is a subject only if a verb follows it, not another noun phrase
  return out;
}

// a sentence about a bill, a law or a document: "The bill ...", "This legislation ...", "The
// Senate-passed measure ..." (not its possessor: "The bill's sponsor")
const THING_SUBJECT = /^[\s“"]*(?:The|This|That|These|Such\s+an?|Each|Our|My|His|Her|Their|Its)\s+(?:[\p{L}-]+\s+){0,3}?(?:bill|bills|legislation|measure|amendment|act|law|resolution|report|study|plan|proposal|program|programme|budget|agreement|initiative|package|provision|rule|regulation|policy|treaty|document|letter|survey|poll|project)\b(?!['’])/u;

// a described person, not a name, speaking at the start of a clause: "the Republican presidential
// candidate said", "The senator told"
const DESCRIBED_SUBJECT = /(?:^|[,:;”"]\s+)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+((?:[\p{L}-]+\s+){1,4})/gu;
function describedSpeaker(text: string): boolean {
  for (const m of text.matchAll(DESCRIBED_SUBJECT)) {
    const words = m[1]!.trim().split(/\s+/u);
    const verb = words.findIndex((w) => CUE_FORMS[w]?.[1] === 'speech' || CUE_FORMS[w]?.[1] === 'tell');
    if (verb > 0 && ROLE_NOUNS.has(words[verb - 1]!)) return true;
  }
  return false;
}

// a phrase that opens its sentence (a participle's or a preposition's), then its comma, right before
// the subject: "Speaking to Martin Smith of PBS, ", "After meeting with Smith, "
const OPENING_PHRASE_COMMA = /^[\s“"]*(?:\p{Lu}\p{Ll}+ing|(?:After|Before|While|When|Upon|On|In|At|During|With)\s+\p{Ll}+ing)\b[^.;:!?“”"]*,\s*$/u;

/**
 * The entity a pronoun stands for. For he/she: the subject (first person named) of the nearest
 * sentence that names a person of a compatible gender, so "Trump attacked Clinton. “...,” he said"
 * goes to Trump; for it: the nearest organisation; for they: the nearest organisation or group, but
 * no place.
 */
export function antecedent(doc: Doc, before: number, want: 'person' | 'group' | 'organization', pronoun = '', skip: Span | null = null, depth = 0): { index: number; name: string; type: EntityType; role: string | null } | null {
  const types: EntityType[] = want === 'person' ? ['person'] : want === 'organization' ? ['organization'] : ['organization', 'group', 'place'];
  const minStart = before - 3000;
  // a name inside a quotation, or inside the content the pronoun's clause reports, is what the
  // speaker talks about, not the speaker ("“Donald Trump is dangerous,” he said")
  const quoted = quotedSpans(doc);
  const wantGender = /^he$/iu.test(pronoun) ? 'male' : /^she$/iu.test(pronoun) ? 'female' : null;
  // ("The bill would expand ... It also recognizes ...": "it" goes on with the thing the sentence
  // before is about, not with an organisation named in it)
  if (want === 'organization') {
    const si = lowerBound(doc.sentences, before + 1) - 1;
    const prev = doc.sentences[si - 1];
    if (prev && THING_SUBJECT.test(doc.text.slice(prev.start, Math.min(prev.end, prev.start + 80)))) return null;
  }
  let sentence = -1;
  let pick: Mention | null = null;
  let placeSeen = false;
  for (let j = lowerBound(doc.mentions, before) - 1; j >= 0; j--) {
    const m = doc.mentions[j]!;
    if (m.start < minStart) break;
    // moving to an earlier sentence: the subject found in the later one wins
    if (m.sentence !== sentence) {
      if (pick || placeSeen) break;
      sentence = m.sentence;
    }
    if (m.entity === null || !types.includes(m.type) || m.kind !== 'name') continue;
    // (a pronoun inside the same quotation may stand for it: "“While Japan announced ... that they
    // have agreed ...,” said Johnson")
    const q = findContaining(quoted, m.start);
    if ((skip && m.start >= skip.start && m.end <= skip.end) || (q >= 0 && q !== findContaining(quoted, before))) continue;
    const e = doc.entities[m.entity]!;
    // a lone word seen once and never given a role is too weak an antecedent ("Great Hall")
    if (want === 'person' && e.aliases.length === 0 && !e.role && !e.name.includes(' ')) continue;
    if (wantGender && want === 'person') {
      const g = genderOf(e.name, e.role, e.aliases);
      if (g !== 'unknown' && g !== wantGender) continue;
    }
    // ("they" stands for people, not for the place they are in: "... in New Hampshire. They said"; nor
    // for the authorities of a city, "Washington, D.C. ... They also stated": a sentence that names
    // a place and no organisation or group leaves "they" unresolved; but a country that is the
    // subject of a verb in the pronoun's own sentence acts as its government: "Japan announced this
    // morning that they have agreed to lift the restriction")
    if (want === 'group' && m.type === 'place') {
      const country = placeOf(m.text);
      const government = country !== undefined && !country.demonyms.includes(m.text) && m.sentence === doc.sentences[lowerBound(doc.sentences, before + 1) - 1]?.index && !afterPreposition(doc, m.start)
        && /^\s+(?:\p{Ll}+ly\s+)?(?:(?:has|have|had|will|would)\s+)?\p{Ll}+(?:ed|s)\b/u.test(doc.text.slice(m.end, m.end + 40));
      if (!government) { placeSeen = true; continue; }
    }
    if (want !== 'person') { pick = m; break; }
    // keep going back within the sentence: the first person named outside a prepositional phrase
    // is its subject ("In his talk at the Atlantic Council, Mitsotakis said ..."); a possessive
    // only names the subject's owner ("Sanders's campaign manager, Jeff Weaver, ...")
    if (!pick || (!afterPreposition(doc, m.start) && !(pick.start - m.end < 60 && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u.test(doc.text.slice(m.end, pick.start))))) pick = m;
  }
  if (!pick || pick.entity === null) return null;
  // ("Speaking to Martin Smith of PBS, he said", "After meeting with Smith, she said": the object of a
  // preposition in the phrase that opens the pronoun's own sentence is not the pronoun's subject; it
  // stands for someone named before)
  if (want === 'person' && depth < 2 && afterPreposition(doc, pick.start)) {
    const own = doc.sentences[lowerBound(doc.sentences, before + 1) - 1];
    if (own && pick.start >= own.start && OPENING_PHRASE_COMMA.test(doc.text.slice(own.start, before))) return antecedent(doc, own.start, want, pronoun, skip, depth + 1);
  }
  // (a person named only after a preposition yields to a described person who speaks as the subject
  // of that sentence: "..., the Republican presidential candidate said in an interview with Sirius
  // XM's “Breitbart News Daily.” “...,” he said" is the candidate, whom no name resolves here)
  if (want === 'person' && afterPreposition(doc, pick.start)) {
    const ps = doc.sentences[lowerBound(doc.sentences, pick.start + 1) - 1];
    if (ps && describedSpeaker(doc.text.slice(ps.start, pick.start))) return null;
  }
  const e = doc.entities[pick.entity]!;
  // (a name of unknown gender after the same pronoun in its sentence does not break the pronoun's chain:
  // "..., she issued a detailed plan ...: President Obama later adopted a similar approach. She has
  // called for ..." goes on with the one the first "she" stands for)
  if (wantGender && genderOf(e.name, e.role, e.aliases) === 'unknown' && depth < 2) {
    const ps = doc.sentences[lowerBound(doc.sentences, pick.start + 1) - 1];
    const same = ps ? new RegExp(String.raw`(?:^|[^\p{L}])${pronoun.toLowerCase() === 'he' ? '[Hh]e' : '[Ss]he'}(?=\s+\p{Ll})`, 'gu') : null;
    let at = -1;
    for (const x of same ? doc.text.slice(ps!.start, pick.start).matchAll(same) : []) at = ps!.start + x.index + x[0].length - 3;
    if (at >= 0) {
      const earlier = antecedent(doc, at, want, pronoun, skip, depth + 1);
      if (earlier && earlier.index !== e.index) return earlier;
    }
  }
  return { index: e.index, name: e.name, type: e.type, role: e.role };
}

/**
 * The one an object pronoun after a verb of telling stands for ("Trump met Paul Ryan. Trump told him
 * ...": Ryan): a person named in the pronoun's sentence before it or in the two sentences before,
 * outside other quotations, whose gender the pronoun has. Never the speaker (nor `others`, the
 * parties of a claim), whom an object pronoun of the same clause cannot stand for; nor a possessive,
 * which names the owner of another ("John Podesta — Bill Clinton's former chief of staff — ... when I
 * asked him"). The nearest such person, unless a nearer person of unknown gender could be meant as well.
 */
export function objectPronounName(doc: Doc, at: number, pronoun: string, speaker: SpeakerRef | null, others: readonly string[] = []): string | null {
  const want = /^him$/iu.test(pronoun) ? 'male' : /^her$/iu.test(pronoun) ? 'female' : null;
  if (!want) return null;
  const si = lowerBound(doc.sentences, at + 1) - 1;
  const from = doc.sentences[Math.max(0, si - 2)]?.start ?? 0;
  // (one described and not named in the pronoun's clause may be meant: "the letter Mr. Fox sent to the
  // president, urging him ..."; not the speaker's own description, "a woman in Worcester told him")
  const clauseStart = doc.sentences[si]?.start ?? 0;
  for (const d of doc.text.slice(clauseStart, at).matchAll(/\b(?:the|a|an|his|her|their|its|our)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\b(?!\s+\p{Lu})/gu)) {
    const where = clauseStart + d.index;
    if (ROLE_NOUNS.has(d[1]!) && !(speaker && where >= speaker.mention.start && where < speaker.mention.end)) return null;
  }
  const quoted = quotedSpans(doc);
  const own = findContaining(quoted, at);
  const speakerEntity = speaker?.mention.entity ?? null;
  const excluded = (m: Mention): boolean => m.entity === speakerEntity || doc.entities[m.entity!]!.name === speaker?.name || others.includes(doc.entities[m.entity!]!.name);
  let unknown = false;
  for (let j = lowerBound(doc.mentions, at) - 1; j >= 0; j--) {
    const m = doc.mentions[j]!;
    if (m.start < from) break;
    // (a name inside another quotation is what someone talks about; inside the pronoun's own it may be meant)
    const q = findContaining(quoted, m.start);
    if (m.kind !== 'name' || m.type !== 'person' || m.entity === null || (q >= 0 && q !== own) || /^['’]/u.test(doc.text.slice(m.end, m.end + 1))) continue;
    const e = doc.entities[m.entity]!;
    if (excluded(m)) continue;
    // (nor one joined to the speaker as a subject: "Sen. Kennedy and Sen. Dodd sent a letter to ...
    // urging him")
    let k = j - 1;
    while (k >= 0 && doc.mentions[k]!.kind !== 'name') k--;
    const prev = doc.mentions[k];
    if (prev && prev.entity !== null && excluded(prev) && /^\s*(?:,|,?\s+and)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u.test(doc.text.slice(prev.end, m.start))) continue;
    const g = genderOf(e.name, e.role, e.aliases);
    if (g === want) return unknown ? null : e.name;
    if (g === 'unknown') unknown = true;
  }
  return null;
}

const MASTHEAD_NOUNS = new Set(['times', 'journal', 'herald', 'tribune', 'gazette', 'star', 'sun', 'globe', 'mail']);

function nominalRef(doc: Doc, start: number, end: number, phrase: string): SpeakerRef | null {
  // (a role with its "of" phrase has the role as head: "secretary of state", "chief of staff")
  const ofRole = /\b(\p{Ll}+)\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?$/u.exec(phrase.toLowerCase());
  // (and a place after "in" or "at" qualifies a head that names a body: "the U.S. embassy in Beijing")
  const located = /\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.exec(phrase);
  const bodyAt = located && ORG_NOUNS.has(/(\p{L}+)$/u.exec(phrase.slice(0, located.index))?.[1]?.toLowerCase() ?? '') ? located.index : -1;
  const words = (ofRole && ROLE_NOUNS.has(ofRole[1]!) ? phrase.slice(0, ofRole.index + ofRole[1]!.length) : bodyAt >= 0 ? phrase.slice(0, bodyAt) : phrase).toLowerCase().split(/\s+/u);
  const head = words.at(-1)!.replace(/[^\p{L}-]/gu, '');
  // (a title's abbreviation before its name is no head: "On Sunday morning Mr. Trump")
  if (/^\.\s*\p{Lu}/u.test(doc.text.slice(end, end + 3))) return null;
  let kind: MentionKind;
  let type: EntityType;
  // (a plural of -ist or -ian names people too: "hacking specialists", "physicians")
  if (GROUP_NOUNS.has(head) || /^\p{Ll}{3,}(?:ist|ian)s$/u.test(head)) { kind = 'group'; type = 'group'; }
  // (a masthead noun names a paper only with its capital: "the Times", not "these historic times")
  else if (ORG_NOUNS.has(head) && !(MASTHEAD_NOUNS.has(head) && !/\p{Lu}/u.test(phrase.split(/\s+/u).at(-1)!))) { kind = 'nominal'; type = 'organization'; }
  else if (ROLE_NOUNS.has(head)) { kind = 'nominal'; type = 'person'; }
  else return null;
  const mention = makeMention(doc, start, end, kind, type);
  if (kind === 'nominal') {
    // "the spokesperson" -> the last person with that role; "the ministry" -> the last organisation so named
    // (an indefinite description names someone new: "one Clinton aide", "a senior official")
    // (a possessor names its owner: "Huckabee’s campaign" is his, not the "Campaign Legal Center")
    // (named as the article writes the owner, without the titles before it or a party tag after it:
    // "U.S. Senator Tim Johnson's (D-SD) office" is "Tim Johnson's office"; the owner's full name may
    // be resolved wrongly, "Clinton's")
    const owns = words.length > 1 && type === 'organization' ? words.findIndex((w, i) => i < words.length - 1 && /['’]s?$/u.test(w)) : -1;
    const ownerEnd = owns >= 0 ? start + words.slice(0, owns + 1).join(' ').length - (/['’]s$/u.test(words[owns]!) ? 2 : 1) : -1;
    const possessor = owns >= 0 ? doc.mentions[lowerBound(doc.mentions, ownerEnd) - 1] : undefined;
    if (possessor && possessor.end === ownerEnd && possessor.start >= start && possessor.kind === 'name' && possessor.type === 'person' && /^['’]s?\s/u.test(doc.text.slice(possessor.end, possessor.end + 3))) {
      const owned = phrase.split(/\s+/u).slice(owns + 1).filter((w) => !/^\(.*\)$/u.test(w)).join(' ');
      return { mention, name: `${possessor.text}${doc.text.slice(possessor.end, ownerEnd + (/['’]s$/u.test(words[owns]!) ? 2 : 1))} ${owned}`, type, role: null, flags: ['nominal'] };
    }
    const e = /^(?:a|an|one|another|some)$/u.test(words[0]!) ? null : nominalAntecedent(doc, start, head, type, words.slice(/^(?:the|this|that|these|those)$/u.test(words[0]!) ? 1 : 0, -1));
    if (e) return { mention: { ...mention, entity: e.index }, name: e.name, type: e.type, role: e.role, flags: ['nominal'] };
    // an organisation phrase that names itself ("Seoul's presidential office")
    if (type === 'organization' && !/^(the|its|their|his|her)$/u.test(words[0]!)) return { mention, name: mention.text, type, role: null, flags: [] };
    // "Her campaign", "his office": the organisation of the person the pronoun stands for
    if (type === 'organization' && /^(his|her|their|its)$/u.test(words[0]!)) {
      const owner = antecedent(doc, start, words[0] === 'its' ? 'organization' : words[0] === 'their' ? 'group' : 'person', words[0] === 'his' ? 'he' : words[0] === 'her' ? 'she' : '');
      if (owner) return { mention: { ...mention, entity: null }, name: `${owner.name}'s ${mention.text.split(/\s+/u).slice(1).join(' ')}`, type, role: null, flags: ['nominal', 'pronoun'] };
    }
    if (type === 'organization') return { mention, name: mention.text.replace(/^the\s+/iu, ''), type, role: null, flags: ['nominal'] };
    return { mention, name: null, type, role: mention.text.replace(/^(the|a|an)\s+/iu, ''), flags: ['nominal'] };
  }
  // "The Senators wrote ...": the people of the nearest coordinated subject
  // (a definite description reaches further back than "they": it names the group again)
  if (words[0] === 'the' && words.length <= 3 && ROLE_NOUNS.has(head.replace(/s$/u, ''))) {
    const people = pluralSubject(doc, start, { sentences: 8, paragraphs: 3 });
    if (people.length >= 2) return peopleRef(doc, mention, people, 'group');
  }
  return { mention, name: mention.text, type, role: null, flags: ['group'] };
}

// titles as news abbreviates them, for matching "the senator" to "Sen. Tim Johnson"
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sen: 'senator', sens: 'senator', rep: 'representative', reps: 'representative', gov: 'governor', gen: 'general',
  lt: 'lieutenant', col: 'colonel', sgt: 'sergeant', capt: 'captain', pres: 'president', amb: 'ambassador',
  sec: 'secretary', atty: 'attorney', supt: 'superintendent', adm: 'admiral', cmdr: 'commander', prof: 'professor',
};

function nominalAntecedent(doc: Doc, before: number, head: string, type: EntityType, modifiers: readonly string[] = []): { index: number; name: string; type: EntityType; role: string | null } | null {
  // (an organisation's modifiers must be in its name: "the terrorist group" is not the "SITE
  // Intelligence Group"; "the foreign ministry" is the "Ministry of Foreign Affairs")
  const telling = type === 'organization' ? modifiers.filter((w) => w.length > 3 && !GENERIC_MODIFIERS.has(w)) : [];
  // (a person's state, where one is written next to one of the person's names, must be the
  // description's: "the Florida senator" is not the senator named last, "Sen. Joni Ernst
  // (R-Iowa)"; a person whose state the article never writes may still be meant)
  const state = type === 'person' ? modifiers.map((w, i) => regionOf(w) ?? (i + 1 < modifiers.length ? regionOf(`${w} ${modifiers[i + 1]}`) : undefined)).find((r) => r !== undefined) : undefined;
  const statesOf = new Map<number, Set<string>>();
  const stated = (entity: number): Set<string> => {
    let found = statesOf.get(entity);
    if (!found) {
      found = new Set();
      for (const m of doc.mentions) {
        if (m.entity !== entity || m.start >= before) continue;
        // (the words next to the name, within its sentence: "Florida Sen. Marco Rubio", "Rubio of
        // Florida", "Rubio (R-Fla.)")
        const pre = doc.text.slice(Math.max(0, m.start - 30), m.start);
        // (not across another name's words: "Sen. Tom Carper (D-Del.) and Sen. Jon Tester")
        // (a title's full stop is no sentence end: "Arizona Sen. John McCain")
        const cut = [...pre.matchAll(/(?<!\b(?:Sen|Sens|Rep|Reps|Gov|Govs|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Pres|Atty|Supt|Prof|St))[.!?;]\s+(?=\p{Lu})|[),]\s*|\s(?:and|with|or)\s+/gu)].at(-1);
        const post = doc.text.slice(m.end, Math.min(m.end + 30, before));
        const stop = post.search(/[.!?;](?:\s|$)|[.!?;]\s+\p{Lu}|\s(?:and|with|or)\s/u);
        const near = `${cut ? pre.slice(cut.index + cut[0].length) : pre} ${stop >= 0 ? post.slice(0, stop + 1) : post}`;
        // (each capitalised word, alone and with the next on its line: "Arizona Sen.", "New Hampshire")
        const caps = [...near.matchAll(/\p{Lu}[\p{L}.]*/gu)];
        const into = found;
        caps.forEach((w, i) => {
          const next = caps[i + 1];
          const pair = next && /^[ \t]+$/u.test(near.slice(w.index! + w[0].length, next.index)) ? `${w[0]} ${next[0]}` : null;
          const r = (pair ? regionOf(pair) ?? regionOf(pair.replace(/\.$/u, '')) : undefined) ?? regionOf(w[0]) ?? regionOf(w[0].replace(/\.$/u, ''));
          if (r) into.add(r);
        });
      }
      statesOf.set(entity, found);
    }
    return found;
  };
  let unstated: { index: number; name: string; type: EntityType; role: string | null } | null = null;
  for (let j = lowerBound(doc.mentions, before) - 1; j >= 0; j--) {
    const m = doc.mentions[j]!;
    if (m.entity === null || m.kind !== 'name') continue;
    const e = doc.entities[m.entity]!;
    if (e.type !== type) continue;
    // (an organisation named by its noun alone, "Campaign" in a headline, names nothing)
    if (type === 'organization' && !/\s/u.test(e.name)) continue;
    if (telling.length && !telling.every((w) => e.name.toLowerCase().includes(w.slice(0, -1)))) continue;
    const hay = type === 'person' ? (e.role ?? '') : e.name;
    if (!hay.toLowerCase().split(/[\s-]+/u).some((w) => { const b = w.replace(/\.$/u, ''); return b === head || w.startsWith(head) || TITLE_ABBREVIATIONS[b] === head; })) continue;
    const found = { index: e.index, name: e.name, type: e.type, role: e.role };
    if (!state) return found;
    const states = stated(e.index);
    if (states.has(state)) return found;
    if (!states.size && !unstated) unstated = found;
  }
  return unstated;
}

const GENERIC_MODIFIERS = new Set(['same', 'whole', 'entire', 'other', 'local', 'very', 'said', 'above', 'former', 'current', 'little', 'small', 'large', 'giant', 'powerful', 'influential', 'main', 'largest', 'biggest', 'leading']);

export function makeMention(doc: Doc, start: number, end: number, kind: MentionKind, type: EntityType): Mention {
  const text = doc.text.slice(start, end);
  return { start, end, text, kind, type, role: null, head: text.split(/\s+/u).at(-1)!, entity: null, sentence: -1, affiliation: null };
}



/**
 * A speaker phrase the lexicons do not know ("the insider", "one person", "a Warren adviser, who
 * spoke on condition of anonymity"): kept as a nominal mention, named after the last name in it.
 */
const SOURCE_OF_NAME = /\b(?:sources?|officials?|aides?|person|people|supporters?|friends?|ally|allies|advis[eo]rs?|associates?|confidants?|insiders?|members?|staffers?|operatives?|someone|those|lawyers?|donors?|loyalists?)\s+(?:(?:familiar|close|loyal|connected|briefed|linked|tied|closest|near|inside|within)\s+)?(?:with|to|of|on|in)\s+(?:the\s+)?$/u;
export function genericPhrase(doc: Doc, start: number, end: number): SpeakerRef | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,]/u.test(doc.text[s]!)) s++;
  while (e > s && /[\s,]/u.test(doc.text[e - 1]!)) e--;
  const text = doc.text.slice(s, e);
  if (!text || !/^[\p{L}\p{N}'’.\-\s,%]+$/u.test(text) || text.split(/[\s,]+/u).length > 12 || /^(?:and|but|or|so|then|as|while|when|which|that)\b/iu.test(text)) return null;
  // (an imperative has no subject: "Please note this is a partial transcript", "Please explain ...")
  if (/^(?:please|kindly)$/iu.test(text)) return null;
  // (nor is an infinitive marker before the cue: "..., but only to tell Garland")
  if (/(?:^|\s)to$/iu.test(text)) return null;
  // the speaker is the head before any appositive or relative clause
  const headEnd = s + (/,(?!\d{3}\b)|\s(?:who|which|whose)\s/u.exec(text)?.index ?? text.length);
  let named: Mention | null = null;
  for (let j = lowerBound(doc.mentions, s); j < doc.mentions.length && doc.mentions[j]!.start < headEnd; j++) {
    const m = doc.mentions[j]!;
    // (not the name a source is described by: "A source familiar with Cruz’s thinking", "supporters of
    // Trump", "people close to the campaign"; "56 percent of Cuban-Americans" and "Trump's comments
    // about" keep theirs)
    if (m.kind === 'name' && m.type !== 'place' && !SOURCE_OF_NAME.test(doc.text.slice(s, m.start))) named = m;
  }
  // ("Trump's family said", "the Trump family said": a name that owns or names a family or a household
  // tells whose people speak; it does not speak itself)
  if (named && /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:family|household|entourage)\s*$/u.test(doc.text.slice(named.end, headEnd))) {
    const group = makeMention(doc, s, headEnd, 'group', 'group');
    return { mention: group, name: group.text, type: 'group', role: null, flags: ['group'] };
  }
  if (named) return fromMention(doc, named);
  const mention = makeMention(doc, s, headEnd, 'nominal', 'unknown');
  // ("People briefed on the move": a group word with a phrase after it names the group)
  const first = /^(?:(?:the|some|many|most|several|other)\s+)?(\p{L}+)\s+(?:\p{Ll}+ed|in|at|from|of|for|with|on|who)\b/iu.exec(doc.text.slice(s, headEnd));
  if (first && GROUP_NOUNS.has(first[1]!.toLowerCase())) return { mention: { ...mention, kind: 'group', type: 'group', head: first[1]! }, name: mention.text, type: 'group', role: null, flags: ['group'] };
  // ("Some say ...", "Many worry ...", "Two others said ...", "Not everyone is convinced ..."): a
  // quantifier standing for people is a group that the article leaves unnamed; it keeps its words
  if (QUANTIFIER_GROUP.test(mention.text)) return { mention: { ...mention, kind: 'group', type: 'group' }, name: mention.text, type: 'group', role: null, flags: ['group'] };
  // ("Another tweeted, “...”", "One says ...", "Someone wrote": an unnamed source, who keeps its word too)
  if (/^(?:one|another|someone|somebody)$/iu.test(mention.text)) return { mention, name: mention.text, type: 'unknown', role: null, flags: ['nominal'] };
  // ("The U.S. embassy in Beijing said": a body named by its noun and a place is named so, as the
  // nominal rules name "the U.S. embassy")
  const head = doc.text.slice(s, headEnd);
  const body = /\s(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(head) && !/^(?:a|an|one|another|some)\s/iu.test(head) ? nominalRef(doc, s, headEnd, head) : null;
  if (body && body.type === 'organization' && body.name) return body;
  const type: EntityType = GROUP_NOUNS.has(mention.head.toLowerCase()) ? 'group' : 'unknown';
  return { mention: { ...mention, type }, name: null, type, role: head.replace(/^(?:the|a|an)\s+/iu, ''), flags: ['nominal'] };
}

// (also "Many of you", "Each side", "Neither side", "Those over 60", "Hundreds")
// nouns that head a phrase able to hold a view, besides the lexicons' people, roles and organisations
const PEOPLE_HEAD = /^(?:ad|ads|advert|commercial|statement|book|article|editorial|op-ed|column|complaint|lawsuit|suit|petition|platform|people|voters|whites|blacks|residents|americans|members|supporters|critics|opponents|others|many|some|most)$/u;

const QUANTIFIER_GROUP = /^(?:not\s+)?(?:some|many|most|several|others|few|a\s+few|both|everyone|everybody|nobody|no\s+one|(?:two|three|four|five|six|several|many|some|a\s+few)\s+others|(?:some|many|most|few|two|three|all|both|none|each|half|several)\s+of\s+(?:them|those|these|you|us)|(?:each|either|neither|both|the\s+other)\s+sides?|those\s+(?:over|under|older\s+than|younger\s+than|aged)\s+\d+|(?:dozens|hundreds|thousands|millions))$/iu;

/** The phrase after an inverted cue ("said one former GOP leadership aide, who ..."). */
export function genericPhraseAfter(doc: Doc, at: number, limit: number): SpeakerRef | null {
  const rest = doc.text.slice(at, limit);
  const m = /^\s*((?:[\p{L}\p{N}'’.-]+\s+){0,7}?[\p{L}\p{N}'’-]+)(?=\s*(?:[,.;:!?)]|$|\s(?:who|which|in|on|at|during|after|before|about|of|from|with)\b))/u.exec(rest);
  if (!m || /^(?:that|to|and|but|or|if|when|the\s+\w+\s+(?:is|was|would|will))\b/iu.test(m[1]!)) return null;
  const start = at + m[0].length - m[1]!.length;
  return namedAfter(doc, genericPhrase(doc, start, start + m[1]!.length), limit);
}

/**
 * A subject the lexicons do not know, for reported speech: "74 percent said", "Chinese military
 * commentators have said", "One in three said". The clause's words before the cue, when they are
 * few, begin like a noun phrase and hold no verb.
 */
export function genericSubject(doc: Doc, floor: number, at: number): SpeakerRef | null {
  return studyOf(doc, floor, notTopic(doc, floor, at, namedDescription(doc, phraseSubject(doc, floor, at))));
}

function phraseSubject(doc: Doc, floor: number, at: number): SpeakerRef | null {
  // ("And both vowed to be tougher": a quantifier alone after a conjunction is the subject, not the
  // adverb it is after a subject, "Kang and Xi both said")
  const lone = /^(\s*(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et)\s+)?)(both|all|each)\s*$/u.exec(doc.text.slice(floor, at));
  if (lone) return genericPhrase(doc, floor + lone[1]!.length, floor + lone[1]!.length + lone[2]!.length);
  // (a share in an appositive: "Just over a quarter, 26 percent, say")
  const pre = stripEnd(doc.text.slice(floor, at), AUX_TAIL).replace(/,\s*(?:(?:about|nearly|roughly|almost|just|some)\s+)?\d+(?:\.\d+)?\s*(?:percent|%),\s*$/u, '');
  if (MODAL_TAIL.test(pre)) return null;
  // ("... as liberals with about three in 10 saying ...": "with" opens the participle's own clause)
  const withAt = /^\s*\p{Ll}+ing\b/u.test(doc.text.slice(at, at + 20)) ? pre.search(/\swith\s+[^,;:\s][^,;:]{0,40}$/u) : -1;
  const conj = withAt >= 0 ? withAt : pre.search(/\s(?:and|but|while|because|as|whereas)\s(?![\s\S]*\s(?:and|but|while|because|as|whereas)\s)/u);
  // ("Friends, lobbyists and former foes say": a series of plural nouns of people speaks together)
  const series = peopleSeries(doc, floor, floor + pre.length);
  if (series) return series;
  // (the comma inside a number is none: "at least 21,000 said")
  const commas = pre.replace(/(?<=\d),(?=\d{3}\b)/gu, '_');
  // (a dash that closes an aside too: "... – as described by FBI Director James Comey – many believe")
  const dash = Math.max(pre.lastIndexOf(' – '), pre.lastIndexOf(' — '), pre.lastIndexOf(' -- '), pre.lastIndexOf('—'));
  const cut = Math.max(commas.lastIndexOf(','), pre.lastIndexOf(';'), pre.lastIndexOf(':'), dash >= 0 ? pre.indexOf(' ', dash + 1) : -1, conj >= 0 ? pre.indexOf(' ', conj + 1) : -1);
  const start = floor + (cut > 0 ? cut + 1 : 0);
  // a subordinator opens the clause: "While some friends say ..."
  // (and "with" before the subject of a participle: "..., with three in 10 saying ...")
  const phrase = doc.text.slice(start, floor + pre.length).trim().replace(/^(?:but|and|so|yet|still)\s+(?=\S)/iu, '').replace(/^(?:while|although|though|because|since|if|when|as|whereas)\s+/iu, '').replace(/^with\s+(?=\S)/u, /^\s*\p{Ll}+ing\b/u.test(doc.text.slice(at, at + 20)) ? '' : 'with ');
  // ("Democrats trying to regain control of the Senate say": a plural noun of people with a
  // participle phrase after it, the phrase opening its clause)
  const reduced = /^((?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Aa]n?|[Tt]wo|[Tt]hree|[\p{Lu}][\p{L}'’.-]*)\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{L}'’-]+)\s+(?!(?:during|according|including|regarding|concerning|following)\b)\p{Ll}{3,}ing\s+[^“”"()]{2,80}$/u.exec(phrase);
  const head = reduced ? reduced[1]!.split(/\s+/u).at(-1)!.toLowerCase() : '';
  if (reduced && (isPeopleNoun(head) || ROLE_NOUNS.has(head) || /^(?:man|woman|person|child|kid|boy|girl|group)$/u.test(head)) && !reduced[1]!.split(/\s+/u).some((w) => CUE_FORMS[w] !== undefined || /^\p{Ll}+ed$/u.test(w))) {
    const s = start + doc.text.slice(start, floor + pre.length).indexOf(phrase);
    return genericPhrase(doc, s, s + reduced[1]!.length);
  }
  if (!phrase || (phrase.match(/\S+/gu) ?? []).length > 7) return null;
  // (a year is nobody: "since September 11, 2001 saying, ...")
  if (/^(?:1[89]|20)\d\d$/u.test(phrase)) return null;
  // (nor is a subordinator alone: "If confirmed, Madam Ambassador, ...")
  if (/^(?:if|when|whenever|while|although|though|because|since|unless|after|before|once|until|whether)$/iu.test(phrase)) return null;
  // (a preposition opening the phrase leaves no subject, "By responding with boilerplate language, the
  // letter fails ...", nor does one ending it, below: "the number of recognized Nuclear Weapons States")
  if (/^(?:by|in|on|at(?!\s+(?:least|most)\b)|after|before|upon|without|for|from|of|to|through|despite|during)\s/iu.test(phrase)) return null;
  // (a relative pronoun at its end opens a clause: "Even people who endorsed the plan")
  if (!/^(?:[\p{Lu}\d]|(?:the|a|an|some|many|most|all|several|few|both|each|other|others|another|more|fewer|one|two|three|four|five|six|seven|eight|nine|half|about|nearly|roughly|almost|only|just|at\s+least|more\s+than|fewer\s+than|less\s+than|those|these)\b)/u.test(phrase) || /^(?:who|which|that|it|this|there)\b/iu.test(phrase) || /\s(?:who|which|that)$/iu.test(phrase)) return null;
  const s = start + doc.text.slice(start, floor + pre.length).indexOf(phrase);
  for (let i = lowerBound(doc.tokens, s); i < doc.tokens.length && doc.tokens[i]!.start < s + phrase.length; i++) {
    // ("those surveyed", "voters polled": a participle after its noun)
    // (and the second part of a hyphenated adjective: "The self-described democratic socialist")
    // (nor a gerund after a possessive: "A source familiar with Cruz’s thinking")
    // (nor a word of a name the tagger took for a verb: "People in Fort Pierce")
    if ((doc.tokens[i]!.pos === 'VERB' || doc.tokens[i]!.pos === 'AUX') && !/^(?:surveyed|polled|questioned|interviewed|briefed|informed|consulted|involved)$/iu.test(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end)) && doc.text[doc.tokens[i]!.start - 1] !== '-'
      && !(/ing$/u.test(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end)) && /(?:\p{L}['’]s?|\b(?:his|her|their|its))\s+$/u.test(doc.text.slice(Math.max(0, doc.tokens[i]!.start - 8), doc.tokens[i]!.start)))
      && !insideName(doc, doc.tokens[i]!.start)) return null;
  }
  // (a verb where no tag was taken ends the subject: "Democratic voters were more likely to want
  // ...", "Elizabeth Banks went on Twitter to applaud ...")
  // (not an inversion: "Not only does this bill fully support ...")
  const verb = /\s(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|does|did|went|goes|got|came|took|made)\b/u.exec(phrase);
  if (verb && (/^(?:not|only|never|nor|neither|rarely|seldom|so|such)\b/iu.test(phrase) || /^\s+(?:the|a|an|this|that|these|those|his|her|their|its|he|she|they|it)\b/u.test(phrase.slice(verb.index + verb[0].length)))) return null;
  // ("on" or "in" may be what is left of a time, "Sean Spicer on Thursday evening said")
  if (/(?:^|\s)(?:of|for|by|with|from)$/iu.test(phrase.slice(0, verb ? verb.index : phrase.length).trimEnd())) return null;
  return genericPhrase(doc, s, s + (verb ? verb.index : phrase.length));
}

// (a time is no place to hide a subject: "Later on Tuesday Mitsotakis met ...")
// (within the sentence: "... en route to Italy.\n\nAlex Lagakos said" is no prepositional object)
// (a kind of outlet may stand before the name: "to the Dutch newspaper NRC Handelsblad")
// (a preposition may open the sentence: "With Merrick Garland, President Obama made ..."; not
// "For", which gives a point of view: "For Mr. Rubio, ... he embraces")
export const afterPreposition = (doc: Doc, at: number): boolean => {
  const window = doc.text.slice(Math.max(0, at - 60), at);
  // (a title's full stop ends no sentence: "a letter to Mr. Castro")
  const boundary = /(?:(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Sens|Reps|\p{Lu}))[.!?]["”’)]*\s+|\n)(?=[^\n]*$)/u.exec(window);
  return PREPOSITION_BEFORE.test(boundary && !/[.!?]/u.test(window.slice(boundary.index + boundary[0].length)) ? window.slice(boundary.index + boundary[0].length) : window);
};
const PREPOSITION_BEFORE =
  withTimeWords(/\b(?:in|at|of|for|with|within|inside|from|to|by|on|about|against|toward|towards|between|among|like|than|under|over|into|including|In|At|With|Within|Inside|From|To|By|On|About|Against|Toward|Towards|Between|Among|Like|Under|Over|Including)\s+(?:the\s+|a\s+)?(?:(?!(?:WEEKDAY|MONTH)\b)[\p{Lu}][\p{L}.'’-]*\s+|(?:newspaper|magazine|network|channel|paper|website|site|station|broadcaster|daily|weekly|tabloid|news\s+agency|radio\s+station|television\s+station|TV\s+station)\s+)*$/u);

// the words between "and" and the next name of a series are titles: "and Rep. Stephanie Herseth",
// "and former Maryland governor Martin O'Malley", "Georgia Senators Chambliss and Isakson"
const roleNoun = (w: string): boolean => {
  const word = w.toLowerCase().replace(/\.$/u, '');
  return ROLE_NOUNS.has(word) || (word.endsWith('s') && ROLE_NOUNS.has(word.slice(0, -1)));
};
const pluralTitle = (w: string): boolean => {
  const word = w.toLowerCase().replace(/\.$/u, '');
  return word === 'sens' || word === 'reps' || word === 'govs' || (word.endsWith('s') && !ROLE_NOUNS.has(word) && ROLE_NOUNS.has(word.slice(0, -1)));
};
const titlesOnly = (words: readonly string[]): boolean =>
  words.every((w, i) => roleNoun(w) || ROLE_MODIFIERS.has(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && words.slice(i + 1).some(roleNoun)));

// The names before the last two of a series, each set off by a comma or "and" (a bracket may follow
// it): "Tim Johnson, John Thune and Stephanie Herseth urged", "Sens. Tim Johnson (D-SD) and John
// Thune (R-SD) and Rep. Stephanie Herseth urged". The series opens its clause: no preposition stands
// between it and the sentence's start, a comma or "that" ("Democratic presidential contenders Hillary
// Clinton, ...", "that Tapper, Bash and Blitzer had mentioned it"), so "Like Obama, Clinton and
// Sanders said", "After Hurricane Katrina, Emerson and Talent asked" and "a letter to Smith, Jones and
// Brown said" are said by two.
function seriesBefore(doc: Doc, at: number, floor: number): Mention[] {
  const out: Mention[] = [];
  let next = doc.mentions[at]!;
  for (let k = at - 1; k >= 0; k--) {
    const c = doc.mentions[k]!;
    if (c.kind !== 'name' || c.type !== next.type || c.start < floor) break;
    const gap = /^(?:\s*\([^()]{1,30}\))?(?:\s*,\s*|\s+and\s+)((?:[\p{L}.]+\s+){0,4})$/u.exec(doc.text.slice(c.end, next.start));
    const titles = gap ? gap[1]!.split(/\s+/u).filter(Boolean) : [];
    if (c.type === 'person' && titles.length && weakName(doc, c)) break;
    // (a plural title after a bare comma opens the series: in "... in Biloxi and Ocean Springs, U.S.
    // Senators Trent Lott and Thad Cochran said" the towns before it are not of it; after "and" it joins
    // two series, "Senators Salazar and Allard, and Reps. Udall and Musgrave announced")
    if (!gap || !titlesOnly(titles) || (titles.some(pluralTitle) && !/\sand\s/u.test(gap[0]))) break;
    out.unshift(c);
    next = c;
  }
  const opens = (m: Mention): boolean => {
    const lead = /(?:^|[,;:(—–]|\s-|\bthat(?=\s))\s*((?:[\p{L}.'’-]+\s+){0,5})$/u.exec(doc.text.slice(Math.max(floor, m.start - 60), m.start));
    return lead !== null && (lead.index > 0 || m.start - 60 <= floor) && !lead[1]!.split(/\s+/u).some((w) => PREPOSITIONS.has(w.toLowerCase()));
  };
  while (out.length && !opens(out[0]!)) out.shift();
  return out;
}

// a lone word seen once and never given a role is too weak a name for a person to extend a series with
// before a title ("Washington, DC—Today, U.S. Senator Barbara Boxer and Representative Michael Honda
// wrote": the dateline is none; a bare list of surnames is, "Harry Reid, Durbin, Schumer and Boxer"; a
// country's one word is its name, "China, Iran and Russia pledged")
function weakName(doc: Doc, m: Mention): boolean {
  const e = m.entity !== null ? doc.entities[m.entity] : undefined;
  return !e || (e.aliases.length === 0 && !e.role && !e.name.includes(' '));
}

function seriesRef(doc: Doc, members: readonly Mention[]): SpeakerRef {
  const mention = makeMention(doc, members[0]!.start, members.at(-1)!.end, 'group', 'group');
  return { mention, name: joinNames([...new Set(members.map((m) => fromMention(doc, m).name ?? m.text))]), type: 'group', role: null, flags: ['joint'] };
}

function jointRef(doc: Doc, a: Mention, b: Mention): SpeakerRef {
  const ra = fromMention(doc, a);
  const rb = fromMention(doc, b);
  const mention = makeMention(doc, a.start, b.end, 'group', 'group');
  return { mention, name: `${sharedFamilyName(doc, a, b) ?? ra.name} and ${rb.name}`, type: 'group', role: null, flags: ['joint'] };
}

// A given name before "and" and a full name shares its family name: "David and Jeanne Heidler" are
// David Heidler and Jeanne Heidler (not a David named elsewhere in the article).
function sharedFamilyName(doc: Doc, a: Mention, b: Mention): string | null {
  if (a.text.includes(' ') || !b.text.includes(' ') || !/^\s+and\s+$/u.test(doc.text.slice(a.end, b.start)) || genderOf(a.text, null) === 'unknown') return null;
  return `${a.text} ${b.text.split(/\s+/u).at(-1)!}`;
}

// "Legal observers note the White House ...": a noun-or-verb form between a subject (a name, a
// pronoun, a plural noun) and a complement (a determiner, pronoun, name or "that") is a verb,
const QUANTIFIER_PRONOUNS = /^(?:some|many|most|others|few|several|both|all|none|everyone|everybody|nobody|someone|somebody|third|thirds|half|quarter|quarters|majority|minority|plurality)$/iu;
// whatever the tagger said
const QUOTE_THEN_PHRASE = /[,?!]["”’]\s+(?:[^\s,;:.!?“”"]+\s+){1,6}$/u;
// ("“...,” a voice-over in the ad states.": a short phrase between a closed quotation and the
// end of the sentence is the quotation's speaker, and the form its verb)
// (or before its setting: "“...,” the Saudis state in the white paper")
function attributionSlot(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return next !== undefined && /^(?:[.!?,]|in|on|at|during|after|to|via)$/u.test(doc.text.slice(next.start, next.end)) && QUOTE_THEN_PHRASE.test(doc.text.slice(Math.max(0, doc.tokens[k]!.start - 70), doc.tokens[k]!.start));
}

// verbs whose "-s" form before "that" opens a clause, not a relative ("the suit claims that ...";
// not "the anthrax attacks that followed")
const CLAUSE_VERBS = /^(?:claims|says|argues|states|alleges|asserts|contends|insists|maintains|notes|suggests|shows|finds|warns|acknowledges|concludes|reports|predicts|explains|adds|concedes|admits|declares|indicates|reveals|concludes|charges|asks|demands|recommends)$/u;
// (or a text that speaks for its authors: "The ad slams Kasich for ...", "The report finds ...")
const personOrBody = (w: string): boolean => ROLE_NOUNS.has(w) || ORG_NOUNS.has(w) || (EVIDENCE_NOUNS.has(w) && !/s$/u.test(w)) || SPEAKING_TEXTS.has(w);
// (a number or a plural quantifier before makes the noun a modifier: "four domestic-abuse police reports")
const PLURAL_BEFORE = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|some|numerous|multiple|these|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

// Whether a name of two words or more ends at `at` ("Eric Nordstrom"; not a capitalised word opening a list item).
function fullNameEndingAt(doc: Doc, at: number): boolean {
  const m = doc.mentions[lowerBound(doc.mentions, at) - 1];
  return m !== undefined && m.end === at && m.kind === 'name' && /\s/u.test(m.text);
}

function verbBySyntax(doc: Doc, k: number): boolean {
  // (an adverb between the subject and the verb is passed over: "Only two Democrats currently back ...")
  const adverb = doc.tokens[k - 1] !== undefined && doc.tokens[k - 1]!.pos === 'ADV' && /^(?:\p{Ll}{3,}ly|now|still|also|already|even|never|often|long)$/u.test(doc.text.slice(doc.tokens[k - 1]!.start, doc.tokens[k - 1]!.end));
  const prev = doc.tokens[adverb ? k - 2 : k - 1];
  const next = doc.tokens[k + 1];
  if (!prev || !next) return false;
  const prevText = doc.text.slice(prev.start, prev.end);
  const formText = doc.text.slice(doc.tokens[k]!.start, doc.tokens[k]!.end);
  // (a share of those polled is a subject too: "Six in 10 say", "those surveyed say")
  // (after a modal, a negation or "to": "wouldn’t say when", "declined to say whether")
  if (/^(?:would|wouldn['’]t|could|couldn['’]t|will|won['’]t|can|can['’]t|cannot|did|didn['’]t|does|doesn['’]t|do|don['’]t|should|shouldn['’]t|may|might|must|to|not|never)$/iu.test(prevText) && (/^(?:DET|PRON|PROPN|SCONJ|ADV)$/u.test(next.pos) || /^(?:that|whether|if|when|why|how|what|who)$/iu.test(doc.text.slice(next.start, next.end)))) return true;
  // (a quantifier standing alone is a subject too: "Some say they hear echoes ...", "Others say")
  const subject = prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NUM' || QUANTIFIER_PRONOUNS.test(prevText) || EVIDENCE_NOUNS.has(prevText.toLowerCase()) || (prev.pos === 'NOUN' && /s$/u.test(prevText)) || /^(?:surveyed|polled|questioned|interviewed|percent|%)$/iu.test(prevText)
    // (a singular noun of a person or a body agrees with a form in -s: "The senator plans to introduce ...")
    || (prev.pos === 'NOUN' && /[^s]s$/u.test(formText) && personOrBody(prevText.toLowerCase()) && !PLURAL_BEFORE.test(doc.text.slice(Math.max(0, prev.start - 40), prev.start)));
  // (or an infinitive: "Carole Bower plans to vote for Mr. Trump", "Trump plans to be back")
  const after2 = doc.tokens[k + 2];
  // (a bare form of a stance after a plural subject takes any noun phrase or gerund: "Millennials
  // support background checks", "a majority of Republicans support deportation")
  // (and after a share of those polled: "Two-thirds support reducing ...", "More than half the senators
  // surveyed support at least lowering ...")
  const stanceForm = /^(?:support|oppose|back|favor|favour|reject|endorse)$/iu.test(formText);
  // (an adverb may open the gerund: "support temporarily banning ...")
  const adverbGerund = next.pos === 'ADV' && after2 !== undefined && after2.pos === 'VERB' && /ing$/u.test(doc.text.slice(after2.start, after2.end));
  const stance = stanceForm && (((/s$/u.test(prevText) && (prev.pos === 'PROPN' || GROUP_NOUNS.has(prevText.toLowerCase()))) && (/^(?:NOUN|ADJ|VERB|NUM)$/u.test(next.pos) || adverbGerund))
    || (/^(?:thirds|half|quarters|majority|plurality|percent|%|surveyed|polled|questioned|interviewed)$/iu.test(prevText) && !/\b(?:his|her|their|its|our|my|your|the)\s+(?:[\d.,]+\s*)?$/iu.test(doc.text.slice(Math.max(0, prev.start - 16), prev.start)) && (/^(?:NOUN|ADJ|VERB|NUM|PROPN|DET)$/u.test(next.pos) || adverbGerund || /^at\s+least\b/u.test(doc.text.slice(next.start, next.start + 8)))));
  // (a question word opens a clause too: "Others wonder whether ..."; and a past form after a name
  // takes an adjective or noun opening its object: "Eric Nordstrom informed regional director James ...")
  const complement = stance || /^(?:DET|PRON|PROPN|SCONJ)$/u.test(next.pos) || /^(?:that|whether|if|how|why|what|who|when|where)$/iu.test(doc.text.slice(next.start, next.end))
    || (prev.pos === 'PROPN' && /ed$/u.test(formText) && /^(?:ADJ|NOUN)$/u.test(next.pos) && fullNameEndingAt(doc, prev.end))
    // (or a setting before "that": "Schneiderman alleged in the suit that ...")
    || ((prev.pos === 'PROPN' || prev.pos === 'PRON') && /ed$/u.test(formText) && /^\s+(?:in|on|at|during|to)\s[^.;:!?“”"]{1,60}?\sthat\s/u.test(doc.text.slice(doc.tokens[k]!.end, doc.tokens[k]!.end + 80)))
    || (/^to$/iu.test(doc.text.slice(next.start, next.end)) && after2 !== undefined && (after2.pos === 'VERB' || (after2.pos === 'AUX' && /^(?:be|have)$/u.test(doc.text.slice(after2.start, after2.end)))));
  // "..., F.A.A. records show.": a bare form agreeing with a plural noun before the sentence ends
  // (and a form in -s after a name closing the sentence, the attribution after a comma: "..., Portuguese
  // newspaper Correio de Manha reports.")
  const closing = (prev.pos === 'NOUN' && /s$/u.test(prevText) && /^[.!?]$/u.test(doc.text.slice(next.start, next.end)) && !/s$/u.test(formText))
    || (prev.pos === 'PROPN' && /[^s]s$/u.test(formText) && /^[.!?]$/u.test(doc.text.slice(next.start, next.end)) && /,\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.test(doc.text.slice(Math.max(0, prev.start - 60), prev.start)));
  // ("Gerry O'Brien, a GOP political consultant, notes that ...": after an appositive's comma)
  // (or after a relative pronoun, before the comma or colon that opens a quotation: "the AP report,
  // which notes, “...”")
  const afterAppositive = (prevText === ',' && /^that$/iu.test(doc.text.slice(next.start, next.end))) || (/^(?:which|who)$/iu.test(prevText) && /^[,:]$/u.test(doc.text.slice(next.start, next.end)));
  const attribution = attributionSlot(doc, k);
  // ("..., reassuring his counterpart Vladimir Putin that ...": a form in -ing after a comma, before a
  // determiner, a pronoun or a name, is a participle whatever the tagger says)
  // (a verb of telling only, whose addressee follows: "..., mocking GOP leaders" opens no content of its own)
  // (or a verb of saying whose clause follows, its subject first: "..., promising the club will return ...")
  const participle = (prevText === ',' || /,["”’]\s*$/u.test(doc.text.slice(Math.max(0, doc.tokens[k]!.start - 4), doc.tokens[k]!.start))) && /ing$/u.test(formText) && /^(?:DET|PRON|PROPN)$/u.test(next.pos)
    && (CUE_FORMS[formText.toLowerCase()]?.[1] === 'tell' || (CUE_FORMS[formText.toLowerCase()]?.[1] === 'speech' && /^\s+(?:[\p{L}'’.-]+\s+){1,5}(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might)\s/u.test(doc.text.slice(doc.tokens[k]!.end, doc.tokens[k]!.end + 60))));
  // ("The report states: “...”": a form before a colon, after a noun, introduces what it says)
  const colon = doc.text.slice(next.start, next.end) === ':' && /^(?:NOUN|PROPN|PRON)$/u.test(prev.pos);
  // ("The ad claims “Jeb is the conservative you can trust.”": a form with -s before an opening
  // quotation mark or "that", after an article and its noun, is the noun's verb: "the suit claims that")
  const before2 = doc.tokens[k - 2];
  const nextText = doc.text.slice(next.start, next.end);
  const quoting = (/^[“"]$/u.test(nextText) || (/^that$/iu.test(nextText) && CLAUSE_VERBS.test(formText))) && prev.pos === 'NOUN' && before2 !== undefined && /^(?:the|a|an|this|that|each|every)$/iu.test(doc.text.slice(before2.start, before2.end)) && /s$/u.test(formText);
  return (subject && complement || closing || afterAppositive || attribution || colon || quoting || participle) && !/^(?:the|a|an|his|her|its|their|our|my|your)$/iu.test(prevText);
}
