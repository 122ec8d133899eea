/**
 * `npm run eval`: runs the engine over labelled real requests and prints precision and recall per check.
 * Flagged = status ≠ pass; where a check has both warn and fail labels, fail alone is scored too.
 * Usage: npm run eval [-- path/to/corpus.jsonl] (default ../shared/corpus/dev.jsonl) [--misses]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBody } from '../lib/engine/form/body';
import { buildReport } from '../lib/engine/report';
import { scoreChecks, type Labelled } from './eval/score';
import { privacyCases } from './eval/privacy-cases';

const HELDOUT = [
  'tests/fixtures/heldout/written.jsonl',
  'tests/fixtures/heldout/written2.jsonl',
  'tests/fixtures/heldout/written3.jsonl',
  'tests/fixtures/heldout/written4.jsonl',
  'tests/fixtures/heldout/written5.jsonl',
];

const args = process.argv.slice(2);
const showMisses = !args.includes('--quiet');
const named = args.filter((a) => !a.startsWith('--'));
const file = resolve(named[0] ?? '../shared/corpus/dev.jsonl');
if (!existsSync(file)) {
  console.error(`eval: no corpus at ${file}`);
  process.exit(2);
}

function judge(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const row = JSON.parse(l) as { id: string; body: string; expect: Record<string, string> };
      return { id: row.id, expect: row.expect, report: buildReport(parseBody(row.body).request) };
    });
}

const rows = judge(file);
console.log(`Corpus: ${file} (${rows.length} requests)\n`);
const failedFloors = scoreChecks(rows, showMisses);

// Requests written for this project by people who had not seen the rules (see tests/fixtures/heldout/).
if (named.length === 0) {
  for (const extra of HELDOUT.filter((f) => existsSync(f))) {
    const more = judge(extra);
    console.log(`\nWritten blind to the rules: ${extra} (${more.length} requests)`);
    scoreChecks(more, false);
  }
}
const privacy = privacyCases();
if (privacy) {
  console.log(`\nLeak guard, corpus + ${privacy.count} written cases (tests/fixtures/privacy/cases.jsonl):`);
  scoreChecks([...rows, ...privacy.rows], false, ['privacy.secrets', 'privacy.email']);
}
if (failedFloors.length > 0)
  console.log(`\nBelow the floor (precision 0.95 / recall 0.90): ${failedFloors.join(', ')}`);
