// The attribution extractor (design A) on made-up sentences, one rule at a time, and on the seed's two
// articles against their curated claims.
import { describe, expect, it } from 'vitest';
import { ACCORDING_TO, NOUN_CUES, VERB_CUES } from '../../src/extract/attribution/cues.ts';
import { analyzeInProcess, designA } from '../../src/extract/attribution/design-a/analyzer.ts';
import {
  attributionsOf,
  type CandidateFinder,
  extractAttributions,
  ruleCandidates,
} from '../../src/extract/attribution/extract.ts';
import { findQuotes } from '../../src/extract/attribution/quotes.ts';
import type { ExtractedAttribution } from '../../src/extract/attribution/types.ts';
import type { Span } from '../../src/extract/evaluation/attribution.ts';
import { scoreSeed } from '../../src/extract/evaluation/seed.ts';
import { loadSeed } from '../../src/ingest/annotations.ts';
import { DEFAULT_SEED_DIR } from '../../src/ingest/seed.ts';

const spelled = (text: string, span: Span | undefined) => span?.map(([start, end]) => text.slice(start, end));

/** The attribution whose cue reads `cue`, with its roles spelled out. */
async function attributionOf(text: string, cue: string, publishedAt?: string) {
  const found = await extractAttributions(text, publishedAt ? { publishedAt } : {});
  const attribution = found.find((candidate) => spelled(text, candidate.cue)?.join(' ') === cue);
  if (!attribution) {
    throw new Error(`no attribution with cue "${cue}" in ${JSON.stringify(found.map((a) => spelled(text, a.cue)))}`);
  }
  return {
    attribution,
    source: spelled(text, attribution.source)?.join(' '),
    content: spelled(text, attribution.content),
    quote: spelled(text, attribution.quote),
    channel: spelled(text, attribution.channel)?.join(' '),
  };
}

/** Each attribution's source and content whose cue reads `cue`, in the text's order. */
async function sourcesAndContentsOf(text: string, cue: string) {
  return (await extractAttributions(text))
    .filter((attribution) => spelled(text, attribution.cue)?.join(' ') === cue)
    .map((attribution) => [spelled(text, attribution.source)?.join(' '), spelled(text, attribution.content)]);
}

describe('direct quotes', () => {
  it('takes the quote before "he said" as the content, marks included, and the words inside as the quote', async () => {
    const text = 'The council met on Tuesday.\n“The bridge will reopen in May,” the mayor said.';
    const { attribution, source, content, quote } = await attributionOf(text, 'said');
    expect(source).toBe('the mayor');
    expect(content).toEqual(['“The bridge will reopen in May,”']);
    expect(quote).toEqual(['The bridge will reopen in May,']);
    expect(attribution.kind).toBe('ASSERTION');
    expect(attribution.sourceKind).toBe('description');
  });

  it('keeps a quote of several sentences whole', async () => {
    const text = '“The budget is balanced. The reserves are full,” Treasurer Ana Ruiz said.';
    const { source, content } = await attributionOf(text, 'said');
    expect(source).toBe('Treasurer Ana Ruiz');
    expect(content).toEqual(['“The budget is balanced. The reserves are full,”']);
  });

  it('continues the content with the quote after "she said", in the sentence and in the next paragraph', async () => {
    const text = '“We are ready,” Ruiz said, “and we will not wait.”\n“The city has waited long enough.”';
    const { content } = await attributionOf(text, 'said');
    expect(content).toEqual(['“We are ready,”', '“and we will not wait.”', '“The city has waited long enough.”']);
  });

  it('takes the quote after "said," as the content', async () => {
    const text = 'Ruiz said, “Nobody expected the surplus.”';
    const { source, content } = await attributionOf(text, 'said');
    expect(source).toBe('Ruiz');
    expect(content).toEqual(['“Nobody expected the surplus.”']);
  });

  it('pairs curly and straight marks, and runs a quote over paragraphs that reopen it', () => {
    const text = '“First part,\n“second part.” Then "a straight one" and an unpaired “ mark';
    const quotes = findQuotes(text).map((quote) => quote.inner.map(([start, end]) => text.slice(start, end)));
    expect(quotes).toEqual([['First part,', 'second part.'], ['a straight one']]);
  });
});

