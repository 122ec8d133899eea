// Adds up vitest's "Tests  N passed | M failed (T)" lines of a log (unit and browser runs) into the
// one plain line CI reads: "N passed, M failed".
import { readFileSync } from 'node:fs';

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes this strips
const text = readFileSync(process.argv[2], 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let runs = 0;
for (const line of text.split('\n')) {
  const m = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (!m) continue;
  runs++;
  passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
}
console.log(`\n${runs} test run${runs === 1 ? '' : 's'} counted`);
console.log(`${passed} passed, ${failed} failed`);
