import type { Doc, EntityType, Mention, MentionKind, Sentence, Span } from '../types.js';
import { lowerBound } from '../core/doc.js';
import { CUE_FORMS } from '../lexicon/data/cue-verbs.generated.js';
import { GROUP_NOUNS, ORG_NOUNS, PRONOUNS, ROLE_NOUNS } from '../lexicon/roles.js';

/** A speech verb (or "according to") found in a sentence. */
export interface Cue extends Span {
  readonly lemma: string;
  readonly cls: string;
}

/** Who a cue points at: the mention and the canonical name it resolves to. */
export interface SpeakerRef {
  readonly mention: Mention;
  readonly name: string | null;
  readonly type: EntityType;
  readonly role: string | null;
  readonly flags: readonly string[];
}


// "point out", "go on": particle verbs in the lexicon
const PARTICLES = new Set(Object.keys(CUE_FORMS).filter((f) => f.includes(' ')));

/** Cue verbs of a sentence that stand outside quotation marks and are tagged as verbs. */
export function findCues(doc: Doc, sentence: Sentence, insideQuote: (offset: number) => boolean): Cue[] {
  const cues: Cue[] = [];
  const body = doc.text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(/\b[\p{Ll}]+(?:\s+(?:out|on))?\b/gu)) {
    let form = m[0];
    if (form.includes(' ') && !PARTICLES.has(form.replace(/\s+/u, ' '))) form = form.split(/\s+/u)[0]!;
    const entry = CUE_FORMS[form.replace(/\s+/u, ' ')];
    const start = sentence.start + m.index;
    if (!entry || insideQuote(start)) continue;
    const tok = doc.tokens[lowerBound(doc.tokens, start)];
    if (tok && tok.start === start && tok.pos !== 'VERB' && tok.pos !== 'AUX' && !isClearVerb(form)) continue;
    cues.push({ start, end: start + form.length, lemma: entry[0], cls: entry[1] });
  }
  for (const m of body.matchAll(/\baccording to\b/giu)) {
    const start = sentence.start + m.index;
    if (!insideQuote(start)) cues.push({ start, end: start + m[0].length, lemma: 'according to', cls: 'according' });
  }
  return cues.sort((a, b) => a.start - b.start);
}

// forms the tagger sometimes reads as nouns but that are verbs wherever they stand next to a name
const isClearVerb = (form: string): boolean => /^(said|says|told|tells|added|adds|stated|declared|announced|explained|noted|stressed|insisted|argued|warned|wrote|tweeted|replied|asked|urged|pledged|vowed|promised)$/u.test(form);

