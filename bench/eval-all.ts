// `npm run eval`: runs every benchmark harness on its default folder beside the project, then the dev-set scorer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(process.cwd());
const shared = resolve(root, '..', 'shared');
const harnesses = ['newsquant', 'recognizers-number', 'recognizers-datetime', 'tempeval3', 'geoparsing', 'polnear'];

let failed = 0;
for (const name of harnesses) {
  const file = join(root, 'dist', 'bench', `${name}.js`);
  console.log(`\n=== ${name}`);
  if (!existsSync(file)) {
    console.log('(harness not built)');
    continue;
  }
  const r = spawnSync(process.execPath, [file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}

const scorer = join(shared, 'eval', 'score.mjs');
if (existsSync(scorer)) {
  console.log('\n=== dev-set claim scorer');
  const r = spawnSync(
    process.execPath,
    [
      scorer,
      '--gold',
      join(shared, 'eval', 'dev', 'gold.jsonl'),
      '--root',
      shared,
      '--cmd',
      `node ${join(root, 'bin', 'tally.js')} extract --published {published} {file}`,
      '--json',
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
