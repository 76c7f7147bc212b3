// Plain text with a small header: "Title:", "Date:", "Outlet:" and optionally "Dateline:" and "URL:"
// lines, a blank line, then the body, a paragraph a line (or hard-wrapped, blank lines between).
import { readDate } from './dates.ts';
import { pageLines } from './lines.ts';
import type { Fail, PageParts } from './page-reader.ts';

const HEADER_FIELDS = ['title', 'date', 'outlet', 'dateline', 'url'] as const;
type HeaderField = (typeof HEADER_FIELDS)[number];
const HEADER_LINE = /^([A-Za-z]+):[ \t]*(.*)$/;

/** Whether the text opens with this format's header. */
export const hasPlainHeader = (text: string) => /^\s*Title:/i.test(text);

export function readPlainPage(text: string, fail: Fail): PageParts {
  const [head = '', ...rest] = text
    .replace(/\r\n?/g, '\n')
    .trimStart()
    .split(/\n[ \t]*\n/);
  const header = new Map<HeaderField, string>();
  for (const line of head.split('\n')) {
    const [, key = '', value = ''] = HEADER_LINE.exec(line) ?? [];
    const field = HEADER_FIELDS.find((name) => name === key.toLowerCase());
    if (!field) {
      fail(
        'bad-header',
        `the header line "${line}" is not one of ${HEADER_FIELDS.map((name) => `"${capitalised(name)}:"`).join(', ')} ` +
          '(a blank line ends the header)',
      );
    }
    header.set(field, value.trim());
  }
  const title = header.get('title') || fail('no-title', 'the header has no "Title:" line, or an empty one');
  const date = header.get('date') || fail('no-date', 'the header has no "Date:" line, or an empty one');
  const publishedAt =
    readDate(date) ?? fail('no-date', `the header's date "${date}" is not a date such as 2023-10-20 or Oct. 20, 2023`);
  return {
    title,
    publishedAt,
    paragraphs: pageLines(rest.join('\n\n')),
    outletText: header.get('outlet') || null,
    datelineText: header.get('dateline') || null,
    url: header.get('url') || null,
  };
}

const capitalised = (name: string) => (name === 'url' ? 'URL' : name[0]!.toUpperCase() + name.slice(1));
