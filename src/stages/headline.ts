import type { Doc, Entity, Mention, QuoteKind, Span } from '../types.js';
import { CUE_FORMS } from '../lexicon/data/cue-verbs.generated.js';
import { isGivenName } from '../lexicon/genders.js';
import { GROUP_NOUNS, ORG_NOUNS, ROLE_NOUNS } from '../lexicon/roles.js';
import { describesSource, type SpeakerRef } from './speakers.js';

/** An attribution in the headline: `Trump Says He Never Pledged ...`, `Ted Cruz: ‘...’`, `..., Trevor Noah Says.` */
export interface HeadlineQuote {
  readonly kind: QuoteKind;
  readonly content: Span;
  readonly fragments: readonly Span[];
  readonly ref: SpeakerRef;
  readonly cue: Span | null;
  readonly rule: string;
}

// Headlines capitalise every word, so the name finder cannot tell names from the rest there: the
// subject is read from the words before the cue and matched to the article's entities.
const SUBJECT = /^(?:[\p{Lu}\d#@‘’'“”"][\p{L}\p{N}.’'&-]*\s+){0,5}[\p{Lu}][\p{L}\p{N}.’'&-]*$/u;
const OPEN = /^[‘“"']/u;
const NOUNISH = /^(?:states|attacks|charges|questions|reports|claims|comments|remarks|warnings|statements|concerns|calls|criticisms|findings|shows|polls|rules|ruling|rulings|determines)$/iu;
const CLOSE = /[’”"']$/u;

// A section label before the headline proper: "The Latest: Clinton tells voters ...", "BREAKING: ..."
const LABEL = /^(?:The\s+Latest|Latest|Exclusive|Breaking(?:\s+News)?|Updated?|Watch|Video|Wow|Look|Analysis|Opinion|Fact[\s-]+Check|Just\s+In|Revealed|Busted|Boom|Live)\s*(?::|\s[–—-])\s+/iu;
// the plain forms a plural subject takes in a headline: "Polls suggest ...", "Mourners say ..."
const PLAIN_FORM = /^(?:say|warn|claim|insist|suggest|argue|predict|urge|deny|admit|vow|pledge|promise|fear|show|expect)$/iu;

export function headlineQuote(doc: Doc): HeadlineQuote | null {
  const para = doc.paragraphs[0];
  if (!para || para.boilerplate) return null;
  const whole = doc.text.slice(para.start, para.end);
  if (whole.length > 200 || /\n/u.test(whole)) return null;
  const label = LABEL.exec(whole)?.[0].length ?? 0;
  const text = whole.slice(label);
  const base = para.start + label;
  const body = text.replace(/[.;:!?\s]+$/u, '');
  // "Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’"
  // (after a label in capitals and a dash: "EXCLUSIVE – Roger Stone: Don’t Trust ...")
  const colon = /^(?:[\p{Lu}]{4,}\s+[–—-]\s+)?([^:]{2,100}?):\s+(.+)$/u.exec(text);
  // (a topic or an audience after the speaker is no part of it: "CNN President On Trump: ‘...’",
  // "Gillibrand on Hillary Releasing Her ... Transcripts: ‘...’", "Clinton to Planned Parenthood: ...")
  const topic = colon ? /\s+(?:[Oo]n|[Aa]bout|Of|[Oo]ver|[Tt]o|[Ff]or|[Aa]t|In)\s+.+$/u.exec(colon[1]!) : null;
  const speaker = colon ? (topic && topic.index > 0 ? colon[1]!.slice(0, topic.index) : colon[1]!) : '';
  const said = colon ? base + colon[0].length - colon[2]!.length : 0;
  if (colon && SUBJECT.test(speaker) && OPEN.test(colon[2]!) && CLOSE.test(colon[2]!.replace(/[.\s]+$/u, ''))) {
    const ref = refFor(doc, base + colon[0].indexOf(colon[1]!), speaker);
    const inner = trimMarks(doc, said, base + text.replace(/\s+$/u, '').length);
    if (ref) return { kind: 'direct', content: inner, fragments: [], ref, cue: null, rule: 'headline-colon' };
  }
  // "Mark Cuban: I'd Consider A Future White House Bid": unquoted (or quoted in part: "Bernie
  // Sanders: ‘Of Course’ Hillary Clinton Is Qualified ..."), the statement is the speaker's when the
  // body names the speaker (not "Poll: ...", "The result: ...")
  if (colon && SUBJECT.test(speaker) && !documentLabel(speaker) && colon[2]!.split(/\s+/u).length >= 3) {
    const ref = refFor(doc, base + colon[0].indexOf(colon[1]!), speaker);
    if (ref && ref.mention.kind === 'name') return build(doc, { start: said, end: base + body.length }, ref, null, 'headline-colon');
  }
  // "Poll: Trump and Clinton hold narrow leads ...", "Insiders: Trump will rebound ...", "AP: Trump
  // chair routed ...": a source described in a word or three (or an acronym) before the colon, as in
  // "..., poll finds", bare as headlines have it (not "The Guccifer: ..."); not a question ("Ted Cruz:
  // Constitutional conservative or ...?")
  // (not a label of the document itself, "Media Release: ...", "FLOOR STATEMENT: ...", nor words in capitals
  // other than an acronym)
  if (colon && !topic && speaker.split(/\s+/u).length <= 3 && !/^(?:the|a|an)\s/iu.test(speaker) && (/^\p{Lu}{2,4}$/u.test(speaker) || (/\p{Ll}/u.test(speaker) && sourceHead(speaker))) && colon[2]!.split(/\s+/u).length >= 3 && !/\?\s*$/u.test(text)) {
    const ref = refFor(doc, base + colon[0].indexOf(colon[1]!), speaker);
    if (ref) return build(doc, { start: said, end: base + body.length }, ref, null, 'headline-colon');
  }
  // "Trump Says He Never Pledged To Kill ...", "Hillary Clinton Says Trump’s Bigotry Doesn’t ‘Fit ...’"
  // (title case or sentence case: "Trump Says He ...", "Ted Cruz says heckler deserves ...")
  // (any finite form of a verb of speech, telling or evidence in the lexicon: "Polls Suggest ...",
  // "Clinton Urges Britain to Remain ...", "British diplomat praises Obama's presidency")
  for (const m of body.matchAll(/\s([\p{L}]+)(?=\s+\S)/gu)) {
    const entry = CUE_FORMS[m[1]!.toLowerCase()];
    // ("Hillary Clinton emails released on eve of ...": in a headline "emails" is the noun)
    if (!entry || (entry[1] !== 'speech' && entry[1] !== 'tell' && entry[1] !== 'evidence') || /^(?:tells|told)$/iu.test(m[1]!) || entry[0] === 'email') continue;
    // (an adverb before the verb is no part of the subject: "Donald Trump Just Revealed ...")
    const subject = body.slice(0, m.index).replace(/\s+(?:Just|Finally|Now|Also|Still|Again|Reportedly|Quietly|Officially)$/u, '');
    // (a plain form after a plural subject: "Polls suggest Kasich has ...")
    if (!/(?:s|ed|said|told)$/u.test(m[1]!.toLowerCase()) && !(PLAIN_FORM.test(m[1]!) && /\p{L}s$/u.test(subject))) continue;
    const content = body.slice(m.index + m[0].length).trimStart();
    // "..., Trevor Noah Says": content first
    const tail = /^(.{8,}),\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*)$/u.exec(subject);
    if (content === '' || tail) continue;
    // (nor a relative clause or a possessor: "Hollywood Actor Who Endorsed ...", "Why Hillary Clinton’s Attacks ...")
    // (in sentence case, a source described in lower case: "SEIU chief says Trump can win")
    if (!(SUBJECT.test(subject) || (/^\p{Lu}\S*(?:\s+\S+){0,3}$/u.test(subject) && /\s\p{Ll}/u.test(subject) && describesSource(subject))) || /\s(?:Who|Which|That|who|which|that)$|['’]s$/u.test(subject)) continue;
    const ref = refFor(doc, base, subject);
    if (!ref) continue;
    // (a form that is as often a plural noun needs a subject the body names: "Paris attacks test
    // Clinton's strategy", "Criminal charges against Clinton could ...")
    // (so does any verb in a headline set in capitals, where nothing tells a verb from a noun:
    // "CHAIRMAN BAUCUS SEEKS ANSWERS TO ENERGY WOES")
    if ((NOUNISH.test(m[1]!) || !/\p{Ll}/u.test(body)) && ref.mention.kind !== 'name') continue;
    // (and says more than two words: "RNC Rules Clash Erupts" is a noun compound)
    if (NOUNISH.test(m[1]!) && (content.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) continue;
    const start = base + body.length - content.length;
    return build(doc, { start, end: base + body.length }, ref, { start: base + m.index + 1, end: base + m.index + 1 + m[1]!.length }, 'headline-says');
  }
  // "Dennis Prager Tells #NeverTrump Conservatives They Need To Change Course", "Hillary Clinton
  // tells voters she’s with them": the addressee, then what is told, from a pronoun or a quotation
  // mark (where the addressee ends cannot be told otherwise)
  const tells = /\s([Tt]ells|[Tt]old)\s+((?:\S+\s+){1,4}?)(?=(?:[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Ww]e|I|[Yy]ou|[Tt]here)['’\s]|[‘“"'])/u.exec(body);
  if (tells && SUBJECT.test(body.slice(0, tells.index))) {
    const ref = refFor(doc, base, body.slice(0, tells.index));
    const start = base + tells.index + tells[0].length;
    if (ref && body.length - (start - base) > 8) return build(doc, { start, end: base + body.length }, ref, { start: base + tells.index + 1, end: base + tells.index + 1 + tells[1]!.length }, 'headline-says');
  }
  const inverted = /^(.{8,}),\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*)\s+(Says|Said|Warns|Claims|Tells\s+[^,]{2,40})$/u.exec(body);
  if (inverted && SUBJECT.test(inverted[2]!)) {
    const at = inverted[1]!.length + body.slice(inverted[1]!.length).indexOf(inverted[2]!);
    const verb = at + inverted[2]!.length + 1;
    const ref = refFor(doc, base, inverted[2]!, at);
    if (ref) return build(doc, { start: base, end: base + inverted[1]!.length }, ref, { start: base + verb, end: base + verb + /^\S+/u.exec(inverted[3]!)![0].length }, 'headline-content-says');
  }
  // in sentence case, a source described in lower case: "Sanders will back Clinton, eventually,
  // former rival says", "..., officials say", "..., study finds"
  const described = /^(.{8,}),\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(says|said|say|warns|warn|claims|claim|finds|find|found|shows|show)$/u.exec(body);
  if (described && describesSource(`the ${described[2]!}`)) {
    const at = described[1]!.length + body.slice(described[1]!.length).indexOf(described[2]!);
    const ref = refFor(doc, base, described[2]!, at);
    const verb = at + described[2]!.length + 1;
    if (ref) return build(doc, { start: base, end: base + described[1]!.length }, ref, { start: base + verb, end: base + verb + described[3]!.length }, 'headline-content-says');
  }
  return null;
}

// the last word of a headline's speaker, in lower case, and its singular ("Insiders" -> insiders, insider)
function headWord(speaker: string): { head: string; singular: string } {
  const head = speaker.split(/\s+/u).at(-1)!.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return { head, singular: head.replace(/ies$/u, 'y').replace(/s$/u, '') };
}

// a label of the article's own kind before a headline's colon: "Media Release", "FLOOR STATEMENT"
const documentLabel = (speaker: string): boolean => /^(?:release|statement|testimony|advisory|conference|remark|speech|update|alert|transcript|sheet|notice|summary|announcement|event|memo|briefing|op-ed|column|letter|speaker|guest|hearing|markup|recap|roundup|digest|schedule)$/u.test(headWord(speaker).singular);

// A source a headline names before its colon by a noun: a poll, a report, a role or a group ("Poll",
// "IG report", "Clinton camp", "Insiders"); not a label of the article's own kind ("Media Release",
// "Hearing Statement", "Keynote Speakers")
function sourceHead(speaker: string): boolean {
  if (documentLabel(speaker)) return false;
  const { head, singular } = headWord(speaker);
  return ROLE_NOUNS.has(singular) || ROLE_NOUNS.has(head) || GROUP_NOUNS.has(head) || ORG_NOUNS.has(singular) || /^(?:poll|survey|study|report|editorial|newspaper|insider|historian|analyst|expert|source|critic|economist|scientist|researcher|pollster)$/u.test(singular)
    // (and a paper or a network: "NY Daily News: ...", "NY Post: ...")
    || (/^\p{Lu}/u.test(speaker) && /^(?:news|post|times|journal|herald|tribune|gazette|globe|magazine|network)$/u.test(head));
}

function build(doc: Doc, content: Span, ref: SpeakerRef, cue: Span | null, rule: string): HeadlineQuote {
  const fragments: Span[] = doc.quotePairs.filter((p) => p.start >= content.start && p.end <= content.end).map((p) => ({ start: p.start, end: p.end }));
  const whole = fragments.length === 1 && fragments[0]!.start - content.start <= 1 && content.end - fragments[0]!.end <= 2;
  return whole
    ? { kind: 'direct', content: fragments[0]!, fragments: [], ref, cue, rule }
    : { kind: fragments.length ? 'mixed' : 'indirect', content, fragments, ref, cue, rule };
}

function trimMarks(doc: Doc, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[‘“"'\s]/u.test(doc.text[s]!)) s++;
  while (e > s && /[’”"'\s.]/u.test(doc.text[e - 1]!)) e--;
  if (doc.text[e] === '.') e++;
  return { start: s, end: e };
}

// The speaker a headline subject names: the entity whose name ends (or begins) with its last
// word ("Trump" -> Donald Trump, "Hollande" -> François Hollande), else the words themselves.
function refFor(doc: Doc, base: number, subject: string, offset = 0): SpeakerRef | null {
  const words = subject.replace(/[’']s$/u, '').split(/\s+/u);
  if (/^(?:I|We|You|He|She|It|They|This|That|Why|How|What|When|Where|Who|Here|There)$/u.test(words[0]!) && words.length === 1) return null;
  const key = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const last = key(words.at(-1)!);
  // (entities the body names: the headline's own capitalised runs are no evidence)
  const inBody = new Set(doc.mentions.filter((m) => m.start >= doc.paragraphs[0]!.end && m.entity !== null).map((m) => m.entity!));
  const people = doc.entities.filter((e) => (e.type === 'person' || e.type === 'organization') && inBody.has(e.index));
  // (or whose title it is: "CNN President" for "CNN President Jeff Zucker")
  // (a subject in lower case describes its source rather than naming it: "..., poll finds")
  const match: Entity | undefined = /^\p{Ll}/u.test(subject) ? undefined : people.find((e) => key(e.name) === key(subject))
    ?? (words.length >= 2 ? people.find((e) => e.type === 'person' && e.role !== null && key(e.role) === key(subject)) : undefined)
    // (a family name last before a family name first: "Baucus" is "Max Baucus" before the headline's
    // own run "Baucus Urges Japan")
    ?? people.find((e) => e.type === 'person' && e.name.includes(' ') && key(e.name.split(/\s+/u).at(-1)!) === last)
    ?? people.find((e) => e.type === 'person' && e.name.includes(' ') && key(e.name.split(/\s+/u)[0]!) === last)
    // (a one-word name last, after a word or two that describe it: "Hacker Guccifer" is "Guccifer")
    ?? (words.length >= 2 && words.length <= 3 && !/^(?:The|A|An|This|That|Our|My|Your|Its|Their|His|Her)$/u.test(words[0]!) && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) ? people.find((e) => e.type === 'person' && !e.name.includes(' ') && key(e.name) === last) : undefined);
  // an unknown subject of more than three words is more likely a clause than a source
  if (!match && words.length > 3) return null;
  const start = base + offset;
  const mention: Mention = {
    start, end: start + subject.length, text: subject, kind: match ? 'name' : 'nominal', type: match ? match.type : 'unknown', role: null,
    head: words.at(-1)!, entity: match ? match.index : null, sentence: 0, affiliation: null,
  };
  // (a one-word name the headline gives in full keeps its given name: "Cecile Richards: ..." for a body's "Richards")
  const fuller = match !== undefined && !match.name.includes(' ') && words.length === 2 && isGivenName(words[0]!);
  return { mention, name: match ? (fuller ? subject : match.name) : subject, type: mention.type, role: match?.role ?? null, flags: ['headline'] };
}
