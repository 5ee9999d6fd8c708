// RSS 2.0 and Atom feeds: each item becomes an article (its content or description), dated by its pubDate.
import { XMLParser } from 'fast-xml-parser';
import { TallyError } from '../core/errors.js';

export interface FeedItem {
  readonly title: string | null;
  readonly url: string | null;
  readonly guid: string | null;
  readonly published: string | null;
  /** The item's content (HTML or text). */
  readonly body: string;
}

export const looksLikeFeed = (text: string): boolean =>
  /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^>]{0,500}-->\s*)?<(?:rss|feed|rdf:RDF)[\s>]/i.test(text);

type Node = unknown;
const asArray = (v: Node): Node[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const obj = (v: Node): Record<string, Node> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, Node>) : {};
function textOf(v: Node): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  const t = o['#text'];
  return typeof t === 'string' ? t.trim() || null : typeof t === 'number' ? String(t) : null;
}

export function isoDateOf(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export function parseFeed(xml: string, label: string): FeedItem[] {
  let doc: Record<string, Node>;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      textNodeName: '#text',
      cdataPropName: false,
      trimValues: true,
      processEntities: true,
    });
    doc = obj(parser.parse(xml));
  } catch (e) {
    throw new TallyError(
      'E_INPUT_HTML',
      `${label}: not a readable feed (${e instanceof Error ? e.message.split('\n')[0] : 'XML error'})`,
    );
  }
  const items: FeedItem[] = [];
  const rss = obj(doc['rss']);
  const rdf = obj(doc['rdf:RDF']);
  const rssItems = [...asArray(obj(rss['channel'])['item']), ...asArray(rdf['item'])];
  for (const it of rssItems.map(obj)) {
    items.push({
      title: textOf(it['title']),
      url: textOf(it['link']),
      guid: textOf(it['guid']),
      published: isoDateOf(textOf(it['pubDate']) ?? textOf(it['dc:date'])),
      body: textOf(it['content:encoded']) ?? textOf(it['description']) ?? '',
    });
  }
  for (const it of asArray(obj(doc['feed'])['entry']).map(obj)) {
    const links = asArray(it['link']).map(obj);
    const link = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? links[0];
    const href = link ? link['@_href'] : undefined;
    items.push({
      title: textOf(it['title']),
      url: typeof href === 'string' ? href : null,
      guid: textOf(it['id']),
      published: isoDateOf(textOf(it['published']) ?? textOf(it['updated'])),
      body: textOf(it['content']) ?? textOf(it['summary']) ?? '',
    });
  }
  if (items.length === 0 && !doc['rss'] && !doc['feed'] && !doc['rdf:RDF'])
    throw new TallyError('E_INPUT_HTML', `${label}: not an RSS or Atom feed`);
  return items;
}
