/**
 * `npm run eval`: runs the engine over labelled real requests and prints precision and recall per check.
 * Flagged = status ≠ pass; where a check has both warn and fail labels, fail alone is scored too.
 * Usage: npm run eval [-- path/to/corpus.jsonl] (default ../shared/corpus/dev.jsonl) [--misses]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBody } from '../lib/engine/form/body';
import { buildReport } from '../lib/engine/report';
import { printPromise, scoreChecks, type Labelled } from './eval/score';
import { privacyCases } from './eval/privacy-cases';

const HELDOUT = 'tests/fixtures/heldout';
/** Every set written blind to the rules, in the order they were written (`written.jsonl` is the first). */
const written = readdirSync(HELDOUT)
  .map((f) => /^written(\d*)\.jsonl$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .sort((a, b) => Number(a[1] || 1) - Number(b[1] || 1))
  .map((m) => `${HELDOUT}/${m[0]}`);
const MORE = ['../shared/corpus/dev2.jsonl', ...written];

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
printPromise(rows);
const failedFloors = scoreChecks(rows, showMisses);

// More real requests, and requests written for this project by people who had not seen the rules.
if (named.length === 0) {
  for (const extra of MORE.filter((f) => existsSync(f))) {
    const more = judge(extra);
    console.log(`\n${extra} (${more.length} requests)`);
    printPromise(more);
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
