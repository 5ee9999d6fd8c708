#!/usr/bin/env node
// CI's ratchet: runs the dev-set scorer from ../shared/eval and fails when claim F1 falls below eval/floor.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? join(root, '..', 'shared'));
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`check-floor: no scorer at ${scorer}; nothing to check`);
  process.exit(0);
}
const floor = JSON.parse(readFileSync(join(root, 'eval', 'floor.json'), 'utf8')).claim_f1;
const out = execFileSync(
  process.execPath,
  [
    scorer,
    '--gold',
    join(shared, 'eval', 'dev', 'gold.jsonl'),
    '--root',
    shared,
    '--json',
    '--cmd',
    `node ${JSON.stringify(join(root, 'bin', 'tally.js'))} extract --published {published} {file}`,
  ],
  { encoding: 'utf8' },
);
const totals = JSON.parse(out.trim().split('\n').pop() ?? '{}');
console.log(`dev-set scorer: ${JSON.stringify(totals)}`);
if (!(totals.claim_f1 >= floor)) {
  console.error(`check-floor: claim F1 ${totals.claim_f1} is below the floor ${floor} (eval/floor.json)`);
  process.exit(1);
}
console.log(`check-floor: claim F1 ${totals.claim_f1} >= floor ${floor}`);
