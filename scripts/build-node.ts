/**
 * The Node bundles, each one self-contained JavaScript file built from lib/ with esbuild, so running them
 * needs Node only (no TypeScript runner, no node_modules): the `recovery-check` command (bin/) and the
 * GitHub Action (action/dist/). Both are committed; tests/unit/node-bundles.test.ts rebuilds them in
 * memory and fails when a committed file differs from what its sources give.
 *
 *   npm run build:node
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The repository root, the folder above scripts/. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface NodeBundle {
  /** Where the bundle is committed, from the repository's root. */
  out: string;
  entry: string;
  banner?: string;
  /** Packages replaced by a module of ours (see lib/action/undici-stub.ts for why). */
  alias?: Record<string, string>;
}

export const BUNDLES: readonly NodeBundle[] = [
  { out: 'bin/recovery-check.mjs', entry: 'lib/cli/main.ts', banner: '#!/usr/bin/env node' },
  {
    out: 'action/dist/index.mjs',
    entry: 'lib/action/main.ts',
    // @actions/core's HTTP client pulls in CommonJS (tunnel) that calls require(): give the ES module one.
    banner:
      "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    alias: { undici: './lib/action/undici-stub.ts' },
  },
];

/** The bundle's text, exactly as it is committed. */
export async function bundle(b: NodeBundle): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [b.entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // The CLI's floor (package.json engines); the Action runs on the runner's Node 24.
    target: 'node20',
    write: false,
    // Smaller to parse at every start; names are kept, so a stack trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    banner: {
      js: [b.banner, `// Built from ${b.entry} by scripts/build-node.ts (npm run build:node); do not edit.`]
        .filter(Boolean)
        .join('\n'),
    },
    logLevel: 'silent',
    ...(b.alias ? { alias: b.alias } : {}),
  });
  return result.outputFiles[0]!.text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of BUNDLES) {
    const text = await bundle(b);
    mkdirSync(path.dirname(path.join(ROOT, b.out)), { recursive: true });
    writeFileSync(path.join(ROOT, b.out), text, { mode: 0o755 });
    console.log(`${b.out}: ${(text.length / 1024).toFixed(1)} KiB`);
  }
}
