#!/usr/bin/env node
// The engine is TypeScript; tsx runs it as it is, so the CLI and the extension share one source.
import { register } from 'tsx/esm/api';

register();
try {
  await import('../lib/cli/main.ts');
} catch (error) {
  process.stderr.write(`recovery-check: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
