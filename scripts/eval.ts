/**
 * `npm run eval`: runs the engine over labelled real requests and prints precision and recall per check.
 * Flagged = status ≠ pass; where a check has both warn and fail labels, fail alone is scored too.
 * Usage: npm run eval [-- path/to/corpus.jsonl] (default ../shared/corpus/dev.jsonl) [--misses]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBody } from '../lib/form/body';
import { buildReport } from '../lib/report';
import { scoreChecks, type Labelled } from './eval/score';
import { privacyCases } from './eval/privacy-cases';

const args = process.argv.slice(2);
const showMisses = !args.includes('--quiet');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/dev.jsonl');
if (!existsSync(file)) {
  console.error(`eval: no corpus at ${file}`);
  process.exit(2);
}

const rows: Labelled[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const row = JSON.parse(l) as { id: string; body: string; expect: Record<string, string> };
    return { id: row.id, expect: row.expect, report: buildReport(parseBody(row.body).request) };
  });

console.log(`Corpus: ${file} (${rows.length} requests)\n`);
const failedFloors = scoreChecks(rows, showMisses);
const privacy = privacyCases();
if (privacy) {
  console.log(`\nLeak guard, corpus + ${privacy.count} written cases (tests/fixtures/privacy/cases.jsonl):`);
  scoreChecks([...rows, ...privacy.rows], false, ['privacy.secrets', 'privacy.email']);
}
if (failedFloors.length > 0) console.log(`\nBelow the floor (precision 0.95 / recall 0.90): ${failedFloors.join(', ')}`);
