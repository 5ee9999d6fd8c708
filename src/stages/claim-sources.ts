// Who says a claim: the attribution whose content holds it, resolved to its entity; else the article's own voice.
import type { ClaimSource } from '../core/layers/claim.js';
import type { Attribution, Entity } from '../core/layers/source.js';
import type { Sentence } from '../core/layers/text.js';
import type { Span } from '../core/span.js';
import { countryOfName } from '../geo/index.js';
import { COUNTING_VERBS } from './en/harm.js';

/** Nouns for documents that speak for their authors ("the report", "a statement"). */
const DOCUMENT_HEAD =
  /^(?:the|a|an|its|their)?\s*(?:[\w-]+\s+){0,2}(?:report|statement|study|assessment|findings|investigation|survey|update|tally|analysis)\b/i;
const BY_AUTHOR = /\bby\s+(?:the\s+)?([^,;()]{3,80})/i;

/** The author a document source names ("the report, published by the U.N. human rights office" → that office). */
function authorOf(source: string): string | null {
  if (!DOCUMENT_HEAD.test(source)) return null;
  const m = BY_AUTHOR.exec(source);
  return m?.[1] ? m[1].trim() : null;
}

/** Generic heads that name an organisation only by its kind ("the ministry", "the agency"). */
const GENERIC_HEADS = new Set([
  'ministry',
  'agency',
  'office',
  'service',
  'department',
  'committee',
  'directorate',
  'administration',
]);

export class SourceResolver {
  readonly #attributions: readonly Attribution[];
  readonly #entities: ReadonlyMap<string, Entity>;
  readonly #mentions: readonly Entity[];
  readonly #outlet: ClaimSource;

  readonly #text: string;

  constructor(text: string, attributions: readonly Attribution[], entities: readonly Entity[], outlet: string | null) {
    this.#text = text;
    this.#attributions = attributions;
    const byId = new Map<string, Entity>();
    // The fullest mention names the entity: keep the first of each id (entities carry a canonical name anyway).
    for (const e of entities) if (!byId.has(e.id)) byId.set(e.id, e);
    this.#entities = byId;
    this.#mentions = entities;
    this.#outlet = { name: outlet ?? 'the article', kind: 'outlet', side: null, span: null, entity: null };
  }

  get outlet(): ClaimSource {
    return this.#outlet;
  }

  /** The attribution whose content holds the span; the innermost when attributions nest. */
  attributionFor(span: Span, sentence: Span): Attribution | null {
    let best: Attribution | null = null;
    for (const a of this.#attributions) {
      const c = a.content.span;
      if (c[0] <= span[0] && span[1] <= c[1]) {
        if (best === null || c[1] - c[0] < best.content.span[1] - best.content.span[0]) best = a;
      }
    }
    if (best) return best;
    // A cue in the same sentence whose content was cut short still speaks for the figure: one before it, or one
    // after it in a postposed "…, officials said" (but not in another clause: "24 killed as Russia says …").
    for (const a of this.#attributions) {
      if (a.source === null || a.cue.span[0] < sentence[0] || a.cue.span[1] > sentence[1]) continue;
      if (a.cue.span[1] <= span[0]) return a;
      const between = this.#text.slice(span[1], Math.min(a.source.span[0], a.cue.span[0])).toLowerCase();
      if (between.includes(',') && !/\b(?:as|while|after|when|because|before|but)\b/.test(between)) return a;
    }
    return null;
  }

