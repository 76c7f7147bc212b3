// The claim page in a real browser against the seeded graph: the claim's facts, its evidence marked
// in its sentence with a link to that place in the article, and the claims it disputes, each with
// the reason; all in one GraphQL request.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { anchorEvidence } from '../../src/ingest/evidence.ts';
import { type EvidenceRecord, emptyGraphBatch } from '../../src/model/graph.ts';
import { writeGraphBatch } from '../../src/neo4j/writes/graph-batch.ts';
import {
  DESKTOP,
  expectCleanRun,
  expectGoodPageView,
  openPage,
  PHONE,
  seriousAccessibilityViolations,
  useExplorer,
} from '../support/browser.ts';

/** The text of the <dd> that follows the <dt> with this label. */
const fact = (page: Page, label: string) =>
  page.locator('.claim-facts dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

describe('the claim page', () => {
  const live = useExplorer();

  /** The claim's evidence as the API has it, to compare the page with. */
  async function evidenceOf(key: string): Promise<{ key: string; text: string; article: { key: string } }[]> {
    const response = await fetch(`${live.server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($key: ID!) { claim(key: $key) { evidence { edges { node { key text article { key } } } } } }',
        variables: { key },
      }),
    });
    const { data } = (await response.json()) as any;
    return data.claim.evidence.edges.map((edge: any) => edge.node);
  }

  for (const viewport of [PHONE, DESKTOP]) {
    it(`shows who said “I don’t comment on rumors”, the evidence in its sentence and what it disputes (${viewport.width} px)`, async () => {
      const watched = await openPage(live.browser, live.server.origin, viewport);
      try {
        const { page } = watched;
        await page.goto('/claims/lavrov-no-comment-on-rumors');
        const title = page.getByRole('heading', { level: 1 });
        await expect
          .poll(() => title.textContent())
          .toBe('The U.S. claims of North Korean munitions deliveries are mere rumors that do not merit comment.');
        expect(await page.title()).toContain('mere rumors');
        expect(await page.locator('.claim-kind .kind-badge').textContent()).toBe('Dismissal');
        expect(await page.locator('.claim-quote blockquote').textContent()).toBe('“I don’t comment on rumors”');

        // Who, for whom, through what, when (in the article's words), about whom, how it got here.
        const speaker = fact(page, 'Speaker').getByRole('link');
        expect(await speaker.textContent()).toBe('Sergey Lavrov');
        expect(await speaker.getAttribute('href')).toBe('/actors/sergey-lavrov');
        expect(await fact(page, 'On behalf of').getByRole('link').getAttribute('href')).toBe('/actors/russia');
        expect(await fact(page, 'Channel').textContent()).toBe('Russian state television');
        expect(await fact(page, 'Cue').textContent()).toBe('“added”');
        expect(await fact(page, 'Said').textContent()).toBe('20 Oct 2023 — “on Friday”, as the article puts it');
        expect(await fact(page, 'About').textContent()).toBe('United States target');
        expect(await fact(page, 'Provenance').textContent()).toBe('Curated: put into the graph by people.');

        // The evidence: exactly its words marked, linking to that place in the article.
        const [evidence] = await evidenceOf('lavrov-no-comment-on-rumors');
        const shown = page.locator('.evidence-in-sentence');
        expect(await shown.count()).toBe(1);
        expect(await shown.locator('mark').allTextContents()).toEqual([evidence!.text]);
        expect(evidence!.text).toBe('“I don’t comment on rumors,” he added.');
        const articleLink = shown.getByRole('link');
        expect(await articleLink.textContent()).toBe(
          'Russian foreign minister dismisses US claims of North Korea supplying munitions to Moscow as rumors',
        );
        expect(await articleLink.getAttribute('href')).toBe(
          `/articles/ap-lavrov-dismisses-us-claims#evidence-${evidence!.key}`,
        );

        // The claims it disputes, each with the reason.
        const disputes = page.getByRole('region', { name: /^Claims it disputes/ });
        expect(await disputes.getByRole('heading').first().textContent()).toBe('Claims it disputes (2)');
        const whiteHouse = disputes.locator('.claim-card', {
          has: page.locator('a[href="/claims/white-house-1000-containers"]'),
        });
        expect(await whiteHouse.locator('.actor-link').first().textContent()).toBe('White House');
        expect(await whiteHouse.locator('.rationale').textContent()).toBe(
          'Why: Lavrov dismisses the White House allegation as a rumor.',
        );
        expect(await page.getByRole('region', { name: /^Disputed by/ }).count()).toBe(0);

        await expectGoodPageView(watched, ['ClaimPage'], 'claim');
      } finally {
        await watched.close();
      }
    });
  }

  it('shows a claim reported by two articles, with the claims disputing and supporting it', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    try {
      const { page } = watched;
      await page.goto('/claims/white-house-1000-containers');
      await page.locator('.evidence-in-sentence').first().waitFor();

      // One passage per article, each marked exactly, each in its own sentence.
      const evidence = await evidenceOf('white-house-1000-containers');
      expect(evidence).toHaveLength(2);
      const shown = page.locator('.evidence-in-sentence');
      expect(await shown.locator('mark').allTextContents()).toEqual(evidence.map((e) => e.text));
      expect(await shown.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual(
        evidence.map((e) => `/articles/${e.article.key}#evidence-${e.key}`),
      );
      // Each passage in its sentence, and no more: the Moscow article's is a whole sentence, the
      // Washington article's sentence starts with the dateline.
      expect(await shown.locator('blockquote').allTextContents()).toEqual([
        evidence[0]!.text,
        `WASHINGTON (AP) — ${evidence[1]!.text}`,
      ]);

      const disputedBy = page.getByRole('region', { name: /^Disputed by/ });
      const rumors = disputedBy.locator('.claim-card', {
        has: page.locator('a[href="/claims/lavrov-no-comment-on-rumors"]'),
      });
      expect(await rumors.locator('.rationale').textContent()).toBe(
        'Why: Lavrov dismisses the White House allegation as a rumor.',
      );
      const supportedBy = page.getByRole('region', { name: /^Supported by/ });
      expect(
        await supportedBy.locator('.paraphrase a').evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
      ).toEqual(expect.arrayContaining(['/claims/white-house-container-images', '/claims/white-house-shipment-route']));
      const supports = page.getByRole('region', { name: /^Claims it supports/ });
      expect(await supports.locator('.rationale').textContent()).toBe(
        'Why: The reported deliveries bear out the speculation that North Korea would refill Russia’s munition stores.',
      );
      expect(await fact(page, 'Places').locator('li').allTextContents()).toEqual(['North Korea', 'Russia']);
      expect(await fact(page, 'Events').locator('li').count()).toBe(2);

      // Following the evidence link opens the article at that passage.
      await shown.first().getByRole('link').click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#evidence-${evidence[0]!.key}`);
      expect(new URL(page.url()).pathname).toBe(`/articles/${evidence[0]!.article.key}`);

      expect(watched.graphqlRequests[0]).toBe('ClaimPage');
      expect(watched.graphqlRequests.filter((name) => name === 'ClaimPage')).toHaveLength(1);
      expectCleanRun(watched);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('shows evidence that follows another sentence of its paragraph as its own sentence only', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    try {
      const { page } = watched;
      await page.goto('/claims/white-house-container-images');
      await page.locator('.evidence-in-sentence').first().waitFor();
      const evidence = await evidenceOf('white-house-container-images');
      // In the Moscow article it follows "…weapons to Russia. " in the same paragraph.
      expect(evidence[0]!.text).toMatch(/^It released images/);
      expect(await page.locator('.evidence-in-sentence blockquote').allTextContents()).toEqual(
        evidence.map((e) => e.text),
      );
      expect(watched.graphqlRequests).toEqual(['ClaimPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it('shows a machine-extracted claim’s provenance, and a passage from mid-sentence in what is left of its sentence', async () => {
    const articleKey = 'ap-lavrov-dismisses-us-claims';
    const body = (
      await live.db.query('MATCH (a:Article {id: $id}) RETURN a.body AS body', { id: articleKey })
    ).records[0]!.get('body') as string;
    const evidence = anchorEvidence('extracted-munitions-transfer', articleKey, body, {
      text: 'North Korea transferred munitions to Russia',
    }) as EvidenceRecord;
    await writeGraphBatch(live.db, {
      ...emptyGraphBatch({ origin: 'EXTRACTED', extractor: 'attribution', extractorVersion: '1.11.0' }),
      claims: [
        {
          id: 'extracted-munitions-transfer',
          kind: 'ACCUSATION',
          paraphrase: 'North Korea transferred munitions to Russia.',
          quote: null,
          cue: 'claims',
          stated: null,
          speakerId: 'united-states',
          onBehalfOfId: null,
          channelId: null,
          about: [{ actorId: 'north-korea', role: 'SUBJECT' }],
          locationIds: [],
          eventIds: [],
          confidence: 0.834,
        },
      ],
      evidence: [evidence],
    });

    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    try {
      const { page } = watched;
      await page.goto('/claims/extracted-munitions-transfer');
      await page.locator('.evidence-in-sentence').waitFor();
      expect(await page.locator('.claim-kind .machine-badge').textContent()).toBe('machine-extracted');
      expect(await fact(page, 'Provenance').textContent()).toBe(
        'Machine-extracted by attribution version 1.11.0, confidence 83%.',
      );
      expect(await fact(page, 'Said').textContent()).toBe('The articles do not say when.');
      // The 32 characters either side start and end mid-sentence: whole words of them, with ellipses.
      const shown = page.locator('.evidence-in-sentence blockquote');
      expect(await shown.locator('mark').textContent()).toBe('North Korea transferred munitions to Russia');
      expect(await shown.textContent()).toBe(
        '…shrugged off U.S. claims that North Korea transferred munitions to Russia, saying Washington has failed…',
      );
      expect(watched.graphqlRequests).toEqual(['ClaimPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });

  it('shows Not found for an unknown claim key', async () => {
    const watched = await openPage(live.browser, live.server.origin, DESKTOP);
    try {
      const { page } = watched;
      // The server answers an unknown key with the app and a 404.
      watched.expectStatus('/claims/no-such-claim', 404);
      await page.goto('/claims/no-such-claim');
      await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
      await expect(page.locator('main').textContent()).resolves.toContain(
        'There is no claim no-such-claim in the graph.',
      );
      expect(watched.graphqlRequests).toEqual(['ClaimPage']);
      expectCleanRun(watched);
    } finally {
      await watched.close();
    }
  });
});
