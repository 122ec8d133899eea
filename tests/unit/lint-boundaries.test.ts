import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The boundaries between runtimes are held by the linter (biome.json), not by comments. Each case plants a
 * file at that path in a scratch copy of the project's lint configuration (never in the tree itself) and
 * expects the rule that names the boundary to refuse it.
 */
const ROOT = path.resolve(__dirname, '../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');
const SCRATCH = mkdtempSync(path.join(tmpdir(), 'pra-lint-'));
copyFileSync(path.join(ROOT, 'biome.json'), path.join(SCRATCH, 'biome.json'));
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

function lint(at: string, code: string): { ok: boolean; output: string } {
  const file = path.join(SCRATCH, at);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, code);
  try {
    const run = spawnSync(BIOME, ['lint', '--vcs-enabled=false', at], { cwd: SCRATCH, encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(file);
  }
}

describe('the linter holds the boundaries between runtimes', () => {
  it.each([
    ['zod in the content script', 'entrypoints/content.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['zod in the page code', 'lib/page/planted.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    [
      'a rule in the page code',
      'lib/page/planted.ts',
      "import { RULES } from '../engine/rules/index';\nexport const r = RULES;\n",
    ],
    [
      'text analysis in the page code',
      'lib/page/planted.ts',
      "import { analyse } from '../engine/text/analysis';\nexport const a = analyse;\n",
    ],
    [
      'the report in the page code',
      'lib/page/planted.ts',
      "import type { Report } from '../engine/form/schema';\nexport type R = Report;\n",
    ],
    [
      'the zod messages in the page code',
      'lib/page/planted.ts',
      "import type { Write } from '../protocol/messages';\nexport type W = Write;\n",
    ],
    [
      'a view in the page code',
      'lib/page/planted.ts',
      "import { Panel } from '../../components/Panel';\nexport const p = Panel;\n",
    ],
    ['the DOM in the engine', 'lib/engine/planted.ts', 'export const title = () => document.title;\n'],
    [
      'the extension API in the engine',
      'lib/engine/planted.ts',
      "import { browser } from 'wxt/browser';\nexport const b = browser;\n",
    ],
    [
      'page code in the engine',
      'lib/engine/planted.ts',
      "import { detectForm } from '../page/detect';\nexport const d = detectForm;\n",
    ],
    ['an explicit any in the engine', 'lib/engine/planted.ts', 'export const take = (x: any) => x;\n'],
    [
      'the page adapter in a view',
      'components/Planted.tsx',
      "import { applyWrite } from '../lib/page/write';\nexport const w = applyWrite;\n",
    ],
    [
      'the background in a view',
      'components/Planted.tsx',
      "import { leaksFor } from '../lib/background/leak-scan';\nexport const l = leaksFor;\n",
    ],
    [
      'page code in the background',
      'lib/background/planted.ts',
      "import { detectForm } from '../page/detect';\nexport const d = detectForm;\n",
    ],
    [
      'the extension API in the CLI',
      'lib/cli/planted.ts',
      "import { browser } from 'wxt/browser';\nexport const b = browser;\n",
    ],
  ])('refuses %s', (_what, at, code) => {
    const { ok, output } = lint(at, code);
    expect(ok).toBe(false);
    expect(output).toMatch(/noRestrictedImports|noRestrictedGlobals|noExplicitAny/);
  });

  it.each([
    [
      'the form definition and redact() in the page code',
      'lib/page/planted.ts',
      "import { USERNAME_FIELD } from '../engine/form/definition';\nimport { redact } from '../engine/redact';\nimport type { Write } from '../protocol/types';\nexport const x: [unknown, unknown] = [USERNAME_FIELD, redact];\nexport type W = Write;\n",
    ],
    [
      'zod and the engine in the background',
      'lib/background/planted.ts',
      "import { z } from 'zod';\nimport { buildReport } from '../engine/report';\nexport const x: [unknown, unknown] = [z, buildReport];\n",
    ],
  ])('allows %s', (_what, at, code) => {
    const { ok, output } = lint(at, code);
    expect(output).not.toMatch(/noRestrictedImports/);
    expect(ok).toBe(true);
  });
});
