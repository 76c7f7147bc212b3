// claimAdded events through Redis (REDIS_URL), so that a subscriber to any of several server
// processes behind one address hears the claims written through every one of them: graphql-yoga's
// pub/sub on @graphql-yoga/redis-event-target, with one connection to publish on and one to
// subscribe on (a subscribing Redis connection can do nothing else).
//
// Redis pub/sub delivers at most once, and only to those listening then. While Redis is away the API
// keeps serving, reads and writes alike (they need only Neo4j); an event published meanwhile is
// dropped, not queued, so memory stays bounded however long the outage lasts, and the count of
// dropped events is logged when Redis is back. Subscribers keep their streams: the subscribing
// connection subscribes again on reconnecting, and they hear the claims written from then on.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { ClaimAddedEvent, ClaimEvents } from '../graphql/context.ts';
import { closeRedis, connected, connectRedis } from '../redis/client.ts';
import { withoutPassword } from '../redis/config.ts';

export interface SharedClaimEvents {
  pubSub: ClaimEvents;
  /** Closes both connections. */
  close(): Promise<void>;
}

export interface ClaimEventsOptions {
  /** How long to wait for Redis to answer at start: 10 s by default. */
  connectTimeoutMs?: number;
  /** Where Redis going away and coming back is reported: stderr by default. */
  log?: (message: string) => void;
}

/** Connects to Redis (rejecting when it does not answer in time) and returns the shared pub/sub. */
export async function claimEventsOnRedis(url: string, options: ClaimEventsOptions = {}): Promise<SharedClaimEvents> {
  const log = options.log ?? ((message: string) => console.error(message));
  const where = withoutPassword(url);
  let dropped = 0;
  const publishClient = connectRedis(url, {
    name: `claimgraph:${process.pid}:claim-events:publish`,
    waitWhileAway: false,
    lost: (reason) =>
      log(
        `Redis at ${where} is unreachable (${reason}): claims written until it is back are announced to no subscriber.`,
      ),
    back: () => {
      log(`Redis at ${where} is back: ${dropped} claim event(s) were dropped while it was away.`);
      dropped = 0;
    },
  });
  const subscribeClient = connectRedis(url, {
    name: `claimgraph:${process.pid}:claim-events:subscribe`,
    waitWhileAway: true,
    lost: () => {},
    back: () => {},
  });
  const close = async () => {
    await Promise.all([closeRedis(publishClient), closeRedis(subscribeClient)]);
  };
  try {
    await Promise.all(
      [publishClient, subscribeClient].map((client) => connected(client, url, options.connectTimeoutMs ?? 10_000)),
    );
  } catch (error) {
    await close();
    throw error;
  }

  // The event target drops the promises that publish, subscribe and unsubscribe return, so one that
  // failed (Redis away) would end the process as an unhandled rejection. It gets these stand-ins,
  // which make the same calls and deal with the failures.
  const publisher = {
    publish: (channel: string, message: string) =>
      publishClient.publish(channel, message).catch(() => {
        dropped++;
      }),
  };
  const refused = (command: string) => (error: Error) => log(`Redis refused ${command}: ${error.message}`);
  const subscriber = {
    on: (event: 'message', listener: (channel: string, message: string) => void) => subscribeClient.on(event, listener),
    subscribe: (channel: string) => subscribeClient.subscribe(channel).catch(refused(`SUBSCRIBE ${channel}`)),
    unsubscribe: (channel: string) => subscribeClient.unsubscribe(channel).catch(refused(`UNSUBSCRIBE ${channel}`)),
  };
  const pubSub = createPubSub<{ claimAdded: [ClaimAddedEvent] }>({
    eventTarget: createRedisEventTarget({
      publishClient: publisher as unknown as Redis,
      subscribeClient: subscriber as unknown as Redis,
    }),
  });
  return { pubSub, close };
}