describe('indirect speech and other frames', () => {
  it('takes "said that …" to the end of the sentence, "that" included', async () => {
    const text = 'Governor Maria Lee said that the plan would cut taxes for most families.';
    const { source, content } = await attributionOf(text, 'said');
    expect(source).toBe('Governor Maria Lee');
    expect(content).toEqual(['that the plan would cut taxes for most families']);
  });

  it('reads "…, according to X" and "According to X, …"', async () => {
    const after = 'The plant will close next year, according to the company.';
    expect(await attributionOf(after, 'according to')).toMatchObject({
      source: 'the company',
      content: ['The plant will close next year'],
    });
    const before = 'According to the union, the talks collapsed overnight.';
    expect(await attributionOf(before, 'According to')).toMatchObject({
      source: 'the union',
      content: ['the talks collapsed overnight'],
    });
  });

  it('reads a noun cue: "X claims that …"', async () => {
    const text = 'Officials rejected Acme claims that the dam was safe.';
    const { attribution, source, content } = await attributionOf(text, 'claims');
    expect(source).toBe('Acme');
    expect(content).toEqual(['that the dam was safe']);
    expect(attribution.cueLemma).toBe('claim');
  });

  it('takes the object of "accused … of" as the content', async () => {
    const text = 'The prosecutor accused the firm of hiding its losses.';
    const { attribution, content } = await attributionOf(text, 'accused');
    expect(content).toEqual(['the firm of hiding its losses']);
    expect(attribution.kind).toBe('ACCUSATION');
  });
});

describe('claim kinds', () => {
  it('makes denials of "denied" and of a quote that says no', async () => {
    const denied = await attributionOf('The ministry denied that its troops crossed the border.', 'denied');
    expect(denied.attribution.kind).toBe('DENIAL');
    const negated = await attributionOf('“We never sold those shares,” the director said.', 'said');
    expect(negated.attribution.kind).toBe('DENIAL');
  });

  it('makes dismissals of "scoffed at", "shrugged off" and a quote calling something rumors', async () => {
    for (const [text, cue] of [
      ['The senator scoffed at the report.', 'scoffed at'],
      ['The minister shrugged off the warnings, saying the economy was strong.', 'shrugged off'],
      ['“I will not comment on rumors,” the coach added.', 'added'],
    ] as const) {
      expect((await attributionOf(text, cue)).attribution.kind).toBe('DISMISSAL');
    }
  });

  it('takes the kind of a cue opening the content from the rules when another finder dropped that cue', () => {
    const text = 'Kirby said the governor believes the budget will pass.';
    const analysis = analyzeInProcess(text);
    // A finder that keeps the outer attribution only, as a tagger learnt from PolNeAR may.
    const outerOnly: CandidateFinder = {
      extractor: { name: 'outer-only', version: '1' },
      candidates: (read) => ruleCandidates(read).filter((candidate) => candidate.cueLemma === 'say'),
    };
    const found = attributionsOf(analysis, undefined, outerOnly);
    expect(found.map((a) => [spelled(text, a.cue)?.join(' '), a.kind])).toEqual([['said', 'ASSESSMENT']]);
  });

  it('reports when a news medium says it, and assesses when the content opens with a belief', async () => {
    const report = await attributionOf('The Daily Ledger said the mill had closed.', 'said');
    expect(report.attribution.kind).toBe('REPORT');
    const assessment = await attributionOf('A spokeswoman said the agency believes the data are sound.', 'said');
    expect(assessment.attribution.kind).toBe('ASSESSMENT');
  });
});

