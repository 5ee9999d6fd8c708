// schema.org ClaimReview JSON-LD for contested claims: each figure that another independent source contradicts, or that is disputed.
import { figureText } from '../ledger/reconcile.js';
import type { ArticleRef, EventDetail } from '../query/types.js';

export type JsonLd = Record<string, unknown>;

export function claimReviews(events: readonly EventDetail[], reviewer = 'Tally'): JsonLd[] {
  const out: JsonLd[] = [];
  for (const e of events) {
    const articles = new Map<string, ArticleRef>(e.articles.map((a) => [a.id, a]));
    const claims = new Map(e.kinds.flatMap((k) => k.claims).map((c) => [c.id, c]));
    const reasons = new Map<string, string[]>();
    for (const k of e.kinds) {
      for (const x of k.contradictions)
        for (const id of new Set([x.a, x.b])) reasons.set(id, [...(reasons.get(id) ?? []), x.reason]);
    }
    for (const [id, why] of reasons) {
      const c = claims.get(id);
      if (!c) continue;
      const a = articles.get(c.article);
      const estimate = e.kinds.find((k) => k.kind === c.kind)?.estimate;
      out.push({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        '@id': `tally:claim/${c.id}`,
        claimReviewed: c.evidence,
        datePublished: new Date().toISOString().slice(0, 10),
        author: { '@type': 'Organization', name: reviewer },
        itemReviewed: {
          '@type': 'Claim',
          author: {
            '@type': c.source.kind === 'person' || c.source.kind === 'witness' ? 'Person' : 'Organization',
            name: c.source.name,
          },
          datePublished: c.published,
          appearance: a
            ? {
                '@type': 'CreativeWork',
                ...(a.url ? { url: a.url } : {}),
                ...(a.title ? { headline: a.title } : {}),
                ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
              }
            : undefined,
          about: {
            '@type': 'Event',
            identifier: e.id,
            name: `${e.type}${e.where ? ` in ${e.where.name}` : ''}`,
            startDate: e.when?.start ?? undefined,
          },
        },
        reviewRating: {
          '@type': 'Rating',
          alternateName: 'Contested',
          ratingExplanation: `${c.kind}: ${figureText(c.value)}. ${why.join('; ')}.${estimate && estimate.best !== null ? ` Ledger estimate (${estimate.convention}): best ${estimate.best}, low ${estimate.low ?? '?'}, high ${estimate.high ?? '?'}.` : ''}`,
        },
      });
    }
  }
  return out;
}
