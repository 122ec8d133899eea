import { existsSync, readFileSync } from 'node:fs';
import { buildReport } from '../../lib/engine/report';
import type { Labelled } from './score';

const FILE = 'tests/fixtures/privacy/cases.jsonl';

/** The leak-guard cases written for this project, judged as a reason each; undefined when the file is absent. */
export function privacyCases(): { count: number; rows: Labelled[] } | undefined {
  if (!existsSync(FILE)) return undefined;
  const rows = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const c = JSON.parse(l) as { text: string; expect: Record<string, string> };
      const report = buildReport({
        username: '`someone`',
        reason: c.text,
        recoveryCodes: true,
        codeOfConduct: true,
        acknowledgement: true,
      });
      return { id: `case-${i + 1}`, expect: c.expect, report };
    });
  return { count: rows.length, rows };
}
