// Full-text search across claims, actors and articles, ranked by relevance.
import { z } from 'zod';
import type { ActorRow, ArticleRow, ClaimRow } from '../../neo4j/reads/rows.ts';
import { type SearchHitRow, search } from '../../neo4j/reads/search.ts';
import { builder } from '../builder.ts';
import { pageWindow, toConnection } from '../connections.ts';
import { claimRowPartsUnderConnection } from '../nested-lists.ts';
import { ACTOR_TYPES, ArticleRef, ClaimRef } from './refs.ts';

const SearchTargetEnum = builder.enumType('SearchTarget', { values: ['CLAIM', 'ACTOR', 'ARTICLE'] as const });

const SearchResultUnion = builder.unionType('SearchResult', {
  types: [ClaimRef, ArticleRef, ...Object.values(ACTOR_TYPES)],
  resolveType: (item: unknown) => {
    const row = item as object;
    if ('body' in row) return 'Article';
    // A claim row may come without its paraphrase (ClaimRowParts); an actor row always has its name.
    return 'name' in row ? ACTOR_TYPES[(row as ActorRow).kind].name : 'Claim';
  },
});

const SearchConnection = builder.connectionObject(
  { type: SearchResultUnion, name: 'SearchConnection' },
  {
    name: 'SearchEdge',
    fields: (t) => ({
      score: t.float({
        description: 'Lucene relevance; higher is better.',
        resolve: (edge) => (edge as unknown as { score: number }).score,
      }),
    }),
  },
);

function hitNode(hit: SearchHitRow): ClaimRow | ActorRow | ArticleRow {
  return hit.type === 'CLAIM' ? hit.claim : hit.type === 'ACTOR' ? hit.actor : hit.article;
}

builder.queryField('search', (t) =>
  t.field({
    type: SearchConnection,
    description: 'Full-text search of claims (paraphrase, quote), actors (name, aliases) and articles (title, body).',
    args: {
      ...t.arg.connectionArgs(),
      text: t.arg.string({ required: true, validate: z.string().trim().min(1).max(200) }),
      targets: t.arg({ type: [SearchTargetEnum], defaultValue: ['CLAIM', 'ACTOR', 'ARTICLE'] }),
    },
    resolve: async (_, args, ctx, info) => {
      const window = pageWindow(args, info);
      const page = await search(
        ctx.db,
        args.text,
        [...(args.targets ?? [])],
        window,
        claimRowPartsUnderConnection(info),
      );
      return toConnection(page, window, (hit) => ({ node: hitNode(hit), score: hit.score }));
    },
  }),
);
