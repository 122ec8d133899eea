/**
 * The Node bundles, each one self-contained JavaScript file built from lib/ with esbuild, so running them
 * needs Node only (no TypeScript runner, no node_modules): the `recovery-check` command (bin/) and the
 * GitHub Action (action/dist/). Both are committed; tests/unit/node-bundles.test.ts rebuilds them in
 * memory and fails when a committed file differs from what its sources give.
 *
 *   npm run build:node
 */
import { writeFileSync } from 'node:fs';
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
}

export const BUNDLES: readonly NodeBundle[] = [
  { out: 'bin/recovery-check.mjs', entry: 'lib/cli/main.ts', banner: '#!/usr/bin/env node' },
];

/** The bundle's text, exactly as it is committed. */
export async function bundle(b: NodeBundle): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [b.entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
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
  });
  return result.outputFiles[0]!.text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of BUNDLES) {
    const text = await bundle(b);
    writeFileSync(path.join(ROOT, b.out), text, { mode: 0o755 });
    console.log(`${b.out}: ${(text.length / 1024).toFixed(1)} KiB`);
  }
}
