// Neo4j stopped and started under an open explorer page: the page says the database is out, keeps
// working as a page, and fills itself in when Neo4j is back, with no reload by the reader.
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../../src/ingest/seed.ts';
import { createDriver, graphDatabase } from '../../src/neo4j/driver.ts';
import { startLocalNeo4j } from '../../src/neo4j/local-server.ts';
import { DESKTOP, launchChromium, openPage, screenshot, startExplorerServer } from '../support/browser.ts';

const INSTANCE = 'test-web-outage';
const PORT = Number(process.env.NEO4J_TEST_WEB_OUTAGE_BOLT_PORT || 17692);
const RUMORS_CLAIM = 'The U.S. claims of North Korean munitions deliveries are mere rumors';

describe('the explorer during a Neo4j outage', () => {
  it('shows a banner while Neo4j is down and recovers by itself when it is back', async () => {
    let neo4j = await startLocalNeo4j({ instance: INSTANCE, boltPort: PORT, password: null, log: () => {} });
    const db = graphDatabase(createDriver(neo4j.uri, neo4j.username, neo4j.password), 'neo4j', null);
    const server = await startExplorerServer(db);
    const browser = await launchChromium();
    const watched = await openPage(browser, server.origin, DESKTOP);
    // While Neo4j is down these are the expected answers, not failures.
    watched.expectStatus('/ready', 503);
    watched.expectStatus('/graphql', 503);
    try {
      await seedGraph(db, { reset: true });
      await watched.page.goto('/claims/lavrov-no-comment-on-rumors');
      await watched.page.getByText(RUMORS_CLAIM).first().waitFor();
      const banner = watched.page.getByRole('alert').filter({ hasText: 'database is not answering' });

      await neo4j.stop();
      await watched.page.getByRole('searchbox').fill('munitions');
      await watched.page.getByRole('searchbox').press('Enter');
      await banner.waitFor({ timeout: 30_000 });
      await screenshot(watched.page, 'outage');
      expect(await watched.page.getByText(RUMORS_CLAIM).count()).toBe(0);

      const restartedAt = performance.now();
      neo4j = await startLocalNeo4j({ instance: INSTANCE, boltPort: PORT, password: neo4j.password, log: () => {} });
      await watched.page.getByText(RUMORS_CLAIM).first().waitFor({ timeout: 60_000 });
      await banner.waitFor({ state: 'detached' });
      console.log(
        `explorer outage: the page filled itself in ${((performance.now() - restartedAt) / 1000).toFixed(1)} s after the restart began (Neo4j start included)`,
      );
      expect(watched.page.url()).toContain('/search?q=munitions');
      expect(watched.blockedRequests).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.failedRequests).toEqual([]);
    } finally {
      await watched.close();
      await browser.close();
      await server.close();
      await db.close();
      await neo4j.stop();
    }
  }, 240_000);
});
