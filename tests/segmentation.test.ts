import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { body, seedDoc, sl } from './helpers.js';
import { analyze } from '../src/core/pipeline.js';
import { CUE_FORMS } from '../src/lexicon/data/cue-verbs.generated.js';
import { taggerKnows } from '../src/stages/tokenize.js';

const sampleTexts = (): string[] => readFileSync(new URL('../corpora/sample/wikinews.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);

describe('paragraphs and boilerplate', () => {
  it('lifts a byline into the metadata, whatever its opening word', () => {
    for (const [line, name] of [['By Jane Doe', 'Jane Doe'], ['BY JANE DOE', 'JANE DOE'], ['Author: Sen. Trent Lott', 'Sen. Trent Lott'], ['Column Submission by: Sen. Tim Johnson', 'Sen. Tim Johnson']] as const) {
      const doc = analyze(`Headline\n\n${line}\n\nThe council met on Monday.`);
      expect([doc.meta['byline'], doc.paragraphs[1]!.boilerplate]).toEqual([name, true]);
    }
    expect(analyze('Headline\n\nBy contrast\n\nThe council met.').meta['byline']).toBeUndefined();
  });
  it('marks the seed boilerplate block and keeps the prose', () => {
    const marked = seedDoc.boilerplate.map((b) => `${b.reason}:${sl(seedDoc, b).slice(0, 20)}`);
    expect(marked).toEqual(expect.arrayContaining([
      'byline:By -', 'read-more:Read more:', 'caption:South Korea\'s Presid', 'duplicate:South Korea\'s Presid', 'dateline:BEIJING – ',
      'credit:ANN/The Korea Herald', 'teaser:WATCH |', 'widget:video/Video', 'label:Technology', 'template:#buttons=(Ok, Go it!',
      'cookies:Our website uses coo', 'cookies:Ok, Go it!',
    ]));
    const prose = seedDoc.paragraphs.filter((p) => !p.boilerplate).map((p) => sl(seedDoc, p));
    expect(prose).toContain('Seoul and Beijing will continue related communication going forward, Kang said.');
    expect(prose.some((p) => p.includes('cookies'))).toBe(false);
  });
  it('lifts the dateline and credits into metadata', () => {
    expect(seedDoc.meta).toMatchObject({ dateline: 'BEIJING', credit: 'ANN/The Korea Herald', photo_credit: 'PHOTO: AFP' });
  });
  it('parts a headline glued to the first paragraph before its dateline, and reads the name after the dateline', () => {
    const doc = analyze('Bayh Urges President to Fully Fund Pandemic Preparedness Efforts Washington-- U.S. Senator Evan Bayh today joined 31 of his Senate colleagues in urging President Bush to include full funding for the nation’s flu efforts in his budget.');
    expect(doc.paragraphs.map((p) => sl(doc, p).slice(0, 30))).toEqual(['Bayh Urges President to Fully ', 'Washington-- U.S. Senator Evan']);
    expect([doc.meta['dateline'], doc.mentions.some((m) => m.text === 'Evan Bayh')]).toEqual(['Washington', true]);
    // (a first paragraph that opens with a sentence is no headline: nothing is parted)
    expect(analyze('The senator visited Evansville, IN-- a small city on the Ohio River, where he toured a small manufacturer that makes paint and varnish for the local economy and the region.').paragraphs).toHaveLength(1);
  });
  it('finds a dateline in capitals after a deck of short lines, and no dateline in a sentence that opens with a time', () => {
    const deck = analyze('In crazy election, Johnson strives for a spot in debates.\n\nLibertarian candidate pushes to hit needed.\n\n15 percent mark in polls.\n\nPORTLAND, Maine - On Friday morning, Gary Johnson told a joke.');
    expect(deck.meta['dateline']).toBe('PORTLAND, Maine');
    const time = analyze('Gingrich Takes Talk Of Being Trump’s Running Mate Seriously.\n\nAs America prepares for the election, the former House Speaker is intrigued.\n\nOn Friday, Gingrich — mentioned by Newsmax as the leading choice — told Bill O’Reilly that it was serious.');
    expect(time.meta['dateline']).toBeUndefined();
  });
  it('keeps hard-wrapped newswire lines as one paragraph', () => {
    const line = 'OPEC has reaffirmed its commitment to fixed crude oil prices of about';
    const doc = body(`${line}\n${line}\n${line}\nend.`);
    expect(doc.paragraphs).toHaveLength(2);
  });
});

describe('quotation marks', () => {
  const cases: [string, string[], string[]][] = [
    // text, paired contents, flags
    ['“We don’t agree,” he said.', ['We don’t agree,'], ['']],
    ['The ’90s were the Koreans’ decade, she said.', [], []],
    ['“The two leaders shared the view that it is important to make the West Sea a ‘sea of peace,’” Kang said.', ['The two leaders shared the view that it is important to make the West Sea a ‘sea of peace,’', 'sea of peace,'], ['', '']],
    ['He called it "a disaster" and left.', ['a disaster'], ['']],
    ['Er sagte: „Wir schaffen das“.', ['Wir schaffen das'], ['']],
    ['Il a dit « non » hier.', [' non '], ['']],
    ['At the summit, the two sides agreed to advance consultations,” Kang said.', ['At the summit, the two sides agreed to advance consultations,'], ['repaired_open']],
    ['He said “we will go home and never come back.', ['we will go home and never come back.'], ['repaired_close']],
    ["He called it ''a sellout'' on Monday.", ['a sellout'], ['']],
    ['He defended Trump‘s attack and called it “fair.”', ['fair.'], ['']],
    ['On CBS‘ Face the Nation, she stated, “We acted.”', ['We acted.'], ['']],
    // a nickname between a given name (or initials) and a family name is part of the name
    ['“We will act,” said Sen. Christopher “Kit” Bond and Gov. C.L. "Butch" Otter.', ['We will act,'], ['']],
    ['He called it the “Big Dig” project. No Bill Including "Amnesty" Will Pass.', ['Big Dig', 'Amnesty'], ['', '']],
    // curly marks decoded twice in a press release: “ as "â", ” as "â?" or "â", ’ as "â" inside a word
    ['Baucus said, âTo call an increase âoverdueâ is an understatement. Americaâs workers need it.â?', ['To call an increase âoverdueâ is an understatement. Americaâs workers need it.', 'overdue'], ['', '']],
    // (an "â" after a word with no quotation open is a lost apostrophe: "Baucusâ hearing")
    ['Baucusâ hearing was the first step to renew CHIP. Baucus said, âWe will act.â?', ['We will act.'], ['']],
    // ("â" is a letter where the text shows no such decoding)
    ['Le troisième âge est arrivé, said Pierre.', [], []],
  ];
  it.each(cases)('%s', (text, contents, flags) => {
    const doc = body(text);
    expect(doc.quotePairs.map((p) => sl(doc, p))).toEqual(contents);
    expect(doc.quotePairs.map((p) => p.flags.join(','))).toEqual(flags);
  });
  it('tells apostrophes from quotes', () => {
    const doc = body('Koreans’ hopes and China’s role in the ’90s didn’t fade.');
    expect(doc.quoteMarks.map((m) => m.role)).toEqual(['apostrophe', 'apostrophe', 'apostrophe', 'apostrophe']);
  });
  it('carries a quotation over paragraphs that each open it', () => {
    const doc = body('“We will win this fight.\n\n“And we will win it together,” she said.');
    const [a, b] = doc.quotePairs;
    expect(a!.flags).toEqual(['continues']);
    expect(b!.flags).toEqual(['continued']);
    expect(b!.continues).toBe(a!.index);
  });
  it('carries a quotation decoded twice over paragraphs that each open it', () => {
    const doc = body('âWe will win this fight.\n\nâAnd we will win it together,â? she said.');
    const [a, b] = doc.quotePairs;
    expect(a!.flags).toEqual(['continues']);
    expect(b!.flags).toEqual(['continued']);
  });
  it('repairs the seed’s three quotations that lack an opening mark', () => {
    const repaired = seedDoc.quotePairs.filter((p) => p.flags.includes('repaired_open')).map((p) => sl(seedDoc, p).slice(0, 30));
    expect(repaired).toEqual(['At the summit, the two sides a', 'In addition, the two leaders r', 'At this time, China and Korea ']);
  });
});

describe('sentences', () => {
  const cases: [string, number][] = [
    ['Sen. Tim Johnson met Gen. Milley in the U.S. Senate on Jan. 5 at No. 2 Main St. He left.', 2],
    ['The deal was signed in the U.S. The talks ended.', 2],
    ['J. K. Rowling said so. Then she left.', 2],
    ['“We will go. We will win,” he said. They left.', 2],
    ['She said “no.” They left.', 2],
    ['“No!” he shouted. Then silence.', 2],
    ['It costs 18 dlrs a barrel. Output is 15.8 mln bpd.', 2],
    // sentences glued together by a corpus that lost its line breaks; a domain name is no boundary
    ['I urge you to vote against it as well.DC TAG has helped students.The program works.', 3],
    ['Visit example.com today. Or write to info@example.org.', 2],
  ];
  it.each(cases)('%s', (text, n) => {
    const doc = body(text);
    expect(doc.sentences.filter((s) => s.paragraph === 1)).toHaveLength(n);
  });
  it('reads the "?" of a closing mark decoded twice as part of the mark, and "â" as an opening', () => {
    const doc = body('âIt is overdue,â? Baucus said. âWe need it.â? Is it? Yes.');
    expect(doc.sentences.filter((s) => s.paragraph === 1).map((s) => sl(doc, s))).toEqual(['âIt is overdue,â? Baucus said.', 'âWe need it.â?', 'Is it?', 'Yes.']);
  });
  it('keeps the seed’s 29 body sentences before the delegation lists', () => {
    expect(seedDoc.sentences.some((s) => sl(seedDoc, s).startsWith('“China stands ready'))).toBe(true);
  });
});

describe('part-of-speech windows', () => {
  // the windows must give the tags the whole text would give where later stages read them
  const nlp = winkNLP(model, ['pos']);
  const whole = (text: string): Map<number, string> => {
    const d = nlp.readDoc(text);
    const values = d.tokens().out(nlp.its.value) as string[];
    const pos = d.tokens().out(nlp.its.pos) as string[];
    const out = new Map<number, string>();
    let at = 0;
    values.forEach((v, i) => {
      if (!v.trim()) return;
      const s = text.indexOf(v, at);
      if (s < 0) return;
      out.set(s, pos[i]!);
      at = s + v.length;
    });
    return out;
  };
  it('tags speech verbs and claim triggers as wink does over the whole article', () => {
    let same = 0;
    let all = 0;
    for (const text of [seedDoc.text, ...sampleTexts()]) {
      const doc = analyze(text);
      const full = whole(text);
      for (const t of doc.tokens) {
        const word = text.slice(t.start, t.end);
        if (CUE_FORMS[word] === undefined && !/^(?:agree|agreed|pledged|urged|vowed|promised|signed)$/u.test(word)) continue;
        all++;
        if (full.get(t.start) === t.pos) same++;
      }
    }
    expect(all).toBeGreaterThan(300);
    expect(same / all).toBeGreaterThan(0.98);
  });
  it('leaves sentences with nothing to ask about untagged', () => {
    const doc = analyze('Title\n\nThe weather was warm in the valley. Crops grew well. Senator Smith said the harvest was good.');
    const tagged = doc.tokens.map((t) => doc.text.slice(t.start, t.end));
    expect(tagged).toContain('said');
    expect(tagged).not.toContain('valley');
  });
});

describe('name mentions', () => {
  it('never runs across a sentence end', () => {
    const doc = body('The bill passed, said Senator Smith. Jones agreed with Smith. Mr. Lee left.');
    expect(doc.mentions.filter((m) => m.kind === 'name' && m.sentence > 0).map((m) => m.text)).toEqual(['Smith', 'Jones', 'Smith', 'Lee']);
  });
});

describe('tokens do not depend on what was read before', () => {
  // wink-nlp learns words across documents ("Smith's" stays whole once it has been read before a
  // comma), so an article's tokens could depend on the articles a worker read first
  it('tokenises an article the same before and after a teaching one', () => {
    const text = 'Title\n\nSmith\'s plan failed. Smith\'s aide noted the vote.';
    const tokens = (): string[] => analyze(text).tokens.map((t) => `${text.slice(t.start, t.end)}:${t.pos}`);
    const before = tokens();
    expect(before).toContain("'s:PART");
    analyze('Title\n\nThe house is Smith\'s, he claims.');
    expect(tokens()).toEqual(before);
  });
  // (forgetting only the words that mix letters with other characters was not enough: a
  // whole-corpus run tagged "State/INR" differently after 32,000 articles had taught other words)
  it('forgets every word an article taught the tagger, letters-only words too', () => {
    expect(taggerKnows('Blorfwick')).toBe(false);
    analyze('Title\n\nSenator Blorfwick said the Zarquon amendment would pass.');
    expect(taggerKnows('Blorfwick')).toBe(false);
    expect(taggerKnows('zarquon')).toBe(false);
  });
});
