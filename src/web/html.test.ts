// Escaping and the marking of overlapping spans in an article's text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextSpan } from '../api/query.js';
import { html, safeUrl, trusted } from './html.js';
import { renderText } from './text.js';

const span = (
  role: TextSpan['role'],
  start: number,
  end: number,
  text: string,
  claim: string | null = null,
): TextSpan => ({ role, start, end, text: text.slice(start, end), claim, event: null });
const strip = (s: string): string =>
  s
    .replace(/<[^<>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('html', () => {
  it('escapes every interpolated value but Html', () => {
    const evil = `<script>alert(1)</script><img src=x onerror="x()">'&`;
    const out = html`<p title="${evil}">${evil}${trusted('<b>ok</b>')}${[evil, 1]}${null}${false}</p>`.value;
    assert.ok(!out.includes('<script>') && !out.includes('<img'));
    assert.ok(out.includes('&lt;script&gt;') && out.includes('onerror=&quot;x()&quot;') && out.includes('&#39;&amp;'));
    assert.ok(out.includes('<b>ok</b>'));
  });

  it('keeps only http(s) URLs as links', () => {
    assert.equal(safeUrl('javascript:alert(1)'), null);
    assert.equal(safeUrl('data:text/html,x'), null);
    assert.equal(safeUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
    assert.equal(safeUrl(null), null);
  });

  it('marks overlapping spans without losing or repeating text, escaping the article', () => {
    const text = 'The governor said <b>14</b> people died in Kherson on Tuesday. Others disagreed.';
    const end = text.indexOf('Tuesday.') + 'Tuesday.'.length;
    const k = text.indexOf('Kherson');
    const t = text.indexOf('Tuesday');
    const spans = [
      span('evidence', 0, end, text, 'a:c1'),
      span('evidence', 0, end, text, 'a:c2'),
      span('source', 4, 12, text, 'a:c1'),
      span('place', k, k + 7, text),
      span('time', t, t + 7, text),
      span('evidence', k + 3, text.length, text, 'a:c3'),
    ];
    const out = renderText(text, spans).value;
    assert.equal(strip(out), text);
    assert.ok(!out.includes('<b>'));
    assert.ok(out.includes('id="ev-a:c1"') && out.includes('id="ev-a:c2"') && out.includes('id="ev-a:c3"'));
    assert.match(out, /<mark class="ev src" data-claims="a:c1 a:c2"[^>]*>governor<\/mark>/);
    assert.match(out, /<mark class="ev place" data-claims="a:c1 a:c2"[^>]*>Khe<\/mark>/);
    assert.match(out, /<mark class="ev place" data-claims="a:c1 a:c2 a:c3"[^>]*>rson<\/mark>/);
    assert.match(out, /<mark class="ev time" data-claims="a:c1 a:c2 a:c3"[^>]*>Tuesday<\/mark>/);
    assert.match(out, /<mark class="ev" data-claims="a:c3"> Others disagreed\.<\/mark>/);
  });
});
