// `npm start` as a user runs it: a process that serves GraphiQL with the example tabs, answers
// /health and /ready, and on SIGTERM finishes the request in flight and exits cleanly.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, inject, it } from 'vitest';
import { compiledEntry, SERVER_NODE_FLAGS, SERVING } from '../bench/servers.ts';

describe('the server process (npm start: src/main.ts, compiled)', () => {
  it('serves, then shuts down gracefully on SIGTERM', async () => {
    const { uri, username, password } = inject('neo4j');
    // Pointed at the suite's Neo4j through NEO4J_URI, so it starts no server of its own.
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, compiledEntry('src/main.ts')], {
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        PORT: '0',
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = once(child, 'exit');
    try {
      const deadline = Date.now() + 60_000;
      while (!SERVING.test(output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const url = SERVING.exec(output)?.[1];
      expect(url, output).toBeDefined();
      const base = url!.replace(/\/graphql$/, '');

      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      const page = await fetch(url!, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('EverythingLavrovSaid');

      const inFlight = fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actorNetwork(first: 500) { links { claimCount speaker { name } } } }' }),
      });
      await new Promise((r) => setTimeout(r, 5));
      child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(
        ((await response.json()) as { data: { actorNetwork: { links: unknown[] } } }).data.actorNetwork.links.length,
      ).toBeGreaterThan(0);

      const [code, signal] = await exited;
      expect({ code, signal }).toEqual({ code: 143, signal: null });
      expect(output).toContain('SIGTERM: shutting down');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);
});