describe('frames beyond the verb and its subject', () => {
  it('reads a verb the tagger takes for a noun after a plural subject ("records show …")', async () => {
    const text = 'The race is close. Records compiled by the agency show the mayor gave money to both groups.';
    const { content } = await attributionOf(text, 'show');
    expect(content).toEqual(['the mayor gave money to both groups']);
  });

  it('runs the source of "according to" over its noun\'s modifiers to the comma', async () => {
    const text = 'The race is close. According to a survey of voters conducted last week, the mayor leads.';
    const { source, content } = await attributionOf(text, 'According to');
    expect(source).toBe('a survey of voters conducted last week');
    expect(content).toEqual(['the mayor leads']);
  });

  it('takes the clause after the comma of "As X said, …" as the content', async () => {
    const text = 'The race is close. As Smith said last week in Boston, the plan is good.';
    const { source, content } = await attributionOf(text, 'said');
    expect(source).toBe('Smith');
    expect(content).toEqual(['the plan is good']);
  });

  it('skips an adverb set off by commas before the content ("said, however, that …")', async () => {
    const text = 'The race is close. He said, however, that he hopes to win.';
    const { content } = await attributionOf(text, 'said');
    expect(content).toEqual(['that he hopes to win']);
  });

  it('takes the question of a sentence-opening "Asked" as its content, with no source', async () => {
    const text = 'The race is close. Asked on Monday whether the bridge would reopen, the mayor said yes.';
    const { source, content } = await attributionOf(text, 'Asked');
    expect(source).toBeUndefined();
    expect(content).toEqual(['whether the bridge would reopen']);
  });

  it('takes a sentence-opening "In a poll …," as a cue with the poll as its source', async () => {
    const text = 'The race is close. In a Gallup poll released Monday, most voters backed the plan.';
    const { source, content } = await attributionOf(text, 'In');
    expect(source).toBe('a Gallup poll released Monday');
    expect(content).toEqual(['most voters backed the plan']);
  });

  it("ends the content at a comma before the reporter's contrast", async () => {
    const text = 'The race is close. Ruiz said the bridge will reopen in May, but the council has not voted.';
    const { content } = await attributionOf(text, 'said');
    expect(content).toEqual(['the bridge will reopen in May']);
  });

  it('reads a quoted transcript\'s turns, "WALLACE: …", as said by the name before the colon', async () => {
    const text =
      'The interview ran long.\n\n"WALLACE: Will the bridge reopen in May?\n\n"RUIZ: The bridge will reopen in May.';
    expect(await sourcesAndContentsOf(text, ':')).toEqual([
      ['WALLACE', ['Will the bridge reopen in May']],
      ['RUIZ', ['The bridge will reopen in May']],
    ]);
  });

  it('reads a quote signed with a dash and a name at the end of its line', async () => {
    const text =
      'Readers wrote in.\n“The bridge must reopen. We need it.” ― Ana Ortiz\n“It will never reopen.”\u00a0― Ben Cole.\n';
    expect(await sourcesAndContentsOf(text, '―')).toEqual([
      ['Ana Ortiz', ['“The bridge must reopen. We need it.”']],
      ['Ben Cole', ['“It will never reopen.”']],
    ]);
    const prose = 'Ruiz said “the bridge will reopen” — Ortiz disagreed with him on Monday.';
    expect(await sourcesAndContentsOf(prose, '—')).toEqual([]);
  });

  it('takes a quantifier before the cue as the source ("Most believe …")', async () => {
    const text = 'The race is close. Most believe that the economy improved.';
    const { source } = await attributionOf(text, 'believe');
    expect(source).toBe('Most');
  });
});

describe('sources', () => {
  it('resolves a pronoun to the person named before it, keeping the pronoun as an alias', async () => {
    const text = 'Mayor Karen Bass opened the meeting.\nShe said the budget would pass easily.';
    const { attribution, source } = await attributionOf(text, 'said');
    expect(source).toBe('She');
    expect(attribution.sourceKind).toBe('pronoun');
    expect(attribution.sourceText).toContain('Karen Bass');
    expect(attribution.sourceAliases).toEqual(['She']);
  });

  it('resolves "it" to an organisation, not to the person named in between', async () => {
    const text = 'The Harbor Authority met Mayor Tom Reyes on Monday. It said the port would expand.';
    const { attribution } = await attributionOf(text, 'said');
    expect(attribution.sourceText).toBe('Harbor Authority');
  });

  it('calls a plural source a group', async () => {
    const { attribution } = await attributionOf('Local officials said the road was unsafe.', 'said');
    expect(attribution.sourceKind).toBe('group');
  });
});

