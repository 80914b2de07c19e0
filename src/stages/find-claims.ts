import type { Claim, Doc, Entity, Letter, Mention, Modality, Quote, Sentence, Span } from '../types.js';
import { findContaining, lowerBound } from '../core/doc.js';
import { genderOf, isGivenName } from '../lexicon/genders.js';
import { BEFALLS, CLAIM_FRAMES, CONDITIONAL, CONTENT_STOPS, HYPOTHETICAL, NEGATION, STOP_ABBREVIATION, VERBAL_RULES, triggerSource, type ClaimFrame } from '../lexicon/claim-cues.js';
import { placeOf, regionOf } from '../lexicon/places.js';
import { GROUP_NOUNS, ORG_NOUNS, ROLE_NOUNS } from '../lexicon/roles.js';
import { withTimeWords } from '../lexicon/time-words.js';
import { antecedent, isPeopleNoun, joinNames, objectPronounName, pluralSubject, speakerBefore } from './speakers.js';
import { firstParagraphIsTitle, isHeading, mainVerbAfterParticiple, stopAtCoordinatedVerb } from './clauses.js';
import { END_MARK } from '../lexicon/boilerplate.js';

/**
 * Agreements, pledges, appeals and accords. Each sentence is matched against the claim frames;
 * the parties are the subject before the trigger (coordinated names, "the two leaders", a pronoun,
 * or the speaker of the enclosing quotation for "we"), the content is what follows the trigger up
 * to the end of its clause. "will", "would" and "should" count only inside quotations or reported
 * speech, where a party states its own commitment. Negated and conditional claims are kept and
 * marked.
 */
export function findClaims(doc: Doc): Doc {
  const claims: Claim[] = [];
  const taken: Span[] = [];
  const titled = firstParagraphIsTitle(doc);
  for (const s of doc.sentences) {
    const para = doc.paragraphs[s.paragraph]!;
    if (para.boilerplate || (s.paragraph === 0 && titled) || isHeading(doc, s)) continue;
    const body = doc.text.slice(s.start, s.end);
    // frames that count only inside reported speech wait for a sentence a quotation touches, the
    // others for one that holds a trigger of theirs (two cheap tests spare most sentences 25 scans)
    const reportedHere = touchesQuote(doc, s);
    if (!reportedHere && !ANY_TRIGGER.test(body)) continue;
    const found: Claim[] = [];
    for (const [frame, pattern] of GLOBAL_FRAMES) {
      if (frame.reportedOnly && !reportedHere) continue;
      // (exec on the compiled pattern: matchAll would copy the regex at every sentence)
      pattern.lastIndex = 0;
      for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
        if (m[0] === '') pattern.lastIndex++;
        const claim = build(doc, s, frame, m);
        if (claim && !found.some((c) => c.trigger.start < claim.content.end && claim.trigger.start < c.content.end && overlapsMuch(c.content, claim.content))) found.push(claim);
      }
    }
    for (const c of found.sort((a, b) => a.trigger.start - b.trigger.start)) {
      // claims of earlier sentences end before this one: compare with the recent ones only
      if (taken.slice(-12).some((t) => overlapsMuch(t, c.content))) continue;
      taken.push(c.content);
      claims.push(c);
    }
  }
  return { ...doc, claims };
}

// any trigger of a frame that counts outside reported speech, in one pattern
const ANY_TRIGGER = new RegExp(String.raw`\b(?:${[...new Set(CLAIM_FRAMES.filter((f) => !f.reportedOnly).map((f) => triggerSource(f.pattern)))].join('|')})`, 'u');

// Whether a quotation record covers part of the sentence.
function touchesQuote(doc: Doc, s: Sentence): boolean {
  for (let i = lowerBound(doc.quotes, s.end) - 1; i >= 0 && doc.quotes[i]!.start > s.start - 20_000; i--) {
    if (doc.quotes[i]!.end > s.start) return true;
  }
  return false;
}

// each frame's pattern compiled once, global, for exec
const GLOBAL_FRAMES: readonly (readonly [ClaimFrame, RegExp])[] = CLAIM_FRAMES.map((f) => [f, new RegExp(f.pattern.source, 'gu')] as const);

const overlapsMuch = (a: Span, b: Span): boolean => {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter > 0.5 * Math.min(a.end - a.start, b.end - b.start);
};

