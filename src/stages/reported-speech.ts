import type { Doc, Sentence, Span } from '../types.js';
import { findContaining, lowerBound } from '../core/doc.js';
import { isHeading, mainVerbAfterParticiple, stopAtCoordinatedVerb, VIEW_CUES } from './clauses.js';
import { CUE_FORMS } from '../lexicon/data/cue-verbs.generated.js';
import { EVIDENCE_NOUNS, LIGHT_SPEECH_VERBS, ORG_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_OBJECT_NOUNS } from '../lexicon/roles.js';
import { afterPreposition, describesSource, MAINTAINED_POSITION, makeMention, namesAThing, PASSIVE_CUES, pronounOutside, quotedSpans, genericPhraseAfter, genericSubject, isParticiple, relativeAntecedent, speakerAfter, speakerBefore, type Cue, type SpeakerRef } from './speakers.js';
import { describedAddressee, nameIn, participleSubject } from './quote-attribution.js';
import { TITLES } from '../lexicon/abbreviations.js';
import { withTimeWords } from '../lexicon/time-words.js';
import { LY_NON_ADVERBS, MAIN_VERB_AFTER_COMMA, RELATIVE_AFTER_PREPOSITION } from '../lexicon/function-words.js';
import { isPostalCode, regionOf } from '../lexicon/places.js';
import { END_MARK } from '../lexicon/boilerplate.js';

/**
 * Reported speech: the content clause of a cue with its subject (`X said (that) ...`, `..., X said`,
 * `according to X, ...`, `X told Y that ...`).
 */

// where something was said, when the clause after it has no "that": "said in an interview (with CNN) he would run"
// (or on a platform, perhaps with a day after it: "announced on Facebook on Tuesday there were suspects")
const SETTING_MEDIUM = String.raw`(?:(?:interview|interviews|statement|speech|letter|email|e-mail|memo|tweet|post|op-ed|column|news\s+conference|press\s+conference|briefing|call)(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*)?|(?:Facebook|Twitter|Instagram|YouTube|TikTok|social\s+media|television|TV|radio)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+(?:today|yesterday|tonight))?)`;
const MEDIUM_BEFORE_CLAUSE = new RegExp(String.raw`\b${SETTING_MEDIUM}\s+$`, 'u');
// between the subject of a free relative and its cue: an auxiliary, a modal or "had to", "what I had to say"
const FREE_RELATIVE_GAP = /^\s+(?:(?:has|have|had|wanted|wants|want|needed|needs|need|is\s+going|was\s+going|were\s+going|are\s+going|used)\s+to\s+|(?:would|will|could|can|did|does|do|might|may|should|must|has|have|had)\s+(?:(?:not|never|just|actually|really|\p{Ll}+ly)\s+)?(?:been\s+)?)?$/u;
// (a time adverb takes no words of its own: in "said today they are pleased with it, and ..." the
// words after "today" are the content, not a setting; a manner adverb before "that" is no content
// either: "said quietly that ..."; the comma of a number closes no setting, "reported on his disclosure
// forms a speaking fee was between $50,000 and ..."; nor is an infinitive before "that", "pledged to address the
// problem that has ...", where "that" opens a relative clause, while "said to reporters that" has an
// addressee and "wrote to request that" a purpose in speech)
const SETTING = new RegExp(withTimeWords(/^(?:\s+[\p{Ll}-]{3,}ly(?=\s+that\b)|\s+(?:(?:all\s+)?too|very|full|perfectly|quite)\s+well(?=\s+that\b))?\s*(?:,?\s*(?:however|though|meanwhile|too|also)\s*,)?\s*(?:,\s*)?(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:WEEKDAY)(?:\s+(?:night|morning|afternoon|evening))?\s+(?=(?:that\b|[\p{L}“"]))|(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter|morning|afternoon|evening)\s+(?=(?:that\b|[\p{L}“"])))?(?:(?:(?:earlier|later|today|yesterday|again|also|then|recently)\s+)?(?:in|on|at|around(?=\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|o['’]clock))|during|after|before|via|through|from(?=\s+(?:the\s+(?:start|beginning|outset|first)|(?:recent\s+)?(?:reports|stories|articles|news)|\p{Lu})))\b(?:[^,“"”]|(?<=\d),(?=\d{3})|[“"][^“"”]{1,50}[”"]){0,60}?\s*(?=\bthat\b|,(?!\d{3})|:(?!\d)|(?<=\bSETTING_MEDIUM\s)(?:he|she|they|we|I|it|there)\s)|(?:for\s+(?:the\s+record|the\s+first\s+time|(?:(?:many|several|two|three|four|five|six|\d+)\s+)?(?:days|weeks|months|years|decades)|(?:a|some)\s+(?:long\s+)?time)|over\s+(?:the\s+)?(?:weekend|years|(?:past|last)\s+(?:[\p{L}\d-]+\s+)?(?:days|weeks|months|years|decades|week|month|year))|since\s+[\p{L}\d]+|by\s+[\d.]+\s*(?:%|percent)?\s*(?:[-–]|to)\s*[\d.]+\s*(?:%|percent)?)\s*,?\s*(?=\bthat\b)|(?:earlier|later|today|yesterday|again|also|then|recently)\s*(?=\bthat\b|,|:)|to\s+(?=(?:(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|me|us|myself|himself|herself|themselves|ourselves|request|ask|urge|express|note|inform|notify|remind|recommend|stress|emphasize|reiterate|clarify|explain)\s|\p{Lu}|\p{Ll}+[^s\s]s\s))(?:[\p{L}'’.-]+\s+){1,4}?(?=that\b)|to\s+(?=\p{Lu}|(?:the|a|an|his|her|their|its|him|them|me|us|reporters|voters|supporters)\s)(?:[\p{L}'’.-]+\s+){1,4}?(?=(?:why|how|what|whether|when|where)\b)|with\s+(?:him|her|them|me|us|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?=that\b))?\s*(?:,\s*(?:however|though|meanwhile|too|also)\s*,\s*)?(?:that\b(?!['’]|\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|time)\b)\s*|,\s*|:(?!\d)\s*)?/u).source.replace('SETTING_MEDIUM', SETTING_MEDIUM), 'u');

export interface Reported {
  content: Span;
  /** null for a passive that names nobody ("The site was said to have begun operations in 2015") */
  ref: SpeakerRef | null;
  addressee: string | null;
  rule: string;
  /** "A, Maróth said, and B": the content that goes on after the attribution (B), a record of its own */
  resumed?: Span;
  /** "Many of the closures, he said, have involved ...": the content's subject, before the attribution */
  subjectPiece?: Span;
}

// a feeling after a copula ("are optimistic that") or a vote ("voted for"): a position held, never
// the end of another cue's content, and never the writer's own
const isWeakCue = (cue: Cue): boolean => cue.lemma.startsWith('be ') || cue.lemma === 'vote for';

// a subordinate clause that opens the sentence (after "But" or "And"), still open: no comma since
// (not "after", "before", "since" or "until", which open a phrase as often: "After the briefing Senator
// Akaka remarked, The Department ...")
const FRONTED_SUBORDINATE = /^[\s“"]*(?:(?:But|And|So|Yet)\s+)?(?:[Ww]hen|[Ii]f|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ww]hile|[Uu]nless|[Ww]henever)\b[^,;:“”"]*$/u;

const MAIN_AFTER_ASIDE = new RegExp(MAIN_VERB_AFTER_COMMA, 'u');