  /** The source of a claim at `span` in the sentence at `sentence`. */
  sourceFor(span: Span, sentence: Span): { source: ClaimSource; quote: boolean } {
    const a = this.attributionFor(span, sentence);
    if (!a) return { source: this.#outlet, quote: false };
    return { source: this.fromAttribution(a), quote: a.quote };
  }

  /** fromAttribution's answer per attribution (claims of one sentence share their attribution). */
  readonly #resolved = new Map<Attribution, ClaimSource>();

  fromAttribution(a: Attribution): ClaimSource {
    let s = this.#resolved.get(a);
    if (s === undefined) {
      s = this.#resolve(a);
      this.#resolved.set(a, s);
    }
    return { ...s };
  }

  #resolve(a: Attribution): ClaimSource {
    const e = a.entity !== null ? this.#entities.get(a.entity) : undefined;
    if (e) {
      // "Iran's intelligence ministry said" recognised only as "ministry": the source as written names it better
      const written = a.source?.text.replace(/^(?:the|a|an)\s+/i, '').replace(/,$/, '') ?? '';
      const bare = e.name.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
      if (GENERIC_HEADS.has(bare) && written.toLowerCase().endsWith(` ${bare}`) && written.length <= 80) {
        const side = e.side ?? countryOfName(written.split(/\s+/)[0] ?? '');
        return { name: written, kind: e.kind, side, span: a.source?.span ?? e.span, entity: e.id };
      }
      const fuller = this.#fullerName(e, a.cue.span[0], a.content.span);
      if (fuller)
        return {
          name: fuller.name,
          kind: fuller.kind,
          side: fuller.side,
          span: a.source?.span ?? e.span,
          entity: fuller.id,
        };
      return { name: e.name, kind: e.kind, side: e.side, span: a.source?.span ?? e.span, entity: e.id };
    }
    if (a.source) {
      // "The report, published Friday by the U.N. human rights office, said": the report's author speaks
      const from = a.source.span[0];
      const author = authorOf(this.#text.slice(from, Math.max(a.source.span[1], a.cue.span[0])));
      if (author) {
        // the entity named inside the author phrase gives its kind and side ("the U.N. human rights office")
        const at = this.#text.indexOf(author, from);
        const inside = this.#mentions.find(
          (m) =>
            at >= 0 &&
            m.span[0] >= at &&
            m.span[1] <= at + author.length &&
            m.kind !== 'person' &&
            m.kind !== 'witness',
        );
        const e2 = inside ? (this.#entities.get(inside.id) ?? inside) : undefined;
        return {
          name: author,
          kind: e2?.kind ?? 'unknown',
          side: e2?.side ?? null,
          span: a.source.span,
          entity: e2?.id ?? null,
        };
      }
      // ("Tehreek-e-Taliban Pakistan, or TTP," names the group without the commas of its appositive)
      const name = a.source.text.replace(/[\s,]+$/u, '');
      return { name, kind: 'unknown', side: null, span: a.source.span, entity: null };
    }
    return this.#outlet;
  }

  /**
   * "the ministry said" where the ministry was never tied to its full name: the closest earlier entity whose name ends in
   * the same generic word ("Iran's intelligence ministry"), outside what the report says, else null.
   */
  #fullerName(e: Entity, before: number, content: Span): Entity | null {
    const bare = e.name.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
    if (!GENERIC_HEADS.has(bare)) return null;
    let best: Entity | null = null;
    for (const { mention: m, last } of this.#lastWords()) {
      if (m.span[0] >= before || m.id === e.id) continue;
      // "ELN fighters seized 14 soldiers, the army said": whom the report is about is not who reports it
      if (m.span[0] >= content[0] && m.span[1] <= content[1]) continue;
      if (last === bare && (best === null || m.span[0] > best.span[0])) best = m;
    }
    return best ? (this.#entities.get(best.id) ?? best) : null;
  }

  #lastWordList: { mention: Entity; last: string }[] | undefined;
  /** Each mention whose entity's name has several words, with that name's last word in lower case. */
  #lastWords(): readonly { mention: Entity; last: string }[] {
    if (this.#lastWordList === undefined) {
      this.#lastWordList = [];
      for (const m of this.#mentions) {
        const words = (this.#entities.get(m.id) ?? m).name.toLowerCase().split(/\s+/);
        if (words.length > 1) this.#lastWordList.push({ mention: m, last: words[words.length - 1] ?? '' });
      }
    }
    return this.#lastWordList;
  }

  /**
   * The entity that counts a figure as the subject of a counting verb in its sentence ("Gladkov raised the toll to
   * 21", "AFP journalists at the scene saw 20 bodies"), or null.
   */
  counter(figure: Span, sentence: Sentence): ClaimSource | null {
    let nearest: Entity | null = null;
    for (const e of this.#mentions) {
      if (e.span[0] < sentence.span[0] || e.span[1] > figure[0]) continue;
      if (nearest === null || e.span[1] > nearest.span[1]) nearest = e;
    }
    if (!nearest) return null;
    const between = sentence.text.slice(nearest.span[1] - sentence.span[0], figure[0] - sentence.span[0]).toLowerCase();
    const words = between.match(/[a-z]+/g) ?? [];
    // the verb must come first after the subject (allowing a short locative: "at the scene", "later", "had")
    const verbAt = words.findIndex((w) => COUNTING_VERBS.has(w));
    if (verbAt < 0 || verbAt > 4) return null;
    return this.fromEntity(nearest);
  }

  fromEntity(e: Entity): ClaimSource {
    const canonical = this.#entities.get(e.id) ?? e;
    return { name: canonical.name, kind: canonical.kind, side: canonical.side, span: e.span, entity: e.id };
  }
}
