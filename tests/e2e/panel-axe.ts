import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';

/**
 * Runs axe-core in a Playwright page that shows the side panel and returns its violations (none = pass).
 * The script is injected from node_modules, not from a URL, so it works on chrome-extension:// pages and
 * with no network. WCAG 2.x A/AA plus best practices: what a screen-reader or keyboard user would hit.
 */
const require = createRequire(import.meta.url);
let source: string | undefined;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function panelAxeViolations(page: Page, options: RunOptions = {}): Promise<Result[]> {
  source ??= readFileSync(require.resolve('axe-core'), 'utf8');
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) {
    try {
      await page.addScriptTag({ content: source });
    } catch {
      // Extension pages forbid inline <script> (CSP script-src 'self'); evaluating through the DevTools
      // protocol is not subject to the page's CSP, and axe itself needs no eval.
      await page.evaluate(source);
    }
  }
  const results = await page.evaluate(
    (opts) =>
      (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<AxeResults> } }).axe.run(
        document,
        opts,
      ),
    { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'], ...options } as RunOptions,
  );
  return results.violations;
}

/** One line per violation and node, for a readable assertion message. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${n.target.join(' ')}`))
    .join('\n');
}
