// The page in a real browser: Debian's chromium driven by playwright-core against the server on a loopback port,
// over a temporary SQLite ledger holding the project's sample articles (and one article carrying markup).
// Saves a screenshot of each page under screenshots/. Fails, with a message, when chromium is missing.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { ArticleDetailView, EventDetailView, Paged } from '../api/query.js';
import { startServer } from '../api/server.js';
import type { RunningServer } from '../api/server.js';
import { SAMPLES_DIR } from '../cli/demo.js';
import { runIngest } from '../ingest/runner.js';
import type { EventSummary, SourceView, ClaimView } from '../query/types.js';
import { SqliteStore } from '../store/sqlite/store.js';

const CHROMIUM = process.env['TALLY_CHROMIUM'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('../../../screenshots/', import.meta.url));
const TOKEN = 'browser-test-token';
const MARKUP_ARTICLE = `Shelling in Kharkiv kills 4, officials say

KHARKIV, Ukraine (Wire) - At least four people were killed on Sunday when shells hit a residential street in Kharkiv, the regional governor said. A post shared online read <script>window.__pwned = 1</script> and another <img src=x onerror="window.__pwned = 2"> before moderators removed them. Rescue workers said dozens were wounded.`;

const dir = mkdtempSync(join(tmpdir(), 'tally-browser-'));
let store: SqliteStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const outside: string[] = [];

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, server.url));
  assert.equal(res.status, 200, path);
  return (await res.json()) as T;
}

