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

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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
function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${n.target.join(' ')}`))
    .join('\n');
}

/** axe in both themes, with the collapsed sections as rendered and then all opened: one line per problem. */
export async function axeEverywhere(panel: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    const closed = await panelAxeViolations(panel);
    const before = await panel.evaluate(() => [...document.querySelectorAll('details')].map((d) => d.open));
    await panel.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      }),
    );
    const open = await panelAxeViolations(panel);
    await panel.evaluate((b) => {
      for (const [i, d] of [...document.querySelectorAll('details')].entries()) d.open = b[i] ?? false;
    }, before);
    if (closed.length) found.push(`${colorScheme}, as rendered:\n${describeViolations(closed)}`);
    if (open.length) found.push(`${colorScheme}, all sections open:\n${describeViolations(open)}`);
  }
  return found;
}

/** Text that is a message key rather than a message: what i18n.t shows when a key is missing. */
export function untranslated(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const key = /^[a-z]+(?:_[a-zA-Z]+)+$/;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent?.trim() ?? '';
      if (key.test(text)) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      for (const a of ['aria-label', 'title']) if (key.test(el.getAttribute(a) ?? '')) out.push(el.getAttribute(a)!);
    }
    if (key.test(document.title)) out.push(document.title);
    return out;
  });
}