export function reported(doc: Doc, s: Sentence, floor: number, cue: Cue, next: Cue | undefined, allCues: readonly Cue[] = []): Reported | null {
  // ("his “negatives,” he called them - but ...", "a disaster, as he called it, for ..."): a verb of naming
  // with a bare pronoun for object names what came before it, and reports nothing after it
  // (a parenthesis with its own subject, after "as", a comma or a dash; not "..., calling him, among other
  // things, “a failed candidate”", nor before the name in quotation marks, "as he called it, “a basic
  // responsibility of a sovereign nation”")
  if (NAMING_CUES.has(cue.lemma) && /^\s+(?:it|them|him|her|this|that|these|those)\s*(?:[-—–.;:!?)]|,(?!\s*[“"‘])|$)/u.test(doc.text.slice(cue.end, cue.end + 14)) && /(?:\bas|[,—–-][”"’]?)\s+(?:[\p{L}.'’-]+\s+){1,3}$/u.test(doc.text.slice(Math.max(floor, cue.start - 40), cue.start))) return null;
  // (cheap tests first: these verbs are frequent, and most of their uses report nothing)
  if (VIEW_CUES.has(cue.lemma)) {
    const after = doc.text.slice(cue.end, s.end);
    // (a question states no view: "How do employees know where the line is?")
    if (/\?["”’]?\s*$/u.test(after)) return null;
    if (AS_ONLY.has(cue.lemma) && !/\sas\s/u.test(after)) return null;
    if (cue.lemma === 'know' && !KNOWN_CLAUSE.test(after.trimStart())) return null;
    if (/(?:^|[^\p{L}])(?:I|[Ww]e|[Yy]ou)\s+(?:[\p{Ll}'’]+\s+){0,2}$/u.test(doc.text.slice(Math.max(floor, cue.start - 30), cue.start))) return null;
  }
  // a verb of manner reports content only with "that" ("Clinton fired back that ...", "Trump
  // posted on Twitter Friday that ..."), perhaps after a setting; elsewhere it is what quotation
  // marks are for ("continued to defend the notion that ..." is no content of "continue")
  // (or with a clause whose subject is a pronoun right after the verb: "Kasich brags he has held more
  // than 100 town halls"; not after a verb of going on or reading, "continued it", "read it was")
  const mannerClause = cue.cls === 'manner' && mannerPronounClause(doc, cue);
  if (cue.cls === 'manner' && !mannerClause && !MANNER_THAT.test(doc.text.slice(cue.end, cue.end + 48))) return null;
  // ("the Act commonly referred to as the “Tobacco Program Buyout”": a name given, nothing reported)
  if (cue.lemma === 'refer to' && /ed\s+to$/u.test(doc.text.slice(cue.start, cue.end)) && /^\s+as\b/u.test(doc.text.slice(cue.end, cue.end + 4))) return null;
  // ("illegal immigrants accused of felony crimes": a verb of accusing with no object before "of" is
  // a passive participle; the accused report nothing. Not after its subject in a relative clause
  // whose pronoun is the object: "the GOP field who he accused of preying ...", "whom she has accused of")
  if (cue.lemma === 'accuse' && /^\s+of\b/u.test(doc.text.slice(cue.end, cue.end + 5)) && /ed$/u.test(doc.text.slice(cue.start, cue.end))) {
    const before = doc.text.slice(Math.max(floor, cue.start - 40), cue.start);
    const subject = doc.mentions[lowerBound(doc.mentions, cue.start) - 1];
    const named = subject !== undefined && subject.kind === 'name' && subject.type === 'person' && /^\s+$/u.test(doc.text.slice(subject.end, cue.start));
    if (!named && !/(?:^|[^\p{L}])(?:he|she|they|we|I|you|has|have|had|whom|who)\s+(?:\p{Ll}+ly\s+)?$/iu.test(before)) return null;
  }
  // ("How he answers that question will have a direct bearing ...": "that" before a noun of talk and
  // a verb of its own is a determiner, and the cue's clause is the subject of another)
  if (/^(?:answer|address|raise|ask|repeat|echo|dodge|pose|rephrase|frame)$/u.test(cue.lemma) && /^\s+that\s+(?:question|issue|point|idea|claim|charge|sentiment|view|notion|argument|message|comment|criticism|request|promise|pledge|challenge|call)\s+(?:will|would|is|was|has|had|could|should|may|might|must|can)\b/u.test(doc.text.slice(cue.end, cue.end + 60))) return null;
  let r = closeQuotation(doc, s, reportedBy(doc, s, floor, cue, next, allCues));
  // ("It is certain that ...", "There is no doubt": an adjective of belief needs someone who holds it)
  // (nor is the writer's own "I am pleased that ..." anyone's report: a release's unquoted statement)
  // (nor a vote of the writer's: "Today, I voted for ...")
  if (r && isWeakCue(cue) && (!r.ref || (r.ref.mention.kind === 'pronoun' && /^(?:it|this|that|there|i|we|you)$/iu.test(r.ref.mention.text)))) return null;
  // (a person known, an imperative "believe me,": no thought reported; nor is a closing
  // "according to" anyone's content: "as many people expected, according to an email ...")
  if (r && (((cue.cls === 'belief' || isWeakCue(cue)) && /^(?:(?:him|her|them|me|us)(?:\s*[,.;:!?]|\s+(?:for|since|in|at|on|from|well|better|personally|through|when|while|because)\b))/u.test(doc.text.slice(r.content.start, r.content.start + 24)))
    || /^according\s+to\b[^,;:“”"]*$/iu.test(doc.text.slice(r.content.start, r.content.end)))) return null;
  // ("something President Barack Obama indicated earlier this week", "anything the Vermont senator
  // said on stage to justify ...": after an object relative or a free relative, a content with no
  // clause of its own is a setting, and nothing is reported; nor is a lone adverb, "rejected that, too.")
  if (r && r.rule === 'speaker-cue-content' && r.ref && ((/\b(?:which|that|whom|who|what|something|anything|everything|nothing)\s+(?:(?:the|[\p{Lu}][\p{L}.]*)\s+){0,3}$/u.test(doc.text.slice(Math.max(0, r.ref.mention.start - 40), r.ref.mention.start))
    && /^(?:earlier|later|today|yesterday|tonight|(?:last|this|next)\s+(?:week|month|year|morning|afternoon|evening|night|weekend|time)|again|recently|once|on|in|at|during)\b/u.test(doc.text.slice(r.content.start, r.content.start + 20)) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)\b|\b\p{Ll}{3,}ed\b/u.test(doc.text.slice(r.content.start, r.content.end)))
    || /^(?:too|again|also|either|as\s+well|(?:again\s+and\s+again))[.!?]?$/u.test(doc.text.slice(r.content.start, r.content.end).trim()))) return null;
  // ("There is much we still do not understand about these disparities": after a quantity the clause
  // is about, the topic after the cue is no content)
  if (r && r.rule === 'speaker-cue-content' && r.ref && /\b(?:much|little|more|less|something|anything|everything|nothing|a\s+lot)\s+(?:that\s+)?$/iu.test(doc.text.slice(Math.max(0, r.ref.mention.start - 16), r.ref.mention.start)) && /^(?:about|regarding|of|on|concerning)\s/u.test(doc.text.slice(r.content.start, r.content.start + 12))) return null;
  // ("9 outrageous things Donald Trump said about Latinos", "not everything Trump says is true": what is
  // said is the noun before the subject; what follows the cue is no clause of its content)
  if (r && r.rule === 'speaker-cue-content' && r.ref && r.ref.mention.kind === 'name' && /\b(?:things|everything|anything|nothing|something|remarks|comments|words|statements|lies|falsehoods)\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|the)\s+){0,3}$/u.test(doc.text.slice(Math.max(0, r.ref.mention.start - 30), r.ref.mention.start)) && !/^\s+that\b/u.test(doc.text.slice(cue.end, r.content.start + 5))) return null;
  // ("listen to what I had to say during ...", "what Smith said about the bill": after a free relative
  // "what" is what is said, and the words after the cue are a topic or a setting; in a pseudo-cleft that
  // opens the sentence the content follows the copula, "What Trump said was that he would build a wall")
  // (but a verb after the cue has "what" for its subject, and the words are the speaker's: "what
  // Republicans say is a pattern of overreach"; a verb of naming names its object, "what he calls the
  // “Washington cartel”"; a topic after the cue says what the words were about, "what he thinks of
  // Palin's endorsement"; "from what I understand, ..." is a source of what follows its comma)
  if (r && r.rule === 'speaker-cue-content' && r.ref && !NAMING_CUES.has(cue.lemma) && /(?:^|[^\p{L}])(?<![Ff]rom\s+)[Ww]hat(?:ever)?\s+$/u.test(doc.text.slice(Math.max(0, r.ref.mention.start - 14), r.ref.mention.start)) && !/^(?:about|of|on|regarding|concerning)\s/u.test(doc.text.slice(r.content.start, r.content.start + 12)) && FREE_RELATIVE_GAP.test(doc.text.slice(r.ref.mention.end, cue.start))) {
    const after = doc.text.slice(r.content.start, r.content.end);
    const cleft = /^(?:is|was)\s+(?:that\s+|:\s*)(?=\S)/u.exec(after);
    const opens = /^[\s“"‘'(]*(?:[Bb]ut\s+|[Aa]nd\s+)?[Ww]hat(?:ever)?\s+$/u.test(doc.text.slice(s.start, r.ref.mention.start));
    if (cleft && opens) r = { ...r, content: clip(doc, r.content.start + cleft[0].length, r.content.end) };
    else if (!/^(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|does|did|remains|seems|makes|means|matters|frightens|worries|bothers|concerns)\b/u.test(after)) r = null;
  }
  // ("The first amendment Johnson supported would provide ...", "Part of the audit I requested is to
  // be ...": a verb that takes a noun phrase and never a clause, whose object went before it into a
  // relative clause; the finite verb after it is the main clause's, and nothing is reported. In a
  // pseudo-cleft that opens the sentence the object follows the copula: "What Senator Wyden and I have
  // proposed is a simple, incentive-based remedy". A verb of saying or thinking may lose the subject of
  // its clause that way and still report it: "a biofuels mandate, which he said would benefit ...")
  if (r && r.rule === 'speaker-cue-content' && r.ref && CLAUSELESS.has(cue.lemma) && /^\s*$/u.test(doc.text.slice(cue.end, r.content.start))) {
    const copula = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|do|did)\b/u.exec(doc.text.slice(r.content.start, r.content.start + 8));
    if (copula) {
      const cleft = /^(?:is|was)\s+(?:that\s+)?(?=[\p{L}\d“"$])/u.exec(doc.text.slice(r.content.start, r.content.end));
      const opens = /^[\s“"‘'(]*(?:[Bb]ut\s+|[Aa]nd\s+|[Ss]o\s+)?[Ww]hat\s[^,;:“”"]*$/u.test(doc.text.slice(s.start, cue.start));
      r = cleft && opens && words(doc.text.slice(r.content.start + cleft[0].length, r.content.end)) >= 2 ? { ...r, content: clip(doc, r.content.start + cleft[0].length, r.content.end) } : null;
    }
  }
  // ("Sanders's victory, which Clinton conceded when polls closed": in an object relative clause
  // the relative pronoun is what is said; a setting after the cue reports nothing)
  // (nor is the main clause's predicate after the relative clause's comma: "This legislation, which Johnson
  // has strongly supported in every Congress since 2002, would base ...")
  if (r && r.rule === 'speaker-cue-content' && r.ref && /\b(?:which|that|whom)\s+$/u.test(doc.text.slice(Math.max(0, r.ref.mention.start - 7), r.ref.mention.start)) && (/^(?:when|after|before|while|at|in|on|during|since|because|until)\b/u.test(doc.text.slice(r.content.start, r.content.start + 10))
    || (/,\s*$/u.test(doc.text.slice(cue.end, r.content.start)) && /^(?:would|will|could|can|should|must|may|might|is|was|are|were|has|have|had|does|did)\b/u.test(doc.text.slice(r.content.start, r.content.start + 8)))
    // (nor an infinitive of purpose of the main clause after a verb of saying and its setting: "another
    // president whom Obama mentioned later in his speech to find someone more qualified")
    || (cue.cls === 'speech' && /^(?:later|earlier|again|today|yesterday|once|twice|repeatedly)\b[^,.;:“”"]{0,60}?\sto\s+\p{Ll}/u.test(doc.text.slice(r.content.start, r.content.start + 80))))) return null;
  // ("But when Clinton said she would debate on the day Sanders had proposed, he looked like ...": a
  // cue that closes a fronted subordinate clause before its comma leaves the main clause unreported)
  if (r && r.rule === 'speaker-cue-content' && /^\s*,\s*$/u.test(doc.text.slice(cue.end, r.content.start)) && FRONTED_SUBORDINATE.test(doc.text.slice(s.start, cue.start))) return null;
  // ("Resolutions calling for a change of course in Iraq have been introduced": a participle after its
  // noun reports up to the main clause's verb; one set off by commas up to the comma before it, "the
  // letter ..., urging him not to veto H.R. 810, is attached")
  if (r && r.rule === 'speaker-cue-content') {
    const main = mainVerbAfterParticiple(doc, cue, r.content.start, r.content.end);
    const aside = main < 0 && isParticiple(doc, cue) && /,\s*$/u.test(doc.text.slice(Math.max(floor, cue.start - 3), cue.start)) ? MAIN_AFTER_ASIDE.exec(doc.text.slice(r.content.start, r.content.end)) : null;
    const cut = main >= 0 ? main : aside && !insideQuotation(doc, r.content.start + aside.index) ? r.content.start + aside.index : -1;
    if (cut >= 0 && words(doc.text.slice(r.content.start, cut)) >= 2) r = { ...r, content: clip(doc, r.content.start, cut) };
  }
  // ("compare what she told the FBI with what she told to Congress": what is told is "what" itself;
  // nothing after the addressee is reported)
  if (r && cue.cls === 'tell' && r.ref && /(?:^|[^\p{L}])[Ww]hat(?:ever)?\s+$/u.test(doc.text.slice(Math.max(0, r.ref.mention.start - 9), r.ref.mention.start))) return null;
  // (the content may keep its "that's": "Trump brags that's good news for Republicans")
  if (r && cue.cls === 'manner' && ((r.rule !== 'speaker-cue-content' && r.rule !== 'relative-cue-content') || !((mannerClause && r.content.start - cue.end <= 1) || /\bthat\s*$/u.test(doc.text.slice(cue.end, r.content.start)) || /^that['’]s\s/u.test(doc.text.slice(r.content.start, r.content.start + 8))))) return null;
  if (!r || !VIEW_CUES.has(cue.lemma)) return r;
  // "Clinton knows Sanders will run", "Murphy wants more funding": a verb of knowing, wanting or
  // seeing reports only what follows it, its subject before it and next to it; not an object
  // relative ("What Washington wants first is ...", "news as we know it") nor a colon after it
  if (r.rule !== 'speaker-cue-content' && r.rule !== 'relative-cue-content') return null;
  // (the writer's own "I want to thank ...", "we know ..." says nothing about a source)
  if (!r.ref || (r.ref.mention.kind === 'pronoun' && (r.ref.name === null || /^(?:i|we|you)$/iu.test(r.ref.mention.text)))) return null;
  if (r.rule === 'speaker-cue-content' && /\b(?:[Ww]hat|which|whom|as)\s+$/u.test(doc.text.slice(Math.max(floor, r.ref.mention.start - 8), r.ref.mention.start))) return null;
  if (/^\s*:/u.test(doc.text.slice(cue.end, cue.end + 3))) return null;
  const content = doc.text.slice(r.content.start, r.content.end).trimStart();
  // ("knew Muhammad Ali for decades": knowing a person or thing is no belief; a clause is)
  if (cue.lemma === 'know' && !KNOWN_CLAUSE.test(content)) return null;
  // ("saw fuel prices skyrocket": seeing is a view only as "sees Y as Z")
  if (AS_ONLY.has(cue.lemma) && !/^(?:[^\s,;:]+\s+){1,8}as\s+\S/u.test(content)) return null;
  return r;
}

const AGREED_CLAUSE = /^\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|he|she|they|it|we|I|the\s+\p{Ll}+)\s+){1,3}(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did)\b/u;
const SUBORDINATE_OPENER = /^[\s“"]*(?:(?:and|but)\s+)?(?:as|while|when|whenever|after|before|because|since|although|though|if|once|until|even\s+as|even\s+though)\s/iu;
// a comma, then a subject (a pronoun, a name or a determiner's phrase) and its finite verb
const MAIN_AFTER_COMMA = /,\s+(?=(?:he|she|they|it|we|I|there|the\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}|his\s+[\p{L}-]+|her\s+[\p{L}-]+|their\s+[\p{L}-]+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:(?:also|still|now|then|quickly|already|has|have|had|is|are|was|were|will|would|could|can|should|must|may|might|did|does|do)\s+)*(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s)\b)/u;
// a verb of manner reports a clause without "that" only where a pronoun subject and its verb follow
// ("Kasich brags he has held ..."), and never after a verb of going on or reading ("continued it")
const MANNER_CLAUSE = /^\s(?:he|she|they|we|I)\s+(?:(?:also|still|never|already|had|has|have|would|will|was|were|is|are|could|can|did|does|didn['’]t|doesn['’]t|wasn['’]t|wouldn['’]t|won['’]t)\b|\p{Ll}{2,}ed\b)/u;
const MANNER_NO_CLAUSE = new Set(['continue', 'go on', 'read', 'press', 'react', 'repeat', 'elaborate']);
const mannerPronounClause = (doc: Doc, cue: Cue): boolean => !MANNER_NO_CLAUSE.has(cue.lemma) && MANNER_CLAUSE.test(doc.text.slice(cue.end, cue.end + 40));
const MANNER_THAT = /^\s+(?:(?:on|in|at|via|during|over|after|before)\s+(?:[^\s,;:“”"]+\s+){1,4}?)?(?:(?:today|yesterday|later|earlier|again|last\s+\p{Ll}+|on\s+\p{Lu}\p{Ll}+day)\s+)?that(?:['’]s)?\s/u;

// Where a parenthesis opens in `text` and is still open at its end, or -1.
function openParenthesis(text: string): number {
  const at = text.lastIndexOf('(');
  return at >= 0 && !text.includes(')', at) ? at : -1;
}

// Content that opens a quotation ends no sooner than the quotation does: in "saying that Clinton
// “didn’t have a particular video in mind, but he is being used in social media.”" the comma and
// "but" are the speaker's words, not a clause boundary of the writer's.
function closeQuotation(doc: Doc, s: Sentence, r: Reported | null): Reported | null {
  if (!r) return r;
  const { start, end } = r.content;
  let close = end;
  for (const p of doc.quotePairs) {
    if (p.start >= end) break;
    // (up to its closing mark, as content that ends with the sentence does)
    if (p.start >= start && p.close && p.close.end > close && p.close.end <= s.end && p.parent === null) close = p.close.end;
  }
  return close === end ? r : { ...r, content: clip(doc, start, close) };
}

// what is done in accordance with something, and the methods and measures it is done by
const ACCORDANCE_VERB = /\b(?:calculated|computed|distributed|allocated|apportioned|divided|ranked|sorted|classified|grouped|weighted|adjusted|indexed|assigned|awarded|paid|priced|scored|graded|arranged|organized|organised|vary|varies|varied|differ|differs|differed|acted|act|acts|behave|behaved|proceed|proceeded|play|played|dressed)\s+(?:\p{Ll}+ly\s+)?$/u;
const ACCORDANCE_NOUN = /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}-]+,?\s+){0,4}?(?:formula|scale|methodology|criteria|guidelines|specifications|instructions|recipe|script|blueprint)\b/u;

function reportedBy(doc: Doc, s: Sentence, floor: number, cue: Cue, next: Cue | undefined, allCues: readonly Cue[]): Reported | null {
  const end = s.end;
  if (cue.cls === 'according') {
    // (whatever follows "according to" is the source: "according to the foundation's tally")
    // (a name before a document noun is the document's: "according to Senate filings")
    const poll = cue.lemma === 'in poll';
    // ("songwriting advances will be calculated according to a straight-line, three-year depreciation
    // schedule": "in accordance with" a method or measure names no source)
    if (cue.lemma === 'according to' && (ACCORDANCE_VERB.test(doc.text.slice(Math.max(floor, cue.start - 30), cue.start)) || ACCORDANCE_NOUN.test(doc.text.slice(cue.end, end)))) return null;
    const named = poll ? null : speakerAfter(doc, cue.end, end);
    const ref = documentAfter(doc, cue.end, end) ?? named ?? (poll ? null : genericPhraseAfter(doc, cue.end, end));
    if (!ref) return null;
    const before = doc.text.slice(floor, cue.start);
    // (the poll a clause ends with is the source of that clause alone, and only where no other
    // attribution covers it: not "Trump said he is ahead in the polls")
    if (poll) {
      if (allCues.some((c) => c !== cue && c.cls !== 'according' && c.start >= floor && c.start < cue.start)) return null;
      // (a named poll, not "the polls" in general: "rose in the polls"; nor a phrase with a verb of
      // its own, "after the New Hampshire polls closed", nor a polling place)
      if (/^(?:the\s+)?(?:polls|polling|surveys)$/iu.test(ref.mention.text) || POLL_PHRASE_VERB.test(ref.mention.text)) return null;
      const rest = doc.text.slice(ref.mention.end, end);
      // "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose
      // Clinton": the poll opens the sentence, and the clause after its comma is what it found (a
      // clause with an attribution of its own reports that, "In a poll, 40 percent said ...")
      if (/^[\s“"]*$/u.test(before)) {
        // (a participle on the poll is part of its phrase: "In the latest poll, conducted in May, ...")
        const comma = /^\s*,\s*(?:(?:conducted|released|published|taken|commissioned|completed|fielded|carried\s+out)\b[^,;:“”"]{0,50},\s*)?/u.exec(rest);
        if (!comma) return null;
        const from = ref.mention.end + comma[0].length;
        const cend = from + contentEnd(doc, from, doc.text.slice(from, end));
        const content = doc.text.slice(from, cend);
        if (words(content) < 3 || noClause(content) || allCues.some((c) => c !== cue && c.cls !== 'according' && c.start >= from && c.start < cend)) return null;
        return { content: clip(doc, from, cend), ref, addressee: null, rule: 'in-poll-content' };
      }
      // (from the start of its clause: "..., although Rubio moved from third to second in a survey")
      const joints = [...before.matchAll(/(?:,\s+(?:and|but|although|though|while|whereas|yet|so)\s+|[;:]\s+|\s(?:—|–|--)\s+)/gu)].filter((j) => words(before.slice(j.index + j[0].length)) >= 3);
      const lead = floor + (joints.length ? joints.at(-1)!.index + joints.at(-1)![0].length : accordingBoundary(before)?.start ?? 0);
      const clause = doc.text.slice(lead, cue.start);
      // (not a relative or subordinate clause: "Cruz, who leads Trump in polls out of Iowa, ...",
      // "Though she is running ahead of Trump in New Hampshire polls, ...")
      // (nor an appositive, "Donald Trump, the leader in Republican polls, tweeted", nor a clause that
      // a later attribution covers, "... in national polls, Stevens said")
      if (/,\s*(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s*$|\bof\s+(?:whom|which)\b/u.test(clause) || /^\s*,\s*(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:said|says|told|added|wrote|argued)|(?:said|says|added)\s)/u.test(rest)) return null;
      // (nor the poll of a subordinate clause inside: "... has served as a surrogate this week as Clinton
      // continues to lead in polls")
      if (/,\s*(?:who|which|whose)\s[^,]*$/u.test(clause) || /\s(?:as|while|because|since|although|though|whereas|when|after|before|until|if)\s+(?:[\p{Lu}][\p{L}.'’-]*|he|she|they|it|we|the\s+\p{Ll}+)\s+[^,;:]*$/u.test(clause) || /^\s*(?:[Dd]epending|[Dd]espite|[Gg]iven|[Bb]ecause|[Tt]hough|[Aa]lthough|[Ww]hile|[Ww]hen|[Ww]ith|[Aa]s|[Ii]f|[Ss]ince|[Uu]ntil|[Aa]fter|[Bb]efore)\b(?![^,]*,)/u.test(clause)) return null;
      return words(clause) >= 3 && /^\s*(?:[,;:]|[.!?]["”’]?\s*$|$)/u.test(rest) ? { content: clip(doc, lead, cue.start), ref, addressee: null, rule: 'content-in-poll' } : null;
    }
    // "Iowa (93 percent of voters there were white, according to exit polls)": inside a parenthesis
    // the attribution covers what the parenthesis holds
    const paren = openParenthesis(before);
    if (paren >= 0 && /^[^()]{0,40}\)/u.test(doc.text.slice(ref.mention.end, end)) && words(before.slice(paren + 1)) >= 3) {
      return { content: clip(doc, floor + paren + 1, cue.start), ref, addressee: null, rule: 'content-according-to' };
    }
    // (a date's year after its comma belongs to the source: "according to a March 14, 2019 NATO press release, ...";
    // so does an appositive or relative clause: "according to Sergey Dydykin, who is co-chairman of ..., ...")
    // (not into a bracket after the source that holds a comma: "according to exit polls (a sizable
    // margin, but ...)"; an abbreviation is part of it: "the Government Accountability Office (GAO), ...")
    // (and a role in apposition: "according to a Twitter post by Amy Cook, director of the Learning
    // Together event, the tusk ...")
    const role = /^[^,(]*,\s*(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|for|at|with|in)\s[^,]{1,60}(?=,)/u.exec(doc.text.slice(ref.mention.end, end));
    // (not a subject whose verb follows: "according to a federal lawsuit, a public school teacher at ...
    // in Houston, Texas, punished two sisters")
    const verbNext = role !== null && /^,\s*(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,\s*)?\p{Ll}{3,}(?:ed|es)\b/u.test(doc.text.slice(ref.mention.end + role[0].length, end));
    const skipRole = role && ROLE_NOUNS.has(role[1]!) && !verbNext ? role[0].length : 0;
    // (and a description or a participle in apposition: "according to Jack Kelly, writing for
    // RealClearPolitics, the FBI ...", "according to Jack Kelly, a columnist, the FBI ..."; only after
    // a person's name: "according to the report, the FBI, the CIA and ..." is a list)
    const tail = (ref.type === 'person' && ref.mention.kind === 'name' ? ACCORDING_TAIL_APPOSITIVE : ACCORDING_TAIL).exec(doc.text.slice(ref.mention.end + skipRole, end));
    // (where the words after the source and its asides begin; a state after its town's comma is part of
    // the source: "according to police in Baytown, Texas, Zhukovskyy ...")
    let from = tail ? ref.mention.end + skipRole + tail[0].length : null;
    const state = from !== null && /\s(?:in|of|from|near)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,\s*$/u.test(doc.text.slice(ref.mention.start, from)) ? /^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s*/u.exec(doc.text.slice(from, end)) : null;
    if (from !== null && state && (regionOf(state[1]!) || isPostalCode(state[1]!))) from += state[0].length;
    // "Since last November, according to Human Rights Watch, security forces have killed ...": the
    // attribution interrupts its clause, whose two pieces are the content
    const rest = from !== null ? doc.text.slice(from, end) : '';
    if (/,\s*$/u.test(before) && words(before) >= 1 && from !== null && !/[.!?]["”’]?\s*$/u.test(doc.text.slice(ref.mention.end, from)) && words(rest) >= 3 && !/^(?:who|which|whose|where|when|while|\p{Ll}+ing)\b/u.test(rest)) {
      // (after a conjunction the attribution covers only what follows: "largely Kurdish and,
      // according to Turkey, supportive of the PKK")
      const coordinated = /\b(?:and|but|or)\s*,\s*$/u.test(before);
      return { content: clip(doc, from, end), ...(coordinated ? {} : { subjectPiece: clip(doc, floor, cue.start) }), ref, addressee: null, rule: 'content-according-to' };
    }
    if (/,\s*$/u.test(before) && words(before) >= 3) return { content: clip(doc, floor + (accordingBoundary(before)?.start ?? 0), cue.start), ref, addressee: null, rule: 'content-according-to' };
    // "... 46 percent to 39 percent according to a CBS poll released Monday.": no comma before it
    // when the attribution closes the sentence or its clause
    if (words(before) >= 4 && /[\p{L}\p{N}%]\s+$/u.test(before) && (/^[^,;:]*[.!?]?["”’]?\s*$/u.test(doc.text.slice(ref.mention.end, end)) || /^[^,;:]*,\s*(?:but|and|while)\s/u.test(doc.text.slice(ref.mention.end, end)))) {
      return { content: clip(doc, floor, cue.start), ref, addressee: null, rule: 'content-according-to' };
    }
    // ("Florida’s Cuban Americans, 82 percent of whom view Trump unfavorably according to the poll,
    // have ...": with no comma before it, inside a clause, the attribution covers the words before
    // it, from that clause's comma; the main clause goes on after its own comma)
    // (not after a word that opens what follows: "said Tuesday morning that according to its analysis, ...")
    if (/[\p{L}\p{N}%]\s+$/u.test(before) && !/\b(?:that|and|but|or|nor|so|yet|because|if|when|while|as|since|although|though|which|who|where|whereas|then|also|now|even|just|only|not|is|are|was|were|be|been|said|says|told|tells)\s+$/iu.test(before)) {
      // (not from the last comma of a list: "included appliances from Dolgellau, Harlech, Bala, and
      // Blaenau Ffestiniog according to a fire service statement" covers the whole clause)
      const last = before.lastIndexOf(', ') + 1;
      const piece = /^\s*(?:and|or)\s/u.test(before.slice(last)) ? 0 : last;
      if (words(before.slice(piece)) >= 3) return { content: clip(doc, floor + piece, cue.start), ref, addressee: null, rule: 'content-according-to' };
    }
    if (from !== null && words(rest) >= 3) return { content: clip(doc, from, end), ref, addressee: null, rule: 'according-to-content' };
    return null;
  }
  // "X said the following:" before a quotation paragraph introduces it; it reports nothing itself
  const nextPara = doc.paragraphs[s.paragraph + 1];
  if (/:\s*$/u.test(doc.text.slice(s.start, end)) && nextPara && /^["“„«]/u.test(doc.text.slice(nextPara.start, nextPara.start + 1))) return null;
  if (isHeading(doc, s)) return null;
  // ", underscoring the summit's focus": a participle after a comma reports speech only for the
  // verbs of saying ("..., saying the talks went well")
  // (any verb of saying or thinking does before "that": "..., fearing that the party could lose ...")
  // (or before a subject pronoun: "..., believing there may be as many as three"; and a hope or an
  // intention before its infinitive: "..., hoping to avoid any misstep", "..., refusing to attack his rivals")
  if (isParticiple(doc, cue) && /,\s*$/u.test(doc.text.slice(floor, cue.start)) && !PARTICIPLE_CUES.has(cue.lemma) && !((cue.cls === 'speech' || cue.cls === 'belief') && /^\s+(?:that|(?:he|she|they|we|I|there)\s+(?!to\b)\p{Ll})\s?/u.test(doc.text.slice(cue.end, cue.end + 12)))
    && !((cue.lemma === 'hope' || cue.cls === 'intent') && /^\s+to\s+\p{Ll}/u.test(doc.text.slice(cue.end, cue.end + 8)))) return null;
  // (", recalling her own experience: “...”": a participle whose object ends at the colon before a
  // quotation introduces the quotation, which is what is said)
  // (when it goes on with a quotation the attribution interrupts: "“...,” she said, recalling her own
  // experience: “...”"; not "responded via Twitter, attacking the subpoena as a strategy: “...”",
  // where what is attacked and the words make one record)
  if (isParticiple(doc, cue) && /[”"],?\s+[^“”"]{1,60},\s*$/u.test(doc.text.slice(Math.max(floor, cue.start - 70), cue.start)) && /^\s+[^.;:!?“”"]{1,80}:\s*[“"]/u.test(doc.text.slice(cue.end, cue.end + 90))) return null;
  // "The Violence Against Women Act supports local programs": a law or programme that supports
  // something takes no stance (checked on the subject below)
  // "the bill supporting veterans": a participle of stance after a noun modifies it, and reports
  // nothing; unless the noun is one who can hold the stance: "a super PAC backing Jeb Bush", "those
  // supporting Clinton" take that stance themselves
  if (STANCE.has(cue.lemma) && isParticiple(doc, cue) && /[\p{L}\p{N}]\s+$/u.test(doc.text.slice(Math.max(floor, cue.start - 24), cue.start)) && !/\b(?:is|are|was|were|be|been|am|['’]s|['’]re)\s+(?:\p{Ll}+ly\s+)?$/u.test(doc.text.slice(Math.max(floor, cue.start - 24), cue.start))) {
    const holder = speakerBefore(doc, cue.start, floor);
    if (!holder || !/^\s*$/u.test(doc.text.slice(holder.mention.end, cue.start)) || holder.mention.kind === 'pronoun' || !(holder.type === 'person' || holder.type === 'group' || holder.type === 'organization' || holder.mention.kind === 'group') || THING.test(holder.name ?? holder.mention.text) || (afterPreposition(doc, holder.mention.start) && holder.mention.kind === 'name')
      // (a lone capitalised word opening the sentence may be no name: "Besides supporting ...")
      || (holder.mention.kind === 'name' && !/\s/u.test(holder.mention.text) && /^[\s“"]*$/u.test(doc.text.slice(s.start, holder.mention.start)))) return null;
    // (the participle modifies its noun: its object ends before the main clause goes on, at a
    // comma or at the sentence's own verb: "a super PAC backing Jeb Bush, has been relentless")
    const cstart = cue.end + /^\s*/u.exec(doc.text.slice(cue.end, end))![0].length;
    const stop = MODIFIER_OBJECT_END.exec(doc.text.slice(cstart, end));
    let cend = stop ? cstart + stop.index : cstart + contentEnd(doc, cstart, doc.text.slice(cstart, end));
    // (or at a verb the tagger sees after the object: "A super PAC backing Marco Rubio aired ads")
    for (let k = lowerBound(doc.tokens, cstart + 1); k < doc.tokens.length && doc.tokens[k]!.start < cend; k++) {
      const t = doc.tokens[k]!;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(doc.text.slice(t.start, t.end)) && !/ing$/u.test(doc.text.slice(t.start, t.end))) { cend = doc.text.slice(cstart, t.start).trimEnd().length + cstart; break; }
    }
    if (insideQuotation(doc, cstart) || words(doc.text.slice(cstart, cend)) < 1 || words(doc.text.slice(cstart, cend)) > 12) return null;
    return { content: clip(doc, cstart, cend), ref: holder, addressee: null, rule: 'speaker-cue-content' };
  }
  // "won the prize for predicting the cosmic background", "criticized Trump for saying ...": a
  // gerund after "for" is what the sentence's object did, no speech of its subject
  // (also "won the prize for his work in predicting ...")
  if (isParticiple(doc, cue) && /\b(?:for|(?:work|role|part|efforts?|research|success)\s+in)\s+$/u.test(doc.text.slice(Math.max(floor, cue.start - 20), cue.start))) return null;
  // "a class called “Perception”", "Rapa Nui, also called Easter Island": a name given, not speech
  if (namesAThing(doc, cue, floor)) return null;
  // "The site was said to have begun operations in 2015", "Trump is expected to win Indiana": a
  // passive names no speaker; its whole clause, subject included, is what is said or expected
  // (a progressive is active: "The campaign is expecting to air a new ad" is the campaign's)
  if (PASSIVE_CUES.has(cue.lemma) && !/ing$/u.test(doc.text.slice(cue.start, cue.end)) && /^\s+to\s+\p{Ll}/u.test(doc.text.slice(cue.end, cue.end + 12))) {
    // (a floating quantifier may stand between: "The programs are all reported to be at risk")
    const aux = /\b(?:is|are|was|were|been|be|being)\s+(?:(?:all|each|both)\s+)?(?:(?:also|widely|reportedly|generally|now|still|not)\s+)?$/u.exec(doc.text.slice(Math.max(floor, cue.start - 24), cue.start));
    // ("Today he issued a letter to encourage him to include ... in legislation the committee is
    // expected to consider": a passive in a relative clause, after the main clause's own verb, is
    // the writer's description of a noun, no clause of its own)
    const lead = aux ? doc.text.slice(floor, cue.start - aux[0].length) : '';
    const embedded = aux !== null && !/[,;:—–]/u.test(lead) && /\b(?:issued|sent|wrote|introduced|signed|passed|approved|offered|filed|released|included|made|took|gave|asked|urged|announced)\b/u.test(lead.split(/\s+/u).slice(0, -4).join(' '));
    if (embedded) return null;
    if (aux) {
      // (up to a second attribution: "... is expected to increase once he returns, and aides say he will ...")
      // (a coordinated clause of its own; not a relative clause inside what is expected)
      const cut = next ? nextAttribution(doc, cue.end, end, [next, ...allCues.filter((c) => c.start > next.start)]) : end;
      const stop = /^[\s,;]*(?:and|but|while|whereas)\s/u.test(doc.text.slice(cut, cut + 12)) ? cut : end;
      let cend = floor + contentEnd(doc, floor, doc.text.slice(floor, stopAtCoordinatedVerb(doc, cue.end, stop, 3)));
      // ("And while many supporters are expected to support her, she has not ...": a subordinate
      // clause ends at its comma, and its subordinator, with a conjunction before it, is no part of
      // what is expected)
      const opener = /^\s*(?:(?:and|but)\s+)?(?:while|although|though|whereas|if|when|because|since|as)\s+/iu.exec(doc.text.slice(floor, cue.start));
      if (opener) {
        const comma = doc.text.slice(cue.end, cend).search(/,\s/u);
        if (comma >= 0) cend = cue.end + comma;
      }
      // ("wore eyepatches in reference to a young woman whose eye was said to have been injured by
      // police": a passive in a relative clause is said of the relative clause alone)
      const relative = /\s(?:who|whose|which)\s+(?:[\p{L}'’-]+\s+){0,3}?$/u.exec(lead);
      // (one set off by a comma ends at the next: "Smith, who is expected to win, spoke on Monday")
      const inRelative = relative !== null && !/[,;:—–]/u.test(lead.slice(relative.index));
      // (a clause of its own after ", and": "Indiana’s delegates will be bound ..., and Trump is expected
      // to be competitive")
      const coordinated = inRelative || opener ? null : /,\s+(?:and|but|yet|while|whereas)\s+(?=[^,;:]*\p{L}[^,;:]*$)(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|also|still)\b)/u.exec(lead);
      if (inRelative && /,\s*$/u.test(lead.slice(0, relative.index + 1))) {
        const comma = doc.text.slice(cue.end, cend).search(/,\s/u);
        if (comma >= 0) cend = cue.end + comma;
      }
      const cstart = inRelative ? floor + relative.index + 1 : coordinated && words(lead.slice(0, coordinated.index)) >= 3 ? floor + coordinated.index + coordinated[0].length : floor + (opener?.[0].length ?? 0);
      return words(doc.text.slice(cstart, cue.start)) >= 1 && words(doc.text.slice(cue.end, cend)) >= 2 ? { content: clip(doc, cstart, cend), ref: null, addressee: null, rule: 'passive-cue' } : null;
    }
  }
  // "CONTENT, X said." / "CONTENT, said X."
  const before = doc.text.slice(floor, cue.start);
  // "Juanita Broaddrick, who said Clinton raped her in 1978, recounted ...": a relative clause
  // reports the speech of the name before it; its content ends with the clause
  const relative = relativeClause(doc, floor, cue, end);
  if (relative) return relative;
  const restAfter = (from: number): string => doc.text.slice(from, end);
  // "her approval ratings (at one point as low as 19%, Gutin says) hurt her husband": an attribution
  // that closes a parenthesis covers what the parenthesis holds
  const paren = openParenthesis(before);
  if (paren >= 0 && /^[^()]{0,40}\)/u.test(restAfter(cue.end))) {
    const comma = before.lastIndexOf(',');
    const inverted = /^\s*$/u.test(before.slice(comma + 1));
    const ref = comma > paren ? (speakerBefore(doc, cue.start, floor + comma + 1) ?? (inverted ? speakerAfter(doc, cue.end, end) : null)) : null;
    if (ref && words(before.slice(paren + 1, comma)) >= 3 && !isParticiple(doc, cue)) return { content: clip(doc, floor + paren + 1, floor + comma), ref, addressee: null, rule: inverted ? 'content-cue-speaker' : 'content-speaker-cue' };
  }
  let subj = participleSubject(doc, cue, floor, allCues) ?? speakerBefore(doc, cue.start, floor) ?? genericSubject(doc, floor, cue.start);
  // "... for the EU, said Geert Wilders, founder of ...": a comma between a phrase and the cue, and a
  // name after it, make an inverted attribution; the phrase before the comma is content, not subject
  // (a verb of stance takes its object after it and is never inverted: "The former Heisman Trophy
  // winner, now a guest speaker ..., endorsed Republican presidential candidate Donald Trump")
  if (subj && /,\s*$/u.test(before) && !isParticiple(doc, cue) && !STANCE.has(cue.lemma)) {
    const after = speakerAfter(doc, cue.end, end) ?? genericPhraseAfter(doc, cue.end, end);
    // (role words may stand between the cue and the name: "said lobbyist and GOP strategist Charlie Black")
    // (and closes its clause: "Several candidates, including Trump, said the United States should ..."
    // has its subject before the cue, and the name after it begins the content)
    const named = after !== null && (after.mention.start - cue.end < 3 || (after.mention.kind === 'name' && after.mention.start - cue.end < 60)) && (after.mention.kind === 'name' || describesSource(after.mention.text)) && INVERTED_CLOSE.test(restAfter(after.mention.end));
    // (the phrase before the comma is no subject when it is the object of a preposition:
    // "... colleagues in Congress, whom he has alienated, said Larry Sabato")
    if (named && (/^\s*,\s*$/u.test(doc.text.slice(subj.mention.end, cue.start)) || (subj.mention.kind === 'name' && afterPreposition(doc, subj.mention.start))) && !/,\s*$/u.test(doc.text.slice(floor, subj.mention.start))) subj = null;
    // (nor when all that would follow the cue is the name, closing the sentence: "I commend the
    // Oceanic Institute, an innovative partner, in being awarded this grant, said Senator Akaka.")
    // (only titles between the cue and the name; and not a verb of telling, whose addressee follows it)
    else if (named && cue.cls !== 'tell' && after!.mention.kind === 'name' && /^[\s.!?]*$/u.test(restAfter(after!.mention.end))
      && doc.text.slice(cue.end, after!.mention.start).split(/\s+/u).every((w) => !w || /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()) || w === 'and')) subj = null;
  }
  // "Biden ... defended Sanders as a mainstream candidate, mocked the Republican Party": a phrase
  // after a preposition, then a comma, is the object of the verb before; the series of verbs is the
  // sentence subject's
  // (a name after a verb is its object too: "She urged the administration to oust Col. Muammar
  // el-Qaddafi in Libya, proposed that ...")
  // (and a description after an infinitive: "She urged the administration to join a coalition, proposed ...")
  if (subj && (((subj.mention.kind === 'nominal' || subj.mention.kind === 'group') && /^\s*,\s*$/u.test(doc.text.slice(subj.mention.end, cue.start)) && (/\b(?:as|of|for|to|with|against|about|from|into|over)\s+$/u.test(doc.text.slice(Math.max(floor, subj.mention.start - 10), subj.mention.start)) || VERB_BEFORE_OBJECT.test(doc.text.slice(Math.max(floor, subj.mention.start - 30), subj.mention.start))))
    || (subj.mention.kind === 'name' && /^(?:\s+(?:of|in|from)\s+[^,]{1,40})?\s*,\s*$/u.test(doc.text.slice(subj.mention.end, cue.start)) && NAME_AFTER_VERB.test(doc.text.slice(Math.max(floor, subj.mention.start - 60), subj.mention.start))))) {
    const first = speakerAfter(doc, s.start, subj.mention.start);
    if (first && (first.mention.kind === 'name' || first.mention.kind === 'pronoun') && first.mention.start - s.start < 40) subj = first;
  }
  // "She ... favors a California proposal regulating ammunition and has promised to ...": a name that
  // qualifies the noun after its article is in the object of a first verb; the coordinated verb is the
  // sentence subject's
  if (subj && subj.mention.kind === 'name' && /\b(?:a|an)\s+$/u.test(doc.text.slice(Math.max(floor, subj.mention.start - 4), subj.mention.start)) && /^\s+\p{Ll}{3,}\b[^.;:!?]*\band\s+(?:(?:has|have|had|also|then|later)\s+)*$/u.test(doc.text.slice(subj.mention.end, cue.start))) {
    const first = speakerAfter(doc, s.start, subj.mention.start);
    subj = first && (first.mention.kind === 'name' || first.mention.kind === 'pronoun') && first.type !== 'place' && first.mention.start - s.start < 40 ? first : null;
  }
  // "Sanders wins R.I., vows to press on": a place right before ", vows" is the object of a first
  // verb, and the subject of the sentence says it
  if (subj && subj.mention.kind === 'name' && subj.type === 'place' && /^\s*,\s*$/u.test(doc.text.slice(subj.mention.end, cue.start))) {
    const first = speakerAfter(doc, s.start, subj.mention.start);
    if (first && first.mention.kind === 'name' && first.type !== 'place' && first.mention.start - s.start < 40) subj = first;
  }
  // "A new Gallup poll found that ...", "..., F.A.A. records show": only a document shows or finds
  if (cue.cls === 'evidence') {
    const document = documentSubject(doc, floor, cue.start);
    // (people who find or show that something is so report it too: "the researchers found that ...";
    // so does an organisation, "the Department of Justice found that ...")
    // (a setting may come before "that": "found in 2014 that ...")
    const thatClause = /^\s+that\s/u.test(doc.text.slice(cue.end, cue.end + 6)) || /\bthat\s*$/u.test(SETTING.exec(doc.text.slice(cue.end, s.end))?.[0] ?? '');
    const people = !document && subj && thatClause && (subj.type === 'person' || subj.type === 'group' || (subj.type === 'organization' && !afterPreposition(doc, subj.mention.start)) || subj.mention.kind === 'group') && subj.mention.kind !== 'pronoun' ? subj : null;
    if (!document && !people) return null;
    subj = document ?? people;
  } else if (!subj && cue.cls === 'speech') {
    // (a document says too: "A news report published Wednesday said ...")
    subj = documentSubject(doc, floor, cue.start);
  }
  // ("report back to Congress on whether Pentagon records confirm the Rand report": the subject of an
  // embedded question states nothing)
  // (a person asked about is kept, as a question is: "asked whether Cruz supports ...")
  if (subj && subj.mention.kind !== 'name' && subj.mention.kind !== 'pronoun' && (/^whether\s/iu.test(subj.mention.text) || /\bwhether\s+$/iu.test(doc.text.slice(Math.max(0, subj.mention.start - 10), subj.mention.start)))) return null;
  if (subj && (cue.lemma === 'support' || cue.lemma === 'oppose' || cue.lemma === 'call for') && THING.test(subj.name ?? subj.mention.text)) return null;
  // "The plan announced Wednesday would cut taxes", "In a string of radio ads announced Wednesday,
  // Trump ...": a past participle after a noun modifies it (what was announced); the verb of its
  // sentence follows, or its noun sits in an opening prepositional phrase
  if (subj && /\p{Ll}ed$/u.test(doc.text.slice(cue.start, cue.end)) && subj.mention.kind !== 'pronoun' && /^\s*$/u.test(doc.text.slice(subj.mention.end, cue.start))
    && ((REDUCED_PASSIVE.test(doc.text.slice(cue.end, cue.end + 60)) && subj.type !== 'person' && !/\b(?:whom|who|that|which|what)\s+$/iu.test(doc.text.slice(Math.max(floor, subj.mention.start - 8), subj.mention.start)))
      || /^(?:In|On|At|During|After|Before|With|From|Under|Through|Amid|Despite)\s/u.test(subj.mention.text))) return null;
  // ("companies whose revenues support the Sudanese government": the possessed noun of a "whose" clause
  // is the subject, and a thing takes no stance)
  if (subj && STANCE.has(cue.lemma) && /^\s*,?\s*whose\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(doc.text.slice(subj.mention.end, cue.start))) return null;
  // ("a little town in the southern tip of Nevada called Searchlight": a participle of naming after
  // the object of a preposition names it)
  if (subj && subj.type === 'place' && NAMING_CUES.has(cue.lemma) && /\p{Ll}ed$/u.test(doc.text.slice(cue.start, cue.end)) && /^\s*$/u.test(doc.text.slice(subj.mention.end, cue.start)) && afterPreposition(doc, subj.mention.start) && /^\s+\p{Lu}/u.test(doc.text.slice(cue.end, cue.end + 3))) return null;
  if (subj) {
    // the text before the speaker phrase, its lower-case role ("..., presidential spokesperson Kang said") aside
    const rawLead = doc.text.slice(floor, subj.mention.start);
    // (and its possessive: "..., its president Rilwanu Lukman said")
    let lead = (subj.role && rawLead.toLowerCase().trimEnd().endsWith(subj.role.toLowerCase()) ? rawLead.trimEnd().slice(0, -subj.role.length) : rawLead).replace(/\b(?:its|his|her|their|our|a|an|the)\s*$/iu, '');
    // (a few words of title between the comma and the name: "..., DFA spokesman Neil Sroka said")
    // (a possessive name among them: "..., Donald Trump’s longtime confidant Roger Stone stated")
    const title = /,(\s+(?:[\p{Lu}][\p{L}.&-]*(?:['’]s?)?|[\p{Ll}-]+)){1,4}\s*$/u.exec(lead);
    // (or of what the speaker is: "..., the news site RTL Info reported", "..., the newspaper Le Soir reported")
    if (title && title[0].split(/[\s,]+/u).filter(Boolean).every((w) => /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || ORG_NOUNS.has(w) || MEDIA_WORDS.has(w))) lead = lead.slice(0, title.index + 1);
    // (or a lower-case word or two of what the speaker is, which no lexicon lists: "..., frontman Anthony
    // Kiedis recently revealed."; not a conjunction or a subordinator opening a clause of its own)
    else if (subj.mention.kind === 'name' && /,\s+(?!(?:and|but|or|nor|so|then|yet|while|as|when|because|if|which|who|whom|whose|what|how|why|that|where|after|before|since|though|although|until|unless|also|now|later|earlier|still|even|only|just|the|this|these|those|his|her|its|their|our|your|my|some|many|most|all|any|each|every|both|few|several|other|such|one|two|three|could|would|will|can|should|may|might|must|is|are|was|were|has|have|had|did|does|not|with|for|from|of|in|on|at|by|to|about|into|over|under|says|said|something|anything|everything|nothing|someone|anyone|everyone|nobody|much|more|less|there|here|what)\b)(?:[\p{Ll}-]{3,}\s+){1,2}$/u.test(lead)) lead = lead.slice(0, lead.lastIndexOf(',') + 1);
    // (and a description in apposition before the name: "..., his opponent, Rep. Alan Grayson, said",
    // "..., the group, Common Cause, said")
    const described = /,\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:[\p{L}-]+\s+){0,2}(\p{Ll}[\p{Ll}-]+)\s*,\s*$/u.exec(lead);
    if (described && subj.mention.kind === 'name' && (ROLE_NOUNS.has(described[1]!) || ORG_NOUNS.has(described[1]!) || MEDIA_WORDS.has(described[1]!)) && words(lead.slice(0, described.index)) >= 3) lead = lead.slice(0, described.index + 1);
    // ("..., as David Dayen noted in The Intercept.": "as" before a closing attribution)
    // (a verb that reports words or findings only: "as voters responded to ..." is no attribution)
    // (nor a passive: "Rule 40, as it’s currently written")
    if (/^(?:say|note|write|report|acknowledge|point out|argue|put it|explain|observe|predict|warn|suggest|show|find|claim|state|add|tweet|concede|admit|recall|remind|testify|announce|confirm)$/u.test(cue.lemma) && !/['’]s\s|\b(?:is|are|was|were|been|being)\s/u.test(doc.text.slice(subj.mention.end, cue.start))) lead = lead.replace(/,\s*as\s+$/u, ',');
    const tail = restAfter(cue.end);
    // (only a subject next to its cue closes an attribution: not the main subject of a participle)
    const adjacent = words(doc.text.slice(subj.mention.end, cue.start)) <= 4;
    // after the cue: a time or place, and perhaps a participle of its own ("..., noting ..."); or,
    // for an attribution inside the sentence ("Sales were great, he said, wiping sweat off his
    // face"), a phrase that is no clause of its own
    // "A, Maróth said, and B": B goes on with the speaker's content, up to the next attribution
    // (agreeing to or on something reports nothing before it: "Refusing to give up power, Mugabe
    // agreed to power-sharing"; "..., both camps agree." does)
    const before = !THAT_ONLY.has(cue.lemma) || !/^\s+(?:to|on|upon|with|in)\b/u.test(tail);
    const resumed = before && adjacent && /,\s*$/u.test(lead) && words(lead) >= 3 ? /^\s*,\s+(?:and|but)\s+(?:that\s+)?/u.exec(tail) : null;
    if (resumed) {
      const content = clip(doc, floor, floor + lead.replace(/,\s*$/u, '').length);
      const rstart = cue.end + resumed[0].length;
      let rend = nextAttribution(doc, rstart, end, allCues);
      rend = rstart + contentEnd(doc, rstart, doc.text.slice(rstart, rend));
      const more = words(doc.text.slice(rstart, rend)) >= 3 ? clip(doc, rstart, rend) : undefined;
      return { content, ref: pronounOutside(doc, subj, content), addressee: null, rule: 'content-speaker-cue', ...(more ? { resumed: more } : {}) };
    }
    // (an infinitive after the cue is its own content, no closing phrase: "..., and they vowed to
    // continue to champion ...")
    // (the verb may stand in quotation marks: "promises to “end” the Common Core")
    const infinitive = /^\s+to\s+[“"‘]?(?=\p{Ll})/u.exec(tail);
    const toVerb = infinitive ? doc.tokens[lowerBound(doc.tokens, cue.end + infinitive[0].length)] : undefined;
    const ownInfinitive = toVerb !== undefined && toVerb.start === cue.end + infinitive![0].length && (toVerb.pos === 'VERB' || toVerb.pos === 'AUX' || /[“"‘]$/u.test(infinitive![0]));
    // (an attribution inside an aside between dashes closes the aside only: "... roots - Mrs.
    // Clinton's father also grew up here, as she said at the outset - any lingering rancor ...")
    const closingDash = /^([^,;“”"]{0,40}?)\s(?:—|–|--|-)\s/u.exec(tail);
    const asideDash = closingDash && adjacent && /,\s*$/u.test(lead) && sentenceFinalTail(closingDash[1]!) ? [...lead.matchAll(/\s(?:—|–|--|-)\s+/gu)].at(-1) : undefined;
    if (asideDash && words(lead.slice(asideDash.index + asideDash[0].length)) >= 3) {
      const from = floor + asideDash.index + asideDash[0].length;
      return { content: clip(doc, from, floor + lead.replace(/,\s*$/u, '').length), ref: pronounOutside(doc, subj, { start: from, end: floor + lead.length }), addressee: null, rule: 'content-speaker-cue' };
    }
    if (before && adjacent && /,\s*$/u.test(lead) && words(lead) >= 3 && ((sentenceFinalTail(tail, cue.cls === 'tell') && !ownInfinitive) || /^\s*,\s+(?:\p{Ll}+ing\b|(?:a|an|the)\s+\p{Ll}+\s+(?:that|which|who)\b)/u.test(tail))) {
      const content = clip(doc, floor, floor + lead.replace(/,\s*$/u, '').length);
      // "If these findings are accurate, scientists say, containing COVID-19 may be harder": a
      // gerund after the attribution that has a verb of its own is the main clause the
      // attribution interrupts; both pieces are the content
      const gerund = /^\s*,\s+(?=\p{Ll}+ing\b)/u.exec(tail);
      if (gerund && !CUE_FORMS[/^\p{Ll}+/u.exec(tail.slice(gerund[0].length))![0]] && /^[^,;:]{0,80}\s(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had)\b/u.test(tail.slice(gerund[0].length))) {
        const rstart = cue.end + gerund[0].length;
        const rend = rstart + contentEnd(doc, rstart, doc.text.slice(rstart, nextAttribution(doc, rstart, end, allCues)));
        return { content: clip(doc, rstart, rend), subjectPiece: content, ref: pronounOutside(doc, subj, content), addressee: null, rule: 'content-speaker-cue' };
      }
      // (a phrase with no verb is a setting or the speaker's own description, nothing reported: "At the
      // final debate before the primary, Cruz hinted ...", "Then, last week, ...", "Pagliano's
      // attorney, Mark J. MacDougall, declined to comment")
      if (noClause(doc.text.slice(content.start, content.end))) return null;
      // (the addressee of a verb of telling: "..., Grassley told POLITICO.")
      const addressee = cue.cls === 'tell' ? nameIn(doc, cue.end, Math.min(end, cue.end + 60)) ?? describedAddressee(doc, cue.end, Math.min(end, cue.end + 60)) : null;
      return { content, ref: pronounOutside(doc, subj, content), addressee, rule: 'content-speaker-cue' };
    }
    // "The argument would be aided, Devine said, by the upcoming primary calendar": a phrase after
    // the attribution that is no setting of it finishes the clause it interrupts; both pieces are the content
    const finishing = before && adjacent && /,\s*$/u.test(lead) && words(lead) >= 3 ? CLAUSE_FINISH.exec(tail) : null;
    if (finishing) {
      const rstart = cue.end + finishing[0].length;
      const rend = rstart + contentEnd(doc, rstart, doc.text.slice(rstart, nextAttribution(doc, rstart, end, allCues)));
      if (words(doc.text.slice(rstart, rend)) >= 2) {
        const content = clip(doc, floor, floor + lead.replace(/,\s*$/u, '').length);
        return { content: clip(doc, rstart, rend), subjectPiece: content, ref: pronounOutside(doc, subj, content), addressee: null, rule: 'content-speaker-cue' };
      }
    }
    // "Many of the closures, he said, have involved ...": a noun phrase before the attribution,
    // and a verb right after it, make one clause that the attribution interrupts
    const interrupted = adjacent && /,\s*$/u.test(lead) && words(lead) >= 1 && words(lead) <= 8 && !/^\s*(?:in|on|at|after|before|during|since|when|while|if|as|although|though|because|for|with|by|from|to|under|over|despite|meanwhile|however|still|but|and|so|yet|then|now|later|earlier|today|yesterday)\b/iu.test(lead) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|said|says)\b/iu.test(lead)
      && /^\s*,\s*(?:(?:also|still|now|already|not|never)\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|do|does|did|won['’]t|can['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\b/u.test(tail);
    const subjectPiece = interrupted ? clip(doc, floor, floor + lead.replace(/,\s*$/u, '').length) : undefined;
    // "X said (that) CONTENT", "X told Y (that) CONTENT"
    let from = cue.end;
    let addressee: string | null = null;
    // (a few verbs of saying take one told before "that" and a clause: "warned Congress that the
    // program would fail", "promised voters that he would ..."; not "promised a plan that would ...")
    if (cue.cls === 'tell' || (ADDRESSED_SPEECH.has(cue.lemma) && ADDRESSED_CLAUSE.test(tail))) {
      // (the addressee ends before "that", a comma, a time or place, or the subject of the content:
      // "assuring voters he’s tough enough", "told Wikinews this might happen", not "this week")
      // (an infinitive ends it too: in "asked supporters to run for office" the addressee and the
      // infinitive are the content together)
      // (or a question word: "asked reporters why they would care"; not a relative pronoun, "told
      // responders who work with FEMA ...", nor one after a preposition, "told stories of how ...")
      // (one told before a question word is a noun phrase: in "telling MSNBC his involvement would
      // depend upon what ..." the question word is inside the content)
      const obj0 = /^\s+(?!(?:if|whether|why|how|what|who|when|where|to|about|for|that)\b)((?:(?!to\s|(?:if|whether|why|how|what)\s)[\p{L}\d'’.-]+\s+){0,5}?[\p{L}\d'’.-]+?)(?=\s+that\b|\s*,|\s+(?:on|in|at|during)\b|\s+(?:he|she|they|we|I|there)\b|(?<!\b(?:of|about|on|over|to|as|for|with|from|in|at|by|into|than|while|because|when|if|since|until|after|before|where|and|or|but))\s+(?:it|these|those|this(?!\s+(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|fall|winter|time|past)\b))\s+(?!(?:that|who|which)\b)\p{Ll}|(?<!\b(?:of|about|on|over|to|as))\s+(?:if|whether|why|how|what)\s)/u.exec(tail);
      const obj = obj0 && /^\s+(?:if|whether|why|how|what)\s/u.test(tail.slice(obj0[0].length)) && /\s(?:his|her|their|its|my|our|your|would|will|is|are|was|were|has|have|had|can|could|should|may|might|must|does|did|do)\s/u.test(` ${obj0[1]!} `.slice(1)) ? null : obj0;
      // ("informing them of the services available that will lower ...": after what the addressee is
      // told of, "that" opens a relative clause, no content)
      if (obj && /^\s+(?:them|him|her|us|me|you)\s+(?:of|about)\s+(?:the|a|an|their|his|its|our|your)\s/u.test(obj[0]) && /^\s+that\b/u.test(tail.slice(obj[0].length))) return null;
      // (a role may stand before the name: "informed regional director James Bacigalupo that ...")
      if (obj) { addressee = nameIn(doc, cue.end, cue.end + obj[0].length + 1) ?? nameAfterRole(doc, cue.end, cue.end + obj[0].length + 1)?.name ?? describedAddressee(doc, cue.end, cue.end + obj[0].length + 1); from = cue.end + obj[0].length; }
      // ("told me his support for Mr. Trump makes him ...", "assured him it was done ...": an object
      // pronoun before a clause of its own is the one told, and no part of what was told; "her" only
      // before a determiner or a name, where it is no possessive, and no question asked: "asked him a question")
      else if (cue.lemma !== 'ask' && OBJECT_PRONOUN_CLAUSE.test(tail) && ownVerb(tail.slice(0, 80).split(/,|\s(?:who|which|whose)\s/u)[0]!)) from = cue.end + /^\s+\p{L}+/u.exec(tail)![0].length;
      else {
        // (the addressee stands right after the verb: "asked if she might consider appointing Obama" has none)
        const name = nameAfterRole(doc, cue.end, end);
        if (name) {
          addressee = name.name;
          from = name.mention.end;
          // (a possessive name with its noun is the addressee whole: "reminding Hillary Clinton's campaign about ...")
          const owned = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?=\s+(?:about|that|to|of|on|in|for|over|if|whether)\b|\s*[,.;]|\s*$)/u.exec(doc.text.slice(from, end));
          if (owned) { addressee = `${name.name ?? name.mention.text}${doc.text.slice(from, from + owned[0].length)}`; from += owned[0].length; }
        }
      }
    }
    // (an acronym in brackets after the one told is theirs: "asked the Federal Communications Commission
    // (FCC) to hold ...")
    if (addressee !== null) from += /^\s*\((?:[\p{Lu}\d&.-]{2,12})\)/u.exec(doc.text.slice(from, end))?.[0].length ?? 0;
    // ("announced today the induction of ...": a time right after the cue is no content)
    const skip = SETTING.exec(doc.text.slice(from, end));
    // (or before a question word: "explained to CBS why Merkel was selected")
    const cstart0 = from + (skip && (/\bthat\b|[,:]\s*$/u.test(skip[0]) || MEDIUM_BEFORE_CLAUSE.test(skip[0]) || /(?:day|night|morning|afternoon|evening|week|month|year)\s*$/u.test(skip[0]) || (/^\s*to\s/u.test(skip[0]) && /^(?:why|how|what|whether|when|where)\s/u.test(doc.text.slice(from + skip[0].length, from + skip[0].length + 9)))) ? skip[0].length : /^\s*that\b(?!['’]|\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|time)\b)\s*/u.exec(doc.text.slice(from, end))?.[0].length ?? 0);
    // (the state after a town that a setting named: "said Sunday in Madison, Wisconsin, that ...")
    // (or that closes the sentence: "reported from Washington, D.C.")
    const stateAfterTown = /^\s*((?:\p{Lu}[\p{L}.]*\s*){1,2})(?:,\s*(?:that\s+)?(?=\p{L})|(?<=\.)\s*$|\s*[.!?]\s*$)/u.exec(doc.text.slice(cstart0, end));
    const cstart1 = stateAfterTown && regionOf(stateAfterTown[1]!.trim()) && /,\s*$/u.test(doc.text.slice(from, cstart0)) ? cstart0 + stateAfterTown[0].length : cstart0;
    const cstart2 = cstart1 + (/^\s*(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week))\s+(?:that\s+)?(?=\p{L})/u.exec(doc.text.slice(cstart1, end))?.[0].length ?? 0);
    // (an aside between dashes before the content: "claimed - again falsely - that ...", "said —
    // on Twitter, as it happens — that ...")
    const dashAside = /^\s*(?:—|–|--|-)\s*[^—–]{1,80}?\s*(?:—|–|--|-)\s*(?:that\s+)?(?=[\p{L}“"])/u.exec(doc.text.slice(cstart2, end));
    const cstart = cstart2 + (dashAside && /\bthat\s*$/u.test(dashAside[0]) ? dashAside[0].length : 0);

    let cend = end;
    // content stops before a second attribution in the same sentence ("..., and Lee said ...",
    // "..., while Cruz said ..."), which may come after other cue words ("doesn't answer")
    // (an intention's infinitive may be a verb of saying itself: "declined to comment on the case")
    const inner = cue.cls === 'intent' && next !== undefined && /^\s+to\s+$/u.test(doc.text.slice(cue.end, next.start));
    const following = inner ? allCues.filter((c) => c.start > next!.start) : next ? [next, ...allCues.filter((c) => c.start > next.start)] : [];
    if (following.length) cend = Math.min(cend, nextAttribution(doc, cstart, end, following));
    // ("refused to say that Jerusalem should be ...": a verb of saying with its clause reports it itself)
    if (inner && /^\s+that\b/u.test(doc.text.slice(next!.end, next!.end + 6))) return null;
    // "While some friends say X, others disagree": the subordinate clause ends at its comma
    // (also "Three years after Republicans vowed to ..., the party ...")
    // (and a participle clause inside the sentence: "Mr. Sanders, after initially saying he would
    // not advertise, took to the airwaves")
    // ("Despite reports today that Japan plans to lift a ban ..., Sen. Tim Johnson cosponsored ...")
    // (an adverb may come first: "Shortly after President Bush denied ..., Baucus rose")
    // (a "that" clause in a subordinate clause that follows its main clause runs on to the end: "Clinton
    // stretched the truth ..., when she claimed that the self-described Islamic State, or ISIS, has used ...")
    const trailing = /\bthat\s*$/u.test(doc.text.slice(cue.end, cstart)) ? /^(.*?)(?:,\s*)?\s(?:while|although|though|whereas|when|because|since|after|before|until|once)\s+$/isu.exec(doc.text.slice(floor, subj.mention.start)) : null;
    // (not when the opening phrase closes with its comma before the subject: "Despite the bitter feuding
    // over NCLB, many experts and some lawmakers say ...")
    if ((/^\s*(?:(?:even|shortly|soon|just|long|right|only|ever|\p{Ll}+ly)\s+)?(?:(?:while|although|though|whereas|if|when|because|since)|despite|after|before|until|unless|once)\b/iu.test(doc.text.slice(floor, subj.mention.start)) && !/^[^,]*,\s*$/u.test(doc.text.slice(floor, subj.mention.start)))
      || (/(?:^|\s)(?:while|although|though|whereas|when|because|since|after|before|until|once)\s+$/iu.test(doc.text.slice(floor, subj.mention.start)) && !(trailing && words(trailing[1]!) >= 3 && finiteVerbIn(trailing[1]!)))
      || (isParticiple(doc, cue) && /,\s*(?:after|before|while|when|since|until|upon)\s+(?:\p{Ll}+ly\s+)?$/u.test(doc.text.slice(Math.max(floor, cue.start - 40), cue.start)))
      // (a subject owned by "whose" opens a relative clause that ends at its comma: "The judge, whose
      // office declined to comment, was born in ...")
      || /,\s*whose\s+$/u.test(doc.text.slice(Math.max(floor, subj.mention.start - 10), subj.mention.start))
      // (or an appositive participle right after its subject: "Salceda, citing data from ..., said ...")
      || (isParticiple(doc, cue) && /^\s*,\s*$/u.test(doc.text.slice(subj.mention.end, cue.start)) && /,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b|,\s+(?:said|told|wrote|says|has|had|is|was)\b/u.test(doc.text.slice(cstart, cend)))) {
      const comma = doc.text.slice(cstart, cend).search(/,\s/u);
      if (comma > 0) cend = cstart + comma;
    }
    // "A leader in urging the U.S. to expand cooperation with China, Cantwell authored ...": a
    // fronted phrase ends at the comma before its subject
    if (subj.mention.start > cstart && subj.mention.start < cend) {
      const comma = doc.text.lastIndexOf(',', subj.mention.start);
      if (comma > cstart) cend = comma;
    }
    // "..., says it's proof ... delegates, which stood at 263, according to the AP": the content
    // ends where the clause that the closing "according to" covers begins
    const according = allCues.find((c) => c.cls === 'according' && c.start > cstart && c.start < cend);
    if (according) {
      const b = accordingBoundary(doc.text.slice(floor, according.start));
      if (b && floor + b.end > cstart && words(doc.text.slice(cstart, floor + b.end)) >= 2) cend = floor + b.end;
    }
    cend = stopAtCoordinatedVerb(doc, cstart, cend, 3, doc.text.slice(cue.start, cue.end));
    // "..., especially ...", "...,” further saying, “...”": asides and a second attribution end it
    // (a dash too before the participle: "dismissed the accusations — saying ...")
    // (also "... while adding, “...”": a second attribution joined by a subordinator)
    const aside = /(?:,["”’]?|["”’])\s+(?:especially|particularly|notably)\b|(?:,["”’]?|["”’]|\s[—–]|\s--)\s+(?:(?:further\s+|also\s+|then\s+)?(?:saying|adding|noting|arguing|claiming|explaining|warning|insisting|writing|telling|stating|urging|asking|demanding|pledging|promising|vowing|calling|describing|citing|referring|pointing|accusing|blaming|praising|acknowledging|admitting|conceding|predicting|remarking|observing|recalling|declaring|stressing|emphasizing|emphasising|suggesting|contending|asserting|complaining)\b)|,?\s+(?:while|before|after)\s+(?:also\s+)?(?:saying|adding|noting|arguing|claiming|explaining|warning|insisting|writing|telling|stating)\b/u.exec(doc.text.slice(cstart, cend));
    if (aside) cend = cstart + aside.index + aside[0].search(/\s/u);
    // (a phrase that opens the sentence with a preposition ends at its comma: "Despite polls showing
    // her well behind, Clinton campaigned ...")
    if (isParticiple(doc, cue) && /^[\s“"]*(?:Despite|Amid|With|Without|Given|Following|Like|Unlike|Because\s+of|In\s+spite\s+of)\s[^,;:“”"]*$/u.test(doc.text.slice(s.start, cue.start))) {
      const comma = doc.text.slice(cstart, cend).search(/,\s/u);
      if (comma >= 0 && !insideQuotation(doc, cstart + comma)) cend = cstart + comma;
    }
    // (a verb with a particle or of stance takes a noun phrase, which no clause of its own continues:
    // "called for a boycott of his speech, and the Anti-Defamation League strongly denounced ...")
    if (cue.lemma.includes(' ') || STANCE.has(cue.lemma)) {
      // (nor a clause of when it was done: "endorsed Trump in early June, but only after publicly
      // deliberating"; a phrase of how stays, for it may say what was said: "attacked Christie by
      // accusing him of endorsing Trump")
      const clause = /,\s+(?:and|but)\s+(?:the|a|an|his|her|their|its|this|these|those)\s+(?:[\p{L}'’.-]+\s+){0,8}?(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|says|told|wrote|has|have|had|is|are|was|were|will|would)\b|,\s+but\s+(?:only\s+)?(?:after|before|when|once)\s/u.exec(doc.text.slice(cstart, cend));
      // (only after a noun phrase: in "pointed out the media has been rewarding Trump by giving him
      // airtime" the clause's own verb comes first)
      if (clause && !insideQuotation(doc, cstart + clause.index) && !FINITE_VERB.test(doc.text.slice(cstart, cstart + clause.index))) cend = cstart + clause.index;
    }
    cend = cstart + contentEnd(doc, cstart, doc.text.slice(cstart, cend));
    // "has called inversions “unpatriotic,” and his administration has made ...": what a naming verb
    // names is a noun phrase; a clause after ", and" is the writer's (outside the quotation marks)
    if (NAMING_CUES.has(cue.lemma)) {
      const rest = doc.text.slice(cstart, cend);
      const and = /,(["”’]?)\s+and\s+(?=(?:he|she|they|we|there|his|her|their|its|the)\s+(?:[\p{L}-]+\s+){0,2}(?:has|have|had|is|are|was|were|will|would|can|could)\b)/u.exec(rest);
      if (and && !insideQuotation(doc, cstart + and.index + 1 + and[1]!.length)) cend = cstart + and.index + 1 + and[1]!.length;
      // ("called Palin a “clown” on his radio show when commenting on ...": what it was called ends
      // with its quotation; a setting after it is the writer's)
      const pair = doc.quotePairs.find((q) => q.depth === 0 && q.start >= cstart && q.end <= cend && q.close !== null);
      const closeEnd = pair?.close?.end ?? 0;
      // (or a second verb of the subject's: "called the merger “a terrible deal” and ranked Fiorina ...")
      const after = pair ? /^[,]?\s+(?:on|in|at|during|when|while|after|before|last|this|earlier|and\s+(?:then\s+)?\p{Ll}{3,}ed)\b/u.exec(doc.text.slice(closeEnd, cend)) : null;
      if (pair && after && (!doc.quotePairs.some((q) => q.start >= closeEnd && q.end <= cend) || /^[,]?\s+and\s/u.test(after[0]))) cend = closeEnd;
    }
    // ("said he was being “sarcastic”, which raised concerns among experts": the writer's comment on it)
    {
      const which = /,["”’]?\s+which\s+(?:later\s+|quickly\s+|immediately\s+)?(?:drew|prompted|sparked|raised|caused|triggered|provoked|angered|infuriated|outraged|led\s+to|set\s+off|touched\s+off|fueled|fuelled)\b/u.exec(doc.text.slice(cstart, cend));
      if (which && words(doc.text.slice(cstart, cstart + which.index)) >= 3 && !insideQuotation(doc, cstart + which.index + 1)) cend = cstart + which.index + (/^,["”’]/u.test(which[0]) ? 2 : 0);
    }
    cend = stanceObjectEnd(doc, cue, cstart, cend);
    // "refused to speak to reporters as she left the breakfast and watched ...": an intention's
    // infinitive ends before a subordinate clause with a subject of its own, or a second verb of
    // the main subject's
    // ("says he’s “excited where we stand” as he faces a critically important test": the
    // speaker's circumstances, a subordinate clause of the writer's, after a quotation)
    {
      const circumstance = /["”’]\s+(?:as|while)\s+(?:he|she|they)\s+\p{Ll}+(?:s|ed)\b/u.exec(doc.text.slice(cstart, cend));
      if (circumstance && words(doc.text.slice(cstart, cstart + circumstance.index)) >= 2) cend = cstart + circumstance.index + 1;
    }
    if (cue.cls === 'intent') {
      const stop = /\s(?:as|when|while|because|after|before|since|until|though|although)\s+(?:he|she|they|it|we|I)\s+\p{Ll}|,?\s+and\s+(?:then\s+)?\p{Ll}{3,}ed\b/u.exec(doc.text.slice(cstart, cend));
      // (a participle before its noun is an adjective: "the undivided and recognized capital")
      const after = stop ? /^\s+(\p{Ll}+)/u.exec(doc.text.slice(cstart + stop.index + stop[0].length, cend)) : null;
      const adjectival = after !== null && !/^(?:the|a|an|his|her|their|its|to|that|him|them|it|on|in|at|for|with|by|from|as|out|up)$/u.test(after[1]!) && doc.tokens[lowerBound(doc.tokens, cstart + stop!.index + stop![0].length + after[0].length - after[1]!.length)]?.pos === 'NOUN';
      if (stop && !adjectival && words(doc.text.slice(cstart, cstart + stop.index)) >= 2 && !insideQuotation(doc, cstart + stop.index + 1)) cend = cstart + stop.index;
      // ("who until Sanders decided to run was the acknowledged leader": a finite verb right after the
      // infinitive belongs to the clause around it)
      const finite = /^\s*to\s+\p{Ll}+\s+(?=(?:was|is|were|are|has|had|have|will|would|could|remains|remained|became|becomes)\b)/u.exec(doc.text.slice(cstart, cend));
      if (finite && !/^\s*to\s+(?:be|have|get|become|seem|remain|feel)\s/u.test(doc.text.slice(cstart, cend))) cend = cstart + finite[0].trimEnd().length;
    }
    // ("If there were no superdelegates - as Sanders claims to desire - Clinton would have won": an
    // infinitive ends at a lone dash, which closes an aside the cue stands in; a pair of dashes is an
    // aside inside it, "plans to build a wall — a big one — on the border")
    if (/^\s*to\s+\p{Ll}/u.test(doc.text.slice(cstart, cend))) {
      const dashes = [...doc.text.slice(cstart, cend).matchAll(/\s+[-–—]\s+|\s*(?:—|--)\s*/gu)].filter((m) => !insideQuotation(doc, cstart + m.index + 1));
      if (dashes.length === 1) cend = cstart + dashes[0]!.index;
    }
    // ("whose office declined to comment, was born in ...": after an infinitive cue's comma, a verb
    // with no subject goes on with the main clause, and reports nothing)
    if (/\bto\s+$/u.test(doc.text.slice(Math.max(floor, cue.start - 4), cue.start)) && /,/u.test(doc.text.slice(cue.end, cstart)) && /^\s*(?:is|are|was|were|has|have|had|will|would)\s/u.test(doc.text.slice(cstart, cend))) return null;
    // ("to prevent, respond to, and recover from acts of terrorism": a stranded preposition opens
    // no content; nor does a bare setting after an addressee, "notify students who have qualified
    // on a rolling basis")
    if (/^\s*(?:to|from|with|for|of|on|in|at|by|about)\s*[,;]/u.test(doc.text.slice(cstart, cend))) return null;
    if (cue.cls === 'tell' && from > cue.end && /^\s*(?:on|in|at|by|during|over|through)\s(?!least\b|most\b)/u.test(doc.text.slice(cstart, cend)) && words(doc.text.slice(cstart, cend)) <= 8 && !/(?<!\b(?:a|an|the)\s+)\b\p{Ll}+ing\b/u.test(doc.text.slice(cstart, cend)) && !/\b(?:that|to|if|whether)\s/u.test(doc.text.slice(cstart, cend)) && !FINITE_VERB.test(doc.text.slice(cstart, cend))) return null;
    // (a one-word answer is content too: "75 percent of Democrats said yes")
    // (and so is a noun of speech after its verb, "Clinton has expressed concerns but ...", and what one
    // calls for or demands: "Donald Trump was calling for change")
    if (words(doc.text.slice(cstart, cend)) < (STANCE.has(cue.lemma) || cue.lemma === 'call for' || cue.lemma === 'demand' || /^\s*(?:yes|no)\b/iu.test(doc.text.slice(cstart, cend)) || SPEECH_OBJECT_NOUNS.has(doc.text.slice(cstart, cend).trim().replace(/[.!?]$/u, '').toLowerCase()) ? 1 : 2)) return null;
    // "agreed that the Treasury has limited power": agreeing reports a proposition only after "that"
    // ("agreed to meet" is a pledge, "agreed with him" no content)
    // (right after the verb: in "agreed on a line ... that would make" the "that" opens a relative clause)
    // (or before a clause of its own, its subject a name or a pronoun: "Everyone agrees NCLB was a deeply flawed law")
    if (THAT_ONLY.has(cue.lemma) && !/^\s+(?:\p{Ll}+ly\s+)?that\s*$/u.test(doc.text.slice(cue.end, cstart)) && !AGREED_CLAUSE.test(doc.text.slice(cue.end, cue.end + 80))) return null;
    // "declined to comment", "plans to vote for Mr. Trump": an intention reports its infinitive only
    // (not "plans for the district", "decided the case")
    // (and only for someone who can intend: a person, a named organisation or a group, not "The
    // amendment seeks to ...", "This program seeks to ...", "a public awareness campaign seeks to ...")
    // ("declined comment" is "declined to comment")
    if (cue.cls === 'intent' && (!/^\s*$/u.test(doc.text.slice(cue.end, cstart)) || !(/^\s*to\s+\p{Ll}/u.test(doc.text.slice(cstart, cend)) || (cue.lemma === 'decline' && /^\s*(?:further\s+|immediate\s+)?comment\b/u.test(doc.text.slice(cstart, cend))))
      || !(subj.type === 'person' || subj.type === 'organization' || subj.type === 'group') || (subj.mention.kind === 'nominal' && subj.type !== 'person' && !intendingBody(subj)))) return null;
    // "assumed the presidency": a verb of belief that takes a noun phrase
    // reports no thought; its content is a clause ("that ...", or a subject and its verb)
    if (NP_BELIEF.has(cue.lemma) && !/\bthat\s*$/u.test(doc.text.slice(cue.end, cstart)) && !/^(?:that\b|(?:[^\s,]+\s+){0,3}(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|\p{Ll}+ed|\p{Ll}+s)\b|(?:[^\s,]+\s+){0,2}(?:he|she|they|we|I|you|it|there|that|who)['’](?:s|re|ll|d|ve|m)\s)/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // ("Baucus said. “The EPA has ...": a content that opens with a full stop is none, where the
    // quotation marks were lost; "Do they think 70 helicopters can ...?": a question states no belief)
    if (/^(?:[.;!?]|[—–-]\s|--)/u.test(doc.text.slice(cstart, cend).trimStart()) || ((cue.cls === 'belief' || cue.cls === 'intent') && /\?["”’]?\s*$/u.test(doc.text.slice(cstart, cend)))) return null;
    // ("“...” Mudd said today. ...": a time that ends the clause leaves nothing reported)
    // (or "... said at the time.", "... said last week.")
    if (/^(?:today|yesterday|tonight|earlier|later|again|recently|then|afterwards?|at\s+(?:the|that)\s+time|(?:last|this)\s+(?:week|month|year|night|morning|weekend)|(?:\S+\s+)?(?:days?|weeks?|months?|years?|hours?)\s+ago)\s*[.;!?]/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // (a link alone is no content: "..., Dana Rubinstein reports: http://politi.co/1NeJqEY.")
    if (/^(?:https?:\/\/|www\.)\S+\s*$/u.test(doc.text.slice(cstart, cend).trim())) return null;
    // ("The United States responded enthusiastically by easing ...": how one responded, not what was
    // said; "responded with chants of “...”" gives the response)
    if (/^(?:respond|reply|react)$/u.test(cue.lemma) && /^(?:(?:\p{Ll}+ly\s+)?by\s|\p{Ll}+ly\s*[.,;!?]?\s*$)/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // ("said matter-of-factly as confetti fluttered down", "responded, with ads set to begin running":
    // a manner adverb before a setting, or a prepositional phrase after a comma, is how, not what)
    if (/^[\p{Ll}-]{3,}ly(?:\s*[.,;!?]?\s*$|\s+(?:as|while|when|before|after|amid|during|in|at|on|with|to|from|by)\b)/u.test(doc.text.slice(cstart, cend).trimStart()) && !/^(?:family|only|rally|ally|supply|reply|assembly)\b/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // (not a quotation after the phrase, "wrote, in reference to her first child, “...”", nor an
    // adverbial that opens a clause, "said, at least seven delegates have signed on")
    if (/,\s*$/u.test(doc.text.slice(cue.end, cstart)) && /^(?:with|by|in|on|at|from|during|after|before)\s(?!least\b|most\b|fact\b|addition\b|contrast\b|the\s+other\s+hand\b)/u.test(doc.text.slice(cstart, cend).trimStart()) && !/[“"]/u.test(doc.text.slice(cstart, cend))) return null;
    // ("a nominee that donors couldn't support, like Trump": a stance's object never follows a comma;
    // "didn't have to wonder for long": a duration is no content)
    if ((STANCE.has(cue.lemma) && /^[^\p{L}]*,\s*$/u.test(doc.text.slice(cue.end, cstart))) || /^for\s+(?:long|now|a\s+(?:while|moment|minute|second|bit|time)|(?:so|too)\s+long)\b/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // "expect and deserve no less", "what he said is I can't ...": a coordinated verb or a copula follows the cue, no content
    if (/^(?:and|or|nor)\s+\p{Ll}/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // ("emailed supporters saying: ...", "wrote supporters asking ...": the ones written to, then a
    // participle cue of the writer's own; what it introduces is the content)
    if ((cue.cls === 'tell' || cue.lemma === 'write') && /^(?:[\p{L}'’.-]+\s+){1,3}(?:saying|asking|urging|telling|stating|noting|calling|announcing|warning|explaining|inviting|informing|promising|pledging|vowing)\b/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // "officials told TASS, adding that ...": a participle cue of its own starts no content here
    const firstWord = /^\s*(\p{Ll}+ing)\b/u.exec(doc.text.slice(cstart, cend))?.[1];
    // (a gerund of seeing or knowing opens a subject of its own: "said seeing so many police officers was a welcome sight")
    // (after "that" it is the content's subject: "said that seeking reinforcements was the right course")
    // (nor where a finite verb follows it closely: "said seeking reinforcements was the right course")
    // (a verb of giving only where it stands as a cue: "supports extending the program" is content)
    const lightGerund = firstWord !== undefined && LIGHT_SPEECH_VERBS.has(CUE_FORMS[firstWord]?.[0] ?? '') && !allCues.some((c) => c.start === cstart + doc.text.slice(cstart, cend).search(/\S/u));
    // (nor after a stance, whose object a gerund is: "independents endorse continuing federal spending")
    if (firstWord && CUE_FORMS[firstWord] && !VIEW_CUES.has(CUE_FORMS[firstWord]![0]) && !lightGerund && !(STANCE.has(cue.lemma) && CUE_FORMS[firstWord]![1] !== 'speech' && CUE_FORMS[firstWord]![1] !== 'tell') && !/\bthat\s*$/u.test(doc.text.slice(from, cstart)) && !(!/^(?:speech|tell|manner)$/u.test(CUE_FORMS[firstWord]![1]) && /^\s*\p{Ll}+ing\s+(?:[\p{L}'’-]+\s+){0,3}(?:is|was|are|were|has|had|would|will|could|can|should|must|makes|made|helps|helped)\b/u.test(doc.text.slice(cstart, cend)))) return null;
    // ("Clinton tweeted, quoting a New York Times reporter": a participle clause after a comma is no
    // content; a gerund subject with its verb is: "said, doing interviews gives Clinton an advantage")
    if (firstWord && !/^(?:according|during|including|regarding|concerning|following|notwithstanding|pending)$/u.test(firstWord) && /,/u.test(doc.text.slice(cue.end, cstart)) && !/^[^,;:]{0,80}\s(?:(?:is|are|was|were|would|could|should|must|has|have|had|does|do|did)(?:n['’]t)?|will|can|may|might|won['’]t|can['’]t|gives|makes|helps|means)\b/u.test(doc.text.slice(cstart, cend))) return null;
    // "wrote to the US Embassy asking ...": a recipient phrase, not reported content
    // ("the opinions written by Stevens": the agent of a participle, no content either)
    // (after "that" it is content: "say that by imposing strict rules, the city ...")
    // ("Reporting among the poorest immigrants, I have ...": an opening participle of saying with a
    // setting after it says nothing)
    if (/^\p{Lu}\p{Ll}+ing$/u.test(doc.text.slice(cue.start, cue.end)) && /^(?:among|in|at|from|with|during|across|around|inside|outside|near|throughout|for|to|by)\s/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // (and where it was said from: "who’s reported from every single debate")
    // (a whole word: "to amplify", "to address" are infinitives, not "to a ...")
    // (but "for" with the subject of an infinitive opens a clause: "say for the party’s nominee to win
    // they will have to ...")
    if (/^(?:to|for)\s+(?:(?:the|a|an|his|her|their|its|our)\b|\p{Lu})|^(?:by|from)\s/u.test(doc.text.slice(cstart, cend).trimStart()) && !/^\s*for\s+(?:[^\s,;:]+\s+){1,5}to\s+\p{Ll}+\s+(?:[^,;:]+\s+)?(?:he|she|they|we|it|I|you|the\s+\p{Ll}+)\s+(?:will|would|must|should|can|could|need|have|has|is|are)\b/u.test(doc.text.slice(cstart, cend)) && !/\bthat\s*$/u.test(doc.text.slice(from, cstart))) return null;
    // ("hinted at that in a news conference Monday", "doesn't mention that on the campaign trail": a
    // content that is only a setting, after a demonstrative object, reports nothing)
    if (/^(?:on|in|at|during|over|throughout|while)\s/u.test(doc.text.slice(cstart, cend).trimStart()) && /\bthat\s*$/u.test(doc.text.slice(from, cstart)) && !/[,;:“"]/u.test(doc.text.slice(cstart, end)) && !finiteVerbIn(doc.text.slice(cstart, end)) && words(doc.text.slice(cstart, cend)) <= 12) return null;
    // "has written similar letters in support of ...": a verb of writing with the document it wrote as object
    // (not the subject of a clause after "that": "Trump wrote that the law is unjust")
    if (cue.lemma === 'write' && /^(?:(?:a|an|the|similar|several|two|three|many|numerous|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+)?(?:letters?|bills?|legislation|op-eds?|columns?|books?|articles?|reports?|resolutions?|amendments?|memos?|notes?|laws?|checks?|introductions?|forewords?|prefaces?|chapters?|essays?|pieces?|stor(?:y|ies)|speech(?:es)?|scripts?|songs?|novels?|memoirs?|editorials?|posts?|emails?|e-mails?|papers?|briefs?|poems?|lyrics|screenplays?|drafts?|provisions?|language|rules?|opinions?)\b/u.test(doc.text.slice(cstart, cend).trimStart()) && !/\bthat\s*$/u.test(doc.text.slice(from, cstart))) return null;
    if (nounPhraseOnly(doc, cue, cstart, cend)) return null;
    // ("the Free Syrian Army feels alive and well", "Trump felt confident": how one feels, no belief
    // reported; "feels strongly that ..." reports the clause after "that")
    if (cue.lemma === 'feel' && !/\bthat\s*$/u.test(doc.text.slice(cue.end, cstart))) {
      const k = lowerBound(doc.tokens, cstart);
      const first = doc.tokens[k];
      if (first && /^\s*$/u.test(doc.text.slice(cstart, first.start)) && (first.pos === 'ADJ' || (first.pos === 'ADV' && doc.tokens[k + 1]?.pos === 'ADJ'))) return null;
    }
    // ("wrote Agriculture Secretary Johanns and urged him ...", "Obama called Naghmeh Abedini.": the one
    // written to or telephoned, no content)
    if ((cue.lemma === 'write' || cue.lemma === 'call') && /^(?:him|her|them|me|us)\s*[.,;]?\s*$/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    if ((cue.lemma === 'write' || cue.lemma === 'call') && /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}[\p{Lu}][\p{L}.'’-]*(?:\s+of\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}.'’-]*)?\s*[,;]?\s*$/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // "We are writing to urge you ...": an infinitive of purpose after a verb of writing or speaking
    if (PURPOSE_ONLY.has(cue.lemma) && /^to\s+\p{Ll}/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    // ("I am writing with great concern about ...", "writing on behalf of ...", "writing in support of ...",
    // "writing because ..."): the manner or the cause of a letter, no content
    if (cue.lemma === 'write' && /^(?:(?:today|again|now|also|once\s+again|this\s+(?:morning|week))\s+)*(?:with\s+(?:great\s+|deep\s+|grave\s+|serious\s+)?(?:concern|regard|respect|reference|interest|regret|pleasure|disappointment|alarm|urgency)|on\s+behalf\s+of|in\s+(?:strong\s+)?(?:support|opposition)\s+(?:of|to)|in\s+(?:relation|reference|regard|response)\s+to|because|since|once\s+again\s+to|again\s+to|today\s+to|as\s+(?:a|an|the|chairman|ranking|members?)\b)/u.test(doc.text.slice(cue.end, cend).trimStart())) return null;
    // ("The Coast Guard responded to 23,904 pollution incidents", "firefighters responded to the
    // blaze": answering an emergency, no reply)
    if (cue.lemma === 'respond' && /^to\s+(?:(?:a|an|the|more\s+than|over|nearly|about|some|almost|all|many|several|those)\s+)*(?:[\d,]+\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:incidents?|calls?|emergenc(?:y|ies)|fires?|blazes?|crash(?:es)?|accidents?|disasters?|alarms?|scenes?|outbreaks?|shootings?|floods?|flooding|storms?|hurricanes?|earthquakes?|spills?|explosions?|rescues?|reports\s+of)\b/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    if (/^\s*[“"«]/u.test(doc.text.slice(cstart, cend)) && /[”"»]\s*[.!?]?\s*$/u.test(doc.text.slice(cstart, cend)) && !/[”"»]/u.test(doc.text.slice(cstart, cend).slice(1, -2))) return null;
    // "he said almost nothing about ...", "she reported from Washington": no content
    // ("said much of the discussion was about Israel": a clause whose subject begins so is content)
    // ("may have said it best when he blogged: ...": a manner of saying, no content)
    if (/^it\s+(?:best|well|all|better|perfectly|succinctly|bluntly|plainly|clearly)\b/u.test(doc.text.slice(cstart, cend).trimStart())) return null;
    const none = /^(?:(?:almost|virtually|very|next\s+to)\s+)?(?:nothing|little|much|anything|something|everything|a\s+lot|the\s+same|so|otherwise)\b(?:\s+(?:about|of|on|regarding|else|more|publicly|further)\b|\s*[.,;]|\s*$)/iu.exec(doc.text.slice(cstart, cend).trimStart());
    // ("three-quarters said the same of Sanders": the same said of someone named is content)
    if (none && !(/\sof$/u.test(none[0]) && FINITE_AFTER.test(doc.text.slice(cstart, cend).trimStart().slice(none[0].length))) && !/^the\s+same\s+(?:of|about|for)$/iu.test(none[0])) return null;
    // ("reported from Washington, D.C.", "said in an interview.", "wrote in an email response to questions.")
    // (a time after it changes nothing: "wrote on social media shortly before her death.")
    const whole = doc.text.slice(cstart, cend).trimStart();
    if ([whole, whole.replace(SETTING_TIME, '')].some((c) => /^(?:from|in|at|on)\s+(?:[\p{Lu}][\p{L}.'’-]*,?\s*){1,4}[.,;]?\s*$/u.test(c) || SETTING_ONLY.test(c) || /^on\s+(?:(?:his|her|their|its|the|a)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?)?(?:social\s+media|blog|website|site|page|account|feed|timeline)[.!?]?\s*$/u.test(c))) return null;
    // "the allegations, which Mr. Ailes denies, the talk ... ended": the object of a relative
    // clause is its antecedent; what follows the clause's comma is the writer's (not after a
    // preposition: "in which he declares, “...”")
    // (or after an interrogative object: "When asked whom she supported, Ms. Sherry smiled")
    const objectRelative = /(?:^|,)\s*(?:which|whom|that|who)\s+(?:[^\s,]+\s+){0,6}$|(?:^|\s)(?:which|whom)\s+(?:[^\s,]+\s+){0,3}$/iu.test(doc.text.slice(Math.max(floor, subj.mention.start - 60), subj.mention.start));
    if (/^\s*,/u.test(doc.text.slice(cue.end, cstart)) && objectRelative) return null;
    // (the description after "as" in one ends with the clause: "the business, which friends
    // described as miserable, contributed to ...")
    if (objectRelative && /,\s*$/u.test(doc.text.slice(floor, subj.mention.start).replace(/\s*(?:which|whom|that|who)\s+(?:[^\s,]+\s+){0,6}$/iu, '')) && /^\s*as\s/u.test(doc.text.slice(cue.end, cend))) {
      const comma = doc.text.slice(cstart, cend).search(/,\s/u);
      if (comma > 0) cend = cstart + comma;
    }
    // ("He left (as he said he would) and ...": content that starts inside a parenthesis ends with it)
    // (within the sentence only: this runs for every cue)
    if (openParenthesis(doc.text.slice(floor, cstart)) >= 0) {
      const closeAt = doc.text.slice(cstart, cend).indexOf(')');
      if (closeAt >= 0) cend = cstart + closeAt;
    }
    // "the enactment of what it calls “sensible gun laws”", "railed against what he calls the
    // “Washington cartel” and ...": the name given ends with its quotation
    if (NAMING_CUES.has(cue.lemma) && /\bwhat\s+$/iu.test(doc.text.slice(Math.max(floor, subj.mention.start - 6), subj.mention.start))) {
      const named = doc.quotePairs.find((p) => p.close && p.start >= cstart && p.start - cstart <= 8 && /^\s*(?:the\s+)?[“"‘']?$/u.test(doc.text.slice(cstart, p.start)));
      if (named && named.close!.end <= end) cend = named.close!.end;
      // (a name given without quotation marks ends with its noun phrase: "has made ending what he calls
      // corruption in politics a major focus" gives "corruption in politics"; not the object of a
      // preposition inside it, "what he calls the war on the middle class")
      else if (!named) {
        const rest = doc.text.slice(cstart, cend);
        const stop = [MODIFIER_OBJECT_END.exec(rest), NAME_GIVEN_END.exec(rest)].filter((m): m is RegExpExecArray => m !== null && m.index > 0 && !insideQuotation(doc, cstart + m.index)).map((m) => m.index).sort((a, b) => a - b)[0];
        if (stop !== undefined) cend = cstart + stop;
      }
    }
    // "As President Obama announces that he is ready for the fight, he is set to release ...": after a
    // subordinate clause that opens the sentence, the main clause begins at the comma before its subject
    // (not "As Blair said to you last year when he stood here, anywhere ... the choice is the same": "as"
    // without "that" makes the attribution a parenthesis, and the main clause is what was said)
    const opener = SUBORDINATE_OPENER.exec(doc.text.slice(floor, subj.mention.start));
    if (opener && !/[,;:]/u.test(doc.text.slice(floor, cue.start)) && (!/\bas\s$/iu.test(opener[0]) || /\bthat\s*$/u.test(doc.text.slice(cue.end, cstart)))) {
      const main = MAIN_AFTER_COMMA.exec(doc.text.slice(cstart, cend));
      if (main && !insideQuotation(doc, cstart + main.index) && words(doc.text.slice(cstart, cstart + main.index)) >= 3) cend = cstart + main.index;
    }
    return { content: clip(doc, cstart, cend), ref: subj, addressee, rule: cue.cls === 'tell' ? 'speaker-tell-content' : 'speaker-cue-content', ...(subjectPiece ? { subjectPiece } : {}) };
  }
  // ", said X." at the end of the sentence (not a verb of telling, whose addressee follows it)
  // (a participle is never inverted: "..., pointing to high ratings" names no speaker)
  // "The immigration bill, opposed by House Republicans, never became law": a stance in the passive,
  // its agent after "by", takes the noun phrase it follows when that opens the sentence
  if (STANCE.has(cue.lemma) && /,\s*$/u.test(before) && /^\s+by\s/u.test(doc.text.slice(cue.end, cue.end + 4)) && words(before) <= 8 && !FINITE_AFTER.test(` ${before}`) && !/\b\p{Ll}+(?:ed|s)\b/u.test(before.replace(/^\s*\S+/u, ''))) {
    const agent = speakerAfter(doc, cue.end + /^\s+by\s+/u.exec(doc.text.slice(cue.end))![0].length, end) ?? genericPhraseAfter(doc, cue.end + /^\s+by\s+/u.exec(doc.text.slice(cue.end))![0].length, end);
    if (agent) return { content: clip(doc, floor, floor + before.replace(/,\s*$/u, '').length), ref: agent, addressee: null, rule: 'content-cue-speaker' };
  }
  // "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget": an
  // inverted attribution between a short subject and its verb interrupts the clause; both pieces are the content
  if (/,\s*$/u.test(before) && cue.cls === 'speech' && !isParticiple(doc, cue) && words(before) <= 8 && !FINITE_AFTER.test(` ${before}`) && !/[;:“”"]/u.test(before)) {
    const named = speakerAfter(doc, cue.end, end);
    const verb = named && named.mention.kind === 'name' && /^\s*$/u.test(doc.text.slice(cue.end, named.mention.start)) ? INTERRUPTED_VERB.exec(restAfter(named.mention.end)) : null;
    const lead = /^[\s“"]*(?:(?:and|but|so|yet)\s+)?/iu.exec(before)![0].length;
    if (verb && words(before.slice(lead)) >= 1) {
      const rstart = named!.mention.end + verb[0].length;
      const rend = rstart + contentEnd(doc, rstart, doc.text.slice(rstart, nextAttribution(doc, rstart, end, allCues)));
      if (words(doc.text.slice(rstart, rend)) >= 2) return { content: clip(doc, rstart, rend), subjectPiece: clip(doc, floor + lead, floor + before.replace(/,\s*$/u, '').length), ref: named, addressee: null, rule: 'content-cue-speaker' };
    }
  }
  // (nor is a past participle before its agent: "the Budget for Fiscal Year 2008, proposed by
  // President George W. Bush" is what he proposed, not what he said)
  // (nor a participle of naming before the name given: "a flying device ..., called Flyboard Air.")
  // (nor a particle verb, whose object follows it: "The bill, which Snowe wrote, calls for new funds")
  if (/,\s*$/u.test(before) && words(before) >= 3 && (cue.cls !== 'tell' || cue.lemma === 'ask') && !STANCE.has(cue.lemma) && !cue.lemma.includes(' ') && !isParticiple(doc, cue) && !/^\s+by\s/u.test(doc.text.slice(cue.end, cue.end + 4)) && !(NAMING_CUES.has(cue.lemma) && /ed$/u.test(doc.text.slice(cue.start, cue.end)))) {
    // (a phrase after the cue that names no source is its object: "..., confirmed the strength of his appeal.")
    const named = speakerAfter(doc, cue.end, end);
    const phrase = named ? null : genericPhraseAfter(doc, cue.end, end);
    const ref = named ?? (phrase && (phrase.name !== null || describesSource(phrase.mention.text)) ? phrase : null);
    if (ref && INVERTED_CLOSE.test(restAfter(ref.mention.end))) {
      return { content: clip(doc, floor, floor + before.replace(/,\s*$/u, '').length), ref, addressee: null, rule: 'content-cue-speaker' };
    }
  }
  return null;
}

// Where the content of ", according to X" begins in the text before it: after the last clause
// boundary that leaves a clause of three words or more ("..., and he will be part of efforts,
// according to three people", "(the actual number is closer to 15 percent, according to
// Factcheck.org)", "..., which stood at 263, according to the AP"); the whole text otherwise
// (a phrase after ", with" or ";" goes with the clause before it: PolNeAR's annotators keep them).
// The boundary gives where the text before it ends, and where the content after it starts.
function accordingBoundary(before: string): { end: number; start: number } | null {
  let found: { end: number; start: number } | null = null;
  // (", and" before a clause with a subject of its own, not before a second verb: "..., and includes")
  for (const m of before.matchAll(/\(|,\s+(?:and|but)\s+(?=(?:he|she|they|it|we|I|there|the|a|an|this|that|these|those|his|her|their|its)\b|[\p{Lu}\d])|,\s+(?=which\s)/gu)) {
    const at = m.index + m[0].length;
    // (a bracket closed again is no boundary)
    if (m[0] === '(' && before.indexOf(')', at) >= 0) continue;
    if (words(before.slice(at)) >= 3) found = { end: m.index, start: at };
  }
  return found;
}

// "Asked whether ...", "when asked about ...", "After being asked if ...": a question put to the
// speaker of the sentence by someone the article does not name
// (also "X was asked if ...", "Asked on Monday whether ...", "Asked which county ...", "Asked a
// direct question about this, ...", "Asked Tuesday about Sullivan, ...", "Asked by Stephanopoulos to
// respond to Trump's criticism, ...")
const ASKED = withTimeWords(/(?:^|,\s+|\b(?:[Ww]hen|[Aa]fter\s+being|[Uu]pon\s+being|[Ii]f|was|were|is|are|been|being)\s+)([Aa]sked)\s+(?:by\s+([^,“"]{1,40}?)\s+)?(?:(?:(?:on|in|at|during|later|earlier|again|last|this)\s+[^,“"]{0,50}?|(?:WEEKDAY|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)\s+)?(?:about\s+(?=\S)|a\s+(?:[\p{Ll}-]+\s+){0,2}question\s+(?:about|on)\s+|(?=(?:whether|if|why|how|what|who|whom|when|where|which)\b)|(?=to\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)\p{Ll}))/u);

export function askedQuestion(doc: Doc, s: Sentence, floor: number): { content: Span; cue: Span; addressee: string | null; asker: SpeakerRef | null } | null {
  const body = doc.text.slice(floor, s.end);
  if (!body.includes('sked')) return null;
  const m = ASKED.exec(body);
  if (!m) return null;
  const cueStart = floor + m.index + m[0].indexOf(m[1]!);
  const cstart = floor + m.index + m[0].length;
  // (a request with its infinitive only as the sentence's opening or after "when": "Asked by
  // Stephanopoulos to respond ...", "when asked to leave"; "they have been asked to keep ..." is
  // another attribution's content)
  if (/^\s*to\s/u.test(doc.text.slice(cstart, cstart + 4)) && /\b(?:was|were|is|are|been|being|[Ii]f)\s+[Aa]sked/u.test(m[0]) && !/[Aa]fter\s+being|[Uu]pon\s+being/u.test(m[0])) return null;
  // the question ends at the comma before the answer, or with the sentence
  // (a comma inside a title's closing mark is that comma: 'during an appearance on "CBS This Morning," Sanders said')
  const rest = doc.text.slice(cstart, s.end);
  const close = rest.search(/,["”]?\s|[.;!?]["”]?\s*$/u);
  const cend = close >= 0 ? cstart + close + (/^,["”]/u.test(rest.slice(close)) ? 2 : 0) : s.end;
  // (one word is enough for a topic or a bare question word: "Asked Tuesday about Sullivan,", "When asked why,")
  if (words(doc.text.slice(cstart, cend)) < (/about\s+$/u.test(m[0]) || /^(?:why|how)\s*$/u.test(doc.text.slice(cstart, cend)) ? 1 : 2)) return null;
  // the one asked: the first name after the question, or the subject before "when asked"
  const after = close >= 0 ? speakerAfter(doc, cend + 1, s.end) : null;
  const before = m.index > 0 ? speakerBefore(doc, floor + m.index, floor) : null;
  const asked = (after?.mention.kind === 'name' ? after : null) ?? before;
  // the one who asks: the agent after "by" ("Asked by Matt Lauer whether ...", "was asked by host
  // John Dickerson whether ..."), or someone unnamed
  let asker: SpeakerRef | null = null;
  if (m[2] !== undefined) {
    const at = floor + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]!) + m[1]!.length);
    asker = speakerAfter(doc, at, at + m[2].length) ?? genericPhraseAfter(doc, at, at + m[2].length);
  }
  return { content: clip(doc, cstart, cend), cue: { start: cueStart, end: cueStart + m[1]!.length }, addressee: asked?.name ?? null, asker };
}

/**
 * The document a relative "which" clause reports for: "the Associated Press report, which notes,
 * “...”", "a study, which found that ..." (only a document: "the bill, which says ..." is a thing).
 */
export function relativeDocument(doc: Doc, floor: number, cue: Cue): SpeakerRef | null {
  if (cue.cls !== 'speech' && cue.cls !== 'evidence') return null;
  const rel = /,\s*which\s+(?:(?:also|later|previously|now|recently|\p{Ll}{3,}ly)\s+)*$/u.exec(doc.text.slice(Math.max(floor, cue.start - 60), cue.start));
  if (!rel) return null;
  return documentSubject(doc, floor, Math.max(floor, cue.start - 60) + rel.index);
}

// "The company added 500 jobs", "Sanders maintained his double-digit lead", "When he assumed
// office", "Trump has charged more than that": these verbs with a noun phrase as object add, keep,
// take or ask for a thing; they say something only with a clause, a quotation or a colon ("maintained
// his innocence" aside: a stance; "worry" takes "about" too, but "worries the Gulf capitals" causes worry)
// (a clause is one up to its first comma, with a finite verb, a subject pronoun or a contraction;
// a capital may open a sentence whose quotation marks were lost: "Aquino added, I am very proud")
// (a capital opens a noun phrase too: "who use and maintain South Dakota's EPSCoR labs"; but one
// charged with a crime is named: "prosecutors charged Van Dyke with first-degree murder")
function nounPhraseOnly(doc: Doc, cue: Cue, cstart: number, cend: number): boolean {
  if (CLAUSE_ONLY.has(cue.lemma) && !/^\s*(?:that\b|[“"‘:])/u.test(doc.text.slice(cue.end, cend)) && !(cue.lemma === 'worry' && /^\s*about\s/u.test(doc.text.slice(cue.end, cend))) && (cue.lemma !== 'charge' || /^\s*[\p{Ll}\d$]/u.test(doc.text.slice(cstart, cend))) && !/[“”"‘]|''/u.test(doc.text.slice(cstart, cend))
    && !(cue.lemma === 'maintain' && MAINTAINED_POSITION.test(doc.text.slice(cstart, cend)))) {
    const head = /^[^,;]*/u.exec(doc.text.slice(cstart, cend))![0];
    // (a contraction of a pronoun, not a possessive: "he's", not "Dakota's")
    // (a participle after a preposition or an article is an adjective: "assume outreach responsibilities
    // to targeted advocacy outlets")
    if (!FINITE_VERB.test(head.replace(/\b(?:to|for|of|in|on|with|by|from|at|the|a|an)\s+\p{Ll}{3,}ed\b/gu, '')) && !/\b(?:I|we|he|she|they|it|you|there)\s+\p{Ll}|\b(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Yy]ou|[Tt]here|[Tt]hat|[Ww]ho|[Ww]hat|\p{L}+n)['’](?:s|re|m|ve|ll|d|t)\b/u.test(head)) return true;
  }
  return false;
}

function relativeClause(doc: Doc, floor: number, cue: Cue, end: number): Reported | null {
  // (a verb of manner with its "that" or its pronoun's clause: "Kasich, who brags he has held ...")
  if (cue.cls === 'according' || (cue.cls === 'manner' && !MANNER_THAT.test(doc.text.slice(cue.end, cue.end + 48)) && !mannerPronounClause(doc, cue))) return null;
  const ref = relativeAntecedent(doc, floor, cue.start) ?? relativeDocument(doc, floor, cue);
  if (!ref) return null;
  // "who told POLITICO he'll work ...": the addressee is no content
  let from = cue.end;
  let addressee: string | null = null;
  if (cue.cls === 'tell') {
    const name = speakerAfter(doc, cue.end, end);
    if (name && name.mention.kind === 'name' && name.mention.start - cue.end < 3) { addressee = name.name; from = name.mention.end; }
  }
  const rest = doc.text.slice(from, end);
  // (a setting may stand before "that": "who’s argued for years that ...")
  const setting = SETTING.exec(rest);
  const lead = setting && /\bthat\s*$/u.test(setting[0]) ? setting[0].length : /^\s*(?:that\s+)?/u.exec(rest)![0].length;
  // the clause ends at its closing comma, or with the sentence, or where its subject's next verb begins
  const close = rest.slice(lead).search(/,\s|[.;!?]\s*$/u);
  const cstart = from + lead;
  let cend = stanceObjectEnd(doc, cue, cstart, stopAtCoordinatedVerb(doc, cstart, close >= 0 ? cstart + close : end, 3, doc.text.slice(cue.start, cue.end)));
  // (the object of a stance ends before a second verb of the clause, "who supports Clinton but is
  // not working for her", "supporters who defend him on cable news and speak at his rallies", and
  // before the main clause's verb after a restrictive clause, "respondents who support Sanders are in
  // college")
  if (STANCE.has(cue.lemma) && !/^\s*that\b/u.test(doc.text.slice(cue.end, cstart))) {
    const second = /\s+(?:but|and)\s+(?:(?:that|which|who)\b|(?:(?:also|then|now|still|not|once\s+again|again|\p{Ll}+ly)\s+)?(?=(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|\p{Ll}+(?:s|ed)|speak|say|work|go|come|run|vote|want|think|know)\b))/u.exec(doc.text.slice(cstart, cend));
    // (the main clause's verb only after a restrictive clause, with no comma before its pronoun)
    const restrictive = !/,\s*(?:who|that|which)\s+(?:\p{Ll}+\s+){0,3}$/u.test(doc.text.slice(Math.max(floor, cue.start - 40), cue.start));
    const main = restrictive ? /\s+(?=(?:is|are|was|were|has|have|had|will|would)\s)/u.exec(doc.text.slice(cstart, cend)) : null;
    const cut = [second, main].filter((m): m is RegExpExecArray => m !== null && words(doc.text.slice(cstart, cstart + m.index)) >= 1 && !insideQuotation(doc, cstart + m.index)).map((m) => m.index).sort((a, b) => a - b)[0];
    if (cut !== undefined) cend = cstart + cut;
  }
  // ("the real estate showman who has maintained a surprisingly large lead": a noun phrase is kept, not said)
  if (nounPhraseOnly(doc, cue, cstart, cend)) return null;
  // ("who determines the final list of nominees": a verb that reports only with "that")
  if (THAT_ONLY.has(cue.lemma) && !/\bthat\s*$/u.test(doc.text.slice(cue.end, cstart))) return null;
  // (nor a setting, a partner or an amount: "who testified in Congress", "who argued with Ms. Brainard", "who’s thought much at all about policy")
  if (words(doc.text.slice(cstart, cend)) < (STANCE.has(cue.lemma) ? 1 : 2) || /^(?:to|for|and|or|of|from|by|with|at|in|much|little|nothing|anything|something|everything)\s/u.test(doc.text.slice(cstart, cend))) return null;
  // ("a Democratic pollster who advises the pro-Clinton super PAC": telling a mere noun phrase is
  // the antecedent's job, no speech; one told something has a clause or an infinitive after it)
  if (cue.cls === 'tell' && addressee === null && !/\b(?:that|to|if|whether)\s/u.test(doc.text.slice(cue.end, cend))) return null;
  return { content: clip(doc, cstart, cend), ref, addressee, rule: 'relative-cue-content' };
}

/**
 * Where reported content ends inside the rest of its sentence (`rest`, which starts at `base` in the
 * document): before ", but" with a new subject ("..., but he gave the Texan a compliment") and
 * before a dash that opens a comment of the writer (a dash that a second one closes is an aside
 * inside the content).
 */
export function contentEnd(doc: Doc, base: number, rest: string): number {
  // (a byline glued after the last quotation: '... "still the No. 1 force."--Kim Hjelmgaard.')
  const byline = /(?<=["”’.])\s*(?:--|—|–)\s*(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}\.?\s*$/u.exec(rest);
  let end = byline ? byline.index : rest.length;
  // (and a press release's end mark: '... from the immigration bill.--30--', '... ###')
  const endMark = END_MARK.exec(rest.slice(0, end));
  if (endMark) end = endMark.index;
  // (a semicolon outside quotation marks ends the clause: "Republicans support deploying ground
  // forces; a 45% plurality of Democrats oppose the idea")
  for (let at = rest.indexOf(';'); at >= 0 && at < end; at = rest.indexOf(';', at + 1)) {
    // (one word may stand before it: "decried it; newspaper editorials railed against it")
    if (insideQuotation(doc, base + at) || (rest.slice(0, at).match(/[\p{L}\p{N}]+/gu) ?? []).length < 1) continue;
    end = at;
    break;
  }
  // (a short phrase may open the second clause: "..., but for Republicans, it is a scandal")
  // (a second "that" clause goes on with the content: "believes there are no good options, but that
  // sometimes the lesser of two evils will have to do"; "but that is ..." is a clause of its own)
  const but = /,(["”’]?)\s+(?:but|yet)\s+(?=(?:(?:for|in|among|to|with|at|on|after|since|as)\s+[^,;“”"]{1,40},\s+)?(?:he|she|they|it|we|I|there|this|that(?:['’]s|\s+(?:is|was|would|will|could|can|may|might|does|did|has|had|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|seems|seemed|means|meant|makes|made)\b)|the|his|her|their|its|\d[\d.,]*\s*(?:percent|%)|[\p{Lu}][\p{Ll}]+\s+(?!\p{Lu})\p{Ll}+(?:s|ed)\b))/u.exec(rest);
  if (but) end = but.index + 1 + but[1]!.length;
  // (and before the writer's comparison: "Almost half said they wanted an outsider, compared with
  // four in 10 who said ...")
  const compared = /,(["”’]?)\s+(?:compared\s+(?:with|to)|versus|vs\.)\s/u.exec(rest.slice(0, end));
  if (compared && (rest.slice(0, compared.index).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 && !insideQuotation(doc, base + compared.index)) end = compared.index + 1 + compared[1]!.length;
  // (and before a participle adjunct of the subject's: "..., while trying to explain her plan ...",
  // "..., while also suggesting that ...", "..., without offering specifics"; "without" with a verb
  // of giving or saying only: "... reduces costs, without punishing domestic producers" is content)
  const adjunct = /,(["”’]?)\s+(?:(?:while|when|before|after)\s+(?:(?:also|still|even|first|then)\s+)?\p{Ll}+ing|without\s+(?:offering|giving|providing|citing|naming|elaborating|specifying|explaining|mentioning|saying|detailing|identifying|disclosing|revealing|presenting|producing|addressing))\b/u.exec(rest.slice(0, end));
  if (adjunct && !insideQuotation(doc, base + adjunct.index + 1 + adjunct[1]!.length)) end = adjunct.index + 1 + adjunct[1]!.length;
  // (and before the writer's "with" + a person doing something: "denied it happened, with Lewandowski
  // taking to Twitter to call Fields ...")
  const withPerson = /,(["”’]?)\s+with\s+(?=\p{Lu})/u.exec(rest.slice(0, end));
  if (withPerson && !insideQuotation(doc, base + withPerson.index)) {
    const at = base + withPerson.index + withPerson[0].length;
    const m = doc.mentions[lowerBound(doc.mentions, at)];
    if (m && m.start === at && m.kind === 'name' && m.type === 'person' && /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b/u.test(doc.text.slice(m.end, m.end + 30))) end = withPerson.index + 1 + withPerson[1]!.length;
  }
  // (and before the writer's comment on the whole clause: "..., a charge that Colorado Republican
  // leaders strongly denied", "..., another moment immediately seized upon by Republicans")
  const comment = /,["”’]?\s+an?/u.test(rest) ? SUMMATIVE.exec(rest.slice(0, end)) : null;
  if (comment && (rest.slice(0, comment.index).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3) end = comment.index + 1 + comment[1]!.length;
  else end = trailingAppositive(doc, base, rest, end);
  // (and before a parenthesis that runs to its end: "she may be prosecuted (the existence of which ...)")
  const bracket = /\s\([^()]*\)?\s*[.!?]?\s*$/u.exec(rest.slice(0, end));
  if (bracket && (rest.slice(0, bracket.index).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 && (bracket[0].match(/[\p{L}\p{N}]+/gu) ?? []).length >= 4) end = bracket.index;
  // (a spaced hyphen stands for a dash: "... for “grabbing” at the candidate - although ...")
  // (not before an elaboration that goes on with the clause: "... two candidates to drop out — including
  // Jeb Bush", "... in their paychecks — at least not anytime soon")
  // (an aside between two dashes stays, "the bill — which passed last week — would fail", unless a
  // conjunction after the second opens a clause of the writer's: "has anything to apologize for — his
  // outreach will go only so far — but his team does see ...", "is backing Hillary Clinton -- not me --
  // and he says"; not a second subject, "Trump's call to ban ... -- a position ... -- and his provocative
  // statements against Mexicans and others are ...", nor a clause that goes on with the content, "he
  // doesn't have small hands - as Rubio has said - and he can “guarantee” ...")
  const dash = /\s(?:—|–|--|-(?=\s+\p{L}))\s/u.exec(rest.slice(0, end));
  const second = dash ? /\s(?:—|–|--|-)\s/u.exec(rest.slice(dash.index + dash[0].length, end)) : null;
  const ahead = dash ? (rest.slice(0, dash.index).match(/[\p{L}\p{N}]+/gu) ?? []).length : 0;
  if (dash && !ELABORATION.test(rest.slice(dash.index + dash[0].length, end)) && !second && ahead >= 3) end = dash.index;
  else if (dash && second && ahead >= 2 && WRITERS_CLAUSE.test(rest.slice(dash.index + dash[0].length + second.index + second[0].length, end))) end = dash.index;
  return end;
}

// a contrast, then a subject pronoun, a verb of the sentence's subject, or an auxiliary within a few words;
// or "and" with a new attribution ("-- and he says ..."; "- and he can “guarantee” ..." goes on with what
// was said)
const WRITERS_CLAUSE = /^(?:(?:but|yet|so|while|although|though)\s+(?:(?:he|she|they|it|we|I|has|have|had|is|was|are|were|will|would)\b|(?:[\p{L}’'-]+\s+){1,3}(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|should|must|may|might)\b)|and\s+(?:[\p{L}’'-]+\s+){1,3}(?:says|said|say|tells|told|adds|added|notes|noted|argues|argued|insists|insisted|claims|claimed|contends|contended)\b)/u;

// The writer's description in apposition at the end of the content, with no verb of its own, is no
// part of it: "announced it would slash up to 30,000 jobs, a mass layoff rivaling that of ...", "cited
// the Head Start program, the federally funded pre-school delivered by ...". Not a list ("the bill,
// the amendment and the resolution"), nor a name in apposition ("a bill, the Clean Air Act").
const APPOSITIVE_START = /,\s+(?:a|an|the)\s+(?=\p{Ll})/gu;
const OPENING_PHRASE = /^[\s“"‘]*(?:while|although|though|if|when|whenever|because|as|since|unless|until|whereas|despite|even|with|without|in|on|at|after|before|once|given|of|from|during|among|amid)\b/iu;
function trailingAppositive(doc: Doc, base: number, rest: string, end: number): number {
  const upTo = rest.slice(0, end);
  let last: RegExpExecArray | null = null;
  for (const m of upTo.matchAll(APPOSITIVE_START)) last = m;
  if (!last || insideQuotation(doc, base + last.index)) return end;
  const tail = upTo.slice(last.index + 1);
  if ((upTo.slice(0, last.index).match(/[\p{L}\p{N}]+/gu) ?? []).length < 2 || (tail.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return end;
  if (/[,;:“”"()]|\s(?:and|or|but|nor)\s+(?:the|a|an|his|her|its|their|our|this|that|these|those)\s/u.test(tail.replace(/[.!?]+\s*$/u, ''))) return end;
  // (no verb of its own, as far as its auxiliaries tell; participles may describe its noun)
  if (/\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|(?:is|are|was|were|has|have|had|do|does|did|wo|ca)n['’]t)\b/u.test(tail)) return end;
  // (after a phrase or clause put first, "the ..." opens the main clause: "while Sanders may not have
  // the backing of a majority, the affection of his supporters runs deep"; nor is a comparative
  // correlative an appositive: "the more delegates he takes, the more leverage he has")
  if (OPENING_PHRASE.test(upTo) || /^,\s+the\s+(?:more|less|fewer|better|worse|\p{Ll}+er)\b/u.test(upTo.slice(last.index))) return end;
  // (the same after a phrase or clause that opens the sentence before the cue: "When Cruz declined to
  // endorse his former rival in his address, the crowd booed", "After years adding coal-fired
  // generators at breakneck speed, the government in Beijing finally acknowledged ...")
  const sentence = doc.sentences[lowerBound(doc.sentences, base + 1) - 1];
  if (sentence && sentence.end >= base && OPENING_PHRASE.test(doc.text.slice(sentence.start, base)) && !doc.text.slice(sentence.start, base).includes(',')) return end;
  // (nor one that names a name, which says who or what the content's noun is: "from a former rival,
  // the retired neurosurgeon Ben Carson", "S. 1315, the proposed Veterans Benefits Enhancement Act")
  // (a name after a preposition is no such thing: "the worst bloodshed on French soil since World War II")
  if (/(?:^|\s)(?!(?:of|in|on|at|since|from|to|for|with|by|between|among|under|over|during|after|before|and|or|the|a|an)\s)\p{Ll}[\p{Ll}-]*\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u.test(tail)) return end;
  // (nor a clause whose verb is followed by its object: "..., the bill allows the Secretary to choose")
  if (/\b\p{Ll}{2,}(?:s|ed)\s+(?:the|a|an|his|her|its|their|our|that|to|him|them|it|us)\s/u.test(tail)) return end;
  // (nor the last item of a list, "the well-being of his people, the peace of his region, the security
  // of the world"; nor what follows a word that leads on, "but instead, a full evaluation", or a date
  // put in, "to increase, effective December 1, 2007, the rates of ...")
  const lead = upTo.slice(0, last.index);
  if (/,\s+(?:the|a|an|his|her|its|their|our)\s[^,]*$/u.test(lead) || /\b(?:instead|rather|but|and|or|also|even|only|including|namely|especially|particularly|perhaps|probably|however|though|\d{4})$/u.test(lead)) return end;
  return last.index;
}

// Whether a document offset stands inside a quotation (the quotation-mark layer's top-level pairs).
const insideQuotation = (doc: Doc, at: number): boolean => findContaining(quotedSpans(doc), at) >= 0;

// (or a condition on it: "he will not cave - unless or until it works to his party's advantage")
const ELABORATION = /^(?:including|such\s+as|for\s+(?:instance|example)|namely|like|especially|particularly|notably|at\s+least|and\s+more|or\s+more|unless|until|(?:at\s+least\s+)?not\s+until|only\s+(?:if|when|until))\b/u;
const SUMMATIVE = /,(["”’]?)\s+(?:a|an|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:charge|claim|move|moment|statement|remark|comment|assertion|accusation|allegation|sentiment|stance|position|notion|reference|nod|line|point|message|view|suggestion|contention|argument|characterization|description|label|criticism|swipe|jab|dig|shot|rebuke|warning|promise|pledge|vow|prediction)\b/u;

// adverbs that focus on a part of the clause: after an interrupting attribution they go on with its content
const FOCUSING = 'especially|particularly|notably|mainly|mostly|largely|partly|chiefly|primarily';

// What may follow the cue of an attribution that closes its sentence ("..., he said Wednesday
// morning on MSNBC’s “Morning Joe.”", "..., he said, on condition of anonymity"): times and
// prepositional phrases, a short quoted title among them, and a participle clause of its own; no
// clause ("said on Tuesday that ...").
const TAIL_PARTICIPLE = /,\s+(?:noting|adding|saying|arguing|explaining|warning|insisting|citing|calling|referring|pointing|urging|describing|according|quoting|retweeting|responding|reacting|echoing|linking|sharing)\b/u;
// (a manner adverb may come first: "..., Bill Eastland said matter-of-factly as confetti fluttered down")
// (a time counted from an event too: "..., the Associated Press declared on Thursday, two days after the vote")
// ("earlier" and "later" are times alone or before a setting: "said later in the day"; before a noun they
// are adjectives, and what follows is content: "supports later school start times")
// (a phrase with a clause of its own is none: "..., Roberts said, to determine if it had performed ...")
const TAIL_PHRASE = withTimeWords(new RegExp(String.raw`^(?:\s+(?!(?:only|${LY_NON_ADVERBS}|${FOCUSING})\b)[\p{Ll}-]{2,}ly(?=[\s,.!?]|$))?(?:\s*[.!?]?\s*$|\s+(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:WEEKDAY)(?:\s+(?:night|morning|afternoon|evening))?(?=\s|$)|(?:last|this)\s+(?:week|month|year|weekend|morning|afternoon|evening|night)\b|(?:\S+\s+){1,2}(?:days?|weeks?|months?|years?|hours?)\s+ago\b|(?:(?:\S+\s+){1,2}(?:days?|weeks?|months?|years?|hours?|minutes?)|shortly|soon|just|moments?|hours?|days?)\s+(?:after|before|later|earlier|into)\b|(?:earlier|later)(?=\s*[.!?,]?\s*$|\s+(?:in|on|at|that|this|the|when|while|as|after|before|during|to|with|than|WEEKDAY|today|tonight|yesterday|last|next)\b)|(?:in|at(?!\s+(?:least|most)\b)|on|during|after|before|when|while|as|today|yesterday|tonight|recently|via|through|from|to|with|under|following|amid|outside|inside|ahead)\b)(?![^]*\b(?:that|said|says)\b|[^]*\b(?:there|he|she|they|it|we|I)\s+(?:is|are|was|were|will|would|has|have|had)\b)[^]{0,80}$)`, 'u'));
export function sentenceFinalTail(tail: string, tell = false): boolean {
  // (a verb of telling takes its addressee first: "..., Grassley told POLITICO.", "... told reporters on
  // Monday", "... told the court in his filing": the addressee may be one to three words long)
  // (an infinitive after the addressee is what was asked or told, no closing phrase: "she would ask
  // Mr. Biden to continue ...")
  if (tell && ADDRESSEES.some((re) => re.test(tail) && !/^\s+to\s+\p{Ll}/u.test(tail.replace(re, '')) && finalTail(tail.replace(re, '')))) return true;
  return finalTail(tail);
}
// (no preposition or "that" inside a described addressee: in "asked the agency to act" the addressee is
// "the agency", and "to act" no closing phrase; "her" is tried as a determiner first, "told her supporters")
const ADDRESSEES = [0, 1, 2].map((n) => new RegExp(String.raw`^\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.'’&-]*\s*){1,5}|(?:(?:the|a|an|his|her|their)\s+(?:(?!(?:to|for|that|about|of|on|in|at|with)\s)[\p{L}-]+\s+){${n}}(?!(?:to|for|that|about|of|on|in|at|with)\b)\p{Ll}+|reporters|journalists|supporters|voters|audiences|delegates|him|her|them|me|us))(?=[\s,.!?]|$)`, 'u'));
function finalTail(whole: string): boolean {
  // (a semicolon closes the clause too: "These were not omissions by oversight, Brafman noted; the
  // government had deliberately slanted ...")
  const semicolon = whole.indexOf(';');
  const tail = semicolon >= 0 && !/[“”"]/u.test(whole.slice(0, semicolon)) ? whole.slice(0, semicolon) : whole;
  const participle = TAIL_PARTICIPLE.exec(tail);
  // (a short title in quotation marks counts as words: “Morning Joe.”)
  const rest = (participle ? tail.slice(0, participle.index) : tail).replace(/[“"][^“”"]{1,40}[”"]/gu, (q) => 'Q'.repeat(q.length));
  if (/[“”"]/u.test(rest)) return false;
  const all = rest.replace(/\s*[.!?]?\s*$/u, '').split(',');
  // (a clause of reason or concession with an attribution of its own closes the sentence: "Outright
  // victory is vital, he said after meeting Thursday with Trump aides, because he said ..."; without
  // one it may finish the content, "..., he said, because he prizes electability")
  const reason = all.findIndex((piece, k) => k > 0 && /^\s+(?:because|although|though|even\s+though|whereas|unless)\s/u.test(piece) && /\b(?:said|says|told|tells)\b/u.test(all.slice(k).join(',')));
  const pieces = reason > 0 ? all.slice(0, reason) : all;
  // (a title after its comma names the work before it: "..., she wrote in her memoir, “Tough Choices.”")
  return pieces.every((piece, k) => (k === 0 && piece === '') || TAIL_PHRASE.test(piece) || (k > 0 && /^\s*Q+$/u.test(piece) && /\p{L}$/u.test(pieces[k - 1]!)));
}

// (a short phrase of place or source too: "The Crime Statistics Bureau cited in Trump's tweet does not exist")
const REDUCED_PASSIVE = withTimeWords(/^\s+(?:(?:on\s+)?(?:WEEKDAY)|today|yesterday|(?:last|this)\s+(?:week|month|year)|by\s+[^,;:“”"]{1,40}?|in\s+(?:MONTH|\d{4})|(?:in|on|at|from)\s+(?!(?:WEEKDAY|MONTH)\b)(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[^\s,;:“”"]+\s+){0,2}?[^\s,;:“”"]+)?\s*(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|does|did|do)\s/u);
// (a focusing adverb goes on with the clause too: "Things have changed, she says, especially in the
// social media era")
const CLAUSE_FINISH = new RegExp(String.raw`^\s*,\s+(?=(?:by|to|for|than|into|about|against|because|unless|until|rather\s+than|not\s+(?:by|to|for|because)|(?:${FOCUSING}|in\s+part)(?:\s+(?:because|since|as|if|when|in|on|at|for|among|with|after|during|from|given|where))?|even\s+(?:after|before|when|while|as|if|though|with|without|in|for))\s)(?![^]*\b(?:said|says|told|tells)\b)`, 'u');
// what may follow the speaker of an inverted attribution (", said X."): the sentence's end, an
// appositive, a prepositional phrase or a relative clause ("..., said a handful of Democrats who point to ...")
// (others may speak with the speaker: "The contrast with Trump, said Doyle and others, would be clear")
const INVERTED_CLOSE = /^[\s.!?]*$|^\s*(?:,|(?:in|on|at|for|of|with|from|who|whose)\b)|^\s+and\s+(?:others|other\s+[\p{L}-]+)\s*(?:,|[.!?]?\s*$)/u;

// what follows the source of "according to" up to its comma: a year, a relative clause, a bracket;
// after a person's name also a description or a participle in apposition
const ACCORDING_TAIL_PART = {
  head: String.raw`^(?:,\s*\d{4}\b)?(?:,\s*(?:who|which|whose)\s[^,]*)?`,
  appositive: String.raw`(?:,\s*(?:(?:a|an|the|his|her|its|their)\s|\p{Ll}+ing\s)(?![^,]*\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b)[^,“”"]{1,80}(?=,\s*\S))?`,
  rest: String.raw`[^,(]*(?:\([^(),]*\)[^,(]*)*,\s*`,
};
const ACCORDING_TAIL = new RegExp(ACCORDING_TAIL_PART.head + ACCORDING_TAIL_PART.rest, 'u');
const ACCORDING_TAIL_APPOSITIVE = new RegExp(ACCORDING_TAIL_PART.head + ACCORDING_TAIL_PART.appositive + ACCORDING_TAIL_PART.rest, 'u');

// what supports or opposes without taking a stance: a law, a programme, a fund
const THING = /\b(?:act|acts|bill|bills|law|laws|program|programs|programme|fund|funds|funding|initiative|amendment|resolution|plan|project|grant|grants|budget|treaty|agreement|legislation|measure|provision|provisions|system|center|centre|facility|research|data|evidence|money|II|III|IV)$/iu;

// where the object of a participle that modifies its noun ends: punctuation, a dash, the main
// clause's verb, or a subordinator
const MODIFIER_OBJECT_END = /\s*[,;:()!?]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|Sr|Gen|Lt|Col|Sgt|Mt|Ft|Sens|Reps|Govs|\p{Lu}))\.(?=\s|$)|\s[-—–―]+\s|\s(?=(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|do|did|said|says|told|spent|led|paid|began|went|came|made|who|which|that|because|as|while|when|after|before|since|but|and\s+(?:is|are|was|were|has|have|had)\b)\b)|\s(?=\p{Ll}{3,}ed(?:[.,;!?]|\s+(?:the|a|an|his|her|their|its|him|them|to|on|in|at|for|with|by|up|out)\b))/u;

// a finite verb in what follows: the words before it are its subject
// a setting and nothing more: "in an interview", "in an email response to questions"
const SETTING_TIME = withTimeWords(/\s+(?:(?:(?:shortly|just|hours|days|weeks|minutes|moments|soon|right|long)\s+)?(?:before|after)\s+[^,;:“”"]{1,60}|(?:(?:late|early)\s+)?(?:on\s+)?(?:WEEKDAY)(?:\s+(?:night|morning|afternoon|evening))?|today|yesterday|earlier|later|(?:last|this)\s+(?:week|month|year|weekend|morning|night))(?=[.!?]?\s*$)/u);
const SETTING_ONLY = /^(?:in|on|during|at|via|by|through|over)\s+(?:a|an|the|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+){0,3}(?:interview|interviews|statement|email|e-mail|letter|call|conversation|release|post|tweet|speech|address|op-ed|appearance|briefing|response|message|meeting|hearing|radio|television|podcast|broadcast|show|event|rally|filing|brief|motion|court\s+filing|column|blog\s+post|book|memoir|essay|report)\b(?:\s+(?:with|to|on|from|about)\s+[^,;:“”"]{1,40})?[.!?]?\s*$/u;
// what follows the speaker of an inverted attribution that interrupts its clause: perhaps a relative
// clause or an appositive, then the clause's finite verb ("..., said Sunshine, who ..., doesn't forgive")
const INTERRUPTED_VERB = /^\s*,\s*(?:(?:who|whose|a|an|the)\s[^,;:“”"]{1,100},\s*)?(?=(?:(?:also|still|now|not|never|already)\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|do|does|did|won['’]t|can['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t)\b)/u;
const FINITE_AFTER = /\s(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does)\b/u;
// a second noun phrase after the name given, its predicate: "what he calls corruption in politics a major focus"
// (not after a preposition, a participle or an infinitive, whose object it is: "describe as a coalescing of
// figures around his candidacy", "a process following the election", "the decision he made to request a debate")
const NAME_GIVEN_END = /(?<!\b(?:in|of|on|for|to|with|by|from|at|about|against|over|under|into|onto|and|or|as|than|around|underneath|beneath|behind|between|among|across|through|toward|towards|without|within|upon|like|near|after|before|during|despite|amid|via|per|beyond|inside|outside|throughout)\s*|\p{Ll}{2,}(?:ing|ed)\s*|\bto\s+\p{Ll}+\s*)\s(?=(?:a|an|the|his|her|their|its|my|our)\s)/u;
const NAMING_CUES = new Set(['call', 'describe', 'label', 'brand', 'dub', 'term', 'deem']);

// A phrase that opens with a preposition, an adverb of time or a participle, or a short noun
// phrase, and holds no form that could be a finite verb.
// (a possessive's "'s" is no verb: "The city's security chief, Abdullah al-Jahafi, announced")
const LIKELY_VERB = /\b(?:is|are|was|were|be|been|am|has|have|had|will|would|can|could|should|may|might|must|do|does|did|\p{Ll}+n['’]t|(?!(?:his|its|this|thus|plus|yes|bus|gas|campus|focus|status|bonus|census|crisis|basis|chaos|news|series|species)\b)\p{Ll}{2,}(?:ed|s)|won|lost|got|made|took|came|went|said|told|gave|saw|knew|thought|felt|left|led|ran|began|became|kept|held|brought|bought|built|sent|spent|paid|met|put|set|cut|hit|let|fell|rose|grew|drew|wrote|spoke|chose|broke|stood|sat|found|need|want|think|know|see|win|lose|like|go|get|make|take|come|look|seem|help|work)\b|['’](?:re|ll|ve|d|m)\b|\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]hat|[Ww]ho|[Hh]ere|[Ww]here|[Hh]ow|[Tt]his|everyone|everybody|nobody|someone|[Ll]et)['’]s\b/u;
function noClause(phrase: string): boolean {
  const p = phrase.trim().replace(/^(?:and|but|so|yet|or)\s+/iu, '');
  // (names aside, with their possessives: "Hollywood Reporter" is no verb, "Clinton's attorney" no
  // contraction; a pronoun's is: "He's right")
  if (LIKELY_VERB.test(p.replace(/(?<=^|\s)(?!(?:He|She|It|That|There|What|Who|Here|This|I|We|They|You|Let)['’])\p{Lu}[\p{L}'’.-]*/gu, 'X'))) return false;
  return /^(?:in|on|at|during|after|before|since|from|by|with|for|of|about|then|now|later|earlier|meanwhile|still|also|\p{Ll}+ing)\b/iu.test(p) || words(p.replace(/['’]s\b/gu, '')) <= 4;
}

// words of a description of a news outlet before its name ("the news site RTL Info", "the daily Le Soir")
const MEDIA_WORDS = new Set(['site', 'news', 'daily', 'weekly', 'paper', 'broadcaster', 'wire', 'portal', 'blog', 'online', 'local', 'national', 'state', 'state-run', 'state-owned', 'official', 'public', 'conservative', 'liberal', 'independent']);

// verbs that report a proposition only with "that": "agreed that ...", "concurred that ..."
const THAT_ONLY = new Set(['agree', 'concur', 'determine', 'rule', 'figure', 'reckon', 'relate', 'posit']);
// a verb of belief whose object is often a noun phrase, no thought: "assumed office" (and
// "maintain", whose noun phrase is kept, not said: "continues to maintain a hard-to-overtake lead")
const NP_BELIEF = new Set(['assume', 'know', 'maintain']);
// (a contracted auxiliary too: "Reporters know they're being spun")
const KNOWN_CLAUSE = /^(?:that|what|which|who|how|why|whether|where|when|if)\b|^(?:[^\s,]+\s+){0,4}(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|isn['’]t|wasn['’]t|won['’]t|can['’]t|didn['’]t|doesn['’]t)\b|^(?:[^\s,]+\s+){0,3}(?:he|she|it|they|we|I|you|there|that|who|what)['’](?:s|re|ll|d|ve|m)\s/iu;
// verbs of perception that report a view only as "X sees Y as Z"
const AS_ONLY = new Set(['see', 'view', 'regard']);

/**
 * Where a noun-phrase object ends. For a verb of stance: "Mr. Carson endorsed Mr. Trump at a news
 * conference", "Democrats opposed it because ...": the stance is toward the object; the adjuncts
 * after it are the writer's, cut only after an object that is a name or a pronoun ("accused X of
 * grabbing her at a press conference" keeps its clause whole). For other verbs: before a clause
 * after a comma, when the object holds no verb of its own.
 */
function stanceObjectEnd(doc: Doc, cue: Cue, cstart: number, cend: number): number {
  if (/^\s*that\b/u.test(doc.text.slice(cue.end, cend))) return cend;
  // (after a stance or a participle, a finite verb after a comma is the main clause's: "Romney, who
  // helped launch the movement with a speech denouncing Donald Trump, will not be present")
  if (STANCE.has(cue.lemma) || NP_OBJECT_ONLY.has(cue.lemma)) {
    const mainVerb = /,\s+(?:(?:also|still|now|not)\s+)?(?:will|would|is|was|are|were|has|have|had|could|can|did|does|won['’]t|wasn['’]t|isn['’]t)\b/u.exec(doc.text.slice(cstart, cend));
    // (not a second verb of the same subject: "backed Ron Paul in 2012 and, in Republican contests, has supported ...")
    if (mainVerb && mainVerb.index > 0 && !FINITE_VERB.test(doc.text.slice(cstart, cstart + mainVerb.index)) && !/\b(?:and|but|or)\s*,/u.test(doc.text.slice(cstart, cstart + mainVerb.index)) && !insideQuotation(doc, cstart + mainVerb.index)) cend = cstart + mainVerb.index;
  }
  // (any other verb's object that is a noun phrase, no clause, ends the same way before a clause
  // after a comma: "recounted the incident, which ...", "view Trump's nomination as a sort of
  // hostile takeover, although they have failed to ...")
  // (not what a document shows, whose object may be a small clause: "polls showing rival Sen. Ted
  // Cruz, R-Texas, leading the race")
  if (!STANCE.has(cue.lemma)) {
    if (cue.cls === 'evidence' || cue.cls === 'according') return cend;
    // (a setting after an object with no verb of its own is the writer's: "explained his reasoning
    // in an appearance on CBS", "reported no arrests late Monday")
    // (not after "say", "tell" or a belief, whose content is a clause more often than not: "said
    // Trump lied in a speech")
    const setting = cue.lemma === 'say' || cue.cls === 'tell' || cue.cls === 'belief' ? null : OBJECT_SETTING.exec(doc.text.slice(cstart, cend));
    // (not when a clause or a quotation of the content comes after the setting: "to say in an
    // interview on MSNBC that ...")
    // (and the setting closes the content, or a clause boundary follows it: not "the decision by OPM
    // last year not to apply ...", nor "the involvement of DHS in the event of ... was not necessary")
    const after = setting ? doc.text.slice(cstart + setting.index, cend) : '';
    const closes = setting !== null && /^\s*\S+(?:\s+\S+){0,7}?\s*(?:$|[,.;:!?]|\s(?:and|but|while|although|though|as|when|after|before|because|which|who)\s)/u.test(after);
    if (setting && setting.index > 0 && closes && words(doc.text.slice(cstart, cstart + setting.index)) >= 1 && !FINITE_VERB.test(doc.text.slice(cstart, cstart + setting.index)) && !/[“"]/u.test(doc.text.slice(cstart, cstart + setting.index)) && !/\bthat\b|[“"]/u.test(after) && !FINITE_VERB.test(after.split(/[,;:]/u)[0]!) && !insideQuotation(doc, cstart + setting.index)) cend = cstart + setting.index;
    const clause = STANCE_CLAUSE.exec(doc.text.slice(cstart, cend));
    if (!clause || clause.index === 0 || (!/^,/u.test(clause[0]) && !/^\s+(?:although|though|even\s+though|whereas)\b/u.test(doc.text.slice(cstart + clause.index, cend))) || insideQuotation(doc, cstart + clause.index)) return cend;
    const object = doc.text.slice(cstart, cstart + clause.index);
    // (a noun in -ing in a list is no participle: "the fields of science, engineering and math")
    const next = doc.text.slice(cstart + clause.index, Math.min(cend, cstart + clause.index + 60));
    if (/^,\s+\p{Ll}{3,}ing(?:\s*,|\s+(?:and|or)\b|\s*[.;]?\s*$)/u.test(next)) return cend;
    // (nor does a relative clause end the object when a short remainder of it follows: "to put New
    // York, which has not voted Republican in 32 years, in play")
    if (/^,\s*(?:which|who)\s[^,]*,\s*(?:\S+\s+){0,2}\S+[.!?]?\s*$/u.test(doc.text.slice(cstart + clause.index, cend))) return cend;
    if (words(object) < 2 || /^\s*(?:what|which|who|how|why|whether|where|when|if)\b/iu.test(object) || /[“"]/u.test(object) || FINITE_VERB.test(object)) return cend;
    // (a relative clause between commas inside the subject of a clause: "said the plan, which he
    // unveiled Monday, was good")
    // (or a participle: "found Millennials, numbering 75.3 million, surpassed Baby Boomers")
    // (or a bare verb after the clause's closing comma: "Our veterans, who served in the Gulf War,
    // deserve additional studies")
    if (/^,/u.test(clause[0]) && /,\s+(?:\p{Ll}+ly\s+)?(?:(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|\p{Ll}+ed|\p{Ll}+s)\b|(?!(?:and|or|but|the|a|an|his|her|their|its|in|on|at|for|with|to|of|by|from|as|which|who|including|especially|not|also|then|now)\b)\p{Ll}{3,}\s+(?:the|a|an|his|her|their|its|more|additional|new|to|that)\b)/u.test(doc.text.slice(cstart + clause.index + clause[0].length, cend))) return cend;
    return cstart + clause.index;
  }
  // (whatever the object, an adverbial clause, a participle clause or a relative clause after a
  // comma is the writer's: "backed a no-fly zone in Syria, putting her at odds with ...",
  // "supported the North American Free Trade Agreement, which caused ...", not one inside the
  // object: "accused the audience, which is ..., of consisting of ..."; "defended Trump's
  // remarks when the billionaire came under attack"; a reason is the source's own: "opposed it
  // because it fell short")
  const clause = STANCE_CLAUSE.exec(doc.text.slice(cstart, cend));
  if (clause && clause.index > 0 && !insideQuotation(doc, cstart + clause.index)) cend = cstart + clause.index;
  // (a second clause after the first comma and a conjunction is the writer's: "opposes a Democratic
  // measure authorizing broader background checks, and three of the four GOP supporters of that
  // proposal currently hold seats ..."; a list of objects has commas before its last "and", unless a
  // pronoun opens a clause: "..., and he would veto it"; the second part must hold a verb, "..., and the
  // cities of Hampton" is a second object; a preposition goes on with the object: "accused Clinton of
  // dragging her feet, and for advocating fracking")
  const coordinated = /,\s+(?:and|but)\s+(\S+)/u.exec(doc.text.slice(cstart, cend));
  const second = coordinated ? doc.text.slice(cstart + coordinated.index + coordinated[0].length - coordinated[1]!.length, cend).split(/[,;:]/u)[0]! : '';
  if (coordinated && coordinated.index > 0 && !insideQuotation(doc, cstart + coordinated.index)
    && (/^(?:he|she|they|it|we|I)(?:['’]\p{Ll}+)?$/u.test(coordinated[1]!) || (!doc.text.slice(cstart, cstart + coordinated.index).includes(',') && !/^(?:for|of|to|in|on|with|about|against|over|as|at|by|from|then|also|not)$/u.test(coordinated[1]!) && (FINITE_VERB.test(second) || /\s\p{Ll}+ly\s+\p{Ll}{3,}(?<!ing)\s/u.test(second) || /\p{L}['’](?:s|re|ve|ll|d)\s/u.test(second))))) cend = cstart + coordinated.index;
  const adjunct = STANCE_ADJUNCT.exec(doc.text.slice(cstart, cend));
  if (!adjunct || adjunct.index === 0 || insideQuotation(doc, cstart + adjunct.index)) return cend;
  const at = cstart + adjunct.index;
  const object = doc.text.slice(cstart, at).trim();
  const named = doc.mentions[lowerBound(doc.mentions, at) - 1];
  // (any object ends before a subordinate clause of time or concession, a clause with its own
  // subject and verb: "endorsed gay marriage after his son came out")
  // (not a measure of time before it, "hours after ...", nor inside a relative clause of the object)
  if (SUBORDINATE_CLAUSE.test(doc.text.slice(at, cend)) && !/\b(?:hours|days|weeks|months|years|minutes|moments|shortly|soon|just|long|right|even)\s*$/u.test(doc.text.slice(cstart, at)) && !/\b(?:that|which|who|whom)\b/u.test(doc.text.slice(cstart, at))) {
    return cstart + /^(.*?)(?:[\s,;:—–-]+(?:(?:but|and|or)[\s,;:—–-]*)?)?$/su.exec(doc.text.slice(cstart, at))![1]!.length;
  }
  if (/^(?:him|her|them|it|us|me|you|this|that)$/iu.test(object) || /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*$/u.test(object)) return at;
  return named && named.kind === 'name' && named.end === at && /^(?:(?:[\p{Lu}][\p{L}.'’-]*|former|billionaire|presumptive)\s+)*$/u.test(doc.text.slice(cstart, named.start).trimStart()) ? at : cend;
}

// a subordinator of time or concession, then a subject and a finite verb
const SUBORDINATE_CLAUSE = /^\s+(?:after|before|when|while|since|although|though|even\s+though|despite\s+the\s+fact\s+that)\s+(?:(?:he|she|they|it|we|I|you|his|her|their|its|the|a|an|this|that|\p{Lu}[\p{L}.'’-]*)\s+){1,3}(?:[\p{Ll}'’-]+\s+){0,2}?(?:is|are|was|were|has|have|had|will|would|could|did|does|\p{Ll}{2,}ed|came|went|took|made|won|lost|left|ran|said|told|became|got|saw|met|spoke|gave)\b/u;
// verbs that report only with a clause, a quotation or a colon, never with a noun phrase as object
const CLAUSE_ONLY: ReadonlySet<string> = new Set(['add', 'maintain', 'assume', 'charge', 'observe', 'worry']);
// Whether a stretch of text holds a finite verb: an auxiliary or a verb with a finite ending, not one
// after a determiner or preposition, where it is an adjective ("regardless of shared political goals")
// (tags cover only the stretches around cues, so the words themselves decide)
function finiteVerbIn(text: string): boolean {
  for (const m of text.matchAll(FINITE_VERBS)) {
    const prev = /(\S+)\s+$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase();
    if (prev === undefined || !ADJECTIVE_BEFORE.has(prev)) return true;
  }
  return false;
}
const ADJECTIVE_BEFORE = new Set(['of', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'for', 'with', 'by', 'in', 'on', 'at', 'to', 'from', 'and', 'or', 'newly', 'well', 'most', 'more', 'less', 'long']);
// a verb that is finite wherever it stands, or a past form (plural nouns in -s are left alone)
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|isn['’]t|wasn['’]t|won['’]t|can['’]t|didn['’]t|doesn['’]t)\b|\b\p{Ll}{3,}ed\b/u;
const FINITE_VERBS = new RegExp(FINITE_VERB.source, 'gu');
// an object pronoun right after a verb of telling, before the subject of a clause
const OBJECT_PRONOUN_CLAUSE = /^\s+(?:(?:him|them|us|me)\s+(?=(?:the|a|an|this|these|those|his|her|their|its|our|my|your|all|every|some|no|it|he|she|they|we|I|there|\p{Lu}[\p{L}'’.-]*)\s)|her\s+(?=(?:the|a|an|this|these|those|his|their|its|our|my|your|all|every|some|no|it|he|she|they|we|I|there|\p{Lu}[\p{L}'’.-]*)\s))/u;
// (a verb in "-s" too: "his support for Mr. Trump makes him ...")
const ownVerb = (text: string): boolean => FINITE_VERB.test(text) || /\b\p{Ll}{2,}[^s\W]s\b/u.test(text);
// a setting after a noun-phrase object: an event of speaking, or a day or week
const OBJECT_SETTING = withTimeWords(/\s+(?=(?:in|during|at)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,2}(?:interview|appearance|speech|statement|rally|event|meeting|hearing|debate|news\s+conference|press\s+conference|town\s+hall|op-ed|letter|post|tweet|briefing)\b|(?:late|early)\s+(?:on\s+)?(?:WEEKDAY)\b|on\s+(?:WEEKDAY)\b|(?:(?:later|earlier)\s+)?(?:last|this)\s+(?:week|month|year)\b(?!['’]))/u);

// where the object of a verb of stance ends: a time, place, reason or manner adjunct
const STANCE_ADJUNCT = withTimeWords(/\s+(?=(?:at|during|after|before|when|while|since|last|yesterday|today|earlier|here|there|WEEKDAY|by\s+(?:a|an|\d|\p{Ll}+ing)|and\s+(?:then\s+)?\p{Ll}{3,}ed|in\s+(?:the|a|an|his|her|their|its|(?:early|late|mid)(?:\s+|-)(?:MONTH|\d{4})|\p{Lu}[\p{L}.'’-]*|\d+)|on\s+(?:\p{Lu}[\p{L}.'’-]*|the\s+(?:campaign|trail|stump|floor))|despite|even\s+though|although|though)\b)/u);
const STANCE_CLAUSE = /,\s+(?=(?!including|especially|particularly|notably)\p{Ll}{3,}ing\s|(?:which|who|whose|whom)\s(?![^;]*,\s+(?:of|as|for|with|to)\s))|\s+(?=(?:when|while|although|though|even\s+though|whereas|as\s+(?:he|she|they|it|we|I))\s)|(?<!\b(?:for|by|of|in|from|after|before|without|about|on|while|when|as))\s+(?=(?:saying|adding|noting|arguing|stating|writing|explaining|declaring)\b)/u;
// verbs whose object is a noun phrase, never a clause, besides the verbs of stance ("denouncing Donald Trump", "hailed the deal")
const NP_OBJECT_ONLY = new Set(['denounce', 'mock', 'blast', 'hail', 'applaud', 'thank', 'welcome', 'celebrate', 'honor', 'salute', 'ridicule', 'deride', 'lambaste', 'rebuke', 'scold', 'chide', 'congratulate', 'commend']);
// verbs of stance, whose object may be one word ("Bush endorsed Cruz", "she opposed it")
const STANCE = new Set(['endorse', 'support', 'oppose', 'back', 'vote for', 'praise', 'criticize', 'blame', 'attack', 'slam', 'defend', 'reject', 'condemn', 'deny', 'accuse']);

// verbs that take a noun phrase and no clause whose subject could be missing (where "which he said
// would ..." reports, "the plan he proposed would ..." does not)
const CLAUSELESS: ReadonlySet<string> = new Set([...STANCE, ...NP_OBJECT_ONLY, 'propose', 'request', 'recommend', 'cite', 'tout', 'describe', 'highlight', 'call for', 'demand', 'urge', 'question', 'dispute', 'offer', 'extend', 'express', 'voice', 'order', 'point to', 'refer to', 'lament', 'decry', 'dismiss', 'echo', 'call', 'label', 'brand', 'dub', 'underscore', 'underline', 'criticise', 'encourage']);
const PURPOSE_ONLY = new Set(['write', 'speak', 'talk', 'post', 'tweet', 'testify', 'appear', 'comment', 'respond', 'reply', 'call', 'email', 'text', 'blog']);

const PARTICIPLE_CUES = new Set(['question', 'dispute', 'recall', 'say', 'add', 'tell', 'note', 'warn', 'argue', 'insist', 'explain', 'claim', 'write', 'stress', 'declare', 'state', 'announce', 'suggest', 'predict', 'complain', 'promise', 'pledge', 'vow', 'urge', 'call', 'describe', 'accuse', 'blame', 'praise', 'acknowledge', 'admit', 'concede', 'ask', 'demand', 'refer to', 'point to', 'point out', 'call for', 'cite', 'support', 'oppose', 'endorse', 'back', 'reject', 'defend', 'criticize', 'attack',
  // (and telling someone that something is so: "..., reassuring his counterpart Vladimir Putin that ...")
  'reassure', 'assure', 'inform', 'remind', 'reiterate', 'emphasize', 'emphasise', 'confirm', 'deny', 'maintain', 'contend', 'assert', 'caution']);

/**
 * Where content that starts at `from` stops before a second attribution in its sentence: a cue
 * with a subject of its own after a comma or semicolon ("..., and Lee said ...", "...; experts called
 * it ..."), after "and" for a named speaker ("... and Donald Trump says ..."), after a subordinator
 * ("... after a woman in Worcester told him ..."), or in a relative clause ("..., which he called
 * “a cartel”", "rules that she said were needed"). `end` when there is none.
 */
function nextAttribution(doc: Doc, from: number, end: number, cues: readonly Cue[]): number {
  for (const later of cues) {
    // (a view or a feeling inside the content is part of it: "states: First, I am concerned that ...")
    if (later.start <= from || later.start >= end || later.cls === 'according' || VIEW_CUES.has(later.lemma) || isWeakCue(later)) continue;
    const nref = speakerBefore(doc, later.start, from) ?? genericSubject(doc, from, later.start);
    if (!nref) {
      // "... compared with four in 10 who said ...": a relative clause of its own ends the content after its antecedent
      const rel = relativeAntecedent(doc, from, later.start);
      const pronoun = rel ? /[\s,]*(?:who|which)\b/u.exec(doc.text.slice(rel.mention.end, later.start)) : null;
      if (rel && pronoun && pronoun.index === 0 && words(doc.text.slice(from, rel.mention.end)) >= 2) return rel.mention.end;
      continue;
    }
    // (the speaker's titles and roles stand outside its name mention: "..., though Mrs. Fiorina said")
    // (and the article of a name: "... as possibly a hoax and the White House claimed ...")
    const lead = withoutTitles(doc.text.slice(from, nref.mention.start)).replace(nref.mention.kind === 'name' && later.cls !== 'manner' ? /(?<=\s)the\s+$/u : /$^/u, '');
    const sub = /\s(?:after|before|when|since|until)\s+$/u.exec(lead);
    // (a reason is the content's own, not a new attribution: "... not only because he supports Trump")
    // (an intention in a clause of time is the content's own: "... at a time when he is seeking to ...")
    if (sub && later.cls !== 'intent') return from + sub.index;
    // ("... as liberals with about three in 10 saying ...": the participle's own clause after "with")
    const absolute = /,?\s+with\s+$/u.exec(lead);
    // (not when a comma stands before the participle, whose subject is the sentence's: "... the future
    // with Iran, remarking that ...")
    if (absolute && isParticiple(doc, later) && words(lead.slice(0, absolute.index)) >= 2 && !doc.text.slice(nref.mention.end, later.start).includes(',')) return from + absolute.index;
    // (a relative pronoun after its preposition too: "... the War on Drugs, with which Hawkins agreed")
    // (and an adverb after the conjunction: "..., but ultimately Prager thinks ...")
    const gap = ATTRIBUTION_GAP.exec(lead);
    // ("Cruz said both he and Rubio promised ...": a pronoun joined to the name is the same subject)
    if (gap && /\band\s*$/u.test(gap[0]) && /\b(?:both|either|neither|he|she|I|we|they)\s*$/u.test(lead.slice(0, gap.index))) continue;
    // ("said his band and collaborator Brian Burton wrote ...": a noun phrase with no verb before "and"
    // is joined to the name, one subject)
    if (gap && /^\s*and\s*$/u.test(gap[0]) && /^\s*(?:the|a|an|his|her|their|its|our|my)\s/u.test(lead) && noClause(lead.slice(0, gap.index))) continue;
    // (a fronted adverbial inside the content ends at its comma, and the content's own clause
    // follows: "that during Obama's visit to Turkey, President Erdogan reiterated ...")
    // (not an attribution that closes the sentence: "..., when China's spending helped growth, a Chinese official said.")
    if (gap && /^,\s*$/u.test(gap[0]) && FRONTED.test(lead) && !lead.slice(0, gap.index).includes(',') && !sentenceFinalTail(doc.text.slice(later.end, end), later.cls === 'tell')) continue;
    // (the comma may stand inside a closing quotation mark: "had “been friends for some time,” he claimed ...")
    if (gap && (/[,;:]/u.test(gap[0] + doc.text.slice(from + lead.length - gap[0].length - 1, from + lead.length)) || /[,;:][”"’]\s*$/u.test(doc.text.slice(from + lead.length - gap[0].length - 2, from + lead.length)) || (nref.mention.kind === 'name' && /\b(?:and|but|while|whereas)\s*$/u.test(gap[0])) || (nref.mention.kind === 'group' && (/\b(?:but|while|whereas)\s*$/u.test(gap[0]) || (/\band\s*$/u.test(gap[0]) && !lead.slice(0, gap.index).includes(',') && later.cls !== 'evidence' && later.cls !== 'belief'))) || (/\band\s*$/u.test(gap[0]) && SHARE.test(nref.mention.text)) || (gap.index > 0 && /\bthat\s*$/u.test(gap[0]) && nref.mention.kind === 'pronoun'))) {
      // (the second subject inside a relative clause: the content ends before the clause, "an end
      // to the War on Drugs, with which Hawkins and La Riva agreed")
      const relative = RELATIVE_CLAUSE_TAIL.exec(lead.slice(0, gap.index));
      return from + (relative ? relative.index : gap.index);
    }
  }
  return end;
}

// what may stand between a content and the subject of a second attribution: punctuation, a conjunction or
// a relative pronoun (after its preposition too), perhaps with an adverb after it
const ATTRIBUTION_GAP = new RegExp(String.raw`[\s,;:]*(?:[,;:]\s*|\s)(?:(?:and|but|while|whereas|${RELATIVE_AFTER_PREPOSITION}|that|though|although|yet)(?:\s+(?!only\b)\p{Ll}{3,}ly)?)?\s*$`, 'u');
// a verb's object right before a lone comma and a second verb: a lower-case word that is no conjunction,
// determiner or word of example, then capitalised words of a name ("to oust Col. Muammar el-Qaddafi"), or
// an infinitive's description ("to join a coalition")
const OBJECT_AFTER_WORD = String.raw`\s(?!(?:and|or|but|nor|including|like|notably|especially|the|a|an|its|his|her|their|this|that|our|my|your)\s)\p{Ll}{2,}\s+`;
const NAME_AFTER_VERB = new RegExp(String.raw`${OBJECT_AFTER_WORD}(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$`, 'u');
const VERB_BEFORE_OBJECT = new RegExp(String.raw`\bto${OBJECT_AFTER_WORD}$`, 'u');
// a relative clause after a comma that runs to the end: ", with which Hawkins and La Riva"
const RELATIVE_CLAUSE_TAIL = new RegExp(String.raw`,\s+${RELATIVE_AFTER_PREPOSITION}\s+[^,;:]*$`, 'u');

// a share of people polled, as the subject of a second attribution joined by "and": "One in three
// said ... and one in four said ...", "Six in 10 said ..., and three-quarters said ..."
const SHARE = /^(?:(?:only|just|about|nearly|almost|roughly|some|more\s+than|fewer\s+than|less\s+than)\s+)?(?:\d+(?:\.\d+)?\s*(?:percent|%)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:\d+|ten|four|five|three)|half|a\s+third|two-thirds|a\s+quarter|three-quarters|a\s+majority|a\s+plurality)(?:\s+of\s+[\p{L} -]+)?$/iu;

// (time adverbials too: "that sometime in the week that followed, he realized ...")
const FRONTED = /^\s*(?:that\s+)?(?:during|after|before|when|while|in|on|at|since|as|if|because|although|though|once|until|despite|amid|following|under|with|without|by|sometime|later|earlier|soon|eventually|recently|last|next|every|each)\b/iu;

function withoutTitles(lead: string): string {
  let out = lead;
  for (let m = TRAILING_WORD.exec(out); m && isTitleWord(m[1]!); m = TRAILING_WORD.exec(out)) out = out.slice(0, m.index + 1);
  return out;
}
const TRAILING_WORD = /\s([\p{L}.-]+)\s+$/u;
// (a capitalised title or modifier, "Mrs.", "Former", or a lower-case role noun, "spokesman")
const isTitleWord = (w: string): boolean => {
  const l = w.toLowerCase().replace(/\.$/u, '');
  return /^\p{Lu}/u.test(w) ? ROLE_NOUNS.has(l) || ROLE_MODIFIERS.has(l) || TITLES.has(l) : ROLE_NOUNS.has(l);
};

// The document, poll or record that shows or finds something, with what follows its noun
// ("New polls released Sunday showed", "A USA Today/Suffolk University poll released this week
// found", "where polls show", "Exit polling shows", "..., fundraising documents show").
// (not a verb with its possessed object: "Clinton released her records, which showed ...")
const DOCUMENT_TAIL = /\s+(?:released|published|conducted|issued|out|taken|commissioned|obtained|reviewed|seen|cited|compiled|discovered|found|recovered|leaked|posted|filed|made\s+public)\b(?!\s+(?:her|his|their|its|our|my|your)\s)[^,;:“”"]{0,50}$/u;
// (and a verb of seeming or a modal before the cue: "a recent review of her emails seems to show")
const DOCUMENT_AUX = /(?:\s+(?:also|again|now|still|only|even|consistently|repeatedly|have|has|had|is|are|was|were|may|might|could|would|will|can|should|must|does|do|did|(?:seem|appear|tend)(?:s|ed)?\s+to|[\p{Ll}]+ly))+\s*$/u;
// a time right after the document's noun: "A CNN/ORC poll last month showed"
const DOCUMENT_TIME = withTimeWords(/(\S+)\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|fall|winter)|(?:on\s+)?(?:WEEKDAY))$/u);
const NP_STOP = /^(?:that|which|who|where|when|while|whereas|though|although|unless|until|once|as|if|because|since|and|but|or|so|yet|than|said|says|say|of|in|on|at|for|to|by|with|without|despite|amid|given|following|from|after|before|over|is|are|was|were|be|been|being|have|has|had|will|would|can|could|should|may|might|must|do|does|did|\p{Ll}+ing)$/iu;
// a document noun with words after it that modify it: "An average of recent polls by RealClearPolitics", "Polls there"
const POST_MODIFIED = new RegExp(String.raw`(?<=^|[\s(])(${[...EVIDENCE_NOUNS].join('|')})(\s+(?:(?:of|by|from|for|among|on|in|at|with|taken|conducted|released|published|commissioned|compiled)\s+[^,;:“”"]{1,90}|there(?:\s+[^,;:“”"]{1,60})?))$`, 'iu');
// where such a phrase may begin: its clause's start, perhaps after a determiner and a few words
const CLAUSE_OPENING = /(?:^|[,;:(]\s*|\b(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o|[Ww]hile|[Aa]s|[Ii]f|[Bb]ecause|[Ww]hen|[Aa]fter|[Bb]efore|[Tt]hat|[Ss]ince|[Aa]lthough|[Tt]hough|[Ww]hereas)\s+)(?:(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:(?!\p{Ll}+ed\s|(?:the|a|an|that|which|who|is|are|was|were|has|have|had)\s)[\p{L}\d'’./-]+\s+){0,4}$/u;
function documentSubject(doc: Doc, floor: number, at: number): SpeakerRef | null {
  let pre = doc.text.slice(Math.max(floor, at - 160), at).replace(DOCUMENT_AUX, '').trimEnd();
  const time = DOCUMENT_TIME.exec(pre);
  if (time && EVIDENCE_NOUNS.has(time[1]!.toLowerCase())) pre = pre.slice(0, time.index + time[1]!.length);
  // (a participle between commas describes the document: "A Fox News poll, conducted jointly with
  // Anderson Robbins Research, shows ...")
  const aside = /,\s+(?:conducted|taken|released|published|commissioned|sponsored|compiled|done|carried\s+out|issued|produced|fielded)\b[^,;:“”"()]{0,120},$/u.exec(pre);
  if (aside) pre = pre.slice(0, aside.index);
  // (a comma before the verb closes a clause, not a subject: "... the manner in which VA handled
  // this investigation, said Senator Akaka")
  if (pre.endsWith(',')) return null;
  // (a relative pronoun before the verb is no part of the document's name: "a new report released by
  // the Pentagon that asserts ...", "her records, which showed ...")
  pre = pre.replace(/,?\s+(?:that|which)$/u, '');
  const end = pre.length;
  const tail = DOCUMENT_TAIL.exec(pre);
  if (tail) pre = pre.slice(0, tail.index);
  const ws = pre.match(/[^\s]+$/u);
  let headWord = ws?.[0] ?? '';
  let headAt = pre.length - headWord.length;
  const head = headWord.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!EVIDENCE_NOUNS.has(head) && head !== 'polling') {
    // "An average of recent polls by RealClearPolitics shows", "Surveys of caucus-goers taken as
    // they entered caucus sites showed", "Polls there show": the head may have words after it
    // that modify it, with no verb of its own
    const post = POST_MODIFIED.exec(pre);
    // (no verb, conjunction or relative pronoun of its own after the head: "reports of VA's failure
    // ... may", "the release of a study which")
    if (!post || /\b(?:is|are|was|were|has|have|had|will|would|may|might|can|could|should|must|do|does|did|said|says|say|told|or|but|which|who|that)\b|\band\b(?!\s+(?:the\s+)?\p{Lu})/u.test(post[2]!)) return null;
    headAt = post.index;
    headWord = post[1]!;
    // (and the phrase opens its clause, perhaps after a determiner: not "... requested the study in 2004")
    if (!CLAUSE_OPENING.test(pre.slice(0, headAt))) return null;
  }
  // the noun phrase: back over up to five words, to a comma or a word that opens a clause
  const before = pre.slice(0, headAt);
  const parts = before.split(/(\s+)/u);
  let k = parts.length;
  let count = 0;
  while (k > 0 && count < 5) {
    const w = parts[k - 1]!;
    if (/^\s*$/u.test(w)) { k--; continue; }
    // (a gerund right before the head modifies it: "new fundraising reports", "voting records")
    if (/[,;:“”"()]$/u.test(w) || (NP_STOP.test(w) && !(count === 0 && /^\p{Ll}{3,}ing$/u.test(w)))) break;
    k--; count++;
  }
  const base = at - (doc.text.slice(Math.max(floor, at - 160), at).length);
  const start0 = base + parts.slice(0, k).join('').length + (parts.slice(k).join('').length - parts.slice(k).join('').trimStart().length);
  // (a dash that opens an aside is no part of it: "suggested - a report released by ...")
  const start = start0 + (/^[-–—]+\s+/u.exec(doc.text.slice(start0, start0 + 4))?.[0].length ?? 0);
  const stop = base + end;
  if (stop <= start) return null;
  // (a verb whose object the document is opens no part of it: "to share a few statistics that
  // highlight ...", "Officials made several statements affirming ...")
  // (not a gerund, a capitalised word or a participle after a determiner that the tagger took for a
  // verb: "polling data", "Morning Consult poll", "the revised estimate")
  const headStart = base + headAt;
  let from = start;
  for (let i = lowerBound(doc.tokens, start); i < doc.tokens.length && doc.tokens[i]!.start < headStart; i++) {
    const t = doc.tokens[i]!;
    const w = doc.text.slice(t.start, t.end);
    if (t.pos !== 'VERB' || !/^\p{Ll}+$/u.test(w) || /ing$/u.test(w) || (/ed$/u.test(w) && /\b(?:a|an|the|this|that|its|their|his|her)\s+$/iu.test(doc.text.slice(Math.max(0, t.start - 8), t.start)))) continue;
    from = /^\s*(?:[-–—]+\s+)?/u.exec(doc.text.slice(t.end, stop))![0].length + t.end;
  }
  if (from >= stop) return null;
  if (from !== start) return documentRef(doc, from, stop, headWord);
  return documentRef(doc, start, stop, headWord);
}

// a verb or a clause inside what should be the name of a poll: "the polls closed", "a recent CNN/ORC
// poll said they believe", "several recent polls and is now tied with", "polls behind Clinton"
const POLL_PHRASE_VERB = /\b(?:is|are|was|were|be|been|has|have|had|can|could|will|would|said|says|closed|approved|and\s+(?:is|are|was|has|held|wins|clobbered)|but|behind|against|over|to|that)\b|\b(?:location|place|station|booth|site)s?\b|\s(?:\p{Ll}+ing)\s/u;

// The document after "according to" up to its clause's end: "a CBS poll released Monday",
// "Senate filings", "a count by The Associated Press".
function documentAfter(doc: Doc, at: number, limit: number): SpeakerRef | null {
  // (a date's year after its comma is part of it: "a March 14, 2019 NATO press release"; a
  // bracket after it is an aside: "according to exit polls (a sizable margin, ...)")
  // (a short title in quotation marks may stand in it: "according to the “Medicare for all” document he released")
  const m = /^\s*((?:[^,;:“”"()]|[“"][^“”",]{1,40}[”"]){1,80}?(?:,\s*\d{4}\b[^,;:“”"()]{0,60}?)?)\s*(?=[,;:](?!\s*\d{4}\b)|[.!?]["”’]?\s*$|$|\((?![^()]*\)\s*\p{Ll}))/u.exec(doc.text.slice(at, limit));
  if (!m) return null;
  const ws = m[1]!.split(/\s+/u);
  // (a lower-case noun: "Research" in "the German Institute for Economic Research" is part of a name)
  // (or the capitalised last word of a name: "a National Health Examination Survey", "the Gallup Poll")
  // (not "the Bureau of Labor Statistics", "the German Institute for Economic Research": organisations)
  const k = ws.findIndex((w, i) => (/^\p{Ll}/u.test(w) ? EVIDENCE_NOUNS.has(w.replace(/[^\p{L}-]/gu, '')) || w === 'polling' : i === ws.length - 1 && i > 0 && /^(?:Survey|Poll|Report|Study|Census|Audit|Assessment)$/u.test(w.replace(/[^\p{L}-]/gu, ''))));
  // (the document noun comes early, before any verb of a clause of its own)
  if (k < 0 || k > 7 || ws.slice(0, k).some((w) => /^(?:that|who|which|said|says|is|was|are|were)$/iu.test(w))) return null;
  const start = at + m[0].indexOf(m[1]!);
  const stop = start + m[1]!.length;
  return documentRef(doc, start, stop, ws[k]!);
}

// A document is named by its whole phrase ("A USA Today/Suffolk University poll released this
// week"): the organisations in it may have made it together, or only published it.
function documentRef(doc: Doc, start: number, end: number, head: string): SpeakerRef {
  const mention = { ...makeMention(doc, start, end, 'nominal', 'unknown'), head };
  return { mention, name: mention.text, type: 'unknown', role: null, flags: ['nominal'] };
}

// (a body of people named by a definite or possessive description may intend: "the Trump team
// sought to ...", "Clinton's campaign plans to ..."; a program or project is no one: "This program
// seeks to ...", nor is a body first introduced, "a public awareness campaign seeks to ...")
const NON_AGENT_BODIES = new Set(['program', 'programme', 'project', 'initiative', 'fund', 'center', 'centre', 'station', 'website', 'channel', 'outlet', 'publication', 'network', 'laboratory', 'reserve', 'service', 'camp']);
function intendingBody(subj: SpeakerRef): boolean {
  return subj.type === 'organization' && !NON_AGENT_BODIES.has((subj.mention.head ?? '').toLowerCase())
    && /^(?:the|his|her|their|its|our|[\p{Lu}][\p{L}.-]*(?:['’]s|s['’]))\s/iu.test(subj.mention.text);
}

/** The number of words (runs of letters and digits) in `s`. */
export const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

const ADDRESSED_SPEECH = new Set(['warn', 'caution', 'promise', 'alert']);
const ADDRESSED_CLAUSE = /^\s+(?:(?:him|her|them|us|me|you)|(?:the\s+)?[\p{Lu}][\p{L}.'’&-]*(?:\s+[\p{Lu}][\p{L}.'’&-]*){0,3}|(?:\p{Ll}+\s+)?(?:voters|residents|supporters|members|lawmakers|senators|colleagues|reporters|donors|workers|parents|families|consumers|investors|citizens|Americans|Republicans|Democrats|allies|leaders|officials|people))\s*,?\s+that\s+(?:he|she|they|we|I|it|you|there|the|a|an|this|these|those|his|her|their|its|our|\p{Lu})/u;

// The name that stands first after `from`, with nothing but an article and role words before it
// ("the regional director James Bacigalupo"); a person's role may be qualified by a name ("Fox News
// host Sean Hannity").
function nameAfterRole(doc: Doc, from: number, to: number): SpeakerRef | null {
  const name = speakerAfter(doc, from, to);
  if (!name || name.mention.kind !== 'name') return null;
  const ws = doc.text.slice(from, name.mention.start).split(/\s+/u).filter(Boolean);
  const role = (w: string) => ROLE_NOUNS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase());
  if (ws.every((w) => /^(?:the|a|an)$/iu.test(w) || role(w))) return name;
  return name.type === 'person' && ws.length > 0 && (ROLE_NOUNS.has(ws[ws.length - 1]!) || (ws.length === 1 && /['’]s$/u.test(ws[0]!))) && ws.every((w) => /^(?:the|a|an)$/iu.test(w) || role(w) || /^\p{Lu}[\p{L}.&-]*(?:['’]s)?$/u.test(w)) ? name : null;
}

export function clip(doc: Doc, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:]/u.test(doc.text[s]!)) s++;
  // (a dash left at the end belongs to what follows: "attacked Clinton -- saying ...")
  for (;;) {
    while (e > s && /[\s,;:—–]/u.test(doc.text[e - 1]!)) e--;
    const dash = /(?:\s-+|--+)$/u.exec(doc.text.slice(Math.max(s, e - 8), e));
    if (!dash) break;
    e -= dash[0].length;
  }
  // the bracket that closes a parenthesis opened before the content: "(On Monday he said ... .)"
  if ((doc.text[e - 1] === ')' || (doc.text[e - 2] === ')' && /[.!?]/u.test(doc.text[e - 1]!))) && !doc.text.slice(s, e).includes('(')) {
    e = doc.text.lastIndexOf(')', e - 1);
    while (e > s && /[\s,;:]/u.test(doc.text[e - 1]!)) e--;
  }
  return { start: s, end: e };
}