const shot = async (name: string, fullPage = true): Promise<void> => {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
};

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium is not installed at ${CHROMIUM}: the browser tests need it (apt-get install -y chromium, as .ci/run does), or set TALLY_CHROMIUM to a chromium binary`,
    );
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  store = new SqliteStore(join(dir, 'ledger.db'));
  const s = await runIngest(store, [SAMPLES_DIR], { published: '2024-05-14' });
  assert.equal(s.failed, 0, JSON.stringify(s.failures));
  server = await startServer({ store, token: TOKEN, port: 0, host: '127.0.0.1' });
  const res = await fetch(new URL('/api/articles', server.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      text: MARKUP_ARTICLE,
      title: 'Shelling in Kharkiv <b>kills</b> 4 <script>window.__pwned = 3</script>',
      published: '2024-05-12',
    }),
  });
  assert.equal(res.status, 201, await res.text());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1') return route.continue();
    outside.push(u.href);
    return route.abort();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the page in chromium', () => {
  let target: EventSummary;

  it('events view: an offline map with a mark per located event, zoom, a timeline and the list', async () => {
    const events = (await api<Paged<EventSummary>>('/api/events?limit=1000')).items;
    target = [...events].filter((e) => e.where?.lat != null).sort((a, b) => b.claims.length - a.claims.length)[0]!;
    assert.ok(target && target.claims.length > 0, 'an event with claims and a place');
    await page.goto(server.url);
    await page.locator('svg.map').waitFor();
    assert.ok((await page.locator('svg.map path.country').count()) > 100, 'country outlines drawn');
    const located = events.filter((e) => e.where?.lat != null).length;
    assert.equal(await page.locator('svg.map a.mark').count(), located);
    assert.equal(await page.locator('table.events tbody tr').count(), events.length);
    assert.ok((await page.locator('svg.timeline a.mark').count()) >= 1);
    await shot('events');

    const before = await page.locator('svg.map').getAttribute('viewBox');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await page.locator('svg.map').getAttribute('viewBox');
    assert.notEqual(zoomed, before);
    const w = Number(zoomed?.split(' ')[2]);
    assert.ok(w < 960 / 1.5, `zoomed width ${w}`);
    await page.getByRole('button', { name: 'Reset' }).click();
    assert.equal(await page.locator('svg.map').getAttribute('viewBox'), '0 0 960 500');

    // the region select redraws the map for that region
    await page.getByLabel('Region').selectOption('world');
    await page.waitForURL(/view=world/);
    assert.ok((await page.locator('svg.map path.country').count()) > 100);
    await shot('events-world', false);
  });

  it('keyboard: links are reachable with Tab and the focus is visible', async () => {
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const s = getComputedStyle(el);
      return { tag: el.tagName, outline: s.outlineStyle, width: s.outlineWidth };
    });
    assert.equal(focus?.tag, 'A');
    assert.notEqual(focus?.outline, 'none');
    assert.notEqual(focus?.width, '0px');
  });

  it('clicking an event on the map opens its page: claims side by side, estimate, chart, articles', async () => {
    await page.goto(server.url);
    const mark = page.locator(`svg.map a.mark[data-event="${target.id}"]`);
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/events/${target.id}$`));
    const detail = await api<EventDetailView>(`/api/events/${target.id}`);
    const table = page.locator('table.claims');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    assert.equal(await rows.count(), detail.side_by_side.rows.length);
    const heads = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(heads, ['Source', 'Side', ...detail.side_by_side.kinds]);
    for (const [i, r] of detail.side_by_side.rows.entries()) {
      const row = rows.nth(i);
      assert.equal((await row.locator('th a').innerText()).trim(), r.source.name);
      assert.equal((await row.locator('.side').innerText()).trim(), r.source.side ?? '?');
      for (const [kind, ids] of Object.entries(r.claims))
        assert.equal(await row.locator(`td[data-kind="${kind}"] a.claim`).count(), ids?.length ?? 0);
    }
    assert.equal(await page.locator('section.estimate').count(), detail.kinds.length);
    assert.equal(
      await page.locator('ol.trace li').count(),
      detail.kinds.reduce((n, k) => n + k.estimate.trace.length, 0),
    );
    const charts = detail.kinds.filter((k) =>
      k.timeline.some((t) => t.published && (t.low !== null || t.high !== null)),
    ).length;
    assert.equal(await page.locator('svg.figure-chart').count(), charts);
    assert.equal(await page.locator('article.text').count(), detail.articles.length);
    await shot('event');
  });

  it('clicking a claim scrolls to its evidence and highlights exactly that span', async () => {
    const detail = await api<EventDetailView>(`/api/events/${target.id}`);
    const claims = new Map<string, ClaimView>(detail.kinds.flatMap((k) => k.claims.map((c) => [c.id, c] as const)));
    const links = page.locator('table.claims a.claim');
    const n = await links.count();
    assert.ok(n > 0);
    for (const i of [n - 1, 0]) {
      const link = links.nth(i);
      const id = (await link.getAttribute('data-claim'))!;
      await link.click();
      const active = page.locator('mark.ev.active');
      await active.first().waitFor();
      const text = (await active.allTextContents()).join('');
      assert.equal(text, claims.get(id)?.evidence, `claim ${id}`);
      assert.ok(await active.first().isVisible());
      const inView = await active.first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      assert.ok(inView, 'the evidence is scrolled into view');
      assert.equal(await link.getAttribute('aria-current'), 'true');
      assert.ok(page.url().endsWith(`#ev-${id}`));
    }
    await shot('event-claim', false);
  });

  it('source page: every claim the source made, across events', async () => {
    await page.goto(new URL(`/events/${target.id}`, server.url).href);
    const first = page.locator('table.claims tbody tr th a').first();
    const name = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/sources\//);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const source = await api<SourceView & { claim_list: ClaimView[] }>(`/api/sources/${encodeURIComponent(id)}`);
    assert.equal(source.name, name);
    assert.equal((await page.locator('h1').innerText()).startsWith(name), true);
    assert.equal(await page.locator('table.source-claims tbody tr').count(), source.claim_list.length);
    await shot('source');
    await page.goto(new URL('/sources', server.url).href);
    assert.ok((await page.locator('table.sources tbody tr').count()) >= 1);
    await shot('sources', false);
  });

  it('article page: the text with every claim, place and time marked', async () => {
    const id = target.articles[0]!.id;
    const a = await api<ArticleDetailView>(`/api/articles/${id}`);
    await page.goto(new URL(`/articles/${id}`, server.url).href);
    assert.equal(await page.locator('article.text .body').textContent(), a.text);
    const evidence = new Set(a.spans.filter((s) => s.role === 'evidence').map((s) => s.claim));
    assert.equal(await page.locator('article.text .anchor').count(), evidence.size);
    assert.ok((await page.locator('article.text .place').count()) >= 1);
    await page.locator('aside a.claim').first().click();
    assert.ok((await page.locator('mark.ev.active').count()) >= 1);
    await shot('article');
  });

  it('an article carrying <script> and onerror= markup renders as text and runs nothing', async () => {
    const list = await api<Paged<EventSummary>>('/api/events?limit=1000&q=Kharkiv');
    const arts = await api<Paged<ClaimView>>('/api/claims?limit=1000&q=Kharkiv');
    const id = arts.items[0]?.article ?? list.items[0]?.articles[0]?.id;
    assert.ok(id, 'the markup article was ingested');
    await page.goto(new URL(`/articles/${id}`, server.url).href);
    const body = page.locator('article.text .body');
    const text = (await body.textContent()) ?? '';
    assert.ok(text.includes('<script>window.__pwned = 1</script>'), text);
    assert.ok(text.includes('<img src=x onerror="window.__pwned = 2">'));
    assert.equal(
      await page.locator('article.text .body script, article.text .body img, main script, main img').count(),
      0,
    );
    assert.ok((await page.locator('h1').innerText()).includes('<script>'));
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await shot('article-markup', false);
    if (list.items[0]) {
      await page.goto(new URL(`/events/${list.items[0].id}`, server.url).href);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    }
  });

  it('made no request off the loopback and logged no error (no CSP violation, no script error)', () => {
    assert.deepEqual(outside, []);
    assert.deepEqual(problems, []);
  });
});