// what is asked for rather than who is asked ("requested a meeting to discuss ...")
const THING_ASKED = /^(?:(?:a|an|the|his|her|their|its|our|my|more|additional|further|federal|new|emergency)\s+)*(?:[\p{Ll}-]+\s+)?(?:meeting|meetings|hearing|hearings|review|investigation|study|vote|extension|waiver|briefing|report|audit|inquiry|delay|plan|opportunity|chance|time|funding|funds|money|grant|assistance|help|permission|exemption|information|documents|data|clarification|update|explanation|ballots?|records|copies|copy|leave|access|recount|loans?|refunds?|pardons?|aid|resources|equipment|tickets?)$/u;
// a text or a law with a restrictive relative clause opening the clause ("The budget resolution that
// just passed Congress calls for ...")
const THING_WITH_RELATIVE = /^[\s“"‘]*(?:(?:the|a|an|this|that|his|her|their|its|our|my)\s+)?(?:[\p{L}.'’-]+\s+){0,5}?(?:plan|bill|legislation|law|act|order|measure|provision|amendment|proposal|resolution|budget|program|programme|initiative|report|agreement|treaty|declaration|strategy|policy|rule|regulation|document|platform)s?(?:\s*,)?\s+(?:that|which)\s+[^,;:“”"]{1,80}(?:,\s*)?$/iu;
// a text or a situation before "calls for", perhaps with "which" or "also" between, or a phrase of
// its own ("The President's proposed budget for the coming year calls for ...")
const CALLING_THING = /\b(?:plan|bill|legislation|law|act|order|measure|provision|amendment|proposal|resolution|budget|program|programme|initiative|report|agreement|treaty|declaration|strategy|policy|rule|regulation|document|platform|event|situation|crisis|emergency)s?\b(?:\s+(?:for|of|on|in|from|before)\s+[^,.;:“”"]{1,40}?)?(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:also\s+|now\s+|specifically\s+)?$/iu;

// a subject that names an act by its noun, then what it acts on: "The designation of ...", "Passage of ..."
// what is expected of a thing: an effect it should have ("should help", "should serve as a reminder",
// "should make it easier", "should go a long way")
const EXPECTED_EFFECT = /^\s+(?:(?:really|also|greatly|certainly|further|significantly|surely|only)\s+)?(?:help|serve\s+as|make\s+it\s+(?:easier|harder|possible|clear)|lead\s+to|allow|enable|assist|result\s+in|go\s+a\s+long\s+way|benefit|boost|improve|bring|save|reduce|increase|strengthen|enhance|ensure|speed\s+up)\b/u;
// a particular thing, named with a definite or demonstrative determiner ("this report", "the measure")
const DEFINITE_THING = /^[\s“"‘]*(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Ii]ts|[Tt]heir)\s/u;
// things, their money and events that may have such an effect ("these new funds", "this FEMA aid", "today's horror")
const EFFECT_THING = /\b(?:project|funds?|funding|grants?|money|dollars|investment|facility|system|award|aid|resources|step|action|effort|decision|ruling|reading|horror|tragedy|news|deal|improvements?|upgrades?|changes?|reforms?|technology|research|study|partnership|center|centre)\s+(?:also\s+|really\s+)?$/iu;
// a thing that opens the sentence, a phrase or a relative clause after it, right before its verb
const THING_SUBJECT = /^[\s“"‘]*(?:(?:But|And|So|Also|Now|Today|Once\s+completed|In\s+addition),?\s+)?(?:The|This|That|These|Those|Such|Our|Its|Their)\s+(?:(?!(?:is|are|was|were|has|have|had)\s)[\p{L}\d$.,-]+\s+){0,3}?(?:funding|funds|money|grants?|dollars|investments?|projects?|facilit(?:y|ies)|clinics?|hospitals?|centers?|centres?|buildings?|roads?|bridges?|highways?|terminals?|airports?|plants?|stations?|laborator(?:y|ies)|programs?|programmes?|bills?|legislation|laws?|amendments?|measures?|provisions?|initiatives?|plans?|proposals?|budgets?|resolutions?|agreements?|reports?|studies|study|systems?|technolog(?:y|ies)|research)\b(?:\s+(?:that|which)\s+[^,;:.!?“”"]{1,120}|\s+(?:for|of|at|in|to|from)\s+(?:(?!,?\s+(?:and|but|or|so|while)\s+(?:I|we|you|he|she)\s)[^;:!?“”"]){1,60})?\s*$/u;
const ACT_NOUN_SUBJECT = /^[\s“"‘]*(?:(?:The|This|That|Its|Their|Our|Such|A|An|[Tt]he\s+\p{Ll}+)\s+)?(?:[Dd]esignation|[Cc]reation|[Ee]stablishment|[Pp]assage|[Cc]onstruction|[Ee]xpansion|[Ii]mplementation|[Aa]pproval|[Ee]xtension|[Cc]ompletion|[Ee]limination|[Rr]eduction|[Rr]epeal|[Aa]doption|[Ee]nactment|[Cc]losure|[Rr]eauthorization|[Rr]enewal|[Aa]cquisition|[Rr]estoration|[Rr]elocation|[Cc]onversion|[Rr]eform|[Aa]ddition|[Rr]emoval|[Ww]ithdrawal|[Dd]eployment|[Ii]ntroduction|[Ii]nclusion|[Dd]evelopment|[Oo]pening|[Aa]rrival|[Tt]ransfer|[Ss]ale|[Ll]aunch|[Rr]eturn|[Pp]resence)\s+of\s+[^,;:]*$/u;

function build(doc: Doc, s: Sentence, frame: ClaimFrame, m: RegExpMatchArray): Claim | null {
  const g = m.groups!;
  const tStart = s.start + m.index! + m[0].indexOf(g['trigger']!);
  const trigger: Span = { start: tStart, end: tStart + g['trigger']!.length };
  // (a letter printed in the article is its writers' words, as a quotation is its speaker's)
  const letter = doc.letters.length ? doc.letters.find((l) => l.start <= trigger.start && trigger.start < l.end) ?? null : null;
  const enclosing = enclosingQuote(doc, trigger.start) ?? (letter ? { quote: letterQuote(letter, s), index: -1 } : null);
  const quote = enclosing?.quote ?? null;
  if (frame.reportedOnly && !quote) return null;
  // the trigger must be a verb where the frame is verbal ("local press reported" has no appeal)
  if (VERBAL_RULES.has(frame.rule) && !isVerbAt(doc, trigger.start)) return null;
  const cStart = s.start + m.index! + m[0].length;
  // "to" before the content must introduce a verb ("requesting the rules to Elaine Chao" is no appeal)
  // (so must the word after the one asked in a subjunctive: "asked that the meeting remains open" has none)
  if ((frame.rule === 'urge-to' || (frame.rule === 'urge-that' && g['recipient'] !== undefined)) && !isVerbAt(doc, cStart)) return null;
  // ("the ships and aircraft the agency relies on to operate ...": a preposition stranded before the
  // infinitive has its object before it, in a relative clause; no one is appealed to)
  if (frame.rule === 'urge-to' && !m.groups?.['recipient'] && /^(?:rel|count)\p{L}*\s+on$/u.test(m.groups?.['trigger'] ?? '')) return null;
  // ("I swear to you, I was speechless": the one sworn to, no deed; a pronoun or a name after "to"
  // is no infinitive)
  if (frame.rule === 'pledge-to' && /\bto\s+$/u.test(m[0]) && /^(?:you|him|her|them|me|us|God|god)\b/u.test(doc.text.slice(cStart, cStart + 6))) return null;
  // (nor is a noun phrase after a promise or a pledge: "fulfilled their promises to our country" names
  // those it was made to; a commitment "to the fight against meth" is to a cause, and stays)
  if (frame.rule === 'pledge-to' && /^(?:promis|pledg|vow|swor|swear)/iu.test(g['trigger']!) && /\bto\s+$/u.test(m[0]) && /^(?:our|the|their|his|her|its|my|your|this|these|those|all|every|a|an)\s/u.test(doc.text.slice(cStart, cStart + 8))) return null;
  // (nor are delegates pledged to a candidate: a name after "to" is no deed; what was promised to the
  // one named follows "that", "Chertoff committed to Senator Akaka that DHS would finalize ...")
  let contentFrom = cStart;
  const promisedTo = frame.rule === 'pledge-to' && /\bto\s+$/u.test(m[0]) && !isVerbAt(doc, cStart) ? /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}.'’-]*(?<!['’]s?)(?=[\s,])/u.exec(doc.text.slice(cStart, cStart + 80)) : null;
  if (promisedTo) {
    const that = /^[^.;:!?]{0,80}?\bthat\s+/u.exec(doc.text.slice(cStart + promisedTo[0].length, s.end));
    if (!that) return null;
    contentFrom = cStart + promisedTo[0].length + that[0].length;
  }
  // ("I am encouraged to see young people ...", "I'm nevertheless encouraged to see": a feeling about
  // news, no appeal; and "I am encouraged to have the support of ...", "It's encouraging to have a
  // bipartisan breakthrough", said of the speaker or of "it", where "All citizens are encouraged to
  // watch for ..." and "Seniors ... must be strongly encouraged to have such a plan" are appeals)
  if (frame.rule === 'urge-to' && /^encourag/iu.test(g['trigger']!) && /(?:\b(?:am|is|are|was|were|be|been|feel|feels|felt)|['’](?:m|re|s))\s+(?:(?:\p{Ll}+ly|nevertheless|nonetheless|still|also|very|so|most|too|even|again)\s+){0,2}$/u.test(doc.text.slice(Math.max(s.start, tStart - 40), tStart))
    && (/^(?:see|hear|learn|know|read|find|note|report)\b/u.test(doc.text.slice(cStart, cStart + 8))
      || (/^(?:have|witness|watch|receive|discover)\b/u.test(doc.text.slice(cStart, cStart + 8)) && /(?:^|[^\p{L}])(?:I|[Ww]e|[Ii]t)(?:\s+(?:am|are|was|were|is|feel|felt)|['’](?:m|re|s))\s+(?:\p{Ll}+\s+){0,2}$/u.test(doc.text.slice(Math.max(s.start, tStart - 40), tStart))))) return null;
  // ("requesting a meeting to discuss BPA rates": a thing asked for, with its purpose, is the content
  // whole, and no one is its recipient)
  const askedThing = frame.rule === 'urge-to' && /^(?:request|ask)/iu.test(g['trigger']!) && g['recipient'] !== undefined && THING_ASKED.test(g['recipient']) ? s.start + m.index! + m[0].indexOf(g['recipient']) : -1;
  if (askedThing >= 0) contentFrom = askedThing;
  // ("the rats avoided pressing the preferred lever to shock another rat": a thing pressed is no one
  // appealed to; a person, a group or a body is)
  if (frame.rule === 'urge-to' && /^press/iu.test(g['trigger']!) && g['recipient'] !== undefined && !/\p{Lu}/u.test(g['recipient']) && !/^(?:him|her|them|us|me|you|it|each\s+other|one\s+another)$/u.test(g['recipient'])) {
    const head = /(\p{Ll}+)$/u.exec(g['recipient'])?.[1] ?? '';
    if (!isPeopleNoun(head) && !ROLE_NOUNS.has(head) && !ORG_NOUNS.has(head) && !ORG_NOUNS.has(head.replace(/s$/u, ''))) return null;
  }
  // ("urging him not to veto H.R. 810": the negation is part of what is asked, "not to veto H.R. 810")
  if (g['negated'] !== undefined) contentFrom = s.start + m.index! + m[0].lastIndexOf(g['negated'], m[0].length - 3);
  // ("Smith was asked for his views": one asked, by someone unnamed, makes no appeal; "Durbin should
  // ask for forgiveness" is the speaker's appeal to Durbin, "should")
  if (frame.rule === 'call-for' && /^ask/iu.test(g['trigger']!) && /\b(?:is|are|was|were|be|been|being|when|if|should|must|ought\s+to)\s+(?:\p{Ll}+ly\s+)?$/u.test(doc.text.slice(Math.max(s.start, tStart - 20), tStart))) return null;
  // ("an official who requested anonymity to discuss the talks": the source's terms, no appeal)
  if (/^request/iu.test(g['trigger']!) && /^\s+anonymity\b/u.test(doc.text.slice(trigger.end, trigger.end + 11))) return null;
  // inside a quotation, the content ends with it
  const qSpan = quote?.spans.find((sp) => sp.start <= trigger.start && trigger.start < sp.end);
  let content = contentSpan(doc, contentFrom, qSpan ? Math.min(s.end, qSpan.end) : s.end);
  // a trigger inside a phrase that opens the sentence ends with it, where the main clause's subject
  // begins: "Despite the repeated promises to consider this bill, Senator Frist has so far failed ..."
  if (content && OPENING_ADJUNCT.test(doc.text.slice(s.start, tStart))) {
    const main = /,\s+(?=(?:[\p{Lu}][\p{L}'’-]*|the|a|an|he|she|they|we|it|this|these|those|his|her|their|our|its)\s)/u.exec(doc.text.slice(content.start, content.end));
    if (main) content = contentSpan(doc, content.start, content.start + main.index);
  }
  // ("Resolutions calling for a change of course in Iraq have been introduced": a participle after its
  // noun ends before the main clause's verb)
  if (content) {
    const main = mainVerbAfterParticiple(doc, trigger, content.start, content.end);
    if (main >= 0) content = contentSpan(doc, content.start, main);
  }
  // (a content that only repeats its trigger says nothing: "It’s not much to ask")
  if (!content || wordCount(doc.text.slice(content.start, content.end)) < (frame.reportedOnly ? 2 : 1) || doc.text.slice(content.start, content.end).toLowerCase() === g['trigger']!.toLowerCase()) return null;
  // parties come after a dateline ("LAGOS, March 11 -") and inside the enclosing quotation
  const dateline = doc.boilerplate[findContaining(doc.boilerplate, s.start)];
  const sentenceFloor = dateline ? dateline.end : s.start;
  const floor = quote && quote.start > sentenceFloor && quote.start <= tStart ? quote.start : sentenceFloor;
  const subject = doc.text.slice(floor, trigger.start);
  // (the subject's own sentence: the words before the trigger since the last sentence end)
  const subjectSentence = subject.split(/[.!?]["”’]?\s+(?=[\p{Lu}“"‘])/u).at(-1)!;
  let parties = NOMINAL_FRAMES.has(frame.rule) ? possessor(doc, floor, trigger.start) ?? partiesOf(doc, floor, trigger.start, quote) : partiesOf(doc, floor, trigger.start, quote);
  // (the speaker the quotes stage found for the same verb, when the clause gives none or only a place:
  // "Sen. Russ Feingold today, in a letter to the President, urged him to ...", "She ... favors a
  // California proposal regulating ammunition and has promised to ...")
  // (a person or a group, not a text: "the Transformational Diplomacy Initiative, which called for")
  if (!parties.length || (parties.length === 1 && (placeOf(parties[0]!) !== undefined || regionOf(parties[0]!) !== undefined))) {
    const speaker = cueSpeaker(doc, trigger.start, true);
    if (speaker) parties = speaker;
  }
  // "agreed with Airbus to open a factory": the other side is a party too
  const withParty = frame.type === 'agreement' ? /\bwith\s+([^,]{1,40}?)\s+(?:in\s+principle\s+)?(?:to|on)\s*$/u.exec(m[0]) : null;
  if (withParty) {
    const ws = s.start + m.index! + m[0].indexOf(withParty[1]!);
    const other = mentionsIn(doc, ws, ws + withParty[1]!.length)[0];
    if (other) parties = [...new Set([...parties, other.entity !== null ? partyName(doc.entities[other.entity]!) : other.text])];
  }
  // ("the two leaders ... confirmed China’s willingness to play a constructive role": the one whose
  // willingness it is)
  if (frame.rule === 'confirmed-willingness') {
    const owner = /^\s+[\p{Lu}][\p{L}]*['’]s\s/u.exec(doc.text.slice(trigger.end, trigger.end + 40));
    const named = owner ? mentionsIn(doc, trigger.end, trigger.end + owner[0].length).find((x) => x.kind === 'name' && x.entity !== null) : undefined;
    if (named) parties = [partyName(doc.entities[named.entity!]!)];
  }
  let subjectRecipient: string | null = null;
  // ("High school students are encouraged to attend": a passive appeal is made to its subject, by
  // someone it does not name)
  // (its agent may follow it: "Domenici, who was personally invited last month by Chertoff to
  // accompany him": Chertoff appeals to Domenici)
  const passiveAux = frame.rule === 'urge-to' && /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+|also\s+|again\s+)?$/u.test(subject.slice(-40));
  const agentAt = passiveAux && g['recipient'] !== undefined ? /(?:^|\s)by\s+(?=\S)/u.exec(g['recipient']) : null;
  const passive = passiveAux && (!g['recipient'] || agentAt !== null);
  if (passive) {
    subjectRecipient = parties.join('; ') || null;
    parties = [];
    if (agentAt) {
      const phrase = s.start + m.index! + m[0].indexOf(g['recipient']!);
      const agent = mentionsIn(doc, phrase + agentAt.index + agentAt[0].length, phrase + g['recipient']!.length).find((x) => x.kind !== 'pronoun' && x.type !== 'place');
      if (agent) parties = [agent.entity !== null ? partyName(doc.entities[agent.entity]!) : agent.text];
    }
  }
  if (frame.speakerIsParty) {
    // "They need to stand by us" (Erdoğan): the speaker appeals, the subject is asked
    if (!quote?.speakerName) return null;
    subjectRecipient = parties.join('; ') || null;
    parties = [quote.speakerName];
  }
  // ("My office stands ready to assist," Cornyn said: the speaker's office)
  if (quote?.speakerName) parties = parties.map((x) => (/^(?:my|our)\s+(?:office|staff|campaign|team)$/iu.test(x) ? `${quote.speakerName}'s ${x.replace(/^\S+\s+/u, '')}` : x));
  // ("My Hometown Prosperity Plan calls for ...": the speaker's own plan calls for what the speaker does)
  if (quote?.speakerName && frame.rule === 'call-for' && /(?:^|[^\p{L}])(?:[Mm]y|[Oo]ur)\s+(?:[\p{L}-]+\s+){0,4}$/u.test(subject.replace(/\S+\s*$/u, '')) && CALLING_THING.test(subject.slice(-80))) parties = [quote.speakerName];
  // ("raising taxes on domestic energy producers would increase gas prices": an act named by a gerund
  // is no party)
  parties = parties.filter((x) => !/^\p{Ll}+ing\s/u.test(x));
  if (frame.reportedOnly && !parties.length) return null;
  // "The bill also calls for a review process", "this weather event calls for drastic measures",
  // "an amendment, which called for ...": what a text or a situation calls for is no party's appeal
  // (nor a name in the text's restrictive relative clause: "The budget resolution that just passed
  // Congress calls for deep cuts")
  if (frame.rule === 'call-for' && ((!parties.length && CALLING_THING.test(subject.slice(-80))) || THING_WITH_RELATIVE.test(subjectSentence))) return null;
  if (!parties.length && quote?.speakerName && frame.type !== 'agreement' && !passive) parties = [quote.speakerName];
  // ("Thank you for agreeing to discuss your findings": courtesy to the one thanked, no agreement)
  if (frame.type === 'agreement' && /\b(?:[Tt]hank(?:s|ed|ing)?(?:\s+(?:you|him|her|them|everyone|all))?|[Gg]rateful\s+(?:to\s+\S+\s+)?)\s+for\s+$/u.test(subject.slice(-40))) return null;
  // ("Thank you for agreeing to this interview": consent to a thing, with no party named, is no agreement)
  if (frame.rule === 'agree-to' && !parties.length && !isVerbAt(doc, cStart)) return null;
  // a pledge by "it", "this", "the bill" is no party's commitment: "will" needs its party right
  // before it ("we will", "Seoul and Beijing will"), not a thing or a relative clause
  // a question asked about the parties commits or binds no one: "it was unclear whether Sanders was
  // ready to follow that script", "asked whether Obama would veto it"
  // (not the main clause after a condition with a verb of its own: "If this closure does occur I stand
  // ready to work ...", "if necessary it should remain an option")
  const asked = /\b(?:whether|if)\s+((?:[^\s,;:]+\s+){1,6})$/iu.exec(subject.slice(-70));
  if (asked && !/^(?:necessary|needed|possible|elected|so|not|ever)\b|\b(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|want|wants|need|needs)\b|\p{Ll}{2,}ed\b/u.test(asked[1]!)) return null;
  // ("whether or not CFIUS, or the Congress, should grant approval": commas inside the question too)
  if (/\bwhether\s+or\s+not\s+[^.;:!?]{1,60}$/iu.test(subject.slice(-80))) return null;
  // a condition put by inversion binds no one either: "contact us should you need to discuss this"
  if (frame.reportedOnly && /\b(?:should|had|were)\s+(?:you|we|they|he|she|I|it)\s*$/u.test(subject.trimEnd().slice(-20))) return null;
  // nor what the subject of an object relative clause must or will do with the noun before it: "the
  // aid they need to start rebuilding", "the steps we should take", "the debt that we would pass on"
  // (not a phrase of time before the subject, "In the coming days we will meet ...", nor a hope the
  // speaker puts in a relative clause, "steps I hope Congress will take")
  if (frame.reportedOnly && frame.rule !== 'hope-will' && /(?<!\b(?:[Ii]n|[Oo]n|[Aa]t|[Ff]or|[Dd]uring|[Oo]ver|[Bb]y|[Ww]ithin|[Uu]ntil|[Aa]fter|[Bb]efore|[Ff]rom|[Tt]hrough)\s+)\b(?:the|a|an|any|all|this|these|those|more|other|every|what|whatever)\s+(?:(?!(?:and|or|but|that|which|who|whom|because|so|if|when|while|as|said|says|say|told|think|thinks|believe|believes|know|knows|hope|hopes)\s)[\p{Ll}-]+\s+){1,4}(?:they|we|you|I|he|she)\s*$/u.test(subject.trimEnd().slice(-90))) return null;
  // a question commits or binds no one: "Should elementary schools teach and encourage students to
  // play chess?", "Which individuals would you ask to be in your cabinet?"
  // (a clause that opens with a question word or an inverted auxiliary and ends with "?"; not a
  // statement whose last clause asks: "priests should follow strict rules, so why should ...?")
  // (a closing mark decoded twice ends in "?" after "â": "... Forests.â?" asks nothing)
  const clauseEnd = /(?<!â)[.!?](?=["”’)\]]*(?:\s|$))/u.exec(doc.text.slice(trigger.end, qSpan ? Math.min(s.end, qSpan.end) : s.end));
  // (or a clause after a comma that opens so: "..., so why should the bishops be exempt?")
  // (or asks about the party right before it: "She asked me how long I will just sit here and cry?")
  if (clauseEnd?.[0] === '?' && (QUESTION_OPENER.test(subject.split(/[.!?]["”’]?\s+(?=[\p{Lu}“"‘(])/u).at(-1)!) || QUESTION_OPENER.test(subject.split(/[,;:]\s+/u).at(-1)!) || /\b(?:why|what|how|which|who|whom|whose|when|where|whether)\b(?:\s+[^\s,;:]+){0,4}\s*$/iu.test(subject.slice(-50)))) return null;
  // an embedded question commits no one either: "The challenge of how we will look after our loved
  // ones ...", "decide whether they should ...", "unclear when the agency would act" (not what the
  // speaker states, "This is how we will win", nor a free relative, "an example of what America should do")
  if (/(?:\b(?:of|about|on|over|as\s+to|know|knows|knew|decide|decides|decided|determine|determined|discuss|discussed|consider|considering|ask|asks|asked|wonder|wonders|wondered|question|questions|unclear|uncertain|unsure|sure|see|seen|clear|explain|explained|understand|debate|debating)\s+(?:how|when|where|whether|why)|(?:^|[^\p{L}])(?:How|Whether))\s+(?:[\p{L}'’-]+\s+){1,4}$/u.test(subject.slice(-60))) return null;
  // (what "this" or "that" must do is no appeal to anyone: "This must bring glee to terrorists"; "it"
  // may be an organisation, "It must make more progress" of a laboratory, and stays)
  if ((frame.rule === 'should-do' || frame.rule === 'need-to') && /(?:^|[^\p{L}])(?:this|that|which)\s*(?:also\s+)?$/iu.test(subject.trimEnd().slice(-20))) return null;
  // ("This $35 million award should really help ...", "these new funds should help communities ...",
  // "This report should serve as a galvanizing force ...": what a particular thing should bring about is
  // expected of it, and asks nothing of anyone; what any such thing should do is a position, "any welfare
  // reform bill should help prepare ...", "our immigration laws should allow ...", and so is what a thing
  // should be made to do, "The law should expand benefits - not reduce them")
  if (frame.rule === 'should-do' && /^should$/iu.test(doc.text.slice(trigger.start, trigger.end)) && EXPECTED_EFFECT.test(doc.text.slice(trigger.end, trigger.end + 48)) && DEFINITE_THING.test(subject.slice(-80).split(/[,;:]|[.!?]["”’]?\s|\b(?:that|said|says|say|believe|believes|think|thinks|expect|expects|and|but|or)\b/u).at(-1)!)
    && (CALLING_THING.test(subject.slice(-80)) || EFFECT_THING.test(subject.slice(-40)) || ACT_NOUN_SUBJECT.test(subjectSentence))) return null;
  if (frame.rule === 'will-do' || frame.rule === 'intend-to') {
    if (/\b(?:it|this|that|there|which|what|who|and|or)\s*(?:also\s+)?$/iu.test(subject.trimEnd())) return null;
    // a forecast is no commitment ("he will likely lose this case", "we would probably ..."), nor is a
    // comparison ("more welcoming than Iran would ever be")
    if (frame.rule === 'will-do' && /^\s+(?:(?:most|very|quite|more|less)\s+)?(?:likely|probably|possibly|perhaps|maybe|ever)\b/u.test(doc.text.slice(trigger.end, trigger.end + 18))) return null;
    // (the adverb may come first, "they probably will restore ...", and a counterfactual commits no one:
    // "otherwise I would be playing for tournaments")
    if (frame.rule === 'will-do' && /\b(?:likely|probably|possibly|perhaps|maybe|otherwise)\s+(?:[\p{L}'’]+\s+)?$/u.test(subject.slice(-30))) return null;
    // (and what befalls the subject after an adverb: "Canada will now have a fair amount of time")
    const afterAdverb = frame.rule === 'will-do' ? /^\s+(?:now|still|then|soon|finally|always|forever|once\s+again|again|\p{Ll}+ly)\s+(\p{Ll}+)/u.exec(doc.text.slice(trigger.end, trigger.end + 40)) : null;
    if (afterAdverb && BEFALLS.test(afterAdverb[1]!)) return null;
    if (/\bthan\s+(?:[\p{L}.'’-]+\s+){1,4}$/u.test(subject.slice(-50))) return null;
    // (nor an equal comparison: "as many tournaments as I would want")
    if (/\bas\s+(?:[\p{L}'’-]+\s+){1,4}as\s+(?:[\p{L}'’-]+\s+){1,3}$/u.test(subject.slice(-70))) return null;
    // (nor one in an object relative clause, "the bill that we would pass on to our children", nor
    // a gerund's: "Increasing production of these sources will help ...")
    if (/\b(?:bill|legislation|law|plan|debt|deficit|burden|legacy|money|program|policy|budget|cost|price|mess|problem)s?\s+(?:that|which)\s+(?:we|I|they|he|she|you)\s*$/u.test(subject.trimEnd())) return null;
    // (nor one with no "that" when a noun phrase opens the sentence: "The programs he will now administer
    // have ..."; not a time, "This year we will ...")
    if (/^[\s“"‘]*(?:The|These|Those|Our|His|Her|Their|Its|My|Any|Every|Each|Some|Many|All)\s+(?:(?!(?:is|are|was|were|be|been|has|have|had)\s)[\p{Ll}-]+\s+)?(?!(?:year|years|week|weeks|month|months|time|times|day|days|session|summer|fall|spring|winter|weekend|morning|afternoon|evening|night|way|end)\s)\p{Ll}[\p{Ll}-]*\s+(?:he|she|they|we|I|you)\s*$/u.test(subjectSentence)) return null;
    // (nor what a law or a bill would do, named or not: "The Digital Low Power Television Transition Act
    // would address these needs")
    if (/(?:\b(?:Act|Bill|Amendment|Resolution)|\b(?:bill|legislation|law|act|amendment|measure|provision|proposal|program|programme|plan|initiative|budget|funding|grant|funds|project))s?\s+(?:also\s+|now\s+|only\s+)?$/u.test(subject.trimEnd() + ' ')) return null;
    if (/^[\s“"‘]*\p{Lu}\p{Ll}+ing\s+(?!(?:that|who|which)\b)\p{Ll}[^,;:]*$/u.test(subjectSentence)) return null;
    // (nor what an act would bring about, named by its noun: "The designation of a John Smith Watertrail
    // would expand educational opportunities", "Passage of this bill will ensure ...")
    if (ACT_NOUN_SUBJECT.test(subjectSentence)) return null;
    // nor is what someone else hopes or expects of the party: "I hope the President will reconsider"
    // (or believes of them, which a letter's paragraph no longer marks as a belief: "I understand that
    // the Martinsville Fire and EMS, if their grant application is approved, will use the grant ...",
    // "I think all Virginians will love this museum")
    if (/\b(?:hope|hopes|hoped|hopeful|expect|expects|expected|trust|wish|confident|confidence|optimistic|think|thinks|believe|believes|understand|understands|assume|assumes|suspect|suspects|accept|accepts|realize|realizes|realise|realises|fear|fears|predict|predicts|predicted|doubt|doubts|(?:I|we|you|they|he|she)\s+(?:\p{Ll}+\s+)?(?:know|knew)|am\s+told|my\s+understanding|guarantee\s+you|submit|submits|imagine|suppose|bet)\s*,?\s+(?:that\s+)?(?!(?:and|or|but)\s)(?:[\p{L}.'’-]+\s+){0,5}[\p{L}.'’-]+\s*$/u.test(subjectSentence.slice(-120).replace(/,[^,]{1,60},\s*$/u, ' '))) return null;
    // (nor a habit in the past, "Every day I would clean it", "I would always hope ...", nor a rule,
    // "the Secretary of State would normally succeed the governor", nor the result
    // of a manner, "in such a way that also the colleagues would believe it")
    if (/^would$/iu.test(doc.text.slice(trigger.start, trigger.end)) && (/(?:^|[^\p{L}])(?:every\s+(?:day|time|week|morning|night|year)|whenever|usually|often|sometimes)\b[^.;:!?]{0,50}$/iu.test(subject.slice(-80)) || /^\s+(?:always|usually|often|sometimes|never|normally|typically|generally|automatically|ordinarily)\b/u.test(doc.text.slice(trigger.end, trigger.end + 14)))) return null;
    if (/\b(?:so|such\s+(?:a\s+)?way|in\s+order)\s+that\s+[^.;:!?]{0,80}$/u.test(subject.slice(-100))) return null;
    // (nor what another makes sure of: "She led a life dedicated to ensuring America will one day make
    // good on that promissory note", "we must ensure that the VA will ...")
    if (/\b(?:ensur(?:e|es|ed|ing)|mak(?:e|es|ing)\s+sure|made\s+sure|guarantee(?:s|d|ing)?|see(?:s|ing)?\s+to\s+it)\s+(?:that\s+)?(?:[\p{L}.'’-]+\s+){1,6}$/u.test(subject.slice(-90))) return null;
    // (nor what the speaker deplores or wonders at: "it's disappointing that many of my colleagues in the
    // Senate would choose to fund their own earmarked projects")
    if (/\b(?:disappointing|disappointed|unfortunate|sad|troubling|outrageous|surprising|surprised|shameful|a\s+shame|regrettable|unacceptable|appalling|ironic)\s+that\s+[^.;:!?]{1,90}$/u.test(subject.slice(-120))) return null;
    // (nor one the speaker vouches for after it: "Mr. Roper will do an outstanding job, I'm sure")
    if (/^[^.;!?]{1,120}?,\s+(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:sure|certain|confident|convinced)\b/u.test(doc.text.slice(trigger.end, trigger.end + 160))) return null;
    // (nor what the subject does to the noun of an object relative clause: "(which Comcast and The
    // DISH Network will carry)")
    if (/\bwhich\s+(?!(?:is|was|means|meant)\b)(?:[^\s,;:()]+\s+){1,6}$/u.test(subject.slice(-60))) return null;
    // (or a "whose" one: "Bob Bullock, whose name Pete will recognize")
    if (/\bwhose\s+(?:[^\s,;:()]+\s+){2,6}$/u.test(subject.slice(-60))) return null;
    // (a judgment of someone is no commitment of theirs: "Reed O'Connor will make an outstanding federal judge")
    if (frame.rule === 'will-do' && /^\s+make\s+(?:a|an)\s+(?:(?:very|truly|really)\s+)?(?:excellent|outstanding|great|fine|good|terrific|superb|wonderful|strong|tremendous|exceptional|superior|able|first-rate|valuable|fantastic|formidable)\b/u.test(doc.text.slice(trigger.end, trigger.end + 50))) return null;
    // (nor what the speaker feels about: "I am honored that Forbes Magazine would include me", "we
    // are surprised to learn that Secretary Rice will stop only briefly", "it is so baffling that
    // Republicans would precipitate ...")
    if (/\b(?:pleased|glad|happy|honou?red|delighted|proud|grateful|thankful|disappointed|sorry|surprised|saddened|troubled|encouraged|heartened|thrilled|relieved|baffling|troubling|disturbing|disappointing|surprising|astonishing|unfortunate|regrettable|outrageous|shameful|appalling|ironic)\s+(?:to\s+(?:learn|hear|see|read|find|know)\s+)?(?:that\s+)?(?:[\p{L}.'’-]+\s+){1,4}$/u.test(subject.slice(-60))) return null;
    // (nor what a prospect or a fear is about: "disappointed by the prospect that the President will veto ...")
    if (/\b(?:prospect|possibility|likelihood|chance|chances|risk|fear|fears|threat|danger|news|fact|assumption|expectation)\s+that\s+(?:[\p{L}.'’-]+\s+){1,4}$/u.test(subject.slice(-70))) return null;
    // a belief is no commitment: "Thomas believes the U.S. would benefit"; nor is what a poll or a
    // record shows: "a Morning Consult poll found that he would draw from Clinton's support"
    if (quote?.flags.includes('belief') || quote?.flags.includes('intent') || quote?.flags.includes('document')) return null;
    // nor is a forecast: "The NHC predicted that Humberto would pass by Bermuda", "Trump predicted he would win"
    if (quote?.cue && quote.kind !== 'direct' && /^(?:predict|forecast|project|estimat|anticipat|expect)/iu.test(doc.text.slice(quote.cue.start, quote.cue.end))) return null;
    const ref = speakerBefore(doc, trigger.start, floor);
    // the name must be the subject, not the object of a preposition ("cooperation with China will")
    const adjacentNames = mentionsIn(doc, Math.max(floor, trigger.start - 60), trigger.start)
      .some((x) => /^\s*(?:also\s+)?$/u.test(doc.text.slice(x.end, trigger.start)) && !/\b(?:with|of|for|to|from|by|in|on|at|about|against|between|after|before|into|over|under|through|like|than)\s+(?:the\s+)?$/iu.test(doc.text.slice(Math.max(0, x.start - 12), x.start)));
    if (!ref && !adjacentNames) return null;
    if (ref && ref.mention.kind === 'nominal' && ref.type !== 'organization' && !ref.name) return null;
    // (nor one described by an indefinite noun phrase, someone of a kind: "“A wise Latina woman with the
    // richness of her experience would more often than not reach a better conclusion ...”")
    if (ref && ref.mention.kind === 'nominal' && /^(?:a|an)\s/iu.test(ref.mention.text)) return null;
    // (nor a text, a program or its money, whatever noun list holds it: "the project will provide
    // safe drinking water", "this funding will help")
    if ((!ref || ref.mention.kind !== 'name') && (CALLING_THING.test(subject.slice(-80)) || /\b(?:project|funds?|funding|grants?|money|investment|facility|system)\s+(?:also\s+)?$/iu.test(subject.slice(-40)))) return null;
    // (nor one whose relative clause or phrase stands between it and the verb, a name inside them
    // or not: "The funding that Senator Johnson and I secured for Restoring the Balance will help ...",
    // "This funding for Elkton Locker, Inc. will help ...", "This new VISN 19 clinic would go a long way ...")
    if (THING_SUBJECT.test(subjectSentence)) return null;
    // (nor what someone will find out: "As the Commission will discover, Ellsworth is ..."; a hedge that
    // states a view, "I would expect that ...", "I'll tell you what", is no pledge by the frame's own pattern)
    if (/^[\s“"‘]*(?:(?:And|But|So)\s+)?As\s+(?:[\p{L}.'’-]+\s+){1,4}$/u.test(subjectSentence) && /^\s+(?:(?:soon|surely|quickly|no\s+doubt)\s+)?(?:discover|see|know|recall|remember|note|learn|find|hear|agree|understand|appreciate|notice|realize|attest)\s*,/u.test(doc.text.slice(trigger.end, trigger.end + 40))) return null;
    if (ref && ref.mention.kind === 'name' && /\b(?:with|of|for|to|from|by|in|on|at|about|against|between|after|before|into|over|under|through|like|than)\s+(?:the\s+)?$/iu.test(doc.text.slice(Math.max(0, ref.mention.start - 12), ref.mention.start))) return null;
    // (a named thing is no party either, a country or a state is: "the Marriage Amendment would
    // ensure ...", "the Joint Resolution would work ...")
    if (ref && ref.mention.kind === 'name' && ref.type === 'place' && !placeOf(ref.mention.text) && !regionOf(ref.mention.text)) return null;
  }
  // "I must answer you directly": an obligation the speaker puts on themself is no appeal
  // ("We must hold those guilty responsible" too, the pronoun capitalised)
  // (but "we hope you will ..." is the speaker's appeal to the one hoped of)
  if (frame.speakerIsParty && frame.rule !== 'hope-will' && /\b(?:I|[Ww]e)\b(?:\s+[\p{Ll}]+){0,2}\s*$/u.test(subject.trimEnd())) return null;
  // (in a letter, its "I" and "we" are the writers and its "you" the one addressed)
  if (letter && (!parties.length || parties.every((x) => /^(?:I|we|We|us)$/u.test(x)) || (parties.length === 1 && parties[0] === quote?.speakerName && quote?.flags.includes('letter') === true))) parties = [...letter.writers];
  // (a joint speaker is its members: "Thomas and Enzi believe ..., but said South Korea must ..." has two parties)
  if (quote && quote.flags.includes('joint')) parties = [...new Set(parties.flatMap((x) => (x === quote.speakerName ? jointMembers(doc, quote) : [x])))];
  const recipient0 = g['recipient'] && askedThing < 0 && !passive ? recipientName(doc, s.start + m.index! + m[0].indexOf(g['recipient']), g['recipient'], parties) : subjectRecipient;
  const recipient = letter && recipient0 !== null && /^you$/iu.test(recipient0) ? letter.addressee : recipient0;
  const between = subject.slice(Math.max(0, subject.length - 40)) + ' ' + g['trigger'];
  const polarity = NEGATION.test(between) ? 'negated' : 'affirmed';
  const modality = modalityOf(doc.text.slice(s.start, trigger.end), frame);
  return {
    type: frame.type, trigger, content, parties, recipient, sentence: s.index, polarity, modality,
    reportedBy: quote?.speakerName ?? reporterOf(doc, s) ?? null,
    quote: enclosing && enclosing.index >= 0 && enclosing.quote.kind !== 'indirect' ? enclosing.index : null,
    cameo: frame.cameo, plover: frame.plover,
    confidence: Math.round(frame.confidence * (parties.length ? 1 : 0.7) * 100) / 100, rule: frame.rule,
  };
}

// a phrase that opens the sentence before its main clause, with no comma yet (after any quotation mark)
const OPENING_ADJUNCT = /^[\s“"‘]*(?:Despite|In\s+spite\s+of|Although|Though|Even\s+though|While|Whereas|After|Before|Since|Because|Following|Amid|Without|Notwithstanding)\s[^,;:]*$/u;

// the opening of a direct question, after any quotation mark or transcript tag ("((WN))")
const QUESTION_OPENER = /^[\s“"‘]*(?:\(\([^)]{1,40}\)\)\s*:?\s*)?(?:(?:and|but|so|then|in|to|for|of|at|by|from|with|on|about)\s+)?(?:why|what|how|which|who|whom|whose|when|where|should|shall|will|would|can|could|do|does|did|is|are|was|were|have|has|had|may|might|must)\b/iu;

function modalityOf(prefix: string, frame: ClaimFrame): Modality {
  if (CONDITIONAL.test(prefix)) return 'conditional';
  if (HYPOTHETICAL.test(prefix.slice(-60))) return 'hypothetical';
  if (frame.rule === 'will-do' || /\b(?:will|shall|would)\s+(?:\S+\s+)?$/u.test(prefix.slice(-40))) return 'future';
  return 'asserted';
}

function contentSpan(doc: Doc, start: number, end: number): Span | null {
  const rest0 = doc.text.slice(start, end);
  const mark = END_MARK.exec(rest0);
  const rest = mark ? rest0.slice(0, mark.index) : rest0;
  const stop = contentStop(rest);
  let e = stopAtCoordinatedVerb(doc, start, start + (stop ? stop.index : rest.length), 1);
  // ("Trump's promises to deport immigrants and build a wall have put the issue ...": a perfect after the
  // infinitive's object, with no clause of its own opened before it, is the main clause's verb)
  const perfect = /\bto\s*$/u.test(doc.text.slice(Math.max(0, start - 6), start)) ? MAIN_PERFECT.exec(doc.text.slice(start, e)) : null;
  if (perfect && !/\b(?:that|which|who|whom|whose|if|whether|because|when|while|as|since|so|where|what|how|why|we|I|he|she|they|it|you)\b/iu.test(doc.text.slice(start, start + perfect.index))) e = start + perfect.index;
  let s = start;
  while (s < e && /[\s,“"‘']/u.test(doc.text[s]!)) s++;
  while (e > s && /[\s.,;:!?”"’'—–-]/u.test(doc.text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

const MAIN_PERFECT = /(?<!\b(?:would|will|could|should|might|may|must|to|not|and|or))\s+(?:have|has)\s+(?:\p{Ll}+ed|put|been|made|become|left|led|given|taken|drawn|brought|kept|set|cost|hit|won|lost|got|gotten|sent|spent|thrown)\b/u;
const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

// A letter read as its writers' quotation: the sentence is its span, the writers its speaker.
function letterQuote(letter: Letter, s: Sentence): Quote {
  return {
    kind: 'direct', start: s.start, end: s.end, spans: [{ start: s.start, end: s.end }], fragments: [], speaker: null, speakerName: joinNames(letter.writers),
    speakerType: letter.writerType, speakerRole: null, cue: null, addressee: letter.addressee, paragraph: s.paragraph, sentence: s.index,
    confidence: 1, flags: ['letter'], rule: 'letter',
  };
}

/** The innermost quote record whose content covers `offset`, with its index. */
function enclosingQuote(doc: Doc, offset: number): { quote: Quote; index: number } | null {
  let best: { quote: Quote; index: number } | null = null;
  // quotes are sorted by start: only those starting shortly before the offset can cover it
  for (let i = lowerBound(doc.quotes, offset + 1) - 1; i >= 0 && doc.quotes[i]!.start > offset - 20_000; i--) {
    const q = doc.quotes[i]!;
    if (q.spans.some((sp) => sp.start <= offset && offset < sp.end) && (!best || q.end - q.start < best.quote.end - best.quote.start)) best = { quote: q, index: i };
  }
  return best;
}

// The speaker of an attribution in the same sentence ("..., Kang said").
function reporterOf(doc: Doc, s: Sentence): string | null {
  for (let i = lowerBound(doc.quotes, s.start); i < doc.quotes.length && doc.quotes[i]!.start < s.end; i++) {
    const q = doc.quotes[i]!;
    if (q.sentence === s.index && q.speakerName) return q.speakerName;
  }
  const q = doc.quotes.find((x) => x.sentence === s.index && x.speakerName && x.start < s.start);
  return q?.speakerName ?? null;
}

const GROUP_PAIR = /\b(?:the\s+two|both|the)\s+(?:leaders|sides|presidents|countries|nations|governments|parties|ministers|heads\s+of\s+state|delegations|neighbo(?:u)?rs|allies)\s*$/iu;
const LEADERS_OF = /\b(?:the\s+)?(?:leaders|presidents|heads|governments|representatives|officials|foreign\s+ministers|delegations)\s+of\s+(.+?)$/iu;
const ADJUNCTS = /(?:\s+(?:(?:continu|beg[ia]n|start|tr(?:y|ie)|plan|want|seek|sought|mov|vot|decid|hop|work|seem|appear|aim)\w*\s+to|are|is|was|were|been|being|refus\w*\s+to|declin\w*\s+to|fail\w*\s+to|(?:do|does|did)\s+not|\w+n['’]t|on\s+[\p{Lu}][\p{L}]+|also|today|yesterday|jointly|formally|officially|finally|then|again|have|has|had|will|would|could|did|do|does|not|never|already|previously|recently|now|each|both|all|reportedly|once\s+again|earlier|later|last\s+\w+|this\s+\w+|therefore|thus|hence|further|(?!(?:family|ally|rally|supply|assembly|bully|reply|monopoly|anomaly|belly|jelly|folly|holly|lily)\b)\p{Ll}{2,}ly))+\s*$/u;

// a name inside a prepositional phrase, titles and a day aside ("with the support of Senator Thune",
// "development in South Dakota"; not "on Sunday Presidents Muhammadu Buhari")
const IN_PHRASE = withTimeWords(/\b(?:in|of|for|with|from|to|by|at|on|about|into|under|over|across|throughout)\s+(?:the\s+)?(?!(?:WEEKDAY|MONTH)\b)(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u);

// (but the members of a body stand for it: "all member countries of OPEC")
const MEMBERS_OF = /\b(?:members?|member\s+(?:countries|states|nations)|countries|states|nations|governments|leaders|heads)\s+of\s+(?:the\s+)?$/u;

// ("U.S. Sen. Bob Casey on Tuesday")
const TRAILING_DAY = withTimeWords(/\s+(?:on\s+|last\s+|this\s+)?(?:WEEKDAY|(?:MONTH)\s+\d{1,2}(?:,\s*\d{4})?)\s*$/u);

// Those named as acting with the subject, in a phrase that starts at `start`: the names that end it
// ("Senators Patty Murray and Ron Wyden", "Sen. Larry Craig (R-Idaho) and Baucus"), or the phrase
// itself when it is a group ("other Senate energy leaders", "many other nations"); none for anything
// else ("the immediate stimulus payments"). Names that qualify the phrase's noun are not its people,
// nor the place of a group ("a bipartisan group of her colleagues in the Senate").
function companions(doc: Doc, start: number, phrase: string): string[] {
  const bare = phrase.replace(TRAILING_DAY, '').replace(/\s*\([^()]{1,30}\)\s*$/u, '');
  if (/\p{Lu}[\p{L}.'’-]*$/u.test(bare) && !/\b(?:in|of|from|at|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*(?:and\s+(?:the\s+)?)?)+$/u.test(bare)) {
    const named = mentionsIn(doc, start, start + phrase.length).filter((x) => x.entity !== null);
    if (named.length) return [...new Set(named.map((x) => partyName(doc.entities[x.entity!]!)))];
  }
  const people = /\b([\p{L}-]+)(?:\s+(?:in|of|from|at|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*(?:and\s+(?:the\s+)?)?)+)?$/u.exec(bare)?.[1] ?? '';
  const head = people.toLowerCase();
  return GROUP_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/u, '')) ? [bare] : [];
}

// "Senator Cantwell, along with Senators Murray and Wyden, today urged ...", "Along with many other
// nations, we are asking ...": the phrase in "along with" or "together with" next to the subject names
// others who act with it. The subject is read without the phrase, and they join its parties.
function withCompanions(doc: Doc, floor: number, at: number): { floor: number; at: number; others: string[] } | null {
  const pre = doc.text.slice(floor, at).replace(/[\s“"‘”]+$/u, '').replace(ADJUNCTS, '');
  // (within the clause: no sentence ends inside the phrase, "Sen. Larry Craig" aside)
  // (a comma only in a list of names: not "top leaders representing minority groups, also wrote to Lynch,")
  const inner = /,\s*(?:along|together)\s+with\s+((?:[^,;:“”"().!?]|,\s*(?=(?:and\s+)?\p{Lu})|\([^()]{1,30}\)|(?<=(?:^|[\s(])(?:\p{Lu}|Sen|Sens|Rep|Reps|Gov|Mr|Mrs|Ms|Dr|St|Lt|Gen|Col|Jr))\.)+?),\s*$/u.exec(pre);
  if (inner && inner.index > 0) {
    const phraseAt = floor + inner.index + inner[0].indexOf(inner[1]!);
    return { floor, at: floor + inner.index, others: companions(doc, phraseAt, inner[1]!) };
  }
  // (the subject right after it: not "Along with Senator Thune ..., I believe that ... America must")
  const fronted = /(?:^|[.!?]["”’]?\s+)(?:Along|Together)\s+with\s+([^,;:.!?“”"]{1,100}),\s*(?=(?:\S+\s+){0,4}\S+$)/u.exec(pre);
  if (fronted) {
    const phraseAt = floor + fronted.index + fronted[0].indexOf(fronted[1]!);
    return { floor: floor + fronted.index + fronted[0].length, at, others: companions(doc, phraseAt, fronted[1]!) };
  }
  return null;
}

/** The parties before a trigger: coordinated names and groups, "the two leaders", a pronoun. */
function partiesOf(doc: Doc, floor: number, at: number, quote: Quote | null): string[] {
  const withOthers = withCompanions(doc, floor, at);
  if (withOthers) {
    const main = partiesOf(doc, withOthers.floor, withOthers.at, quote);
    return main.length ? [...new Set([...main, ...withOthers.others])] : main;
  }
  // "Hungary licensed Czech technology ..., then agreed with Airbus": a verb coordinated with the
  // main one has the sentence's subject
  const near = doc.text.slice(Math.max(floor, at - 30), at);
  // "..., urging him to", "wrote to the embassy asking to": a participle adjunct
  // (and one of means after "by", when the quotes stage has read its speaker: "continued to fight for
  // ... the Recapitalization program by asking the Committee to ...")
  const participle = /^\p{Ll}+ing\b/u.test(doc.text.slice(at, at + 20)) && (!/\b(?:is|are|was|were|be|been|the|a|an|of|for|by|about|from)\s*$/iu.test(near) || (/\bby\s*$/u.test(near) && cueSpeaker(doc, at, false) !== null));
  // ("met with Secretary Chertoff in a renewed effort to urge ...": an infinitive of purpose too)
  const purpose = /\b(?:effort|efforts|bid|attempt|attempts|push|order|move|campaign|drive|plea|letter)\s+to\s+$/u.test(near);
  if (participle || purpose || /(?:,\s*(?:then|later|subsequently|finally)|\band|\bbut)\s+(?:then\s+|also\s+|later\s+)?$/u.test(near)) {
    // the subject: the first person or organisation named (a dateline is no subject); but "I" or "we"
    // opening the last of the sentences a quotation holds is the speaker ("The genocide in Darfur has
    // become ... . I'm encouraged that ... and urge my colleagues to ...")
    // ("Sen. Maria Cantwell led other Senate energy leaders in urging ...", "Snowe joined Senator
    // Collins in urging ...": those led or joined act too)
    // (not the passive, "were joined by community leaders in calling ...")
    const led = participle ? /(?<!\b(?:was|were|been|be|is|are)\s+)\b(?:led|leads|joined|joins)\s+(?:with\s+)?(?!by\s)([^,;:]{1,60}?)\s+in\s+$/u.exec(doc.text.slice(Math.max(floor, at - 90), at)) : null;
    if (led) {
      const ledAt = at - led[0].length + led[0].lastIndexOf(led[1]!);
      const verbAt = at - led[0].length + /\b(?:led|leads|joined|joins)\b/u.exec(led[0])!.index;
      // (the subject right before the verb, a title, a bracket or an adverb between: not "the inventor
      // of the President's proposal for Social Security has joined Democrats ...")
      const subject = mentionsIn(doc, floor, verbAt).filter((x) => x.entity !== null && (x.type === 'person' || x.type === 'organization' || x.type === 'group')).at(-1);
      const close = subject !== undefined && !/\b(?:for|of|in|to|with|by|from|at|on|about)\s+(?:the\s+)?$/iu.test(doc.text.slice(Math.max(0, subject.start - 12), subject.start)) && /^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*[^,]{1,50},\s*)?(?:(?:today|also|has|have|had|recently|again|then|\p{Ll}+ly)\s+)*$/u.test(doc.text.slice(subject.end, verbAt));
      // (names that end the phrase, not ones that qualify its noun, "other Senate energy leaders", nor
      // the place of a group, "a bipartisan group of her colleagues in the Senate")
      const others = companions(doc, ledAt, led[1]!);
      if (subject && close && others.length) return [...new Set([partyName(doc.entities[subject.entity!]!), ...others])];
    }
    // (the participle is a cue of speech the quotes stage has read, with the fronted phrases, dashes and
    // letters it knows: its speaker is the subject. "A leader in urging the U.S. to expand cooperation
    // with China, Cantwell authored a letter ..., urging him to ...")
    const speaker = participle ? cueSpeaker(doc, at, false) : null;
    if (speaker) return speaker;
    const stops = quote?.kind === 'direct' ? [...doc.text.slice(floor, at).matchAll(/(?<=\p{Ll}{2})[.!?]["”’]?\s+(?=[\p{Lu}“"])/gu)] : [];
    const local = stops.length ? floor + stops.at(-1)!.index + stops.at(-1)![0].length : floor;
    const inClause = mentionsIn(doc, floor, at).filter((x) => findContaining(doc.boilerplate, x.start) < 0);
    // (not a possessive, not the object of a preposition)
    const subjectLike = (x: Mention): boolean => !/^['’]s?\b/u.test(doc.text.slice(x.end, x.end + 2)) && !objectOfPreposition(doc, x);
    // (in the quotation's first sentence too, when no clause of another subject comes between: "We have
    // quickly approved the White House's two previous selections ... and were prepared to do so again";
    // not "I understand Senator Kerry is in Davos,. He shouldn't be ... calling for", "I am pleased that
    // the parties came together ... and reached")
    const opening = doc.text.slice(local, at);
    const opener = /^[\s“"‘]*(?:I|We)\b/u.exec(opening);
    const ownClause = opener !== null && !/\b(?:he|she|they|it|He|She|They|It|that|because|since|when|if|who|which|while|although|though|whether)\b/u.test(opening) && !inClause.some((x) => x.start >= local && subjectLike(x));
    if (quote?.speakerName && opener && (local > floor || ownClause)) return [quote.speakerName];
    // (outside a quotation, the statement's maker, as for "I urge ...")
    if (!quote && ownClause) {
      const ref = speakerBefore(doc, local + opener![0].length, floor);
      return ref?.name && ref.mention.kind === 'pronoun' && !/^(?:I|we|We|us|me)$/u.test(ref.name) ? [ref.name] : [];
    }
    // (a pronoun opening the clause is its subject: "She criticized the Top Two election policy ... and
    // called for ...")
    const pronounSubject = /^[\s“"‘]*(He|She|They)\s+\p{Ll}/u.exec(doc.text.slice(floor, at));
    if (pronounSubject) {
      const p = pronounSubject[1]!.toLowerCase();
      const a = antecedent(doc, floor, p === 'they' ? 'group' : 'person', p);
      if (a) return [partyName(doc.entities[a.index]!)];
    }
    // (nor a name that qualifies the noun after its article: "favors a California proposal ... and has promised")
    const modifier = (x: Mention): boolean => /\b(?:a|an)\s+$/u.test(doc.text.slice(Math.max(0, x.start - 4), x.start)) && /^\s+\p{Ll}{3,}/u.test(doc.text.slice(x.end, x.end + 12));
    const first = inClause.find((x) => subjectLike(x) && !modifier(x)) ?? inClause.find((x) => !modifier(x));
    if (first && first.start - floor < 40 && first.entity !== null) {
      // (a coordinated subject: "the United States and Japan negotiated an agreement ..., agreeing to ...")
      // (commas alone, with no "and" closing the list, make none: "Smith, Texas, ...")
      const names = [partyName(doc.entities[first.entity]!)];
      let closed = false;
      for (let k = inClause.indexOf(first) + 1, prev = first; k < inClause.length && !closed; k++) {
        const x = inClause[k]!;
        const gap = doc.text.slice(prev.end, x.start);
        if (x.entity === null || x.kind !== 'name' || !/^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u.test(gap)) break;
        names.push(partyName(doc.entities[x.entity]!));
        prev = x;
        closed = /\band\s+(?:the\s+)?$/u.test(gap);
      }
      return closed ? [...new Set(names)] : [names[0]!];
    }
  }
  let pre = doc.text.slice(floor, at).replace(/[\s“"‘”]+$/u, '').replace(ADJUNCTS, '');
  // a relative clause closed before the verb is no subject: "Sen. Cornyn, who recently returned from
  // meeting with Texas troops in Iraq and Afghanistan, is committed to ..."
  const closedRelative = /,\s*(?:who|which)\s[^;:“”"]{1,160}?,\s*$/u.exec(pre);
  if (closedRelative && closedRelative.index > 0) pre = pre.slice(0, closedRelative.index);
  // a short appositive after the subject: "Sens. Craig Thomas and Mike Enzi, R-Wyo., are ..."
  pre = pre.replace(/,\s*\p{Lu}{1,3}-\p{Lu}[\p{L}.]{1,6},?\s*$/u, '').replace(/[\s,“"]+$/u, '');
  const end = floor + pre.length;
  // (a quotation holds sentences of its own: "... to apply for these funds. My office stands ready to ...")
  // (not after an abbreviation, a state's among them: "Mobile, Ala. Baucus ...", "Secy. Rice")
  const stops = [...pre.matchAll(/[.!?]["”’']?\s+(?=[\p{Lu}“"])/gu)].filter((x) => x[0][0] !== '.' || (!STOP_ABBREVIATION.test(pre.slice(Math.max(0, x.index - 6), x.index)) && !/(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,4}$/u.test(pre.slice(Math.max(0, x.index - 7), x.index))));
  const sentenceStart = stops.length ? stops.at(-1)!.index + stops.at(-1)![0].length - 1 : -1;
  const clauseStart = Math.max(pre.lastIndexOf(';'), pre.lastIndexOf(':'), lastClauseComma(pre), sentenceStart) + 1;
  const clause = pre.slice(clauseStart);
  if (GROUP_PAIR.test(clause)) return leadingPair(doc, at);
  const of = LEADERS_OF.exec(clause);
  if (of) {
    const names = namesIn(doc, end - of[1]!.length, end);
    if (names.length) return names;
  }
  const pro = /(?:^|[^\p{L}])(we|i|he|she|they|it)$/iu.exec(pre);
  if (pro) {
    const p = pro[1]!.toLowerCase();
    // (outside a quotation, the one who makes the statement: "I strongly urge the Senate to ...")
    if (p === 'we' || p === 'i') {
      // ("Senator Frank Lautenberg and I will be offering ...": the one named with the speaker acts too)
      const pair = p === 'i' ? /(?:^|[^\p{L}])(\p{Lu}[\p{L}.'’-]*(?:\s+\([^()]{1,20}\))?)\s+and\s+I$/u.exec(pre) : null;
      const partnerEnd = pair ? end - pair[0].length + pair[0].indexOf(pair[1]!) + pair[1]!.length : -1;
      // (a name that opens its clause, a title or "my wife" before it aside: not "an economic engine for the Southeast and I stand ready")
      const opens = (x: Mention): boolean => /(?:^|[.!?;:,“"‘(—–]|\bmy\s+(?:wife|husband|friend|colleague))\s*(?:(?:and|but|so)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(doc.text.slice(Math.max(floor, x.start - 60), x.start));
      const partner = pair ? mentionsIn(doc, floor, partnerEnd).filter((x) => x.entity !== null && x.type === 'person' && opens(x) && /^\s*(?:\([^()]*\))?$/u.test(doc.text.slice(x.end, partnerEnd))).at(-1) : undefined;
      const others = partner ? [partyName(doc.entities[partner.entity!]!)] : [];
      if (quote?.speakerName) return [...new Set([...others, quote.speakerName])];
      const ref = speakerBefore(doc, at, floor);
      return ref?.name && ref.mention.kind !== 'nominal' && !/^(?:I|we|We|us|me)$/u.test(ref.name) ? [...new Set([...others, ref.name])] : [];
    }
    // ("Sanders said he would take the race to the convention": in reported speech "he" or "she" is the
    // speaker when nobody else of that gender is named in the content before it)
    if ((p === 'he' || p === 'she') && quote && quote.kind !== 'direct' && quote.speakerName && quote.speakerType === 'person'
      && genderOf(quote.speakerName, quote.speakerRole, []) !== (p === 'he' ? 'female' : 'male')
      && !mentionsIn(doc, quote.start, end - pro[0].length).some((x) => x.type === 'person' && x.entity !== null && doc.entities[x.entity]!.name !== quote.speakerName)) return [quote.speakerName];
    if (p === 'they') {
      const people = pluralSubject(doc, end - 4);
      if (people.length >= 2) return partyNames(doc, people);
    }
    const a = antecedent(doc, end, p === 'they' ? 'group' : p === 'it' ? 'organization' : 'person', p);
    return a ? [partyName(doc.entities[a.index]!)] : [];
  }
  // coordinated subjects: "Lee and Xi", "Presidents Buhari of Nigeria and Talon of Benin",
  // "Cantwell and 11 other senators": a name in each conjunct, or the group phrase itself
  const names: string[] = [];
  const base = floor + clauseStart;
  // ("Mitch McConnell, the Republican Senate Majority Leader, committed to ...": a description in
  // apposition after the subject's comma is no party of its own)
  // (not the last of a list: "The American people, the Baker-Hamilton Report and even Bob Gates have called for ...")
  // (nor a title of office: "Senator Daniel K. Akaka (D-HI), Ranking Member of the Veterans Affairs Committee, today called upon";
  // "and" may join the words of its committee's name, "Commerce, Science and Transportation")
  // (an office used as a title, before the name, is none: "Chairman of the Senate Foreign Relations Committee Joseph R. Biden, Jr. (D-DE) implored")
  const titled = (): boolean => [...clause.split(',')[0]!.matchAll(/(?<=^|\s)(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}/gu)].some((x) => isGivenName(x[1]!));
  const described = /^\s*(?:the|a|an|his|her|their|its)\s/iu.test(clause);
  const office = clauseStart > 0 && !described && isOffice(clause) && !/\s(?:and|or)\s+(?!\p{Lu})/u.test(clause) && !titled();
  if (clauseStart > 0 && (office || (described && !/\s(?:and|or)\s/u.test(clause))) && /,\s*$/u.test(pre.slice(0, clauseStart))) {
    const ref = speakerBefore(doc, at, floor);
    // (with an office, not the office itself: "Secretary of the Army, Pete Geren, committed" is Geren's)
    if (ref?.name && ref.mention.kind === 'name' && (!office || ref.mention.end <= base || doc.text.slice(base, ref.mention.start).includes(',')) && /^[\s,]*(?:\([^()]*\)[\s,]*)?$/u.test(doc.text.slice(ref.mention.end, base))) return [ref.name];
    // (the office of those named before it: "Senators John Kerry (D-Mass.) and Olympia Snowe (R-Maine), Chairman and Ranking Member of ...")
    if (office) return partiesOf(doc, floor, floor + pre.slice(0, clauseStart).lastIndexOf(','), quote);
  }
  for (const [cs, ce] of conjunctSpans(doc, base, clause)) {
    const text = doc.text.slice(cs, ce);
    const inside = mentionsIn(doc, cs, ce);
    // (a name that heads its conjunct, not one inside a phrase: "a four-pillar agenda for promoting
    // economic development in South Dakota, Senator Johnson has pledged")
    const heads = inside.filter((m) => !IN_PHRASE.test(doc.text.slice(cs, m.start)) || MEMBERS_OF.test(doc.text.slice(cs, m.start)));
    const person = heads.find((m) => m.type === 'person') ?? heads[0];
    const pronoun = /^(?:both\s+)?(he|she|they)$/iu.exec(text.trim());
    if (person) names.push(person.entity !== null ? partyName(doc.entities[person.entity]!) : person.text);
    else if (pronoun) {
      const p = pronoun[1]!.toLowerCase();
      const a = antecedent(doc, cs, p === 'they' ? 'group' : 'person', p);
      if (a) names.push(partyName(doc.entities[a.index]!));
    } else if (isGroupPhrase(groupNP(text))) names.push(...groupMembers(doc, groupNP(text), cs));
    else if (names.length) { names.length = 0; break; }
  }
  if (names.length) return [...new Set(names)];
  const ref = speakerBefore(doc, at, floor);
  if (ref?.name) return peopleOf(doc, ref.flags.includes('joint') ? ref.mention : null, ref.name);
  return [];
}

// (an abbreviation's full stop stays inside it: "In a December 12th letter to U.S. International Trade Commission Chairman Daniel Pearson,")
const FRONTED_PHRASE = /(?:^|[.!?]["”’]?\s+)(?:As|In|With|After|Before|During|For|Following|Under|Through|Since|Despite|Among|Like|Unlike|Alongside|Along\s+with|On\s+behalf\s+of|Ahead\s+of|Prior\s+to|Amid|Because\s+of|Due\s+to)\s(?:[^,.!?]|(?<=(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St))\.)*$/u;

// a title of office that opens `text`: "Ranking Member of the Veterans Affairs Committee", "Vice Chairman of ..."
// ("founder and Co-Chair of the U.S. Senate National Guard Caucus")
const isOffice = (text: string): boolean => {
  const office = /^\s*(?:[\p{L}-]+\s+(?:and\s+)?){0,3}?([\p{L}-]+)\s+(?:of|for|on)\s/u.exec(text);
  return office !== null && /^\s*\p{Lu}|^\s*\p{Ll}+\s+and\s+\p{Lu}/u.test(text) && ROLE_NOUNS.has(office[1]!.toLowerCase().replace(/^co-?/u, ''));
};

// a member of Congress's party and state, or district: "(D-CT)", "(R-Idaho)", "(CO-01)"
const PARTY_STATE = /\p{Lu}[\p{L}.'’-]*\s*\((?:(?:[DRI]|Dem|Rep|Ind)\s?[-–.,]\s?\p{Lu}[\p{L}.]{0,14}|\p{Lu}{2}-\d{1,2})\)$/u;

// The last comma that ends a clause rather than separating a list of subjects ("Egypt, Greece,
// Cyprus and France agreed": the list stays together).
function lastClauseComma(pre: string): number {
  let at = pre.length;
  for (;;) {
    const comma = pre.lastIndexOf(',', at - 1);
    if (comma < 0) return -1;
    const after = pre.slice(comma + 1, at).replace(/^\s*(?:and\s+)?/u, '');
    const before = pre.slice(0, comma);
    // (a phrase that opens the sentence with a preposition ends at its comma: "As the Ranking Member of the
    // Veterans Affairs Committee and as a member of the Senate Armed Services Committee, Senator Akaka pledged")
    // (a name's party and state in brackets stays in a list that "and" closes: "Evan Bayh (D-IN), Joe
    // Lieberman (D-CT), and Norm Coleman"; not "Senator Daniel K. Akaka (D-HI), Ranking Member of ...")
    // (an office between commas describes the name before it, and the subject comes after: "In a letter
    // to Mr. Doug Steeland, President and CEO of Northwest Airlines, Senator Coleman strongly encouraged")
    if (at < pre.length && isOffice(after) && /^\s*(?:U\.S\.\s+)?(?:Sen|Sens|Senator|Senators|Rep|Reps|Representative|Representatives|Congressman|Congresswoman|Gov|Governor|Mr|Mrs|Ms|Dr)\b/u.test(pre.slice(at + 1))) return at;
    const listed = /[\p{Lu}][\p{L}.'’-]*$/u.test(before) || (PARTY_STATE.test(before) && !isOffice(after) && /\band\s+(?:\p{Lu}|others\b)/u.test(pre.slice(comma)));
    if (/^[\p{Lu}\d]/u.test(after) && listed && !FRONTED_PHRASE.test(before)) { at = comma; continue; }
    return comma;
  }
}

// The conjuncts of a coordinated subject. "and" inside a capitalised name ("Police and Crime
// Commissioner") does not split; before a name, a pronoun or a lower-case word it does.
function conjunctSpans(doc: Doc, base: number, clause: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of clause.matchAll(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/gu)) {
    const nextAt = base + m.index + m[0].length;
    const nextWord = /^\S+/u.exec(clause.slice(m.index + m[0].length))?.[0] ?? '';
    const startsName = doc.mentions[lowerBound(doc.mentions, nextAt)]?.start === nextAt;
    if (m[0].includes('and') && !m[0].includes(',') && /^\p{Lu}/u.test(nextWord) && !startsName) continue;
    out.push([base + start, base + m.index]);
    start = m.index + m[0].length;
  }
  out.push([base + start, base + clause.length]);
  return out.filter(([a, b]) => b > a && /\S/u.test(doc.text.slice(a, b))).length <= 6 ? out.filter(([a, b]) => b > a && /\S/u.test(doc.text.slice(a, b))) : [];
}

// The noun phrase at the end of a conjunct: "signed by 11 other senators" -> "11 other senators".
const groupNP = (text: string): string => text.trim().replace(/^.*\b(?:by|with|from|of|for|to|and)\s+/u, '');

// Whether a name is the object of a preposition ("in China", "of the Senate").
const objectOfPreposition = (doc: Doc, x: Mention): boolean =>
  /\b(?:in|at|of|for|with|from|to|by|on|about|into)\s+(?:the\s+)?$/iu.test(doc.text.slice(Math.max(0, x.start - 12), x.start));

// The speaker the quotes stage found for the cue verb at `at` (a name or a resolved pronoun; with
// `people`, only a person or a group), or null.
// (a joint speaker as its members: "U.S. Senators Kit Bond (R-MO), Barbara Boxer (D-CA), ... are urging")
function cueSpeaker(doc: Doc, at: number, people: boolean): string[] | null {
  for (let k = Math.max(0, lowerBound(doc.quotes, at) - 3); k < doc.quotes.length && doc.quotes[k]!.start <= at + 200; k++) {
    const q = doc.quotes[k]!;
    if (q.cue?.start === at && q.speakerName && (q.speaker?.kind === 'name' || q.speaker?.kind === 'pronoun') && (!people || q.speakerType === 'person' || q.speakerType === 'group')) return peopleOf(doc, q.flags.includes('joint') ? q.speaker : null, q.speakerName);
  }
  return null;
}

// the people or bodies a joint speaker names ("Sens. Craig Thomas and Mike Enzi"), or its one name
const jointMembers = (doc: Doc, quote: Quote): string[] => membersOf(doc, quote.speaker, quote.speakerName!);
// (a joint speaker of people as each of them, in a list with commas or of full names; not a name
// that holds "and", "Pacific Gas and Electric", "Lincoln and Piscataquis Counties")
const peopleOf = (doc: Doc, m: Mention | null, name: string): string[] => {
  const people = m ? mentionsIn(doc, m.start, m.end).filter((x) => x.type === 'person') : [];
  const listed = m !== null && (doc.text.slice(m.start, m.end).includes(',') || people.every((x) => /\s/u.test(x.text)));
  return people.length >= 2 && listed ? membersOf(doc, m, name) : [name];
};
function membersOf(doc: Doc, m: Mention | null, name: string): string[] {
  const names = m ? mentionsIn(doc, m.start, m.end).filter((x) => x.entity !== null && x.type !== 'place') : [];
  return names.length >= 2 ? [...new Set(names.map((x) => partyName(doc.entities[x.entity!]!)))] : [name];
}

function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let j = lowerBound(doc.mentions, start); j < doc.mentions.length && doc.mentions[j]!.start < end; j++) {
    const m = doc.mentions[j]!;
    if (m.kind === 'name' && m.end <= end) out.push(m);
  }
  return out;
}

const isGroupPhrase = (text: string): boolean => {
  const head = text.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return GROUP_NOUNS.has(head) && text.trim().split(/\s+/u).length <= 6;
};

// "the foreign ministers": the people with that role named before, when there are several;
// otherwise the phrase as the article gives it ("other Senate energy leaders")
function groupMembers(doc: Doc, phrase: string, before: number): string[] {
  const words = phrase.trim().toLowerCase().split(/\s+/u);
  const head = words.at(-1)!.replace(/s$/u, '');
  const mods = words.slice(0, -1).filter((w) => !/^(the|both|all|two|three|four|five|other|several|\d+)$/u.test(w));
  const people = new Set<string>();
  for (const m of doc.mentions) {
    if (m.start >= before) break;
    if (m.entity === null || m.type !== 'person') continue;
    const role = (doc.entities[m.entity]!.role ?? '').toLowerCase();
    if (role.includes(head) && mods.every((w) => role.includes(w))) people.add(doc.entities[m.entity]!.name);
  }
  if (people.size >= 2 && people.size <= 8) return [...people];
  // "The foreign ministers called on ...": the people of the nearest coordinated subject
  if (/^the\s/iu.test(phrase.trim())) {
    const chain = pluralSubject(doc, before, { sentences: 8, paragraphs: 3 });
    if (chain.length >= 2) return partyNames(doc, chain);
  }
  return [phrase.trim()];
}

function namesIn(doc: Doc, start: number, end: number): string[] {
  const out: string[] = [];
  for (let j = lowerBound(doc.mentions, start); j < doc.mentions.length && doc.mentions[j]!.start < end; j++) {
    const m = doc.mentions[j]!;
    if (m.kind === 'name' && m.entity !== null) out.push(partyName(doc.entities[m.entity]!));
  }
  return [...new Set(out)];
}

const partyNames = (doc: Doc, people: readonly Mention[]): string[] =>
  [...new Set(people.filter((m) => m.entity !== null).map((m) => partyName(doc.entities[m.entity!]!)))];

const partyName = (e: Entity): string => (e.type === 'place' ? placeOf(e.name)?.country ?? e.name : e.name);

// "the two leaders": the two people with leaders' titles most mentioned so far, else the two
// countries most mentioned
function leadingPair(doc: Doc, before: number): string[] {
  const count = new Map<number, number>();
  // the leaders of the recent context (the whole of any ordinary article)
  for (let j = lowerBound(doc.mentions, before - 20_000); j < doc.mentions.length; j++) {
    const m = doc.mentions[j]!;
    if (m.start >= before) break;
    if (m.entity !== null && m.kind === 'name') count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
  }
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([e]) => doc.entities[e]!);
  const leaders = ranked.filter((e) => e.type === 'person' && /\b(president|prime minister|premier|chancellor|king|leader|minister|secretary|senator|governor)\b/iu.test(e.role ?? ''));
  if (leaders.length >= 2) return leaders.slice(0, 2).map((e) => e.name);
  const places = ranked.filter((e) => e.type === 'place');
  if (places.length >= 2) return places.slice(0, 2).map(partyName);
  return [];
}

// The one appealed to: the name the recipient phrase is, or the phrase itself where a name only
// qualifies it ("my Senate colleagues", "his colleagues in the Senate", "Indiana service organizations")
function recipientName(doc: Doc, start: number, text: string, parties: readonly string[]): string {
  const end = start + text.trimEnd().length;
  // ("Reid urged him to veto ...": the person the pronoun stands for, if the article makes it plain)
  if (/^(?:him|her)$/u.test(text.trim())) return objectPronounName(doc, start, text.trim(), null, parties) ?? text;
  const named = mentionsIn(doc, start, end).filter((x) => x.kind === 'name' && x.entity !== null && x.end <= end);
  // (a time or an occasion after it is no part of it: "urged Dr. Griffin today to ...", "President Bush
  // after the flooding"; a title with "of" before it is: "Secretary of State Condoleezza Rice")
  const m = named.find((x) => /^(?:\s*,.*|\s+(?:today|yesterday|again|also|once\s+again|(?:this|last)\s+(?:week|month|year)|(?:on|after|before|during|following|in\s+the\s+wake\s+of)\s+[^,]{1,40}))?$/u.test(doc.text.slice(x.end, end)));
  if (m && /^(?:(?:the|his|her|their|its|our|my|your)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+|of\s+)*$/u.test(doc.text.slice(start, m.start))) return partyName(doc.entities[m.entity!]!);
  return text;
}

const NOMINAL_FRAMES = new Set(['commitment-to', 'confirmed-willingness']);

// "their firm determination to", "China's willingness to": the possessor is the party
function possessor(doc: Doc, floor: number, at: number): string[] | null {
  const pre = doc.text.slice(floor, at);
  const own = /(?:^|\s)((?:[\p{Lu}][\p{L}.'’-]*\s+)*[\p{Lu}][\p{L}.'’-]*?)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(pre);
  if (own) {
    const ms = mentionsIn(doc, floor + own.index + own[0].indexOf(own[1]!), floor + own.index + own[0].indexOf(own[1]!) + own[1]!.length + 1);
    const m = ms.at(-1);
    if (m) return [m.entity !== null ? partyName(doc.entities[m.entity]!) : m.text];
  }
  const pro = /\b(its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(pre);
  if (pro) {
    // (a country or a body named before it in the clause: "America must renew its commitment to peace")
    const named = pro[1] === 'its' ? mentionsIn(doc, floor, floor + pro.index).filter((x) => x.entity !== null && (x.type === 'place' || x.type === 'organization') && !objectOfPreposition(doc, x)).at(-1) : undefined;
    if (named && !/[,;:]/u.test(doc.text.slice(named.end, floor + pro.index))) return [partyName(doc.entities[named.entity!]!)];
    const a = antecedent(doc, floor + pro.index, pro[1] === 'its' ? 'organization' : pro[1] === 'their' ? 'group' : 'person', pro[1] === 'his' ? 'he' : pro[1] === 'her' ? 'she' : '');
    return a ? [partyName(doc.entities[a.index]!)] : null;
  }
  return null;
}

const CONTENT_STOPS_G = new RegExp(CONTENT_STOPS.source, 'gu');

// The first stop of the content, passing over a full stop after a title or an initial (tested
// after the match: a lookbehind in the pattern would be tried at every position).
function contentStop(rest: string): { index: number } | null {
  CONTENT_STOPS_G.lastIndex = 0;
  for (let m = CONTENT_STOPS_G.exec(rest); m; m = CONTENT_STOPS_G.exec(rest)) {
    if (!(m[0] === '.' && STOP_ABBREVIATION.test(rest.slice(Math.max(0, m.index - 6), m.index)))) return m;
  }
  return null;
}

function isVerbAt(doc: Doc, at: number): boolean {
  let k = lowerBound(doc.tokens, at);
  while (k < doc.tokens.length && doc.text.slice(doc.tokens[k]!.start, doc.tokens[k]!.end).trim() === '') k++;
  const t = doc.tokens[k];
  return t !== undefined && t.start === at && (t.pos === 'VERB' || t.pos === 'AUX');
}
