import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  readonly text: string;
  readonly meta: Record<string, unknown>;
}

const META_DATE = ['article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'parsely-pub-date'];

/**
 * The article in a web page: body, headline, byline and date, with Mozilla Readability over a
 * linkedom DOM (jsdom 31 needs Node 22 and is several times slower to parse). The body keeps one
 * paragraph per block element, separated by blank lines, and the headline as its first line.
 */
export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const date = META_DATE.map((k) => document.querySelector(`meta[property="${k}"], meta[name="${k}"]`)?.getAttribute('content')).find(Boolean)
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  const title = (parsed?.title ?? document.querySelector('title')?.textContent ?? '').trim();
  const blocks: string[] = [];
  if (parsed?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    for (const el of body.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre')) {
      if (el.querySelector('p, li')) continue;
      const t = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
      if (t) blocks.push(t);
    }
    if (!blocks.length) blocks.push((parsed.textContent ?? '').replace(/[ \t]+/gu, ' ').trim());
  }
  const text = [title, ...blocks].filter(Boolean).join('\n\n');
  const meta: Record<string, unknown> = { title: title || null };
  if (parsed?.byline) meta['byline'] = parsed.byline.trim();
  if (date) meta['date'] = date;
  if (parsed?.siteName) meta['site_name'] = parsed.siteName;
  return { text: blocks.length ? text : '', meta };
}
