import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_GZIP } from '../../lib/page/budget';
import { EXTENSION_DIR } from './harness';

/** The built content script, as every pypi/support page receives it (npm run test:e2e builds it first). */
const code = readFileSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'));

describe('the content script every pypi/support page loads', () => {
  it(`stays within its budget of ${CONTENT_SCRIPT_BUDGET_GZIP / 1024} KB gzip`, () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
  });

  it('carries no zod, no polyfill and none of the engine', () => {
    const text = code.toString('utf8');
    // zod's and the polyfill's own error texts, and words only the rules and the report hold.
    expect(text).not.toMatch(/Invalid input|ZodError|_zod/);
    expect(text).not.toMatch(/browser-polyfill|Wrong number of arguments/);
    expect(text).not.toMatch(/Say what you already tried|recovery_codes\.consistent|ownership_proof/);
  });

  it('announces its start to its older copy by a DOM event, without posting a message to the page', () => {
    // A window message would wake GitHub's own listeners on every load (scripts/quiet-script-start.ts); the
    // event is what the old copy listens for (the lifecycle journey proves it stops).
    const text = code.toString('utf8');
    expect(text).toMatch(/stopOldScripts\(\)\{document\.dispatchEvent\(new CustomEvent/);
    expect(text).not.toContain('postMessage');
  });
});
