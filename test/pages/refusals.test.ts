import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PageError, type PageProblem } from '../../src/ingest/pages/page-reader.ts';
import { type ReadOptions, readArticle } from '../../src/ingest/pages/read.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

/** The PageError that reading `content` as `file` throws. */
function refusal(content: Uint8Array | string, file: string, options?: ReadOptions): PageError {
  try {
    readArticle(content, file, options);
  } catch (error) {
    if (error instanceof PageError) return error;
    throw error;
  }
  throw new Error(`${file} was read`);
}

const expectRefused = (
  content: Uint8Array | string,
  file: string,
  reason: PageProblem,
  message: RegExp,
  options?: ReadOptions,
) => {
  const error = refusal(content, file, options);
  expect(error.reason).toBe(reason);
  expect(error.file).toBe(file);
  expect(error.message).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}: ${message.source}`));
};

const STORY = fixture('plain-wire.txt');

describe('pages refused, each with the file and the reason', () => {
  it('refuses binary content: NUL bytes or bytes that are not UTF-8', () => {
    expectRefused(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), 'photo.png', 'binary', /.*NUL bytes/);
    expectRefused(Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0xe9, 0x0a]), 'latin1.txt', 'binary', /.*not UTF-8/);
  });

  it('refuses an empty page', () => {
    expectRefused('', 'empty.txt', 'empty', /the page is empty/);
    expectRefused(Buffer.from(' \n\t\n'), 'blank.txt', 'empty', /the page is empty/);
  });

  it('refuses a page over the size limit, 2 MiB unless the caller sets another', () => {
    expectRefused('x'.repeat(2 * 1024 * 1024 + 1), 'huge.txt', 'too-large', /.*over the limit of 2097152/);
    expectRefused(STORY, 'story.txt', 'too-large', /the page has \d+ bytes, over the limit of 100/, { maxBytes: 100 });
  });

  it('refuses a page that is not in English', () => {
    const spanish = STORY.replace(
      /\n\n[\s\S]*$/,
      '\n\nPYONGYANG (AP) — El gobierno anunció el viernes que las negociaciones con los sindicatos ' +
        'continuarán la próxima semana en la capital, según fuentes oficiales consultadas por la agencia.\n' +
        'Los representantes de los trabajadores dijeron que esperan un acuerdo antes de fin de mes.\n',
    );
    expectRefused(spanish, 'noticia.txt', 'not-english', /the body is not in English \(it reads as ISO 639-3 "spa"\)/);
  });

  it('refuses a page with no article paragraphs', () => {
    const clutterOnly = ['Home | News | Sport', 'Most Read', '1. Storm warning lifted', 'Oct. 20, 2023', 'Share'];
    expectRefused(clutterOnly.join('\n'), 'menu.txt', 'no-body', /no article paragraphs/);
    expectRefused('Title: A headline\nDate: 2023-10-20\n\n', 'headless.txt', 'no-body', /no body paragraphs/);
    expectRefused(
      fixture('valley-courier.html').replace(/<main>[\s\S]*<\/main>/, ''),
      'no-main.html',
      'no-body',
      /no body paragraphs/,
    );
  });

  it('refuses a page without a publication date', () => {
    const undated = fixture('harbor-ledger.txt').replace(/^(Published|Updated) .*\n/gm, '');
    expectRefused(undated, 'undated.txt', 'no-date', /no publication date: no line such as "Date: /);
    expectRefused(STORY.replace(/^Date: .*\n/m, ''), 'no-date.txt', 'no-date', /the header has no "Date:" line/);
    expectRefused(
      STORY.replace(/^Date: .*$/m, 'Date: last Tuesday'),
      'bad-date.txt',
      'no-date',
      /the header's date "last Tuesday" is not a date/,
    );
    const html = fixture('valley-courier.html')
      .replace(/"datePublished": "[^"]*",/, '')
      .replace(/<time[^>]*>.*<\/time>/, '');
    expectRefused(html, 'undated.html', 'no-date', /no publication date: no JSON-LD datePublished/);
  });

  it('refuses a page without a title, or with a header it does not know', () => {
    expectRefused(STORY.replace(/^Title: .*$/m, 'Title:   '), 'untitled.txt', 'no-title', /the header has no "Title:"/);
    expectRefused(
      STORY.replace(/^URL: /m, 'Author: '),
      'author.txt',
      'bad-header',
      /the header line "Author: .*" is not one of "Title:", "Date:", "Outlet:", "Dateline:", "URL:"/,
    );
  });

  it('refuses control characters in what it returns, with their position', () => {
    // A C1 control, as text decoded from Windows-1252 as Latin-1 has for a curly apostrophe.
    const error = refusal(STORY.replace('from this port', 'from this\u0092port'), 'c1.txt');
    expect(error.reason).toBe('unprintable');
    const position = readArticle(STORY, 'story.txt').body.indexOf('from this port') + 'from this'.length;
    expect(error.message).toBe(`c1.txt: the body contains a control character (U+0092) at position ${position}`);
    expectRefused(
      STORY.replace('Title: North Korea', 'Title: North\u0007Korea'),
      'bell.txt',
      'unprintable',
      /the title contains a control character \(U\+0007\) at position 5/,
    );
  });
});
