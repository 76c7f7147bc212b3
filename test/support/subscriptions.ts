// Subscribing over server-sent events, as a browser's EventSource would: the tests read the
// `next` events one by one.
import { expect } from 'vitest';

/** Opens an SSE subscription and hands out the `data` of its `next` events one by one. */
export async function subscribe<T = Record<string, any>>(url: string, query: string) {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal: abort.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  // Yoga pings as soon as the stream starts; by then the subscription is listening.
  while (!buffer.includes('\n\n')) buffer += (await reader.read()).value ?? '';
  buffer = '';
  return {
    async next(timeoutMs = 10_000): Promise<T> {
      const deadline = setTimeout(() => abort.abort(), timeoutMs);
      try {
        for (;;) {
          const match = /event: next\ndata: (.*)\n\n/.exec(buffer);
          if (match) {
            buffer = buffer.slice(match.index + match[0].length);
            return (JSON.parse(match[1]!) as { data: T }).data;
          }
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended: ${buffer}`);
          buffer += value;
        }
      } finally {
        clearTimeout(deadline);
      }
    },
    close: () => abort.abort(),
  };
}
