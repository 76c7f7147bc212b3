// Article: one news article, its cleaned body, and the claims its passages report.
import { articlePages } from '../../neo4j/reads/entities.ts';
import { builder } from '../builder.ts';
import { rootConnection } from '../connections.ts';
import { keyOf } from '../keys.ts';
import { single } from '../resolving.ts';
import { claimConnectionField } from './claim-lists.ts';
import { evidenceConnectionField } from './evidence.ts';
import { ActorRef, ArticleConnection, ArticleRef, LocationRef } from './refs.ts';

builder.node(ArticleRef, {
  description: 'A news article as published, with the body every evidence offset points into.',
  id: { resolve: (article) => article.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.article.load(id))),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable readable key, e.g. "ap-lavrov-dismisses-us-claims".' }),
    title: t.exposeString('title'),
    publishedAt: t.field({
      type: 'LocalDateTime',
      description: 'The date line of the page, as the page gives it.',
      resolve: (a) => a.publishedAt,
    }),
    datelineText: t.exposeString('datelineText', {
      nullable: true,
      description: 'Where it was filed from, as written: "MOSCOW"; null when the article has no dateline.',
    }),
    dateline: t.field({
      type: LocationRef,
      nullable: true,
      resolve: (a, _, ctx) => (a.datelineLocationId ? ctx.loaders.location.load(a.datelineLocationId) : null),
    }),
    outlet: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The media outlet that published it.',
      resolve: (a, _, ctx) => (a.outletId ? ctx.loaders.actor.load(a.outletId) : null),
    }),
    body: t.exposeString('body', { description: 'The cleaned text: paragraphs joined by newlines.' }),
    sourceFile: t.exposeString('sourceFile', {
      description: 'Where it was last read from: a file name or an address.',
    }),
    sources: t.exposeStringList('sources', {
      description: 'Every address or file it was read from: a republished copy adds one, not another article.',
    }),
    evidence: evidenceConnectionField(t, 'inArticle', 'Passages of this article that report claims, in reading order.'),
    claims: claimConnectionField(t, 'inArticle', 'Claims this article reports.'),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    args: { key: t.arg.id({ required: true, description: 'Key or global ID.' }) },
    resolve: (_, { key }, ctx) => ctx.loaders.article.load(keyOf(key, ['Article'], 'key')),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'All articles, newest first.',
    args: { ...t.arg.connectionArgs() },
    resolve: (_, args, ctx, info) =>
      rootConnection(args, info, (window) => articlePages(ctx.db, 'all', [''], window).then(single)),
  }),
}));