describe('channels and dates', () => {
  it('names the channel a statement was made on', async () => {
    const text = 'The foreign minister told state television that the talks would resume.';
    const { channel, content } = await attributionOf(text, 'told');
    expect(channel).toBe('told state television');
    expect(content).toEqual(['that the talks would resume']);
  });

  it('takes the medium reporting a statement as its channel', async () => {
    const text = 'The general called for a ceasefire, the state news agency reported.';
    const { attribution, channel } = await attributionOf(text, 'called for');
    expect(attribution.kind).toBe('APPEAL');
    expect(channel).toBe('the state news agency');
  });

  it('dates "on Friday" to the Friday on or before publication', async () => {
    const text = 'The agency said on Friday that exports rose.';
    const monday = await attributionOf(text, 'said', '2023-10-16T09:00:00');
    expect(monday.attribution.statedOn).toEqual({ date: '2023-10-13', precision: 'DAY', text: 'on Friday' });
    const friday = await attributionOf(text, 'said', '2023-10-13');
    expect(friday.attribution.statedOn?.date).toBe('2023-10-13');
    const lastMonth = await attributionOf('Last month, the agency said exports rose.', 'said', '2023-01-10');
    expect(lastMonth.attribution.statedOn).toEqual({ date: '2022-12', precision: 'MONTH', text: 'Last month' });
  });
});

describe('every attribution', () => {
  const texts = [
    '“It is over,” he said. “We lost.”\nThe club, according to its owner, will be sold.',
    'Sen. Ann Ortiz (D-N.M.), said after the vote that she had not read the bill. ‘Fine,’ she said.',
    "''We are ready,'' Mr. Park said, adding that the vote was Tuesday.",
  ];

  it('has spans that index the text exactly, no role empty or padded with spaces', async () => {
    for (const text of texts) {
      const found = await extractAttributions(text);
      expect(found.length).toBeGreaterThan(0);
      for (const attribution of found) {
        for (const span of [attribution.source, attribution.cue, attribution.content, attribution.quote]) {
          for (const [start, end] of span ?? []) {
            expect(0 <= start && start < end && end <= text.length).toBe(true);
            expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
          }
        }
        expect(attribution.confidence).toBeGreaterThanOrEqual(0);
        expect(attribution.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('is found the same way every time', async () => {
    for (const text of texts) {
      const runs: ExtractedAttribution[][] = [await extractAttributions(text), await extractAttributions(text)];
      expect(runs[1]).toEqual(runs[0]);
    }
  });
});

describe('the cue lexicon', () => {
  // "said", "added" and "told" are neutral: their claims' kinds come from content and source (kinds.ts).
  const NEUTRAL = new Set(['say', 'add', 'tell']);

  it('gives every non-neutral curated cue of the seed its curated kind', () => {
    const { claims } = loadSeed(DEFAULT_SEED_DIR);
    const checked = claims
      .filter((claim) => claim.cue)
      .map((claim) => {
        const lemma = cueLemmaOf(claim.cue!);
        return { cue: claim.cue, lemma, curated: claim.kind, table: lookUp(lemma) };
      });
    const disagreeing = checked.filter(({ lemma, curated, table }) => !NEUTRAL.has(lemma) && table !== curated);
    expect(disagreeing).toEqual([]);
    expect(checked.filter(({ lemma }) => !NEUTRAL.has(lemma)).length).toBeGreaterThanOrEqual(14);
  });
});

/** The lexicon key of a curated cue: its words' lemmas less auxiliaries, determiners and inner adverbs. */
function cueLemmaOf(cue: string): string {
  if (/^according to$/i.test(cue)) return 'according to';
  const { tokens } = analyzeInProcess(cue);
  const words = tokens
    .filter(
      (token, i) => !['AUX', 'DET', 'PRON'].includes(token.pos) && (token.pos !== 'ADV' || i === tokens.length - 1),
    )
    .map((token) => token.lemma);
  // "told reporters": the verb alone is the key when the whole is not one.
  return lookUp(words.join(' ')) ? words.join(' ') : words[0]!;
}

function lookUp(lemma: string): string | undefined {
  if (lemma === 'according to') return ACCORDING_TO.kind;
  return (VERB_CUES.get(lemma) ?? NOUN_CUES.get(lemma))?.kind;
}

describe('the seed', () => {
  it('meets the targets against the curated claims', async () => {
    const score = await scoreSeed(DEFAULT_SEED_DIR, designA);
    expect(score.evidences).toHaveLength(30);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
    expect(score.precision).toBeGreaterThanOrEqual(0.8);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(score.kindAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
