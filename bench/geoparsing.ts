// Geoparsing harness: geotagging P/R/F1 (exact spans and overlap) and oracle-mode geocoding (gold spans given)
// on the corpora a benchmark folder's MANIFEST.tsv lists, in the `lgl-xml` (TR-News, LGL) and `gwn-xml` (GeoWebNews)
// formats. Usage: node dist/bench/geoparsing.js [FOLDER]   (default ../shared/benchmarks/geoparsing)
import { readFileSync } from 'node:fs';
import { Doc } from '../src/core/doc.js';
import type { Span } from '../src/core/span.js';
import { distanceKm } from '../src/geo/distance.js';
import { loadGazetteer } from '../src/geo/gazetteer.js';
import { geocodeSpans } from '../src/geo/recognise.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import type { RunContext } from '../src/pipeline/stage.js';
import { placesStage } from '../src/stages/places.js';
import { sentencesStage } from '../src/stages/sentences.js';
import { tokensStage } from '../src/stages/tokens.js';
import { benchmarkFolder, f1, pct, printTable, readManifest } from './lib/manifest.js';

export interface GoldToponym {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  /** GeoWebNews pragmatic type (Literal, Metonymic, ...); null for LGL-style corpora. */
  readonly type: string | null;
}

export interface GoldArticle {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
function decode(s: string): string {
  return s.replace(ENTITY, (_m, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    }
  });
}

const CDATA = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/;
function elementText(inner: string): string {
  const c = CDATA.exec(inner);
  return c ? (c[1] ?? '') : decode(inner);
}

/** The inner text of the first <tag ...>...</tag> in `xml` (no nesting of the same tag), or null. */
function child(xml: string, tag: string): string | null {
  const open = xml.indexOf(`<${tag}`);
  if (open < 0) return null;
  const gt = xml.indexOf('>', open);
  if (gt < 0) return null;
  if (xml[gt - 1] === '/') return '';
  const close = xml.indexOf(`</${tag}>`, gt);
  if (close < 0) return null;
  return xml.slice(gt + 1, close);
}

function* elements(xml: string, tag: string): Generator<{ attrs: string; inner: string }> {
  let from = 0;
  for (;;) {
    let open = xml.indexOf(`<${tag}`, from);
    while (open >= 0) {
      const c = xml[open + tag.length + 1];
      if (c === '>' || c === ' ' || c === '/' || c === '\n' || c === '\t') break;
      open = xml.indexOf(`<${tag}`, open + 1);
    }
    if (open < 0) return;
    const gt = xml.indexOf('>', open);
    if (gt < 0) return;
    const attrs = xml.slice(open + tag.length + 1, gt);
    if (attrs.endsWith('/')) {
      yield { attrs, inner: '' };
      from = gt + 1;
      continue;
    }
    const close = xml.indexOf(`</${tag}>`, gt);
    if (close < 0) return;
    yield { attrs, inner: xml.slice(gt + 1, close) };
    from = close + tag.length + 3;
  }
}

const ATTR = (attrs: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? (m[1] ?? null) : null;
};
const num = (s: string | null): number | null => {
  if (s === null || s.trim() === '') return null;
  const n = Number(s.trim());
  return Number.isFinite(n) ? n : null;
};

/**
 * Moves a gold offset onto the phrase when the file's offsets are shifted: the occurrence of `phrase` nearest to
 * `start` within 60 characters; the given offsets when none is found.
 */