// auxiliaries and adverbs between a subject and its verb: "Kang also said", "he has repeatedly said"
const AUX_TAIL = /(?:\s+(?:has|have|had|also|further|later|then|again|once|previously|earlier|recently|repeatedly|publicly|privately|separately|reportedly|himself|herself|themselves|will|would|is|was|were|are|had|did|does|do|not|never|often|has\s+long|long|last\s+week|on\s+\p{Lu}\p{Ll}+day|today|yesterday|quickly|flatly|firmly|strongly|specifically|explicitly|bluntly|frankly|simply|just|even|still|already|always))+\s*$/u;
// an appositive between a name and its verb: "Smith, a Democrat from Ohio, said"
const APPOSITIVE_TAIL = /,\s*(?:[^,“”"]{2,90}),\s*$/u;

/** The speaker phrase that ends right before `at` (the cue), skipping auxiliaries and an appositive. */
export function speakerBefore(doc: Doc, at: number, floor: number): SpeakerRef | null {
  let pre = doc.text.slice(Math.max(floor, at - 200), at);
  const base = at - pre.length;
  pre = pre.replace(AUX_TAIL, '');
  let end = base + pre.replace(/\s+$/u, '').length;
  let ref = phraseEndingAt(doc, end, floor);
  if (!ref) {
    const app = APPOSITIVE_TAIL.exec(pre);
    if (app) {
      end = base + app.index;
      ref = phraseEndingAt(doc, end, floor);
      if (ref && ref.mention.kind === 'name') {
        const role = doc.text.slice(end, base + app.index + app[0].length).replace(/^,\s*|,\s*$/gu, '').trim();
        return { ...ref, role: ref.role ?? (isRoleLike(role) ? role : null) };
      }
    }
  }
  return ref;
}

const isRoleLike = (s: string): boolean => s.split(/\s+/u).some((w) => ROLE_NOUNS.has(w.toLowerCase()));

/** The speaker phrase that starts right after `at` ("said Kang", "said the spokesperson"). */
export function speakerAfter(doc: Doc, at: number, limit: number): SpeakerRef | null {
  const post = doc.text.slice(at, Math.min(limit, at + 160));
  const lead = /^\s*/u.exec(post)![0].length;
  const start = at + lead;
  const i = lowerBound(doc.mentions, start);
  const rest = doc.text.slice(start, Math.min(limit, start + 120));
  // a possessive name before a lower-case organisation noun names the organisation ("Seoul's presidential office")
  const owned = /^[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?=[\s,.;:!?]|$)/u.exec(rest);
  if (owned && ORG_NOUNS.has(owned[1]!)) return nominalRef(doc, start, start + owned[0].length, owned[0]);
  // a name mention, possibly after its lower-case role ("said presidential spokesperson Kang")
  for (let j = i; j < doc.mentions.length && doc.mentions[j]!.start < start + 60; j++) {
    const m = doc.mentions[j]!;
    const between = doc.text.slice(start, m.start);
    if (between === '' || (/^[\p{L}.\s-]+$/u.test(between) && between.split(/\s+/u).every((w) => !w || isRoleWordLoose(w)))) return fromMention(doc, m);
    break;
  }
  const pro = /^(he|she|they|we|i|it)\b/iu.exec(rest);
  if (pro) return pronounRef(doc, start, pro[0]);
  const np = NOMINAL_HEAD.exec(rest);
  if (np) return nominalRef(doc, start, start + np[0].length, np[0]);
  return null;
}

const isRoleWordLoose = (w: string): boolean => /^(the|a|an)$/iu.test(w) || ROLE_NOUNS.has(w.toLowerCase().replace(/\.$/u, '')) || /^\p{Ll}/u.test(w);

// "the two leaders", "both sides", "Seoul's presidential office", "the ministry", "officials"
const NOMINAL_HEAD = /^(?:(?:the|both|all|two|three|several|many|some|most|other|senior|top|[\p{Lu}][\p{L}.]*['’]s|his|her|their|its)\s+)?(?:[\p{L}.-]+\s+){0,3}?([\p{L}-]+)(?=[\s,.;:!?]|$)/u;

function phraseEndingAt(doc: Doc, end: number, floor: number): SpeakerRef | null {
  // a name mention ending exactly here
  const i = lowerBound(doc.mentions, end) - 1;
  for (let j = i; j >= 0 && j > i - 4; j--) {
    const m = doc.mentions[j]!;
    if (m.end === end) return m.start >= floor ? fromMention(doc, m) : null;
    if (m.end < end) break;
  }
  const pre = doc.text.slice(Math.max(floor, end - 120), end);
  const pro = /(?:^|[^\p{L}])(he|she|they|we|I|it)$/u.exec(pre);
  if (pro) return pronounRef(doc, end - pro[1]!.length, pro[1]!);
  // a common-noun phrase: the head noun must be a group, role or organisation noun
  const np = /(?:^|[\s,(])((?:(?:the|both|all|two|three|several|many|some|most|other|senior|top|[\p{Lu}][\p{L}.]*['’]s|his|her|their|its)\s+)?(?:[\p{L}.-]+\s+){0,3}[\p{L}-]+)$/u.exec(pre);
  if (!np) return null;
  const words = np[1]!.split(/\s+/u);
  // keep from the first determiner or possessive, so "Lee urged officials" does not take "Lee urged"
  let k = 0;
  for (let w = words.length - 1; w >= 0; w--) {
    if (/^(the|both|all|two|three|several|many|some|most|his|her|their|its)$/iu.test(words[w]!) || /['’]s$/u.test(words[w]!)) { k = w; break; }
    if (w < words.length - 1 && !/^\p{Ll}/u.test(words[w]!) && !/^\p{Lu}/u.test(words[w]!)) { k = w + 1; break; }
    if (CUE_FORMS[words[w]!.toLowerCase()] || /^(and|or|but|that|which|who|to|of|in|on|at|for|with|by|as|said|is|was)$/iu.test(words[w]!)) { k = w + 1; break; }
  }
  const phrase = words.slice(k).join(' ');
  if (!phrase) return null;
  return nominalRef(doc, end - phrase.length, end, phrase);
}

function fromMention(doc: Doc, m: Mention): SpeakerRef {
  const e = m.entity !== null ? doc.entities[m.entity] : undefined;
  return { mention: m, name: e ? e.name : m.text, type: e ? e.type : m.type, role: m.role ?? e?.role ?? null, flags: [] };
}

function pronounRef(doc: Doc, start: number, word: string): SpeakerRef | null {
  const lower = word.toLowerCase();
  const want = PRONOUNS[lower];
  if (!want) return null;
  const mention = makeMention(doc, start, start + word.length, 'pronoun', want === 'person' ? 'person' : want === 'group' ? 'group' : 'unknown');
  if (want === 'self') return { mention, name: null, type: 'unknown', role: null, flags: ['pronoun'] };
  const ante = antecedent(doc, start, want);
  return { mention: { ...mention, entity: ante?.index ?? null }, name: ante?.name ?? null, type: ante?.type ?? mention.type, role: ante?.role ?? null, flags: ['pronoun'] };
}

/** The nearest earlier entity a pronoun can stand for: a person for he/she, an organisation for it. */
export function antecedent(doc: Doc, before: number, want: 'person' | 'group' | 'organization'): { index: number; name: string; type: EntityType; role: string | null } | null {
  const types: EntityType[] = want === 'person' ? ['person'] : want === 'organization' ? ['organization'] : ['organization', 'group', 'place'];
  const minStart = before - 3000;
  for (let j = lowerBound(doc.mentions, before) - 1; j >= 0; j--) {
    const m = doc.mentions[j]!;
    if (m.start < minStart) break;
    if (m.entity === null || !types.includes(m.type) || m.kind !== 'name') continue;
    const e = doc.entities[m.entity]!;
    // a lone word seen once and never given a role is too weak an antecedent ("Great Hall")
    if (want === 'person' && e.aliases.length === 0 && !e.role && !e.name.includes(' ')) continue;
    return { index: e.index, name: e.name, type: e.type, role: e.role };
  }
  return null;
}

function nominalRef(doc: Doc, start: number, end: number, phrase: string): SpeakerRef | null {
  const words = phrase.toLowerCase().split(/\s+/u);
  const head = words.at(-1)!.replace(/[^\p{L}-]/gu, '');
  let kind: MentionKind;
  let type: EntityType;
  if (GROUP_NOUNS.has(head)) { kind = 'group'; type = 'group'; }
  else if (ORG_NOUNS.has(head)) { kind = 'nominal'; type = 'organization'; }
  else if (ROLE_NOUNS.has(head)) { kind = 'nominal'; type = 'person'; }
  else return null;
  const mention = makeMention(doc, start, end, kind, type);
  if (kind === 'nominal') {
    // "the spokesperson" -> the last person with that role; "the ministry" -> the last organisation so named
    const e = nominalAntecedent(doc, start, head, type);
    if (e) return { mention: { ...mention, entity: e.index }, name: e.name, type: e.type, role: e.role, flags: ['nominal'] };
    // an organisation phrase that names itself ("Seoul's presidential office")
    if (type === 'organization' && !/^(the|its|their|his|her)$/u.test(words[0]!)) return { mention, name: mention.text, type, role: null, flags: [] };
    if (type === 'organization') return { mention, name: mention.text.replace(/^the\s+/iu, ''), type, role: null, flags: ['nominal'] };
    return { mention, name: null, type, role: mention.text.replace(/^(the|a|an)\s+/iu, ''), flags: ['nominal'] };
  }
  return { mention, name: mention.text, type, role: null, flags: ['group'] };
}

function nominalAntecedent(doc: Doc, before: number, head: string, type: EntityType): { index: number; name: string; type: EntityType; role: string | null } | null {
  for (let j = lowerBound(doc.mentions, before) - 1; j >= 0; j--) {
    const m = doc.mentions[j]!;
    if (m.entity === null || m.kind !== 'name') continue;
    const e = doc.entities[m.entity]!;
    if (e.type !== type) continue;
    const hay = type === 'person' ? (e.role ?? '') : e.name;
    if (hay.toLowerCase().split(/[\s-]+/u).some((w) => w.replace(/\.$/u, '') === head || w.startsWith(head))) return { index: e.index, name: e.name, type: e.type, role: e.role };
  }
  return null;
}

function makeMention(doc: Doc, start: number, end: number, kind: MentionKind, type: EntityType): Mention {
  const text = doc.text.slice(start, end);
  return { start, end, text, kind, type, role: null, head: text.split(/\s+/u).at(-1)!, entity: null, sentence: -1, affiliation: null };
}


