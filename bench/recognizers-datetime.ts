// Recognizers-Text DateTimeModel harness: each case with a reference date runs through findTimes; a case passes when
// the result texts match (case-insensitively, in order) and every timex string is equal.
// Our TIMEX3 values are converted to Recognizers' notation where it differs (year-less dates as XXXX-MM-DD,
// weekdays as XXXX-WXX-n, periods as "(start,end,Pn)" intervals). Times and time ranges are not converted.
// Usage: node dist/bench/recognizers-datetime.js [FOLDER]   (RT_ERRORS=1 prints failures)
import { readFileSync } from 'node:fs';
import type { TimeExpr } from '../src/core/layers/time.js';
import { splitSentences } from '../src/stages/sentences.js';
import { findTimes } from '../src/stages/times.js';
import { addMonths, isoDate } from '../src/stages/time-calendar.js';
import { benchmarkFolder, pct, printTable, readManifest } from './lib/manifest.js';

interface SpecResult {
  readonly Text: string;
  readonly TypeName?: string;
  readonly Resolution?: { readonly values?: readonly { readonly timex?: string }[] };
}

interface SpecCase {
  readonly Input: string;
  readonly Context?: { readonly ReferenceDateTime?: string };
  readonly Results: readonly SpecResult[];
  readonly NotSupported?: string;
  readonly NotSupportedByDesign?: string;
}

/** Our value in Recognizers-Text's timex notation. */
export function toRecognizersTimex(t: TimeExpr): string {
  const v = t.value;
  const relative = /\b(?:this|last|next|past|coming|previous)\b/iu.test(t.text);
  if (t.type === 'TIME') {
    const tm = /^(\d{4}-\d\d-\d\d)?T(\d\d)(:\d\d)?(.*)$/u.exec(v);
    if (tm) {
      const time = `T${tm[2] ?? ''}${t.known.includes('minute') ? (tm[3] ?? '') : ''}${tm[4] ?? ''}`;
      const dated = t.known.includes('day') || t.known.includes('weekday') || !t.implied.includes('day');
      return dated && tm[1] ? `${tm[1]}${time}` : time;
    }
  }
  if (/^\d{4}-\d\d-\d\d$/u.test(v) && t.known.length === 1 && t.known[0] === 'weekday' && !relative) {
    const wd = new Date(`${v}T00:00:00Z`).getUTCDay() || 7;
    return `XXXX-WXX-${wd}`;
  }
  if (/^\d{4}-\d\d-\d\d$/u.test(v) && t.known.includes('weekday') && !t.known.includes('day')) return v;
  if (relative) return v;
  if (/^\d{4}-\d\d-\d\d$/u.test(v) && t.implied.includes('year') && t.known.includes('day')) return `XXXX${v.slice(4)}`;
  if (/^\d{4}-\d\d$/u.test(v) && t.implied.includes('year') && t.known.includes('month')) return `XXXX${v.slice(4)}`;
  let m = /^(\d{4})-Q([1-4])$/u.exec(v);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const [ey, em] = addMonths(y, q * 3 - 2, 3);
    return `(${isoDate(y, q * 3 - 2, 1)},${isoDate(ey, em, 1)},P3M)`;
  }
  m = /^(\d{3})$/u.exec(v);
  if (m) return `(${m[1] ?? ''}0-01-01,${Number(m[1]) + 1}0-01-01,P10Y)`;
  return v;
}

function main(): void {
  const folder = benchmarkFolder(process.argv, 'recognizers');
  const rows = readManifest(folder).filter((r) => r.format === 'recognizers-spec-json' && /DateTime/u.test(r.path));
  const show = Boolean(process.env['RT_ERRORS']);
  const byType = new Map<string, [number, number]>();
  let total = 0;
  let passed = 0;
  let withRef = 0;
  let jsPeer = 0;
  for (const r of rows) {
    const cases = JSON.parse(readFileSync(r.path, 'utf8').replace(/^\uFEFF/u, '')) as SpecCase[];
    for (const c of cases) {
      total++;
      if (!/javascript/iu.test(`${c.NotSupported ?? ''} ${c.NotSupportedByDesign ?? ''}`)) jsPeer++;
      const ref = c.Context?.ReferenceDateTime;
      const kind = c.Results[0]?.TypeName?.replace('datetimeV2.', '') ?? '(none)';
      const bucket = byType.get(kind) ?? [0, 0];
      byType.set(kind, bucket);
      bucket[1]++;
      if (!ref) continue;
      withRef++;
      const got = findTimes(c.Input, splitSentences(c.Input), ref.slice(0, 10));
      const ok =
        got.length === c.Results.length &&
        c.Results.every((want, i) => {
          const t = got[i];
          return (
            t !== undefined &&
            t.text.toLowerCase() === want.Text.toLowerCase() &&
            toRecognizersTimex(t) === (want.Resolution?.values?.[0]?.timex ?? '')
          );
        });
      if (ok) {
        passed++;
        bucket[0]++;
      } else if (show) {
        const want = c.Results.map((x) => `${x.Text}=${x.Resolution?.values?.[0]?.timex ?? ''}`).join('; ');
        const have = got.map((t) => `${t.text}=${toRecognizersTimex(t)}`).join('; ');
        console.log(`FAIL\t${c.Input}\twant ${want}\tgot ${have}`);
      }
    }
  }
  console.log(`Recognizers-Text DateTimeModel: ${total} cases, ${withRef} with a reference date`);
  printTable([
    ['first result type', 'passed', 'cases'],
    ...[...byType].sort((a, b) => b[1][1] - a[1][1]).map(([k, [p, n]]) => [k, p, n]),
  ]);
  console.log('');
  printTable([
    ['system', 'passed', 'of', '%'],
    ['Tally findTimes', passed, total, pct(passed / total)],
    ['Recognizers-Text JavaScript (cases not flagged NotSupported for it)', jsPeer, total, pct(jsPeer / total)],
  ]);
  console.log(
    'Times, time ranges, date-time ranges and Recognizers-only forms (ranges "from X to Y", business days, FY) are',
  );
  console.log('not converted to its notation and count as failed.');
}

main();