export function reanchor(text: string, phrase: string, start: number, end: number): Span {
  if (text.slice(start, end) === phrase) return [start, end];
  let best: number | null = null;
  const lo = Math.max(0, start - 60);
  for (let i = text.indexOf(phrase, lo); i >= 0 && i <= start + 60; i = text.indexOf(phrase, i + 1)) {
    if (best === null || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best === null ? [start, end] : [best, best + phrase.length];
}

/** Reads the `lgl-xml` format (TR-News, LGL). */
export function readLglXml(xml: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const a of elements(xml, 'article')) {
    const text = elementText(child(a.inner, 'text') ?? '');
    const toponyms: GoldToponym[] = [];
    const block = child(a.inner, 'toponyms') ?? '';
    for (const t of elements(block, 'toponym')) {
      const phrase = elementText(child(t.inner, 'phrase') ?? '');
      const s = num(child(t.inner, 'start'));
      const e = num(child(t.inner, 'end'));
      if (s === null || e === null) continue;
      const [start, end] = reanchor(text, phrase, s, e);
      const gaz = [...elements(t.inner, 'gaztag')][0];
      toponyms.push({
        phrase,
        start,
        end,
        lat: gaz ? num(child(gaz.inner, 'lat')) : null,
        lon: gaz ? num(child(gaz.inner, 'lon')) : null,
        geonameid: gaz ? num(ATTR(gaz.attrs, 'geonameid')) : null,
        type: null,
      });
    }
    out.push({ id: ATTR(a.attrs, 'docid') ?? String(out.length), text, toponyms });
  }
  return out;
}

/** Reads the `gwn-xml` format (GeoWebNews); Non_Toponym annotations are dropped. */
export function readGwnXml(xml: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const a of elements(xml, 'article')) {
    const text = elementText(child(a.inner, 'text') ?? '');
    const toponyms: GoldToponym[] = [];
    for (const t of elements(child(a.inner, 'toponyms') ?? '', 'toponym')) {
      const type = elementText(child(t.inner, 'type') ?? '').trim();
      if (type === 'Non_Toponym') continue;
      const phrase = elementText(child(t.inner, 'extractedName') ?? '');
      const s = num(child(t.inner, 'start'));
      const e = num(child(t.inner, 'end'));
      if (s === null || e === null) continue;
      const [start, end] = reanchor(text, phrase, s, e);
      toponyms.push({
        phrase,
        start,
        end,
        lat: num(child(t.inner, 'latitude')),
        lon: num(child(t.inner, 'longitude')),
        geonameid: num(child(t.inner, 'geonamesID')),
        type: type || null,
      });
    }
    out.push({ id: ATTR(a.attrs, 'file') ?? String(out.length), text, toponyms });
  }
  return out;
}

const LITERAL = new Set(['Literal', 'Literal_Modifier', 'Literal_Expression', 'Embedded_Literal']);
const METONYMIC = new Set(['Metonymic', 'Non_Literal_Modifier', 'Non_Lit_Expression', 'Embedded_Non_Lit']);

const meta = {
  id: 'bench',
  title: null,
  published: null,
  publishedFrom: 'none' as const,
  outlet: null,
  url: null,
  language: 'en',
};
const ctx: RunContext = { published: null, locale: 'en', vagueConvention: 'default' };
const pipeline = buildPipeline([sentencesStage, tokensStage, placesStage]);

/** The spans the system tags as toponyms: places (without anaphors) and, when asked, demonyms. */
export function predictSpans(text: string, withDemonyms: boolean): Span[] {
  const doc = pipeline.run(new Doc(text, meta), ctx);
  const spans: Span[] = doc
    .get('places')
    .filter((p) => p.antecedent === undefined)
    .map((p) => p.span);
  if (withDemonyms) for (const d of doc.get('demonyms')) spans.push(d.span);
  return spans;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  otp: number;
  ofp: number;
  ofn: number;
}
const newTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, otp: 0, ofp: 0, ofn: 0 });

function scoreSpans(pred: readonly Span[], gold: readonly Span[], t: Tally): void {
  const g = new Set(gold.map((s) => `${s[0]}:${s[1]}`));
  const p = new Set(pred.map((s) => `${s[0]}:${s[1]}`));
  for (const k of p) if (g.has(k)) t.tp++;
  t.fp += p.size - [...p].filter((k) => g.has(k)).length;
  t.fn += g.size - [...g].filter((k) => p.has(k)).length;
  // Overlap: one-to-one, greedy in text order.
  const used = new Set<number>();
  let matched = 0;
  for (const ps of pred) {
    const gi = gold.findIndex((gs, i) => !used.has(i) && ps[0] < gs[1] && gs[0] < ps[1]);
    if (gi >= 0) {
      used.add(gi);
      matched++;
    }
  }
  t.otp += matched;
  t.ofp += pred.length - matched;
  t.ofn += gold.length - matched;
}

