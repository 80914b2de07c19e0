import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import type { Doc, Entity, EntityType, Mention } from '../types.js';
import { memo } from '../core/memo.js';
import { placeOf } from '../lexicon/places.js';
import { genderOf, isGivenName, type Gender } from '../lexicon/genders.js';
import { ORG_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_NOUNS } from '../lexicon/roles.js';

/**
 * Groups name mentions into entities and gives each its canonical name: the fullest form the
 * article uses ("Kang" -> "Kang Yu-jung", "Mr. Trump" -> "Donald Trump"). A short form is matched
 * to the first or last word of a full name: family-name-first names ("Lee Jae Myung") are shortened
 * to their first word, Western names to their last, and the article itself shows which. Spelling
 * variants ("Yoon Suk-yeol" / "Yoon Suk Yeol") are matched part by part with Jaro-Winkler.
 */
export function resolveEntities(doc: Doc): Doc {
  const entities: Draft[] = [];
  const assign: (number | null)[] = doc.mentions.map(() => null);
  // full names first, so that a short form seen before its full name still finds it
  // exact keys first; Jaro-Winkler only among names with the same initials
  const byKey = new Map<string, number>();
  const byInitials = new Map<string, number[]>();
  const initials = (name: string): string => name.split(/[\s-]+/u).map((w) => norm(w)[0] ?? '').join('');
  const longer = longerNames(doc.mentions);
  doc.mentions.forEach((m, i) => {
    if (m.type !== 'person' || parts(m.text).length < 2) return;
    const key = parts(m.text).map(norm).join('');
    let found = byKey.get(key) ?? -1;
    // ("Peña Nieto" after "Enrique Peña Nieto", or before it: the last words of one longer name)
    const full = longer.get(key);
    if (found < 0 && full !== undefined) found = byKey.get(full) ?? -1;
    if (found < 0) found = (byInitials.get(initials(m.text)) ?? []).find((e) => sameName(entities[e]!.name, m.text)) ?? -1;
    if (found < 0) {
      found = entities.push(newDraft(m)) - 1;
      const list = byInitials.get(initials(m.text)) ?? [];
      list.push(found);
      byInitials.set(initials(m.text), list);
    } else addMention(entities[found]!, m);
    byKey.set(key, found);
    if (full !== undefined && !byKey.has(full)) byKey.set(full, found);
    assign[i] = found;
  });
  doc.mentions.forEach((m, i) => {
    if (assign[i] !== null || m.type !== 'person' || parts(m.text).length < 2) return;
    const found = entities.findIndex((e) => e.type === 'person' && sameName(e.name, m.text));
    assign[i] = found >= 0 ? found : entities.push(newDraft(m)) - 1;
    if (found >= 0) addMention(entities[found]!, m);
  });
  const retyped = new Set<number>();
  const ownerCache: OwnerCache = { words: new Map(), ends: [], middles: [] };
  doc.mentions.forEach((m, i) => {
    if (assign[i] !== null) return;
    // "Cuban" where the article has named Mark Cuban: the family name, not the demonym
    if (m.type === 'place' && parts(m.text).length === 1 && m.role === null) {
      const key = norm(m.text);
      const owner = entities.findIndex((e) => e.type === 'person' && parts(e.name).length >= 2 && norm(parts(e.name).at(-1)!) === key);
      if (owner >= 0) { assign[i] = owner; retyped.add(i); addMention(entities[owner]!, m); return; }
    }
    // "the Commission" after "the U.S.-China Economic and Security Review Commission": a lone
    // organisation noun, capitalised, names the last organisation whose name ends with it
    if (m.type === 'organization' && ORG_NOUNS.has(m.text.toLowerCase())) {
      const word = norm(m.text);
      for (let j = i - 1; j >= 0 && j >= i - 200; j--) {
        const e = assign[j];
        if (e === null || e === undefined) continue;
        const d = entities[e]!;
        if (d.type === 'organization' && parts(d.name).length > 1 && norm(parts(d.name).at(-1)!) === word) { assign[i] = e; addMention(d, m); return; }
      }
    }
    if (m.type === 'person') {
      const found = shortFormOwner(entities, doc.mentions, assign, m, i, ownerCache, honorificGender(doc.text, m.start, m.end));
      if (found >= 0) { assign[i] = found; addMention(entities[found]!, m); return; }
    }
    const key = keyOf(m);
    const same = entities.findIndex((e) => e.type === m.type && e.keys.has(key));
    if (same >= 0) { assign[i] = same; addMention(entities[same]!, m); return; }
    assign[i] = entities.push(newDraft(m)) - 1;
  });
  linkAcronyms(doc, entities, assign);
  const mentions = doc.mentions.map((m, i) => ({ ...m, entity: assign[i]!, ...(retyped.has(i) ? { type: 'person' as const } : {}) }));
  // a person the text names by one word only ("Rockefeller said") may be named in full in a title
  // the corpus gives apart from the text ("Senator Jay Rockefeller Announces ...")
  const title = typeof doc.meta['title'] === 'string' ? doc.meta['title'] : '';
  if (title) for (const e of entities) if (e.type === 'person' && parts(e.name).length === 1) e.name = fullNameIn(title, e.name) ?? e.name;
  const final: Entity[] = entities.map((e, index) => ({
    index, name: e.name, type: e.type, role: e.role, aliases: [...e.aliases].filter((a) => a !== e.name), members: [], affiliation: e.affiliation,
  }));
  return { ...doc, mentions, entities: final };
}

