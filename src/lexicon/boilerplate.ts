/**
 * Web boilerplate: lines that are page furniture, not article prose. Each pattern is tested
 * against one trimmed paragraph; `reason` goes into the boilerplate layer so a reader sees why.
 */
export const BOILERPLATE_LINES: readonly { readonly reason: string; readonly pattern: RegExp }[] = [
  // "Read more:", "READ MORE |", "Also read", "Related:"
  { reason: 'read-more', pattern: /^(read more|also read|read also|related( articles?| stories)?|recommended|more from)\b.{0,60}$/iu },
  // "WATCH |", "LISTEN:", "VIDEO |", "PHOTOS:" teasers
  { reason: 'teaser', pattern: /^(watch|listen|video|photos?|gallery|live)\s*[|:]\s*.{0,60}$/iu },
  // "#buttons=(Ok, Go it!) #days=(20)" template residue
  { reason: 'template', pattern: /#(buttons|days)=\(/u },
  // cookie banners
  { reason: 'cookies', pattern: /\b(uses? cookies|cookie (policy|settings|consent)|accept (all )?cookies)\b/iu },
  { reason: 'cookies', pattern: /^(ok,? got? it!?|accept|i agree|got it!?)$/iu },
  // share-button residue
  { reason: 'share', pattern: /^((share|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link)(\s+(on|this|article|story|via))*[\s|,·•/]*){1,8}$/iu },
  // "video/Video", "block2/Technology": widget identifiers
  { reason: 'widget', pattern: /^[a-z]+\d*\/[\p{L} ]{1,30}$/u },
  // an empty or bare byline ("By -", "By")
  { reason: 'byline', pattern: /^by\s*[-–—:|]?\s*$/iu },
  // newsletter and subscription prompts
  { reason: 'subscribe', pattern: /^(subscribe|sign up)\b.{0,80}$/iu },
  { reason: 'advertisement', pattern: /^(advertisement|sponsored( content)?|ad)$/iu },
  // copyright footers
  { reason: 'copyright', pattern: /^(©|\(c\)|copyright\b).{0,120}$/iu },
];

/** "ANN/The Korea Herald", "AFP/Reuters": an agency credit line at the foot of an article. */
export const AGENCY_FOOTER = /^[A-Z]{2,6}(\s*\/\s*[A-Z][\p{L}.'’ -]{1,40}){1,3}$/u;

/** A photo credit at the end of a caption: "PHOTO: AFP", "(Photo: Reuters)", "Photo by Jane Doe / AP". */
export const PHOTO_CREDIT = /[(\s]*\b(photo|photograph|image|picture|file photo)s?\s*(:|by|credit:?)\s*[\p{Lu}][^.!?]{0,60}\)?\s*$/iu;

/**
 * "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Author: Sen. Trent Lott", "Column Submission
 * by: Sen. Tim Johnson": a byline paragraph.
 */
export const BYLINE = /^(?:[Bb]y|BY|[Aa]uthor|AUTHOR|[Ww]ritten\s+[Bb]y|[Cc]olumn(?:\s+[Ss]ubmission)?\s+[Bb]y|[Oo]p-[Ee]d\s+[Bb]y)\s*:?\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})*)\s*$/u;

/**
 * A dateline at the start of the first prose paragraph: "BEIJING –", "LAGOS, March 11 -",
 * "NEW YORK, Nov. 19 (UPI) —", "WASHINGTON (AP) -".
 */
// (a state may follow the city: "ORLANDO, Fla. (Reuters) -")
export const DATELINE = /^([A-Z][A-Z.'’ -]{1,40}[A-Z.])(,\s*(?:[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.|[A-Z]{2}\b))?(,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(,\s*\d{4})?)?(\s*\([A-Za-z .]{1,20}\))?\s*[–—-]{1,2}\s+/u;

/** A city and its state before a dash, as press releases write it: "Washington, D.C. --", "Honolulu, HI -", "Des Moines, Iowa —". */
export const CITY_DATELINE = /^((?:[A-Z][a-z]+|[A-Z]+)(?:[ -](?:[A-Z][a-z]+|[A-Z]+)){0,2},\s*(?:D\.C\.|[A-Z]{2}\b|[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s*[–—-]{1,2}\s+/u;
/** A city in title case before a double dash, as some press releases write it: "Washington-- U.S. Senator ...". */
export const TITLE_CITY_DATELINE = /^((?:[A-Z][a-z]+\.?)(?:\s[A-Z][a-z]+){0,2})\s?--\s?(?=[A-Z])/u;
// "Washington (AFP) – ...": a city in title case with the agency in brackets
export const AGENCY_DATELINE = /^((?:[A-Z][a-z]+|[A-Z]+)(?:[ -](?:[A-Z][a-z]+|[A-Z]+)){0,2})\s*\((?:[A-Z]{2,6}|Reuters|Yonhap|Xinhua|Bloomberg)\)\s*[–—-]{1,2}\s+/u;

/** A press release's end mark after the last sentence: "-30-", "--30--", "###". */
export const END_MARK = /\s*(?:-{1,3}\s*30\s*-{1,3}|#{3,})\s*$/u;

/** The salutation that opens a letter printed in an article: "Dear President Bush:", "Dear Colleague,". */
export const SALUTATION = /^Dear\s+[\p{Lu}][^\n]{0,120}?[:,]\s*$/u;
/** The closing before a letter's signatures: "Sincerely,", "Respectfully yours,", "Best regards,". */
export const LETTER_CLOSING = /^(?:Sincerely(?:\s+yours)?|Respectfully(?:\s+(?:yours|submitted))?|(?:Best|Kind|Warm|With\s+(?:best|kind|warm))\s+regards|Regards|Yours\s+(?:truly|sincerely)|Very\s+truly\s+yours|Cordially)\s*[,.]?$/iu;
