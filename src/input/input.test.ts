import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { TallyError } from '../core/errors.js';
import { extractArticle } from '../extract.js';
import { repoRoot } from '../testing/fixtures.js';
import { articleFromBytes } from './article.js';
import { MAX_INPUT_BYTES } from './decode.js';

const codeOf = (bytes: Uint8Array): string => {
  try {
    articleFromBytes(bytes, 'input');
    return 'ok';
  } catch (e) {
    return e instanceof TallyError ? e.code : `unexpected ${String(e)}`;
  }
};

test('input: empty, binary, invalid UTF-8, huge and non-English input are refused with a coded error', () => {
  assert.equal(codeOf(Buffer.from('   \n\n  ')), 'E_INPUT_EMPTY');
  assert.equal(codeOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])), 'E_INPUT_BINARY');
  assert.equal(codeOf(Buffer.from([0x41, 0x42, 0xc3, 0x28, 0x43])), 'E_INPUT_ENCODING');
  assert.equal(codeOf(Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61)), 'E_INPUT_TOO_LARGE');
  const german =
    'Bei einem Raketenangriff auf die Stadt sind nach Angaben der Behörden mindestens zwölf Menschen ums Leben gekommen, ' +
    'und viele weitere wurden verletzt, als die Geschosse am Morgen in ein Wohngebiet einschlugen.';
  assert.equal(codeOf(Buffer.from(german)), 'E_INPUT_LANGUAGE');
  assert.equal(codeOf(Buffer.from('Shelling killed three people in Kherson on Monday, officials said.')), 'ok');
});

test('input: malformed HTML still yields its readable text and metadata', () => {
  const html =
    '<html><head><title>Strike hits Sumy</title><meta property="article:published_time" content="2024-02-03T10:00:00Z">' +
    '<body><nav>Home | World</nav><article><p>A missile strike on Sumy killed four people on Friday, the governor said.' +
    '<p>Rescuers searched the rubble of a five-storey building <b>overnight</div></article>';
  const a = articleFromBytes(Buffer.from(html), 'page.html');
  assert.equal(a.format, 'html');
  assert.equal(a.published, '2024-02-03');
  assert.match(a.text, /killed four people/);
  assert.doesNotMatch(a.text, /<b>|<p>/);
});

test('cli: bad input exits 2 with one line on stderr and no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-input-'));
  const file = join(dir, 'bad.txt');
  writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x01]));
  const r = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'tally.js'), 'extract', file], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /E_INPUT_BINARY/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

// Hostile text for the patterns: long runs that make backtracking regular expressions explode. A catastrophic pattern
// never finishes; the test's timeout turns that into a failure.
test(
  'pipeline: hostile text (long runs of capitals, digits, quotes, hyphens, spaces) is processed',
  { timeout: 60_000 },
  () => {
    const runs = [
      'A '.repeat(20000),
      'Aa'.repeat(20000),
      '1,'.repeat(20000) + 'x',
      '"'.repeat(20000),
      'Abc Def Ghi '.repeat(5000),
      'U.S. '.repeat(5000),
      '-'.repeat(20000) + 'killed',
      'The Of The '.repeat(5000),
      `${'9'.repeat(5000)} people were killed`,
      `between ${'1 and '.repeat(5000)}2`,
      `${'Kyiv, '.repeat(5000)}a village in`,
      `said ${'the '.repeat(10000)}ministry`,
      'figures reported by '.repeat(6000),
      'could not be verified '.repeat(6000),
      `the ${'war '.repeat(8000)}has killed`,
      'Ann -- a medic -- '.repeat(5000) + 'said',
      'more than '.repeat(5000) + '5 say',
      '2 drones and '.repeat(5000) + '3 missiles were shot down',
      'a man who asked not to be named '.repeat(3000) + 'said',
      'killed 5 people, including '.repeat(3000) + '2 children',
      'Front, or CDF, '.repeat(4000) + 'said',
    ];
    for (const body of runs) {
      // straight to the pipeline: the input checks would refuse most of these as not English
      const text = `Hostile input\n\nOfficials said five people were killed. ${body}.`;
      const raw = {
        id: 'hostile',
        text,
        title: null,
        published: null,
        outlet: null,
        url: null,
        format: 'text' as const,
        hash: '',
      };
      const doc = extractArticle(raw, { published: '2024-01-01' });
      assert.ok(
        doc.get('claims').some((c) => c.value?.number === 5),
        body.slice(0, 20),
      );
    }
  },
);