interface Draft { name: string; type: EntityType; role: string | null; affiliation: string | null; aliases: Set<string>; keys: Set<string> }

const parts = memo(10_000, (name: string): string[] => withoutDegree(name.replace(/['’]s$/u, '')).replace(/,?\s+(?:Jr\.|Sr\.|II|III|IV)$/u, '').split(/\s+/u).filter((w) => !/^\p{Lu}\.$/u.test(w)));
// a degree after a name is no part of who it is: "Bill Frist, M.D." is Bill Frist, and "Frist" shortens it
const withoutDegree = (name: string): string => name.replace(/,?\s+(?:M\.D\.|Ph\.D\.|D\.O\.|Esq\.)$/u, '');
// names recur within and across articles: normalised forms are cached (bounded)
const norm = memo(10_000, (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
const keyOf = (m: Mention): string => (m.type === 'place' ? (placeOf(m.text)?.country ?? m.text) : m.type === 'organization' ? orgKey(m.text) : norm(m.text.replace(/^the\s+/iu, '')));
// "the United States Department of State" and "the State Department", "Ministry of Foreign Affairs"
// and "Foreign Affairs Ministry": one body, named either way round (a country before it aside)
function orgKey(name: string): string {
  const bare = name.replace(/^the\s+/iu, '').replace(/^(?:U\.S\.|US|United\s+States)\s+/u, '');
  const ofForm = /^(Department|Ministry|Office|Bureau)\s+of\s+(?:the\s+)?(.+)$/u.exec(bare);
  if (ofForm) return `${norm(ofForm[1]!)}:${norm(ofForm[2]!)}`;
  const headForm = /^(.+?)\s+(Department|Ministry|Office|Bureau)$/u.exec(bare);
  if (headForm) return `${norm(headForm[2]!)}:${norm(headForm[1]!)}`;
  return norm(name.replace(/^the\s+/iu, ''));
}

function newDraft(m: Mention): Draft {
  const place = m.type === 'place' ? placeOf(m.text) : undefined;
  return {
    name: place ? place.country : m.type === 'person' ? withoutDegree(m.text) : m.text, type: m.type, role: m.role, affiliation: m.affiliation,
    aliases: new Set([m.text, ...(m.role ? [`${m.role} ${m.text}`] : [])]), keys: new Set([keyOf(m)]),
  };
}

function addMention(e: Draft, m: Mention): void {
  e.aliases.add(m.text);
  if (m.role) e.aliases.add(`${m.role} ${m.text}`);
  e.keys.add(keyOf(m));
  if (!e.role && m.role) e.role = m.role;
  if (!e.affiliation && m.affiliation) e.affiliation = m.affiliation;
  if (m.type === 'person' && parts(m.text).length > parts(e.name).length) e.name = withoutDegree(m.text);
  // (a possessive whose apostrophe the source dropped, "Joe Bidens plan", gives way to the name itself)
  else if (m.type === 'person' && parts(m.text).length === parts(e.name).length && parts(m.text).length > 1 && norm(e.name) === `${norm(m.text)}s`) e.name = withoutDegree(m.text);
}

/**
 * Two full names are the same person when their normalised forms are equal, or when they have as
 * many parts and each part is close (Jaro-Winkler >= 0.9 with the same initial): comparing the
 * parts apart keeps "Wang Yi" and "Wang Wentao" apart.
 */
export function sameName(a: string, b: string): boolean {
  if (norm(a) === norm(b)) return true;
  const pa = parts(a).map(norm);
  const pb = parts(b).map(norm);
  const ja = pa.join('');
  const jb = pb.join('');
  if (ja === jb) return true;
  // "Yoon Suk-yeol" / "Yoon Suk Yeol": the hyphen decides the number of parts, not the name
  const fa = a.split(/[\s-]+/u).map(norm).filter(Boolean);
  const fb = b.split(/[\s-]+/u).map(norm).filter(Boolean);
  if (fa.length !== fb.length || fa.length < 2) return false;
  return fa.every((p, i) => p[0] === fb[i]![0] && JaroWinklerDistance(p, fb[i]!, {}) >= 0.9);
}

// The person names of two words or more that end one longer name of the article after its given
// name, and only one ("Peña Nieto" of "Enrique Peña Nieto", "Wasserman Schultz" of "Debbie Wasserman
// Schultz"): their key to the longer name's.
function longerNames(mentions: readonly Mention[]): Map<string, string> {
  const full = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const ps = parts(m.text);
    if (ps.length >= 3 && ps.length <= 4) full.set(ps.map(norm).join(' '), ps);
  }
  const out = new Map<string, string>();
  if (!full.size) return out;
  const ambiguous = new Set<string>();
  for (const [f, words] of full) {
    const ps = f.split(' ');
    for (let k = 2; k < ps.length; k++) {
      // (the words before it are given names: not "Using Ted Cruz", "Vermonter Bernie Sanders")
      if (!words.slice(0, ps.length - k).every((w) => isGivenName(w))) continue;
      const tail = ps.slice(-k).join('');
      const whole = ps.join('');
      if (out.has(tail) && out.get(tail) !== whole) ambiguous.add(tail);
      else out.set(tail, whole);
    }
  }
  for (const a of ambiguous) out.delete(a);
  return out;
}

const oneLetterLonger = (a: string, b: string): boolean => a.length === b.length + 1 && a.startsWith(b) && /[a-rt-z]$/u.test(a);

// The entity a one-word person mention shortens: an entity whose first or last name part matches,
// the most recently mentioned first.
// A short form recurs ("Kennedy" ten times): its candidates are kept until an entity is added, and
// each entity's first and last name parts are normalised once.
interface OwnerCache { words: Map<string, { n: number; candidates: number[] }>; ends: ([string, string] | null)[]; middles: string[][] }

// "Mrs. Clinton", "Mr. Clinton": the honorific before a name tells which Clinton
// (not a couple: "Mr. and Mrs. Trump")
// The gender an honorific before the name gives ("Mrs. Clinton"), or a reflexive right after it
// ("Clinton herself also signaled ...")
function honorificGender(text: string, at: number, end: number): Gender {
  const before = text.slice(Math.max(0, at - 16), at);
  if (/\bMr\.?\s+and\s+Mrs\.?\s+$/u.test(before)) return 'unknown';
  if (/\b(?:Mrs|Ms|Miss)\.?\s+$/u.test(before)) return 'female';
  if (/\bMr\.?\s+$/u.test(before)) return 'male';
  const after = /^,?\s+(herself|himself)\b/u.exec(text.slice(end, end + 12))?.[1];
  return after === 'herself' ? 'female' : after === 'himself' ? 'male' : 'unknown';
}

function shortFormOwner(entities: readonly Draft[], mentions: readonly Mention[], assign: readonly (number | null)[], m: Mention, at: number, cache: OwnerCache, gender: Gender = 'unknown'): number {
  const word = norm(m.text);
  let hit = cache.words.get(word);
  if (!hit || hit.n !== entities.length) {
    // (a name that holds the word itself wins over one only spelt like it: "Christie" is "Chris
    // Christie", not a nearer "Jesus Christ")
    const candidates: number[] = [];
    const middle: number[] = [];
    const alike: number[] = [];
    entities.forEach((e, i) => {
      // (names of person entities are settled by now: a one-word mention never lengthens them)
      if (cache.ends[i] === undefined) {
        const raw = e.type === 'person' ? parts(e.name) : [];
        const ps = raw.map(norm);
        cache.ends[i] = ps.length < 2 ? null : [ps[0]!, ps.at(-1)!];
        // (the first surname of a name with two, after its given names: "Acosta" of "Melba Acosta
        // Febo", "Peña" of "Enrique Peña Nieto", "Rodham" of "Hillary Rodham Clinton"; not a second
        // given name, "Jo" of "Mary Jo White"; and the name is its given names and two surnames, no
        // more: not a name read too long, "Trent Lott Airport Runway Extension", nor one with a title,
        // a role or a word in capitals inside, "Care Senator Akaka", "Bob Sellers REPORTING")
        const given = raw.findIndex((w) => !isGivenName(w));
        cache.middles[i] = ps.length >= 3 && given >= 1 && given === ps.length - 2 && !TITLE_NOUNS.has(ps[given]!) && !ROLE_NOUNS.has(ps[given]!) && raw.slice(given).every((w) => !/^\p{Lu}{2,}$/u.test(w)) ? [ps[given]!] : [];
      }
      const ends = cache.ends[i];
      if (!ends) return;
      const [first, last] = ends;
      if (word === first || word === last) candidates.push(i);
      else if (cache.middles[i]!.includes(word)) middle.push(i);
      // (not a name one letter longer, a surname of its own: "Snow" is no "Snowe", "Clark" no "Clarke")
      // (a plural or possessive may be: "the Clintons", "Akakas")
      else if (JaroWinklerDistance(word, last, {}) >= 0.95 && !oneLetterLonger(word, last) && !oneLetterLonger(last, word)) alike.push(i);
    });
    hit = { n: entities.length, candidates: candidates.length ? candidates : middle.length ? middle : alike };
    cache.words.set(word, hit);
  }
  // (of a gender the honorific allows, when that leaves any; and an honorific stands before a
  // family name: "Mr. Trump" is Donald J. Trump rather than a "Trump Force One" named nearer)
  let candidates = hit.candidates;
  if (gender !== 'unknown') {
    const allowed = candidates.filter((i) => { const e = entities[i]!; return genderOf(e.name, e.role, [...e.aliases]) !== (gender === 'female' ? 'male' : 'female'); });
    if (allowed.length) candidates = allowed;
    const family = candidates.filter((i) => cache.ends[i]?.[1] === word);
    if (family.length) candidates = family;
  }
  if (candidates.length <= 1) return candidates[0] ?? -1;
  // (a family name after a known given name wins over the same word opening another name: "Trump"
  // is "Donald Trump", not "Trump Tower Grill" named nearer)
  const western = candidates.filter((i) => cache.ends[i]?.[1] === word && genderOf(entities[i]!.name, null) !== 'unknown');
  if (western.length && western.length < candidates.length && candidates.every((i) => western.includes(i) || cache.ends[i]?.[1] !== word)) candidates = western;
  if (candidates.length === 1) return candidates[0]!;
  // the nearest mention of a candidate by the same word, before or after: "the elder Biden" after
  // "Hunter's business" is still Joe Biden, whom the "Biden"s before named
  // (when none named it by that word yet, the nearest mention of any candidate)
  const nearest = (sameWord: boolean): number => {
    let best = -1;
    let bestDistance = Infinity;
    mentions.forEach((other, j) => {
      const e = assign[j];
      if (e === null || e === undefined || !candidates.includes(e)) return;
      if (sameWord && !parts(other.text).some((w) => norm(w) === word)) return;
      const d = Math.abs(other.start - m.start) + (j > at ? 1e6 : 0);
      if (d < bestDistance) { bestDistance = d; best = e; }
    });
    return best;
  };
  const same = nearest(true);
  return same >= 0 ? same : nearest(false);
}

/**
 * "Syrian Democratic Forces (SDF)": the acronym in brackets after a name is that name, so later
 * mentions of "SDF" resolve to the full name.
 */
function linkAcronyms(doc: Doc, entities: Draft[], assign: (number | null)[]): void {
  const full = new Map<string, number>();
  doc.mentions.forEach((m, i) => {
    const ac = /^\s*\(([\p{Lu}][\p{Lu}\p{N}.&-]{1,9})\)/u.exec(doc.text.slice(m.end, m.end + 14));
    if (!ac || assign[i] === null) return;
    const initials = m.text.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    // (the acronym may leave out a modifier before the name: "Kurdish-led Syrian Democratic Forces (SDF)")
    const letters = ac[1]!.replace(/[.&-]/gu, '');
    if (initials === letters || (letters.length >= 2 && initials.endsWith(letters))) full.set(ac[1]!, assign[i]!);
  });
  if (!full.size) return;
  doc.mentions.forEach((m, i) => {
    const target = full.get(m.text);
    if (target === undefined || assign[i] === target) return;
    assign[i] = target;
    entities[target]!.aliases.add(m.text);
  });
}

// The full name that ends with `word` in a title: the capitalised words before it, its titles aside
// ("Senator Jay Rockefeller Announces" -> "Jay Rockefeller"); none when only a title precedes it.
function fullNameIn(title: string, word: string): string | null {
  // (most one-word names are not in the title: a substring test first, a walk over its words only then)
  if (!title.includes(word)) return null;
  const ws = title.split(/\s+/u);
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!;
    if (!w.startsWith(word) || /^[\p{L}]/u.test(w.slice(word.length))) continue;
    // up to three capitalised words right before it
    let j = i;
    while (j > 0 && i - j < 3 && /^[\p{Lu}][\p{L}.'’-]*$/u.test(ws[j - 1]!)) j--;
    if (j === i) continue;
    const before = ws.slice(j, i).filter((x) => !ROLE_NOUNS.has(x.toLowerCase().replace(/\.$/u, '')) && !ROLE_MODIFIERS.has(x.toLowerCase()) && !/^(?:The|A|An)$/u.test(x));
    // the words must stand next to each other right before the family name, as a first name does
    if (!before.length || before.some((x) => /[.]$/u.test(x) && x.length > 2)) return null;
    return `${before.join(' ')} ${word}`;
  }
  return null;
}
