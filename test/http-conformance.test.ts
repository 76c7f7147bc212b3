// GraphQL over HTTP conformance: graphql-http's server audits run against the live server, with
// the app configured as in production (plugins, masked errors, readiness check); and the
// connections it keeps open between a client's requests.
import { Agent, request } from 'node:http';
import { type AuditRequirement, serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/server/limits.ts';
import { useSeededServer } from './support/server.ts';

interface Outcome {
  id: string;
  name: string;
  level: AuditRequirement;
  status: 'ok' | 'notice' | 'warn' | 'error';
  reason?: string;
}

const live = useSeededServer();

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url: live.server.url, fetchFn: fetch });
    const outcomes: Outcome[] = [];
    // One after another, so a failure's response is the only request in flight.
    for (const audit of audits) {
      const level = audit.name.split(' ', 1)[0] as AuditRequirement;
      try {
        const result = await audit.fn();
        if (result.status === 'ok') {
          outcomes.push({ id: audit.id, name: audit.name, level, status: 'ok' });
        } else {
          const body = await result.response.text().catch(() => '');
          const detail = `${result.reason} (HTTP ${result.response.status}: ${body.slice(0, 300)})`;
          outcomes.push({ id: audit.id, name: audit.name, level, status: result.status, reason: detail });
        }
      } catch (error) {
        // Audits throw only on fatal errors (the server could not be reached, say).
        outcomes.push({ id: audit.id, name: audit.name, level, status: 'error', reason: String(error) });
      }
    }

    const at = (level: AuditRequirement) => outcomes.filter((o) => o.level === level);
    const ok = (list: Outcome[]) => list.filter((o) => o.status === 'ok').length;
    const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
    console.log(
      `graphql-http audits: ${ok(at('MUST'))}/${at('MUST').length} MUST ok, ` +
        `${ok(at('SHOULD'))}/${at('SHOULD').length} SHOULD ok, ${ok(at('MAY'))}/${at('MAY').length} MAY ok, ` +
        `${count('warn')} warnings, ${count('notice')} notices, ${count('error')} errors`,
    );
    for (const o of outcomes.filter((o) => o.status !== 'ok')) {
      console.log(`  ${o.status} [${o.id}] ${o.name}: ${o.reason}`);
    }

    expect(outcomes.length).toBeGreaterThan(0);
    expect(at('MUST').length).toBeGreaterThan(0);
    const failedMusts = at('MUST')
      .filter((o) => o.status !== 'ok')
      .map((o) => `[${o.id}] ${o.name} -> ${o.status}: ${o.reason}`);
    expect(failedMusts, `MUST audits failed:\n${failedMusts.join('\n')}`).toEqual([]);
  });
});

describe('connections between requests', () => {
  /** Posts `{ __typename }` through `agent`; resolves to the answer's Keep-Alive header. */
  const post = (agent: Agent) =>
    new Promise<string | undefined>((resolve, reject) => {
      const sent = request(live.server.url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } });
      sent.on('response', (response) => {
        response.resume();
        response.on('end', () => resolve(response.headers['keep-alive'] as string | undefined));
      });
      sent.on('error', reject);
      sent.end(JSON.stringify({ query: '{ __typename }' }));
    });

  it("keeps a client's idle connection open past Node's 5 s default, for its next request", async () => {
    const connections: unknown[] = [];
    const onConnection = (socket: unknown) => connections.push(socket);
    live.server.server.on('connection', onConnection);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await post(agent)).toBe(`timeout=${DEFAULT_LIMITS.keepAliveTimeoutMs / 1000}`);
      // Longer than Node's default keep-alive timeout, after which it would have closed the connection.
      await new Promise((resolve) => setTimeout(resolve, 5_500));
      await post(agent);
      expect(connections).toHaveLength(1);
    } finally {
      live.server.server.off('connection', onConnection);
      agent.destroy();
    }
  }, 15_000);
});