const prf = (tp: number, fp: number, fn: number): [number, number, number] => {
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return [p, r, f1(p, r)];
};

/** Half the Earth's circumference: the error charged for a toponym the geocoder leaves unresolved. */
const MAX_ERROR_KM = 20038;

export interface GeocodeScore {
  readonly n: number;
  readonly resolved: number;
  readonly acc161: number;
  readonly exactId: number;
  readonly idComparable: number;
  readonly meanKm: number;
  readonly medianKm: number;
  /** Area under the curve of ln(1 + error km) / ln(MAX_ERROR_KM), over toponyms (lower is better, 0 = perfect). */
  readonly auc: number;
}

export function geocodeScore(
  articles: readonly GoldArticle[],
  keep: (t: GoldToponym) => boolean = () => true,
): GeocodeScore {
  const errors: number[] = [];
  let resolved = 0;
  let exact = 0;
  let idComparable = 0;
  for (const a of articles) {
    const tops = a.toponyms.filter((t) => t.lat !== null && t.lon !== null && keep(t));
    if (tops.length === 0) continue;
    const res = geocodeSpans(
      a.text,
      tops.map((t) => [t.start, t.end] as Span),
    );
    tops.forEach((t, i) => {
      const e = res[i];
      if (!e) {
        errors.push(MAX_ERROR_KM);
        return;
      }
      resolved++;
      errors.push(distanceKm(e.lat, e.lon, t.lat ?? 0, t.lon ?? 0));
      if (t.geonameid !== null) {
        idComparable++;
        if (e.geonameid === t.geonameid) exact++;
      }
    });
  }
  const sorted = [...errors].sort((x, y) => x - y);
  const n = errors.length;
  const median =
    n === 0 ? 0 : n % 2 ? (sorted[(n - 1) / 2] ?? 0) : ((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2;
  return {
    n,
    resolved,
    acc161: n ? errors.filter((e) => e <= 161).length / n : 0,
    exactId: idComparable ? exact / idComparable : 0,
    idComparable,
    meanKm: n ? errors.reduce((s, e) => s + e, 0) / n : 0,
    medianKm: median,
    auc: n ? errors.reduce((s, e) => s + Math.log(1 + e) / Math.log(MAX_ERROR_KM), 0) / n : 0,
  };
}

const PEERS: Readonly<Record<string, string>> = {
  'TR-News': 'Mordecai 3: exact 84.3%, acc@161 87.3, mean 295 km',
  LGL: 'Mordecai 3: exact 79.4%, acc@161 82.7, mean 304 km; CamCoder acc@161 ~0.76 (unverified)',
  GeoWebNews: 'Mordecai 3: exact 90.1%, acc@161 94.1, mean 249 km',
};

function main(): void {
  const folder = benchmarkFolder(process.argv, 'geoparsing');
  const t0 = performance.now();
  const gaz = loadGazetteer();
  console.log(
    `gazetteer: ${gaz.size} places, ${gaz.keys} name keys, loaded in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  for (const row of readManifest(folder)) {
    let articles: GoldArticle[];
    if (row.format === 'lgl-xml') articles = readLglXml(readFileSync(row.path, 'utf8'));
    else if (row.format === 'gwn-xml') articles = readGwnXml(readFileSync(row.path, 'utf8'));
    else {
      console.log(`${row.corpus}: format ${row.format} not handled; skipped`);
      continue;
    }
    const nTop = articles.reduce((s, a) => s + a.toponyms.length, 0);
    console.log(`\n== ${row.corpus} (${row.format}): ${articles.length} articles, ${nTop} gold toponyms`);

    const places = newTally();
    const withDem = newTally();
    const lit = newTally();
    const met = newTally();
    let chars = 0;
    const tTag = performance.now();
    for (const a of articles) {
      chars += a.text.length;
      const gold = a.toponyms.map((t) => [t.start, t.end] as Span);
      const predP = predictSpans(a.text, false);
      const predD = predictSpans(a.text, true);
      scoreSpans(predP, gold, places);
      scoreSpans(predD, gold, withDem);
      if (a.toponyms.some((t) => t.type !== null)) {
        // Literal and metonymic: recall only (the system does not say which use a name has).
        const litGold = a.toponyms
          .filter((t) => t.type !== null && LITERAL.has(t.type))
          .map((t) => [t.start, t.end] as Span);
        const metGold = a.toponyms
          .filter((t) => t.type !== null && METONYMIC.has(t.type))
          .map((t) => [t.start, t.end] as Span);
        const inGold = (gs: readonly Span[]) => predD.filter((p) => gs.some((g) => p[0] < g[1] && g[0] < p[1]));
        scoreSpans(inGold(litGold), litGold, lit);
        scoreSpans(inGold(metGold), metGold, met);
      }
    }
    const ms = performance.now() - tTag;
    const rows: (string | number)[][] = [['geotagging', 'P', 'R', 'F1', 'overlap P', 'overlap R', 'overlap F1']];
    const line = (name: string, t: Tally): void => {
      const [p, r, f] = prf(t.tp, t.fp, t.fn);
      const [op, or, of] = prf(t.otp, t.ofp, t.ofn);
      rows.push([name, pct(p), pct(r), pct(f), pct(op), pct(or), pct(of)]);
    };
    line('places', places);
    line('places+demonyms', withDem);
    if (lit.tp + lit.fn > 0) {
      rows.push(['recall by use', '', 'exact R', '', '', 'overlap R', '']);
      rows.push([
        'literal',
        '',
        pct(prf(lit.tp, lit.fp, lit.fn)[1]),
        '',
        '',
        pct(prf(lit.otp, lit.ofp, lit.ofn)[1]),
        '',
      ]);
      rows.push([
        'metonymic',
        '',
        pct(prf(met.tp, met.fp, met.fn)[1]),
        '',
        '',
        pct(prf(met.otp, met.ofp, met.ofn)[1]),
        '',
      ]);
    }
    printTable(rows);
    console.log(
      `tagging speed: ${(((chars / ms) * 1000) / 1e6).toFixed(2)} M chars/s (${ms.toFixed(0)} ms for ${articles.length} articles)`,
    );

    const g = geocodeScore(articles);
    console.log(
      `\ngeocoding, oracle mode (gold spans given), ${g.n} toponyms with gold coordinates (${g.resolved} resolved):`,
    );
    printTable([
      ['system', 'acc@161', 'exact id', 'mean km', 'median km', 'AUC'],
      [
        'tally',
        pct(g.acc161),
        `${pct(g.exactId)} (of ${g.idComparable})`,
        g.meanKm.toFixed(0),
        g.medianKm.toFixed(0),
        g.auc.toFixed(3),
      ],
    ]);
    console.log(`peer: ${PEERS[row.corpus] ?? 'none listed'}`);
    console.log('AUC: mean over toponyms of ln(1 + error km) / ln(20038); an unresolved toponym counts as 20038 km.');
    const hasTypes = articles.some((a) => a.toponyms.some((t) => t.type !== null));
    if (hasTypes) {
      const gl = geocodeScore(articles, (t) => t.type !== null && LITERAL.has(t.type));
      const gm = geocodeScore(articles, (t) => t.type !== null && METONYMIC.has(t.type));
      console.log(`literal: acc@161 ${pct(gl.acc161)} (n=${gl.n}); metonymic: acc@161 ${pct(gm.acc161)} (n=${gm.n})`);
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/dist\//, 'dist/'))) main();
