import type { Doc, EntityType, Mention } from '../types.js';
import { findContaining, lowerBound } from '../core/doc.js';
import { memo } from '../core/memo.js';
import { DIRECTION_WORDS, EVIDENCE_NOUNS, GROUP_NOUNS, LANDMARK_NAMES, NON_PERSON_NOUNS, ORG_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_NOUNS } from '../lexicon/roles.js';
import { placeOf, regionOf, regionOfDemonym } from '../lexicon/places.js';
import { genderOf, isGivenName } from '../lexicon/genders.js';
import { CAPITALISED_NON_NAMES } from '../lexicon/function-words.js';
import { MONTHS, SOFT, TITLES } from '../lexicon/abbreviations.js';
import { CUE_FORMS } from '../lexicon/data/cue-verbs.generated.js';
import { withTimeWords } from '../lexicon/time-words.js';

// a time phrase after a sentence-initial word ("Hours later"), not a weekday after it ("Priebus later Thursday")
const TIME_PHRASE_AFTER = withTimeWords(/^\s+(?:later|earlier|ago)\b(?!\s+(?:on\s+)?(?:WEEKDAY)\b)/u);

// A run of capitalised words, with the particles names and organisations carry inside them
// ("Ministry of Foreign Affairs", "Ludwig van Beethoven", "Kang Yu-jung").
// (a word may join capitals with "&": "PG&E", "AT&T")
// (text decoded twice over keeps its accented letters as pairs, "PeÃ±a", "JesÃºs": a byte after Ã or Â
// that became a symbol is part of the word, also when the Ã is written as A and a combining tilde)
const NAME_WORD = String.raw`[\p{Lu}](?:[\p{L}\p{M}\p{N}'’.\-–]|(?<=\p{L}(?:[ÂÃ]|A[\u0302\u0303]))[\u0080-\u00BF])*(?:&[\p{Lu}][\p{L}\p{M}\p{N}'’.\-–]*)?`;
// (a nickname in quotation marks inside a name is part of it: `C.L. "Butch" Otter`)
// (a capitalised word after a prefix and its hyphen opens none: "ex-Muslim Zara Kay" is Zara Kay;
// "al-Baghdadi" keeps its name; nor does one after a capital, "post-WWII" has no "WII"; a lower-case word
// or a number glued before it by a lost line break or tag is no part of it, "theCommittee for Economic
// Development", "$650,000AUCH supports")
const RUN = new RegExp(String.raw`(?<!\b(?:ex|pro|anti|non|post|pre|neo|pseudo|self|un|mid|pan|trans)-|[\p{Lu}\p{M}])${NAME_WORD}(?:[ \t\u00a0]+(?:(?:of|for|on|and|the|de|van|von|der|bin|al|da|del|la|le|du|ibn|abu|y)[ \t\u00a0]+)*(?:["“]\p{Lu}[\p{Ll}'’.-]{1,14}(?: \p{Lu}[\p{Ll}'’.-]{1,14})?["”][ \t\u00a0]+)?(?:(?:al|el|ad|as|at|az|ash|bin|ibn|abu|ben|d)[-'’])?${NAME_WORD})*`, 'gu');

/**
 * Name mentions: runs of capitalised words, each split into an optional role ("Chinese
 * President"), the name ("Xi Jinping") and the type of thing it names (person, organisation,
 * place). Pronouns, groups and nominal references are found later, where a cue needs a speaker.
 */
