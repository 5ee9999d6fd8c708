// `tally show EVENT_ID [--format text|json] [--db PATH]`: claims side by side, the timeline, the estimate and its trace, the evidence.
import { TallyError } from '../core/errors.js';
import { figureText } from '../ledger/reconcile.js';
import { getEvent } from '../query/read.js';
import type { EventDetail } from '../query/types.js';
import { DEFAULT_DB } from '../store/index.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './args.js';
import { openLedger } from './events.js';

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function renderEvent(e: EventDetail): string {
  const out: string[] = [];
  const where = e.where
    ? `${e.where.name}${e.where.admin1 ? `, ${e.where.admin1}` : ''}${e.where.country ? `, ${e.where.country}` : ''}`
    : 'place unknown';
  const when = e.when
    ? `${e.when.start}${e.when.end && e.when.end !== e.when.start ? ` to ${e.when.end}` : ''}`
    : 'date unknown';
  out.push(`${e.id}: ${e.type} in ${where}, ${when}${e.contested ? '  [CONTESTED]' : ''}`);
  if (e.initiator || e.target || e.weapons.length)
    out.push(
      `initiator ${e.initiator ?? '?'}, target ${e.target ?? '?'}${e.weapons.length ? `, weapons: ${e.weapons.join(', ')}` : ''}`,
    );
  out.push('', `articles (${e.articles.length}):`);
  for (const a of e.articles)
    out.push(
      `  ${a.id}  ${a.published ?? '????-??-??'} (${a.published_from})  ${a.url ?? a.path ?? ''}${a.current ? '' : `  [superseded by ${a.superseded_by ?? '?'}]`}`,
    );
  out.push('', 'merged because:');
  for (const m of e.members)
    out.push(
      `  ${m.id}  ${m.type} @ ${m.where ?? '?'} ${m.when ?? '?'}  score ${m.score ?? '-'}${m.manual ? ' (by hand)' : ''}${m.current ? '' : ' (superseded)'}: ${m.reasons.join('; ')}`,
    );
  for (const k of e.kinds) {
    out.push('', `== ${k.kind} ==`);
    out.push(
      `  ${cut('source', 30)} ${cut('side', 6)} ${cut('figure', 16)} ${cut('certainty', 11)} ${cut('stance', 6)} ${cut('published', 10)}  claim`,
    );
    for (const c of k.claims) {
      out.push(
        `  ${cut(`${c.source.name} (${c.source.kind})`, 30)} ${cut(c.source.side ?? '', 6)} ${cut(`${figureText(c.value)}${c.subject ? ` ${c.subject}` : ''}`, 16)} ${cut(c.certainty, 11)} ${cut(c.stance ?? '', 6)} ${cut(c.published ?? '', 10)}  ${c.id}${c.current ? '' : ' [superseded version]'}`,
      );
      out.push(`      "${oneLine(c.evidence)}"`);
    }
    if (k.timeline.length > 0) {
      out.push('  timeline (as of):');
      for (const t of k.timeline)
        out.push(
          `    ${t.published ?? '????-??-??'}  ${cut(t.source_name, 30)} ${cut(t.figure, 14)}${t.superseded_by ? ` superseded by ${t.superseded_by}` : ''}`,
        );
    }
    for (const x of k.contradictions) out.push(`  contradiction: ${x.reason}`);
    const s = k.estimate;
    out.push(
      `  estimate (${s.convention}): low ${s.low ?? '?'}, best ${s.best ?? '?'}, high ${s.high ?? '?'}${s.contested ? ', contested' : ''}`,
    );
    for (const t of s.trace) out.push(`    ${t}`);
  }
  if (e.history.length > 0) {
    out.push('', 'history:');
    for (const h of e.history)
      out.push(
        `  ${h.at}  ${h.action}${h.memberId ? ` ${h.memberId}` : ''}${h.otherEventId ? ` (${h.otherEventId})` : ''}${h.score !== null ? ` score ${h.score}` : ''}`,
      );
  }
  return `${out.join('\n')}\n`;
}

export const showCommand: Command = {
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string', default: DEFAULT_DB },
      format: { type: 'string', default: 'text' },
    });
    if (positionals.length !== 1) throw new TallyError('E_USAGE', 'give exactly one EVENT_ID (see "tally events")');
    if (values.format !== 'text' && values.format !== 'json')
      throw new TallyError('E_USAGE', '--format is text or json');
    const store = openLedger(values.db);
    try {
      const e = await getEvent(store, positionals[0]!);
      if (!e) throw new TallyError('E_NOT_FOUND', `no event ${positionals[0]!} in ${values.db}`);
      process.stdout.write(values.format === 'json' ? `${JSON.stringify(e, null, 2)}\n` : renderEvent(e));
      return 0;
    } finally {
      await store.close();
    }
  },
};
