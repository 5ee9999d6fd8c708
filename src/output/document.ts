// The document JSON of shared/eval/OUTPUT-FORMAT.md, built from a finished Doc.
import type { Doc, LayerName, Layers, Note } from '../core/doc.js';
import type { Claim, TallyEvent } from '../core/layers/claim.js';

export interface DocumentJson {
  article: {
    id: string;
    title: string | null;
    published: string | null;
    published_from: string;
    outlet: string | null;
    url: string | null;
    language: string;
  };
  events: TallyEvent[];
  claims: Claim[];
  notes: Note[];
  text?: string;
  layers?: Partial<Layers>;
}

export function toDocumentJson(doc: Doc, opts: { layers?: boolean; text?: boolean } = {}): DocumentJson {
  const m = doc.meta;
  const out: DocumentJson = {
    article: {
      id: m.id,
      title: m.title,
      published: m.published,
      published_from: m.publishedFrom,
      outlet: m.outlet,
      url: m.url,
      language: m.language,
    },
    events: [...(doc.has('events') ? doc.get('events') : [])],
    claims: linkedClaims(doc),
    notes: [...doc.notes],
  };
  if (opts.text) out.text = doc.text;
  if (opts.layers) {
    const layers: Partial<Record<LayerName, unknown>> = {};
    for (const name of doc.layerNames()) {
      if (name !== 'claims' && name !== 'events' && name !== 'links') layers[name] = doc.get(name);
    }
    out.layers = layers as Partial<Layers>;
  }
  return out;
}

/** Claims with the event each is linked to. */
function linkedClaims(doc: Doc): Claim[] {
  if (!doc.has('claims')) return [];
  const eventOf = new Map((doc.has('links') ? doc.get('links') : []).map((l) => [l.claim, l.event]));
  return doc.get('claims').map((c) => ({ ...c, event: eventOf.get(c.id) ?? c.event }));
}