export function findMentions(doc: Doc): Doc {
  const runs: { start: number; text: string; sentence: number }[] = [];
  // (a headline in title case carries no case information either: "CNN President On Trump: ‘We
  // Do Not Pay Candidates To Appear At Debates.’"; its names are read from the body)
  const shouting = doc.paragraphs.map((p) => !p.boilerplate && isShouting(doc.text, p.start, p.end));
  // (a title-case headline that is not in capitals: only a possessive ends a name there)
  const titled = doc.paragraphs.length > 0 && !doc.paragraphs[0]!.boilerplate && !shouting[0] && isTitleCase(doc.text, doc.paragraphs[0]!.start, doc.paragraphs[0]!.end);
  if (titled) shouting[0] = true;
  const { text, sentences } = doc;
  const push = (start0: number, run0: string, sentence: number): void => {
    // a dateline ("LAGOS, March 11 -") names no actor; a run that goes on past it starts after it
    // ("Washington-- U.S. Senator Evan Bayh": the dash is a name character)
    let start = start0;
    let run = run0;
    const b = findContaining(doc.boilerplate, start);
    if (b >= 0) {
      const skip = /^\s*/u.exec(doc.text.slice(doc.boilerplate[b]!.end, start0 + run0.length))![0].length;
      start = doc.boilerplate[b]!.end + skip;
      if (start >= start0 + run0.length) return;
      run = doc.text.slice(start, start0 + run0.length);
      if (!/^\p{Lu}/u.test(run)) return;
    }
    // a dash before a lower-case word ends the run ("Boyd--who is ...", "Association--says that")
    if (run.includes('-') || run.includes('–') || run.includes('—')) {
      const dash = /(?:--|[–—])\p{Ll}/u.exec(run);
      if (dash) run = run.slice(0, dash.index);
    }
    // a full stop after a word that is no abbreviation ends a sentence inside a quotation, which
    // the sentence layer keeps whole: "... with Trump. People back down ..." holds two runs
    let from = 0;
    if (run.includes('. ')) {
      for (const m of run.matchAll(SENTENCE_STOP)) {
        if (ABBREVIATED.has(m[1]!.toLowerCase())) continue;
        runs.push({ start: start + from, text: run.slice(from, m.index + m[1]!.length + 1), sentence });
        from = m.index + m[0].length;
      }
    }
    runs.push({ start: start + from, text: run.slice(from), sentence });
  };
  // one scan over the whole text (a scan a sentence costs several times more); a run that
  // crosses a sentence end ("... said Smith. Jones ...") is read again sentence by sentence
  const scan = new RegExp(RUN.source, 'gu');
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let si = lowerBound(sentences, start + 1) - 1;
    if (si < 0 || start >= sentences[si]!.end) continue;
    if (end <= sentences[si]!.end) {
      const para = doc.paragraphs[sentences[si]!.paragraph]!;
      if (!para.boilerplate && !shouting[para.index]) push(start, m[0], si);
      // (in a title-case headline only a possessive ends a name for sure: "Senator Harry Reid's Remarks at ...")
      else if (para.index === 0 && titled) {
        const owner = /^(.*?[\p{L}.])['’]s(?=\s|$)/u.exec(m[0]);
        if (owner) push(start, `${owner[1]!}${m[0].slice(owner[1]!.length, owner[1]!.length + 2)}`, si);
      }
      continue;
    }
    // every sentence the run touches is read whole, and the scan goes on after the last one
    let resume = end;
    for (; si < sentences.length && sentences[si]!.start < end; si++) {
      const s = sentences[si]!;
      resume = s.end;
      const para = doc.paragraphs[s.paragraph]!;
      if (para.boilerplate || shouting[para.index]) continue;
      const from = Math.max(start, s.start);
      for (const mm of text.slice(from, s.end).matchAll(RUN)) push(from + mm.index, mm[0], si);
    }
    scan.lastIndex = resume;
  }
  // words of multi-word names: a lone "Xi" or "Lee" is a name when "Xi Jinping" is one
  const nameWords = new Set<string>();
  for (const r of runs) if (r.text.includes(' ')) for (const w of r.text.split(/\s+/u)) nameWords.add(w.replace(/['’]s$/u, ''));
  // titles used as names: a title word that follows a name word in some run ("Martin Luther King");
  // one that only follows a function word or another title ("The Senator") is not
  const titleNames = new Set<string>();
  for (const r of runs) {
    const ws = r.text.split(/\s+/u).map((w) => w.replace(/['’]s$/u, ''));
    for (let i = 1; i < ws.length; i++) {
      const prev = ws[i - 1]!;
      if (isTitleNoun(ws[i]!) && !CAPITALISED_NON_NAMES.has(prev.toLowerCase().replace(/\.$/u, '')) && !isRoleWord(prev)) titleNames.add(ws[i]!);
    }
  }
  const mentions: Mention[] = [];
  for (const r of runs) {
    const found = nameMention(doc, r.start, r.text, r.sentence, nameWords, titleNames);
    if (found) mentions.push(...found);
  }
  return { ...doc, mentions };
}

// A one-line heading whose words nearly all start with a capital (function words too).
const isTitleCase = (text: string, s: number, e: number): boolean => {
  if (e - s > 200 || text.slice(s, e).includes('\n')) return false;
  const words = text.slice(s, e).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const small = words.filter((w) => /^(?:a|an|the|of|to|in|on|at|for|and|or|but|with|from|by|is|are|was|be|not|it|as|that|this|his|her|their)$/iu.test(w));
  const capital = (w: string): boolean => /^\p{Lu}/u.test(w);
  // (or every word but the small ones capitalised, as press releases set theirs: "Bayh Urges President to
  // Fully Fund Pandemic Preparedness Efforts")
  return (words.length >= 5 && small.length >= 2 && small.filter(capital).length >= small.length * 0.75 && words.filter(capital).length >= words.length * 0.8)
    // (a word other than "and" among the small ones: a list of names is no headline, "Today, Democratic Leader
    // Harry Reid, Assistant Democrat Leader Dick Durbin, and Sen.")
    || (words.length >= 5 && small.some((w) => !/^(?:and|or)$/u.test(w)) && words.length - small.length >= 4 && words.every((w) => capital(w) || small.includes(w)));
};

// a headline's verb, in the third person: no word of a name
const HEADLINE_VERB = /^(?:Urges|Demands|Calls|Says|Asks|Announces|Applauds|Praises|Welcomes|Backs|Votes|Seeks|Pushes|Blasts|Slams|Hails|Lauds|Unveils|Introduces|Secures|Questions|Criticizes|Condemns|Warns|Pledges|Vows|Requests|Presses|Touts|Responds|Reacts|Opposes|Cosponsors|Sponsors|Commends|Congratulates|Honors|Recognizes|Meets|Visits|Tours|Hosts|Receives|Offers|Signs|Files)$/u;
// a headline's noun of speech after a name ("Baucus Statement on ...")
const HEADLINE_NOUN = /^(?:Statement|Statements|Remarks|Testimony)$/u;
const TRAILING_DAY = withTimeWords(/^(?:WEEKDAY)[.,;:!?]?$/u);
const TRAILING_MONTH = withTimeWords(/^(?:MONTH)[.,;:!?]?$/u);

// Headlines in capitals carry no usable case information.
// (a paragraph with a lower-case letter is not shouting: most are found so at once)
const isShouting = (text: string, s: number, e: number): boolean => {
  const body = text.slice(s, e);
  if (/\p{Ll}/u.test(body)) return false;
  const letters = body.replace(/[^\p{L}]/gu, '');
  return letters.length > 12 && letters === letters.toUpperCase();
};

// a word of two letters or more with a lower-case one, its full stop, and the next word
const SENTENCE_STOP = /(?<=^|\s)(\p{Lu}\p{Ll}[\p{L}'’-]*)\.[ \t\u00a0]+(?=\p{Lu})/gu;
const ABBREVIATED = new Set([...TITLES, ...SOFT, ...MONTHS]);

// function words that are names too ("George Will", "Theresa May", "Al From")
const NAME_LIKE_FUNCTION_WORDS = new Set(['Will', 'May', 'June', 'April', 'August', 'From', 'Long', 'Little']);
const LONE_NAME_VERB = /^\s+(?:\p{Ll}+ed|said|wrote|told|says|writes|tells|argues|adds|notes|thinks|believes)\b/u;
// whether a function word standing alone is the family name of someone the article names in full,
// a past verb after it: "Will wrote." after "George Will"
const loneFamilyName = (doc: Doc, w: Word, known: ReadonlySet<string>): boolean =>
  NAME_LIKE_FUNCTION_WORDS.has(w.text) && known.has(w.text) && LONE_NAME_VERB.test(doc.text.slice(w.end, w.end + 16));

function nameMention(doc: Doc, start: number, run: string, sentence: number, known: ReadonlySet<string>, titleNames: ReadonlySet<string> = new Set()): Mention[] | null {
  let words = splitWords(run, start);
  // leading capitalised function words: "The", "On Monday", "But"
  // ("I’m", "We’ll": a pronoun with its contraction is no name either)
  // (but a lone word that is part of a longer name in the article, with a past verb after it, is
  // that name: "Will wrote." after "George Will"; a modal is followed by its subject or a bare verb)
  const lone = words.length === 1 && loneFamilyName(doc, words[0]!, known);
  while (!lone && words.length && (CAPITALISED_NON_NAMES.has(words[0]!.text.toLowerCase()) || (words.length > 1 && (isAdverb(doc, words[0]!) || (isGerund(doc, words[0]!) && !namesOrganisation(words)))) || /^(?:i|we|you|he|she|it|they|that|there|let)['’â](?:m|re|ve|ll|d|s)$/iu.test(words[0]!.text))) words = words.slice(1);
  // ("Striking a theme of working together, Baucus ...": a participle that opens the sentence before its object)
  // (or before a preposition of place: "Standing atop a windy bridge, Sen. George Allen ...")
  if (words.length === 1 && !known.has(words[0]!.text) && /^\p{Lu}\p{Ll}{2,}ing$/u.test(words[0]!.text) && /^\s+(?:a|an|the|his|her|their|its|our|my|this|that|these|those|up|out|back|down|on|off|to|with|in|into|for|from|about|over|through|atop|beside|alongside|behind|before|outside|inside|near|amid|among|under|beneath|at|across|along|around|against)\s/u.test(doc.text.slice(words[0]!.end, words[0]!.end + 10)) && /(?:^|[.!?:;“"\n]\s*)$/u.test(doc.text.slice(Math.max(0, words[0]!.start - 3), words[0]!.start))) return null;
  // ("Stated Stone:", "Added Sanders:": an inverted cue verb opening the sentence)
  if (words.length > 1 && /^(?:\p{Lu}\p{Ll}+ed|Said|Told|Wrote)$/u.test(words[0]!.text) && CUE_FORMS[words[0]!.text.toLowerCase()] !== undefined && /(?:^|[.!?:;“"\n]\s*)$/u.test(doc.text.slice(Math.max(0, words[0]!.start - 3), words[0]!.start))) words = words.slice(1);
  // ("posted on Twitter Friday": a day after a name is the time of the sentence, no part of it)
  // (and the word that joined it: "the New York Times on Tuesday")
  // (and a headline's noun of speech after a name: "Baucus Statement on Saturday's Iraq Vote")
  // (and the pronoun "I" after a word that is no given name: "Morning I went to ...", not "Elizabeth I")
  if (words.length > 1 && words.at(-1)!.text === 'I' && !isGivenName(words.at(-2)!.text) && /^\s+\p{Ll}/u.test(doc.text.slice(words.at(-1)!.end, words.at(-1)!.end + 3))) words = words.slice(0, -1);
  // (a month after a preposition too: "ABC Australia on March 9")
  while (words.length > 1 && (TRAILING_DAY.test(words.at(-1)!.text) || /^(?:of|for|on|and|the)$/u.test(words.at(-1)!.text) || HEADLINE_NOUN.test(words.at(-1)!.text) || (TRAILING_MONTH.test(words.at(-1)!.text) && /^(?:on|in|since|by|until|from)$/u.test(words.at(-2)!.text)))) words = words.slice(0, -1);
  if (!words.length) return null;
  // ("Casey Demands More Answers from US Airways", "Bayh Urges President to ...", "Votes No On Alito": a
  // headline's verb inside a run of capitals, where the headline runs into the body, ends the name
  // before it; the words after it are the headline's object, a name only when the verb opens the run)
  const verbAt = words.findIndex((w) => HEADLINE_VERB.test(w.text));
  if (verbAt >= 0 && words.length > 1) {
    return [...(verbAt > 0 ? nameMention(doc, words[0]!.start, run.slice(words[0]!.start - start, words[verbAt - 1]!.end - start), sentence, known, titleNames) ?? [] : []),
      ...(verbAt === 0 ? nameMention(doc, words[verbAt + 1]!.start, run.slice(words[verbAt + 1]!.start - start), sentence, known, titleNames) ?? [] : [])];
  }
  // "in Colorado and the College of Wooster in Ohio": "and the" after a place opens a second name
  // ("Office of Management and the Budget" stays one)
  const andThe = words.findIndex((w, i) => i > 0 && w.text === 'and' && words[i + 1]?.text === 'the' && i + 2 < words.length);
  const placeFirst = andThe > 0 ? words.slice(0, andThe).map((w) => w.text).join(' ') : '';
  if (andThe > 0 && (placeOf(placeFirst) !== undefined || regionOf(placeFirst) !== undefined)) {
    return [...(nameMention(doc, words[0]!.start, run.slice(words[0]!.start - start, words[andThe - 1]!.end - start), sentence, known, titleNames) ?? []),
      ...(nameMention(doc, words[andThe + 2]!.start, run.slice(words[andThe + 2]!.start - start), sentence, known, titleNames) ?? [])];
  }
  // "Atlantic Council's Washington headquarters": a possessive ends one name, unless it is a
  // place before a title ("South Korea's President Lee Jae Myung": the place is the affiliation)
  // (so does the bare apostrophe of a plural or a name in -s: "Sanders’ California supporters")
  const poss = words.findIndex((w, i) => i < words.length - 1 && /(?:['’]s|s['’])$/u.test(w.text));
  // (not a plural's inside an organisation's own name, before its noun: "the Catholic Bishops'
  // Conference of the Philippines", "Department of Veterans' Affairs", "Children's Hospital")
  const ownName = poss >= 0 && (/s['’]$|^(?:Children|Women|Men|People)['’]s$/u.test(words[poss]!.text)) && (isOrgWord(words[poss + 1]!.text) || /^(?:Affairs|Rights|Health|Compensation|Day|Caucus|League|Club|Fund|Hospital|Home|Union|Party|Alliance|Coalition|Conference|Federation|Council|Association|Network)$/u.test(words[poss + 1]!.text));
  if (poss >= 0 && !ownName) {
    const owner = words.slice(0, poss + 1).map((w) => w.text).join(' ').replace(/['’]s?$/u, '');
    if (!(placeOf(owner) && isRoleWord(words[poss + 1]!.text))) {
      return [...(nameMention(doc, words[0]!.start, run.slice(words[0]!.start - start, words[poss]!.end - start), sentence, known, titleNames) ?? []),
        ...(nameMention(doc, words[poss + 1]!.start, run.slice(words[poss + 1]!.start - start), sentence, known, titleNames) ?? [])];
    }
  }
  // "U.S. Ambassador to Mexico Antonio Garza": a place after "to" or "from", right before a given name
  // and a family name, is a name of its own (a title would have made it the affiliation: "Mexican
  // President ..."; "Washington Free Beacon" is one name)
  for (const n of /\s(?:to|from)\s+$/u.test(doc.text.slice(Math.max(0, words[0]!.start - 6), words[0]!.start)) ? [2, 1] : []) {
    if (words.length < n + 2 || words.slice(0, n).some((w) => w.text === 'of' || w.text === 'and')) continue;
    const place = words.slice(0, n).map((w) => w.text).join(' ');
    if (!placeOf(place) && !regionOf(place)) continue;
    if (genderOf(words[n]!.text, null) === 'unknown' || isRoleWord(words[n]!.text)) continue;
    return [...(nameMention(doc, words[0]!.start, run.slice(words[0]!.start - start, words[n - 1]!.end - start), sentence, known, titleNames) ?? []),
      ...(nameMention(doc, words[n]!.start, run.slice(words[n]!.start - start), sentence, known, titleNames) ?? [])];
  }
  // "Lee and Xi", "Seoul and Beijing": a coordination of names is two mentions unless it names
  // one organisation ("Ministry of Trade and Industry")
  const isOrg = namesOrganisation(words);
  // "Senate Foreign Relations Committee Chairman Dick Lugar": an organisation, a title, then the
  // person who holds it
  // "David Woodard of Clemson University": a person's name, then the organisation they are of
  // "Leaders of African Union", "Members of the European Parliament": a plural role before an
  // organisation is no name; the organisation is
  if (isOrg) {
    const of = words.findIndex((w) => w.text === 'of');
    const head = words.slice(0, of);
    if (of >= 1 && head.every((w) => /s$/u.test(w.text) && isRoleWord(w.text))) {
      const rest = words.slice(of + 1);
      while (rest.length && /^(?:the|The)$/u.test(rest[0]!.text)) rest.shift();
      if (rest.length) return nameMention(doc, rest[0]!.start, run.slice(rest[0]!.start - start), sentence, known, titleNames);
    }
  }
  if (isOrg) {
    const of = words.findIndex((w) => w.text === 'of' || w.text === 'at');
    const head = words.slice(0, of);
    // (a plural organisation noun too: "National Institutes of Health" is one organisation)
    if (of >= 2 && head.every((w) => /^\p{Lu}/u.test(w.text) && !isOrgWord(w.text)) && !isRoleWord(head.at(-1)!.text) && !head.some((w) => placeOf(w.text))) {
      const rest = words.slice(of + 1);
      while (rest.length && /^(?:the|The)$/u.test(rest[0]!.text)) rest.shift();
      const person = build(doc, head, sentence, known, titleNames);
      const org = rest.length ? build(doc, rest, sentence, known, titleNames) : null;
      if (person) return [{ ...person, type: 'person', affiliation: person.affiliation ?? org?.text ?? null }, ...(org ? [org] : [])];
    }
  }
  if (isOrg) {
    // (a committee's ranking member named by party: "Senate Finance Ranking Republican Chuck Grassley")
    const title = words.findLastIndex((w, i) => i > 0 && i < words.length - 1 && (w.text.toLowerCase().replace(/\.$/u, '').split('-').some((part) => TITLE_NOUNS.has(part)) || (/^(?:Republican|Democrat)$/u.test(w.text) && words[i - 1]!.text === 'Ranking')));
    // (a place after the name is where the person is from: "Senate Majority Leader Harry Reid of Nevada")
    const of = title > 0 ? words.findIndex((w, i) => i > title + 1 && w.text === 'of') : -1;
    const place = of > 0 ? words.slice(of + 1) : [];
    const from = place.length && (placeOf(place.map((w) => w.text).join(' ')) !== undefined || regionOf(place.map((w) => w.text).join(' ')) !== undefined) ? build(doc, place, sentence, known, titleNames) : null;
    const named = from ? words.slice(title + 1, of) : words.slice(title + 1);
    // (not the name of a law that holds a title: "the Inspector General Act of 1978")
    if (title > 0 && named.every((w) => /^\p{Lu}/u.test(w.text) && !ORG_NOUNS.has(w.text.toLowerCase())) && !LAW_NOUN.test(named.at(-1)?.text ?? '')) {
      // ("Frist and House Speaker Dennis Hastert": a name joined before the title is one of its own;
      // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell" joins titles)
      const and0 = words.findLastIndex((w, i) => i < title && w.text === 'and');
      const and = and0 > 0 && !isRoleWord(words[and0 - 1]!.text) ? and0 : -1;
      const before = and > 0 ? nameMention(doc, words[0]!.start, run.slice(words[0]!.start - start, words[and - 1]!.end - start), sentence, known, titleNames) ?? [] : [];
      const person = build(doc, named, sentence, known, titleNames);
      const role = words.slice(and + 1, title + 1).map((w) => w.text).join(' ');
      return person ? [...before, { ...person, type: 'person', role: person.role ? `${role} ${person.role}` : role }, ...(from ? [from] : [])] : null;
    }
  }
  // (the name of a law is one name, whatever joins its words: "Darfur Peace and Accountability Act";
  // "on" parts it from a name before it, read as any other: "Senator Dayton on IDEA Improvement Act")
  if (!isOrg && LAW_NOUN.test(words.at(-1)!.text)) {
    const on = words.findLastIndex((w) => w.text === 'on');
    const law = build(doc, on > 0 ? words.slice(on + 1) : words, sentence, known, titleNames);
    const before = on > 0 ? nameMention(doc, words[0]!.start, run.slice(words[0]!.start - start, words[on - 1]!.end - start), sentence, known, titleNames) ?? [] : [];
    return [...before, ...(law ? [law] : [])];
  }
  if (!isOrg) {
    const parts: (typeof words)[] = [[]];
    for (const w of words) {
      if (/^(and|of|for|on|the)$/u.test(w.text)) parts.push([]);
      else parts.at(-1)!.push(w);
    }
    // "Secretary of the Treasury Henry M. Paulson": a part that is only a title goes with the next,
    // and the words up to the person's name are the role ("Secretary of Veterans Affairs")
    const kept = parts.map((p) => (p.length > 1 && HEADLINE_NOUN.test(p.at(-1)!.text) ? p.slice(0, -1) : p)).filter((p) => p.length);
    const out: Mention[] = [];
    // (one part is the whole run, built below)
    for (let i = 0; parts.length > 1 && i < kept.length; i++) {
      let part = kept[i]!;
      const next = kept[i + 1];
      // ("Clinton Chief of Staff Cheryl Mills": a name before the title's first words is the one the
      // title serves, part of the role, "Clinton Chief of Staff")
      const roleStart = part[0]!.start;
      const firstTitle = next ? part.length - [...part].reverse().findIndex((w) => !isTitleWord(w)) : part.length;
      if (next && firstTitle > 0 && firstTitle < part.length && TITLE_NOUNS.has(part.at(-1)!.text.toLowerCase()) && next.every((w) => /^\p{Lu}/u.test(w.text))) part = part.slice(firstTitle);
      if (!next || !part.every((w) => isRoleWord(w.text))) {
        const one = build(doc, part, sentence, known, titleNames);
        if (one) out.push(one);
        continue;
      }
      if (next.every((w) => isRoleWord(w.text))) continue;
      i++;
      // "Chief Executive of Hong Kong Carrie Lam", "Vice President of the United States Joe Biden":
      // the place after the title's "of" is its affiliation; the person starts at a given name
      // (not after an initial: "Secretary of Veterans Affairs R. James Nicholson")
      const given = next.findIndex((w, j) => j > 0 && j < next.length - 1 && (genderOf(w.text, null) !== 'unknown' || isGivenName(w.text)) && !isRoleWord(w.text) && !/^\p{Lu}\.$/u.test(next[j - 1]!.text));
      const split = given > 0 && next.slice(0, given).every((w) => /^\p{Lu}/u.test(w.text) && !isOrgWord(w.text)) ? build(doc, next.slice(given), sentence, known, titleNames) : null;
      const person = split?.type === 'person' ? split : build(doc, next, sentence, known, titleNames);
      if (!person) continue;
      if (person.type !== 'person' || person.start === next[0]!.start) { out.push(person); continue; }
      const place = doc.text.slice(next[0]!.start, next[given - 1]?.end ?? next[0]!.end);
      const affiliation = person === split ? person.affiliation ?? placeOf(place)?.country ?? place : person.affiliation;
      out.push({ ...person, role: doc.text.slice(roleStart, person.start).replace(/[\s,]+$/u, ''), affiliation });
    }
    if (parts.length > 1) return out;
  }
  const one = build(doc, words, sentence, known, titleNames);
  return one ? [one] : null;
}

interface Word { text: string; start: number; end: number }

// the last word of the name of a law or a treaty
const LAW_NOUN = /^(?:Act|Bill|Amendment|Resolution|Treaty|Accord|Convention|Protocol)$/u;

// Whether a run of capitalised words names an organisation: it holds an organisation noun, or a
// demonym with no title after it ("American Red Cross", "the Armenian Patriarchate", "American
// Bridge President Jessica Mackler"; "Chinese President Xi" is a role and a name)
function namesOrganisation(words: readonly Word[]): boolean {
  // (acronyms joined by "and" are as many organisations: "CNN and NPR")
  if (words.length >= 3 && words.every((w, i) => (i % 2 === 1 ? w.text === 'and' : /^\p{Lu}{2,6}$/u.test(w.text)))) return false;
  if (words.some((w) => isOrgWord(w.text))) return true;
  // (an ampersand joins a firm's names: "PG&E", "AT&T", "Procter & Gamble")
  if (words.some((w) => w.text.includes('&'))) return true;
  // (a body of nations: "United Nations", "League of Nations", "Association of Southeast Asian Nations")
  if (words.length > 1 && words.at(-1)!.text === 'Nations') return true;
  // (not a people: "American Muslims", "Cuban Americans"; and after a word of its region too: "the
  // Central American Minors program")
  return words.some((w, i) => {
    const next = words[i + 1]?.text;
    if (next === undefined || !isDemonym(w.text)) return false;
    const pair = `${w.text} ${next}`;
    return !isRoleWord(next) && !placeOf(pair) && !regionOf(pair) && !PEOPLE_PLURALS.test(next) && !(placeOf(next.replace(/s$/u, '')) && /s$/u.test(next)) && !GROUP_NOUNS.has(next.toLowerCase());
  });
}

// a people's adjective: "American", "Chinese", "Armenian" (not a country's name that ends like one, "Japan")
const isDemonymWord = (w: string): boolean => placeOf(w)?.demonyms.some((d) => d.toLowerCase() === w.toLowerCase()) ?? false;
// (one that is no role word of its own)
const isDemonym = (w: string): boolean => isDemonymWord(w) && !ROLE_NOUNS.has(w.toLowerCase()) && !ROLE_MODIFIERS.has(w.toLowerCase());

// an organisation noun, singular or plural ("Centers for Disease Control and Prevention")
const isOrgWord = (w: string): boolean => {
  const l = w.toLowerCase();
  return ORG_NOUNS.has(l) || (l.length > 4 && l.endsWith('s') && ORG_NOUNS.has(l.slice(0, -1)));
};

// A sentence-initial "-ly" word that opens a run: an adverb ("Clearly Smith ...") unless the tagger
// says it is a name ("Carly Fiorina", "Kelly Ayotte"); untagged, a short stem is a name.
// A word of a title, not any role word: "Chief", "Deputy Director" ("David French of the ..." keeps its name)
const isTitleWord = (w: Word): boolean => TITLE_NOUNS.has(w.text.toLowerCase()) || /^(?:Deputy|Vice|Assistant|Associate|Acting|Senior|Executive)$/u.test(w.text);

// A sentence-initial "-ing" word that opens a run: a participle or gerund the tagger reads as a verb
// ("Asserting Clinton's role ...", "Entrusting Donald Trump with ..."), not a name ("Fleming") nor part
// of an organisation's ("Playing Field Promotions")
function isGerund(doc: Doc, w: Word): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}ing$/u.test(w.text)) return false;
  const t = doc.tokens[lowerBound(doc.tokens, w.start)];
  return t !== undefined && t.start === w.start && t.pos === 'VERB';
}

function isAdverb(doc: Doc, w: Word): boolean {
  if (!/^\p{Lu}\p{Ll}+ly$/u.test(w.text)) return false;
  const t = doc.tokens[lowerBound(doc.tokens, w.start)];
  if (t && t.start === w.start) return t.pos === 'ADV';
  return w.text.length - 2 >= 4;
}

function splitWords(run: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of run.matchAll(/\S+/gu)) {
    // (a title glued to the name by a lost space is a word of its own: "Sen.Craig Thomas", "U.S.Senator")
    const glued = GLUED_TITLE.exec(m[0]);
    if (glued) out.push({ text: glued[1]!, start: offset + m.index, end: offset + m.index + glued[1]!.length });
    const from = glued ? glued[1]!.length : 0;
    out.push({ text: m[0].slice(from), start: offset + m.index + from, end: offset + m.index + m[0].length });
  }
  return out;
}
const GLUED_TITLE = /^(U\.S\.|(?:Sen|Sens|Rep|Reps|Gov|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Sgt|Capt|Prof|Rev)\.)(?=\p{Lu}\p{Ll})/u;

const stripPossessive = (w: Word): Word => {
  const m = /['’]s?$/u.exec(w.text);
  return m && w.text.length > m[0].length + 1 ? { ...w, text: w.text.slice(0, -m[0].length), end: w.end - m[0].length } : w;
};

function build(doc: Doc, input: readonly Word[], sentence: number, known: ReadonlySet<string>, titleNames: ReadonlySet<string> = new Set()): Mention | null {
  // a part of a run that is only a day or month ("Ted Cruz on Wednesday") names nobody
  // (a lone word of a longer name with a past verb after it is kept: see nameMention)
  const lone = input.length === 1 && loneFamilyName(doc, input[0]!, known);
  let words = input.filter((w, i) => i > 0 || lone || !CAPITALISED_NON_NAMES.has(w.text.toLowerCase().replace(/[.,;:]+$/u, ''))).map((w) => ({ ...w }));
  if (!words.length) return null;
  // (a letter alone names nobody: "X." as a section break, "A." as a list mark)
  if (words.length === 1 && /^\p{Lu}\.?$/u.test(words[0]!.text)) return null;
  // trailing punctuation glued to the last word ("Xi." is not part of the name)
  const last = words.at(-1)!;
  const trail = /[.,;:]+$/u.exec(last.text);
  if (trail && !/^(\p{Lu}\.)+$/u.test(last.text) && !/^(Jr|Sr|Inc|Co|Corp|Ltd)\.$/u.test(last.text)) {
    words[words.length - 1] = { ...last, text: last.text.slice(0, -trail[0].length), end: last.end - trail[0].length };
  }
  words = words.map((w, i) => (i === words.length - 1 ? stripPossessive(w) : w)).filter((w) => w.text.length > 0);
  // "Kurdish-led Syrian Democratic Forces", "Iranian-backed Houthis": a modifier, not part of the name
  // (and "Senate-adopted Domenici language", "House-passed", "GOP-authored": any such participle)
  // (also after a place of two words: "South Korean-born Monte Haines")
  const modifier = words.findLastIndex((w, i) => i < Math.min(2, words.length - 1) && /^[\p{Lu}][\p{L}.]*-(?:led|backed|based|born|bred|owned|run|funded|allied|linked|aligned|controlled|sponsored|supported|\p{Ll}{2,}ed)$/u.test(w.text));
  if (modifier >= 0) words = words.slice(modifier + 1);
  if (!words.length) return null;
  const isOrg = namesOrganisation(words);

  // the affiliation: a possessive place ("South Korea's President ...") or a demonym ("Chinese")
  let affiliation: string | null = null;
  let k = 0;
  for (let i = 0; i < words.length - 1; i++) {
    if (/['’]s$/u.test(words[i]!.text)) {
      const place = placeOf(words.slice(0, i + 1).map((w) => w.text).join(' ').replace(/['’]s$/u, ''));
      if (place) { affiliation = place.country; k = i + 1; }
    }
  }
  // a place or organisation before the title: "Hong Kong Chief Executive Carrie Lam",
  // "United States President-elect Joe Biden"
  if (k === 0 && !isOrg) {
    const r = words.findIndex((w, i) => i > 0 && isRoleWord(w.text) && !/^(?:the|and|of)$/iu.test(w.text) && !(i === 1 && (regionOf(`${words[0]!.text} ${w.text}`) !== undefined || placeOf(`${words[0]!.text} ${w.text}`) !== undefined)));
    // (a place whose first word looks like a title: "New York Mayor Bill de Blasio")
    const ownerName = r > 0 ? words.slice(0, r).map((w) => w.text).join(' ') : '';
    if (r > 0 && (words.slice(0, r).every((w) => !isRoleWord(w.text)) || regionOf(ownerName) !== undefined || placeOf(ownerName) !== undefined)) {
      let e = r;
      while (e < words.length - 1 && isRoleWord(words[e]!.text)) e++;
      if (e < words.length && e > r) {
        const owner = words.slice(0, r).map((w) => w.text).join(' ');
        affiliation = placeOf(owner)?.country ?? owner;
        k = r;
      }
    }
  }
  // role words before the name: "Chinese President", "Foreign Minister", "Sen."
  // (none in the name of a law: "Inspector General Act")
  const roleStart = k;
  if (!isOrg && !LAW_NOUN.test(words.at(-1)!.text)) {
    // (a place between titles is the affiliation: "Former Maryland Gov. Martin O’Malley")
    // (not into a place whose name starts like a role: "New York", "New Hampshire")
    // (the place may be followed by a role: "the New Mexico Senators")
    const placeFrom = (i: number): boolean => [words.length, i + 3, i + 2].some((e) => { const rest = words.slice(i, e).map((w) => w.text).join(' '); return e > i + 1 && (regionOf(rest) !== undefined || placeOf(rest) !== undefined); });
    // (a demonym or a country's name is a role word only before a title: "Chinese President Xi", but
    // "American Red Cross" and "the Armenian Patriarchate" are names of their own)
    const placeWord = (w: string): boolean => placeOf(w) !== undefined && !ROLE_NOUNS.has(w.toLowerCase()) && !ROLE_MODIFIERS.has(w.toLowerCase());
    while (k < words.length - 1 && ((isRoleWord(words[k]!.text) && !placeFrom(k) && (!placeWord(words[k]!.text) || isRoleWord(words[k + 1]!.text))) || ((placeOf(words[k]!.text) !== undefined || regionOf(words[k]!.text) !== undefined) && isRoleWord(words[k + 1]!.text) && k + 1 < words.length - 1))) {
      const place = placeOf(words[k]!.text);
      if (place && !affiliation) affiliation = place.country;
      if (!place && !affiliation) affiliation = regionOf(words[k]!.text) ?? null;
      k++;
    }
  }
  // "Deputy Emergency Situations Minister Alexander Chupriyan": a department's name between two
  // titles belongs to the title; the person is the two or more words after the last title noun
  if (!isOrg && k > roleStart) {
    const rest = words.slice(k);
    const j = rest.findLastIndex((w, i) => i > 0 && i < rest.length - 2 && ROLE_NOUNS.has(w.text.toLowerCase().replace(/\.$/u, '')));
    if (j > 0 && rest.slice(j + 1).every((w) => /^\p{Lu}/u.test(w.text) && !isRoleWord(w.text))) k += j + 1;
  }
  // (a nickname right after a title is no given name: `Sen. "Fritz" Hollings` is Hollings)
  const nameWords = words.slice(/^["“]/u.test(words[k]?.text ?? '') ? k + 1 : k);
  if (!nameWords.length) return null;
  // "The Senator said", "the President's budget": a title alone names nobody here; it is a
  // nominal reference, resolved where a speaker is needed (unless the article uses the word as a
  // name: "Martin Luther King ... King said")
  if (!isOrg && nameWords.every((w) => isTitleNoun(w.text.replace(/['’]s$/u, '')) && !titleNames.has(w.text.replace(/['’]s$/u, '')))) return null;
  const roleWords = words.slice(roleStart, k).map((w) => w.text);
  // a lower-case role right before the run: "presidential spokesperson Kang Yu-jung"
  const before = k === roleStart ? lowerWordsBefore(doc.text, words[0]!.start) : [];
  let lowerRole: string[] = [];
  if (before.length) {
    const ws = before;
    let j = ws.length;
    while (j > 0 && (ROLE_NOUNS.has(ws[j - 1]!) || ROLE_MODIFIERS.has(ws[j - 1]!))) j--;
    lowerRole = ws.slice(j);
    while (lowerRole.length && !ROLE_NOUNS.has(lowerRole.at(-1)!)) lowerRole = [];
    while (lowerRole.length && /^(and|of|for|the)$/u.test(lowerRole[0]!)) lowerRole.shift();
  }
  // or an appositive after it: "Gáspár Maróth, the Hungarian Government commissioner responsible for ..."
  const role = [...lowerRole, ...roleWords].join(' ') || appositiveRole(doc.text, words.at(-1)!.end) || null;
  const start = nameWords[0]!.start;
  // a generational suffix belongs to the name: "Henry M. Paulson, Jr."; so does a degree: "Tom Coburn, M.D."
  const suffix = /^,?\s+(?:Jr\.|Sr\.|II\b|III\b|IV\b|M\.D\.|Ph\.D\.|D\.O\.|Esq\.)/u.exec(doc.text.slice(nameWords.at(-1)!.end, nameWords.at(-1)!.end + 8));
  const end = nameWords.at(-1)!.end + (suffix && nameWords.length > 1 ? suffix[0].length : 0);
  const text = doc.text.slice(start, end);
  const type = classify(doc, nameWords, isOrg, role, known);
  if (type === null) return null;
  return { start, end, text, kind: 'name', type, role, head: text, entity: null, sentence, affiliation };
}

// The role an appositive gives right after a name: ", the (Hungarian Government) commissioner",
// ", a spokesman for ..." (up to four words before a role noun). Not the subject of a clause of its
// own: "..., his son said" (a verb follows the noun).
function appositiveRole(text: string, at: number): string | null {
  const m = /^,\s+(?:the|a|an|its|his|her|their)\s+((?:[\p{L}.-]+\s+){0,4}?([\p{Ll}-]+))(?=[\s,.;]|$)(?!\s+(?:has|have|had|is|was|were|will|would|also|then|later)\b)\s*([\p{Ll}]*)/u.exec(text.slice(at, at + 80));
  return m && ROLE_NOUNS.has(m[2]!) && !CUE_FORMS[m[3]!] ? m[1]! : null;
}

// A title noun, singular or plural ("Senator", "Presidents"): not a modifier ("Democratic") or a place.
function isTitleNoun(w: string): boolean {
  const l = w.toLowerCase().replace(/\.$/u, '');
  return ROLE_NOUNS.has(l) || (l.endsWith('s') && ROLE_NOUNS.has(l.slice(0, -1)));
}

// role words recur in every article: answers are cached (bounded)
const isRoleWord = memo(20_000, isRoleWordUncached);

function isRoleWordUncached(w: string): boolean {
  // plural titles before coordinated names: "Presidents Buhari and Talon", "Sens. Thomas and Enzi"
  const l0 = w.toLowerCase().replace(/\.$/u, '');
  // (and in -men: "Congressmen Todd Tiahrt and Jerry Moran")
  const l = ROLE_NOUNS.has(l0) ? l0 : l0.endsWith('s') && ROLE_NOUNS.has(l0.slice(0, -1)) ? l0.slice(0, -1) : l0.endsWith('men') && ROLE_NOUNS.has(`${l0.slice(0, -3)}man`) ? `${l0.slice(0, -3)}man` : l0;
  // (a profession by its suffix: "Immunologist Kristian Andersen", "Photographer ...", "Psychiatrist ...")
  return ROLE_NOUNS.has(l) || ROLE_NOUNS.has(l + '.') || ROLE_MODIFIERS.has(l) || ROLE_MODIFIERS.has(w.toLowerCase()) || isDemonymWord(w) || l === 'u.s' || /^\p{L}{3,}(?:ologist|ographer|iatrist|ometrist)$/u.test(l);
}

const SURNAME_HEADS = new Set(['day', 'law', 'west', 'east', 'north', 'south', 'hall', 'park', 'hill', 'bay', 'street', 'bridges', 'mall']);

function classify(doc: Doc, words: readonly Word[], isOrg: boolean, role: string | null, known: ReadonlySet<string>): EntityType | null {
  if (words.length === 1) {
    const w = words[0]!;
    // (a degree after a name is part of it, no name of its own: "Tom Coburn, M.D.")
    if (/^(?:M\.D\.|Ph\.D\.|D\.O\.|Esq\.|MD|PhD)$/u.test(w.text)) return null;
    // (nor is a time zone, "at 10:39 a.m. local time (1639 UTC)", or a medium, "on TV")
    if (/^(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|JST|KST|AEST|AEDT|TV)$/u.test(w.text)) return null;
  }
  if (isOrg) return 'organization';
  // (a name described as an outlet or a firm: "television broadcaster PBS", "the newspaper Le Soir")
  const described = role ?? lowerWordsBefore(doc.text, words[0]!.start).join(' ');
  if (OUTLET_ROLE.test(described)) return 'organization';
  const name = words.map((w) => w.text).join(' ');
  // a party-and-state tag names nobody: "R-Ky.", "D-N.Y."
  if (/^[RDI]-\p{Lu}[\p{L}.]*$/u.test(name)) return null;
  // (a state's abbreviation whose full stop the mention left out: "Boulder, Colo., ...")
  if (placeOf(name) || regionOf(name) || LANDMARK_NAMES.has(name) || (doc.text[words.at(-1)!.end] === '.' && regionOf(`${name}.`) !== undefined)) return 'place';
  // regions, buildings, treaties, products: named, but nobody who speaks
  const lastWord = words.at(-1)!.text.toLowerCase().replace(/[^\p{L}]/gu, '');
  // (a given name before a head word that is also a surname names a person: "Kristen Day", "Steven Law")
  if (words.length >= 2 && SURNAME_HEADS.has(lastWord) && genderOf(words[0]!.text, null) !== 'unknown') return 'person';
  if (NON_PERSON_NOUNS.has(lastWord) || DIRECTION_WORDS.has(words[0]!.text.toLowerCase()) || /\d/u.test(name)) return 'place';
  // "Republicans", "Latinos", "Evangelicals": a plural party or people word names a group
  // (and the people of a state: "Texans", "Utahns", "Washingtonians")
  if (words.length === 1 && /\p{Ll}s$/u.test(words[0]!.text) && (GROUP_NOUNS.has(lastWord) || PEOPLE_PLURALS.test(words[0]!.text) || (placeOf(words[0]!.text.slice(0, -1)) !== undefined && /(?:an|ian|i)s$/u.test(lastWord)) || regionOfDemonym(words[0]!.text) !== undefined)) return 'group';
  // (a place's people in office: "the New Mexico Senators", "Iowa Democrats")
  if (words.length > 1 && /\p{Ll}s$/u.test(words.at(-1)!.text) && isRoleWord(words.at(-1)!.text) && !ROLE_NOUNS.has(lastWord)) {
    const place = words.slice(0, -1).map((w) => w.text).join(' ');
    if (placeOf(place) || regionOf(place)) return 'group';
  }
  // (after demonyms or party words too: "American Muslims", "Cuban Americans")
  if (words.length > 1 && words.slice(0, -1).every((w) => isDemonym(w.text) || ROLE_MODIFIERS.has(w.text.toLowerCase())) && /\p{Ll}s$/u.test(words.at(-1)!.text) && (PEOPLE_PLURALS.test(words.at(-1)!.text) || (placeOf(words.at(-1)!.text.slice(0, -1)) !== undefined && /(?:an|ian|i)s$/u.test(lastWord)))) return 'group';
  // "the Hispanic Republican leader": party or people words before a lower-case role qualify it
  if (words.every((w) => ROLE_MODIFIERS.has(w.text.toLowerCase()) || PEOPLE_PLURALS.test(`${w.text}s`) || placeOf(w.text) !== undefined) && /^\s+(\p{Ll}+)/u.exec(doc.text.slice(words.at(-1)!.end, words.at(-1)!.end + 30))?.slice(1).some((n) => ROLE_NOUNS.has(n) || GROUP_NOUNS.has(n))) return null;
  if (words.length === 1) {
    const w = words[0]!;
    // a lone capitalised word must be tagged a proper noun (sentence-initial "Despite" is not a name)
    // (or be part of a longer name elsewhere, or be followed by a speech verb: "Xi told Lee")
    const t = doc.tokens[lowerBound(doc.tokens, w.start)];
    const next = /^\s+(?:(?:also|later|then|itself|himself|herself|has|have|had)\s+){0,2}([\p{Ll}]+)/u.exec(doc.text.slice(w.end, w.end + 30))?.[1];
    // a capitalised word inside a sentence is a name; at the start it must show it
    const sentence = doc.sentences[lowerBound(doc.sentences, w.start + 1) - 1];
    const midSentence = sentence !== undefined && /[\p{L}\p{N},;)]\s+$/u.test(doc.text.slice(Math.max(sentence.start, w.start - 3), w.start));
    // ("Hours later, Trump ...", "Weeks ago": a time phrase opens the sentence; not "Clark later said")
    if (!midSentence && !role && !known.has(w.text) && !(next !== undefined && CUE_FORMS[next] !== undefined) && TIME_PHRASE_AFTER.test(doc.text.slice(w.end, w.end + 30))) return null;
    // ("Publicly, the GOP nominee feuds ...": an adverb opening the sentence, whatever role follows it)
    if (!midSentence && !known.has(w.text) && t && t.start === w.start && t.pos === 'ADV' && /\p{Ll}ly$/u.test(w.text)) return null;
    // ("People briefed on the move said": a group word before a cue form is no name)
    const isName = role || midSentence || known.has(w.text) || (t && t.start === w.start && t.pos === 'PROPN') || (next !== undefined && CUE_FORMS[next] !== undefined && !GROUP_NOUNS.has(w.text.toLowerCase()));
    if (!isName) return null;
    // ("Reports show that ...", "Studies suggest ...": a document noun opening the sentence is none)
    if (!midSentence && !known.has(w.text) && EVIDENCE_NOUNS.has(w.text.toLowerCase())) return null;
    // ("Former foes say", "Longtime allies said": an adjective opens the sentence)
    // ("Recent reports suggest", "Press reports indicate": also before a document noun that is a cue form too)
    if (!midSentence && !known.has(w.text) && next !== undefined && ((LEADING_ADJECTIVES.has(w.text.toLowerCase()) && (CUE_FORMS[next] === undefined || EVIDENCE_NOUNS.has(next))) || (EVIDENCE_NOUNS.has(next) && /s$/u.test(next) && !/^\s+\p{Ll}+\s+(?:said|says|told)\b/u.test(doc.text.slice(w.end, w.end + 30))))) return null;
    // ("History suggests ...", "Experience shows ...": an abstract noun opening the sentence is no one's name)
    if (!midSentence && !known.has(w.text) && ABSTRACT_SOURCES.has(w.text.toLowerCase())) return null;
    if (/^\p{Lu}{2,}$/u.test(w.text) && !role) return 'organization';
    if (/^\p{Lu}[\p{Lu}.]+$/u.test(w.text) && !role) return 'organization';
    // (an acronym with small letters inside: "DoD", "DoJ")
    if (/^\p{Lu}\p{Ll}{1,2}\p{Lu}+$/u.test(w.text) && !role) return 'organization';
  }
  // a town the lexicons do not know, after a preposition of place and before its state or country:
  // "the rally in Boulder, Colo., ...", "grew up in Mysore, India"
  if (words.length <= 2 && !role && /\b(?:in|at|near|outside|from|across|around|throughout|to)\s+$/u.test(doc.text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start)) && doc.text.charCodeAt(words.at(-1)!.end) === 44 && !words.some((w) => isGivenName(w.text))) {
    const after = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u.exec(doc.text.slice(words.at(-1)!.end, words.at(-1)!.end + 40));
    // (the state or country is the first one to three of those words, with or without a full stop)
    const ws = after ? after[1]!.split(/\s+/u) : [];
    for (let k = 1; k <= ws.length; k++) {
      const p = ws.slice(0, k).join(' ');
      if (placeOf(p) || regionOf(p) || placeOf(p.replace(/\.$/u, '')) || regionOf(p.replace(/\.$/u, ''))) return 'place';
      if (p.endsWith('.') && !/^\p{Lu}[\p{L}.]{0,5}\.$/u.test(p)) break;
    }
  }
  // a name given after the kind of thing it names: "a company called Cambridge Analytica", "a town
  // named Searchlight"
  const kind = role ? null : NAMED_KIND.exec(doc.text.slice(Math.max(0, words[0]!.start - 60), words[0]!.start));
  if (kind) return /^(?:town|city|village|county|state|country|region|island|neighbou?rhood|district|province)$/u.test(kind[1]!) ? 'place' : 'organization';
  return 'person';
}

const OUTLET_ROLE = /(?:^|\s)(?:broadcaster|newspaper|network|channel|daily|paper|website|news\s+site|agency|magazine|station|tabloid|outlet|publication|weekly|wire\s+service|company|firm|think\s+tank)$/iu;
const NAMED_KIND = /\b(?:an?|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(company|firm|group|organi[sz]ation|outfit|start-?up|agency|network|website|site|nonprofit|non-profit|charity|committee|coalition|band|newspaper|magazine|foundation|institute|fund|movement|campaign|town|city|village|county|region|island|neighbou?rhood|district|province)\s+(?:called|named|known\s+as|dubbed)\s+$/u;

const LEADING_ADJECTIVES = new Set(['former', 'old', 'young', 'longtime', 'fellow', 'local', 'senior', 'top', 'leading', 'prominent', 'veteran', 'ordinary', 'rival', 'angry', 'frustrated', 'disaffected', 'undecided', 'conservative', 'liberal', 'moderate', 'progressive', 'establishment', 'wealthy', 'rank-and-file',
  'recent', 'current', 'additional', 'further', 'previous', 'earlier', 'similar', 'various', 'numerous', 'several', 'many', 'latest', 'annual', 'early', 'other', 'such', 'both']);

const ABSTRACT_SOURCES = new Set(['history', 'experience', 'science', 'logic', 'precedent', 'reason', 'common', 'conventional', 'tradition', 'wisdom']);

const PEOPLE_PLURALS = /^(?:Republicans|Democrats|Independents|Conservatives|Liberals|Progressives|Libertarians|Latinos|Latinas|Hispanics|Evangelicals|Catholics|Protestants|Muslims|Christians|Jews|Mormons|Millennials|Boomers|Whites|Blacks|Asians|Africans|Europeans|Americans|Arabs|Kurds|Sunnis|Shiites|Palestinians|Israelis)$/u;

// a lower-case letter, "." or "-" (ASCII at once, the rest by the Unicode class)
const isLowerWordChar = (c: number, ch: string): boolean => (c >= 97 && c <= 122) || c === 46 || c === 45 || (c > 127 && /\p{Ll}/u.test(ch));

// Up to four lower-case words right before `at`, nearest last (a backward scan: an end-anchored
// regex would be retried at every position).
function lowerWordsBefore(text: string, at: number): string[] {
  const out: string[] = [];
  let i = at;
  while (out.length < 4) {
    let e = i;
    while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    if (e === i) break;
    let b = e;
    while (b > 0 && isLowerWordChar(text.charCodeAt(b - 1), text[b - 1]!)) b--;
    // (a whole word: "President" is no "resident")
    if (b === e || !/\p{Ll}/u.test(text[b]!) || (b > 0 && /[\p{L}\p{N}]/u.test(text[b - 1]!))) break;
    out.unshift(text.slice(b, e));
    i = b;
  }
  return out;
}
