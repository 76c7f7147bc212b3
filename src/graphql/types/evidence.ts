// Evidence: the exact passage of an article that reports a claim, anchored both by character
// offsets into the stored body and by quotation with prefix and suffix (W3C Web Annotation).
import { evidencePages } from '../../neo4j/reads/entities.ts';
import { builder, type ConnectionFieldBuilder } from '../builder.ts';
import { nestedConnection } from '../connections.ts';
import { required } from '../resolving.ts';
import { ArticleRef, ClaimRef, EvidenceConnection, EvidenceRef } from './refs.ts';

/** A paginated list of evidence hanging off a claim or an article, batched across parents. */
export function evidenceConnectionField<Parent extends { id: string }>(
  t: ConnectionFieldBuilder<Parent>,
  scope: 'ofClaim' | 'inArticle',
  description: string,
) {
  return t.field({
    type: EvidenceConnection,
    description,
    args: { ...t.arg.connectionArgs() },
    resolve: (parent, args, ctx, info) =>
      nestedConnection(ctx, info, args, parent.id, (ids, window) => evidencePages(ctx.db, scope, ids, window)),
  });
}

builder.node(EvidenceRef, {
  description: 'The words of an article that report a claim, with where they stand in its body.',
  id: { resolve: (evidence) => evidence.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.evidence.load(id))),
  fields: (t) => ({
    key: t.exposeString('id'),
    text: t.exposeString('text', { description: 'The passage, verbatim.' }),
    start: t.exposeInt('start', { description: 'Offset of its first character in the article body.' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character: body.slice(start, end) = text.' }),
    prefix: t.exposeString('prefix', { description: 'Up to 32 characters of the body before the passage.' }),
    suffix: t.exposeString('suffix', { description: 'Up to 32 characters of the body after the passage.' }),
    claim: t.field({ type: ClaimRef, resolve: (e, _, ctx) => ctx.loaders.claim.load(e.claimId).then(required) }),
    article: t.field({
      type: ArticleRef,
      resolve: (e, _, ctx) => ctx.loaders.article.load(e.articleId).then(required),
    }),
  }),
});
