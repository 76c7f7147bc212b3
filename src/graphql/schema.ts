// Assembles the schema: each module registers its types on the one builder when imported.
import { builder } from './builder.ts';
import './types/scalars.ts';
import './types/enums.ts';
import './types/fuzzy-date.ts';
import './types/claim-filter.ts';
import './types/claim-lists.ts';
import './types/claim.ts';
import './types/evidence.ts';
import './types/actor.ts';
import './types/article.ts';
import './types/location.ts';
import './types/event.ts';
import './types/search.ts';
import './types/network.ts';
import './types/write-inputs.ts';
import './types/mutations.ts';
import './types/article-reading.ts';
import './types/subscriptions.ts';

// Reads need the reader scope, which everyone has unless CLAIMGRAPH_READS_REQUIRE_AUTH is on;
// writes need the editor scope of an API key.
builder.queryType({ description: 'Who said what about whom, with provenance.', authScopes: { reader: true } });
builder.mutationType({
  description: 'Adds and updates records; needs an editor API key.',
  authScopes: { editor: true },
});
builder.subscriptionType({ description: 'Changes to the graph as they happen.', authScopes: { reader: true } });

export const schema = builder.toSchema({ sortSchema: true });
