import type { Boilerplate, Doc, Paragraph } from '../types.js';
import { AGENCY_DATELINE, AGENCY_FOOTER, BOILERPLATE_LINES, BYLINE, CITY_DATELINE, DATELINE, PHOTO_CREDIT, TITLE_CITY_DATELINE } from '../lexicon/boilerplate.js';

/**
 * Marks web boilerplate (never deletes it) and lifts the dateline, byline and credit line into
 * metadata. A short label line ("Technology", "War Zone") sitting next to boilerplate is taken
 * as part of the same page furniture; the first line (the headline) never is.
 */
export function markBoilerplate(doc: Doc): Doc {
  const { text } = doc;
  const paras = doc.paragraphs;
  const reasons: (string | null)[] = paras.map((p) => lineReason(text.slice(p.start, p.end)));
  const meta: Record<string, unknown> = {};
  const partial: Boilerplate[] = [];

  // a caption printed twice in a row: both copies are furniture when it carries a photo credit,
  // the second copy is a duplicate in any case
  for (let i = 1; i < paras.length; i++) {
    const a = slice(text, paras[i - 1]!);
    if (a.length > 20 && a === slice(text, paras[i]!)) {
      reasons[i] = 'duplicate';
      if (hasPhotoCredit(a)) reasons[i - 1] = 'caption';
    }
  }
  paras.forEach((p, i) => {
    const s = slice(text, p);
    if (reasons[i] === null && hasPhotoCredit(s) && !/["“”]/u.test(s)) reasons[i] = 'caption';
    const by = BYLINE.exec(s);
    if (by && i < 6) { reasons[i] = 'byline'; meta['byline'] = by[1]; }
    if (reasons[i] === null && AGENCY_FOOTER.test(s) && i > paras.length / 2) { reasons[i] = 'credit'; meta['credit'] = s; }
    if (reasons[i] === 'caption' && meta['photo_credit'] === undefined) {
      const m = PHOTO_CREDIT.exec(s);
      if (m) meta['photo_credit'] = m[0].trim();
    }
  });
  spreadToLabels(text, paras, reasons);

  // the dateline of the first prose paragraph
  // (the first paragraph too when it is a lead, not a headline: some corpora give the title apart)
  // (or one of the next two, after a deck of short lines: "Libertarian candidate pushes to hit needed. ¶
  // 15 percent mark in polls. ¶ PORTLAND, Maine - On Friday morning, ...")
  const prose = paras.map((_p, i) => i).filter((i) => reasons[i] === null && (i > 0 || paras[i]!.end - paras[i]!.start > 150) && /[.!?]["”’]?$/u.test(slice(text, paras[i]!))).slice(0, 3);
  // (there only a city in capitals: "On Friday, Gingrich — ..." is no dateline)
  for (const i of prose) {
    const p = paras[i]!;
    const city = CITY_DATELINE.exec(slice(text, p));
    const m = DATELINE.exec(slice(text, p)) ?? (i === prose[0] ? city ?? AGENCY_DATELINE.exec(slice(text, p)) ?? TITLE_CITY_DATELINE.exec(slice(text, p)) : city && /^[A-Z]{3,}\b/u.test(city[1]!) ? city : null);
    if (m && !/^(THE|A|AN|IN|ON)\s/u.test(m[1]!)) {
      partial.push({ start: p.start, end: p.start + m[0].length, reason: 'dateline' });
      meta['dateline'] = m[0].replace(/\s*[–—-]{1,2}\s*$/u, '').trim();
      break;
    }
  }

  const paragraphs = paras.map((p, i) => (reasons[i] === null ? p : { ...p, boilerplate: true }));
  const boilerplate: Boilerplate[] = [
    ...paragraphs.flatMap((p, i) => (reasons[i] === null ? [] : [{ start: p.start, end: p.end, reason: reasons[i]! }])),
    ...partial,
  ].sort((a, b) => a.start - b.start);
  return { ...doc, paragraphs, boilerplate, meta: { ...doc.meta, ...meta } };
}

const slice = (text: string, p: Paragraph): string => text.slice(p.start, p.end);

function lineReason(line: string): string | null {
  // furniture lines are short; only the cookie banner runs long
  if (line.length > 300) return /cookie/iu.test(line) && /\b(uses? cookies|cookie (policy|settings|consent)|accept (all )?cookies)\b/iu.test(line) ? 'cookies' : null;
  for (const { reason, pattern } of BOILERPLATE_LINES) if (pattern.test(line)) return reason;
  return null;
}

const hasPhotoCredit = (s: string): boolean => /photo|image|picture/iu.test(s) && PHOTO_CREDIT.test(s);

// A label is a short line without sentence punctuation: a section name, a site name.
const isLabel = (s: string): boolean => s.length <= 40 && !/[.!?,;"“”]$/u.test(s) && s.split(/\s+/u).length <= 5;

function spreadToLabels(text: string, paras: readonly Paragraph[], reasons: (string | null)[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < paras.length; i++) {
      if (reasons[i] !== null || !isLabel(slice(text, paras[i]!))) continue;
      const near = (j: number): boolean => j >= 1 && j < paras.length && reasons[j] !== null && reasons[j] !== 'label';
      if (near(i - 1) || near(i + 1)) { reasons[i] = 'label'; changed = true; }
    }
  }
}
