import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Badge, type Harness } from './harness';
import {
  checkItem,
  checkStatus,
  firstRender,
  focused,
  openTimedPanel,
  outlineVisible,
  summaryScore,
  tabRound,
  tabTo,
} from './panel-steps';
import { COMPLETE_REASON, higher, isReady, isScore, OPTIONS, openForm, snapshotOf, type OpenForm } from './steps';

let h: Harness;
let form: OpenForm | undefined;
let panel: Page | undefined;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());
afterEach(async () => {
  await panel?.close();
  await form?.page.close();
  panel = undefined;
  form = undefined;
});

const COC = 'I agree to follow the PSF Code of Conduct';

/** The form (React rendering) with the panel open beside it, both showing the same score. */
async function formAndPanel(fill?: (f: OpenForm) => Promise<void>): Promise<{ f: OpenForm; p: Page; badge: Badge }> {
  form = await openForm(h, 'react');
  await fill?.(form);
  const f = form;
  // The background must have judged what was typed, or the panel could still change under the test.
  const page = { username: await f.username.inputValue(), reason: await f.reason.inputValue() };
  await expect
    .poll(async () => {
      const s = await snapshotOf(h, f.tabId);
      return s?.username === page.username && s.reason === page.reason;
    })
    .toBe(true);
  await h.waitForBadge(f.tabId, isScore);
  panel = await openTimedPanel(h, f.tabId);
  const p = panel;
  await expect.poll(() => summaryScore(p)).toBe((await h.badge(f.tabId)).text);
  return { f, p, badge: await h.badge(f.tabId) };
}

const same = (as: Badge) => (b: Badge) => b.text === as.text;

describe('the panel follows the page', () => {
  it('renders the checklist (time logged), then follows typing in the page and agrees with the badge', async () => {
    const { f, p } = await formAndPanel();
    const timing = await firstRender(p);
    console.log(
      `panel first render (cold): ${timing.fromScriptMs.toFixed(1)} ms from script start to first checklist paint ` +
        `(${timing.fromNavigationMs.toFixed(1)} ms from navigation start)`,
    );
    // Logged, not bounded: a time limit fails at random on the busy shared machine; this asserts the mark was seen.
    expect(timing.fromScriptMs).toBeGreaterThan(0);
    // Opened again, as a user closing and reopening the panel does (code cache warm).
    const again = await openTimedPanel(h, f.tabId);
    const warm = await firstRender(again);
    await again.close();
    console.log(`panel reopened: ${warm.fromScriptMs.toFixed(1)} ms from script start to first checklist paint`);
    expect(warm.fromScriptMs).toBeGreaterThan(0);

    expect(await checkStatus(p, 'username.present')).toBe('fail');
    // Watch the panel from inside, so the delay is the panel's own, not the polling's.
    await p.evaluate(() => {
      const item = document.querySelector('[data-check="username.present"]')!;
      const done = new MutationObserver(() => {
        const now = document.querySelector('[data-check="username.present"]');
        if (now?.classList.contains('check--pass')) {
          (window as { passedAt?: number }).passedAt = Date.now();
          done.disconnect();
        }
      });
      done.observe(item.parentElement!, { subtree: true, childList: true, attributes: true });
    });
    const typedAt = Date.now();
    await f.username.pressSequentially('octo-maintainer');
    await expect.poll(() => checkStatus(p, 'username.present')).toBe('pass');
    const passedAt = await p.evaluate(() => (window as { passedAt?: number }).passedAt ?? NaN);
    console.log(`panel showed the username as given ${passedAt - typedAt} ms after the first keystroke in the page`);
    await expect.poll(async () => (await summaryScore(p)) === (await h.badge(f.tabId)).text).toBe(true);
    expect(await p.locator('.fix__change').innerText()).toContain('octo-maintainer');
  });
});

describe('fixes applied from the panel', () => {
  it('fixes the username in place, then undoes it from the panel; the badge follows both ways', async () => {
    const { f, p, badge } = await formAndPanel((x) => x.username.fill('@octo-maintainer'));
    const item = checkItem(p, 'username.format');
    await expect.poll(() => checkStatus(p, 'username.format')).not.toBe('pass');
    // Before → after is shown before anything is changed.
    expect(await item.locator('.value--old').innerText()).toBe('@octo-maintainer');
    expect(await item.locator('.value--new').innerText()).toBe('`octo-maintainer`');

    await item.getByRole('button', { name: /Change the username to/ }).click();
    await expect.poll(() => f.username.inputValue()).toBe('`octo-maintainer`');
    await expect.poll(() => checkStatus(p, 'username.format')).toBe('pass');
    expect(await p.getByText('Changed on the page.').count()).toBe(1);

    await p.getByRole('button', { name: 'Undo the last change' }).click();
    await expect.poll(() => f.username.inputValue()).toBe('@octo-maintainer');
    await expect.poll(() => checkStatus(p, 'username.format')).not.toBe('pass');
    await h.waitForBadge(f.tabId, same(badge));
  });

  it("inserts suggested wording after the text, keeps the user's words, and Ctrl+Z in the page takes it out", async () => {
    const mine = 'My phone broke last week and my authenticator app was on it.';
    const { f, p, badge } = await formAndPanel((x) => x.reason.fill(mine));
    expect(await checkStatus(p, 'reason.remaining_access')).toBe('fail');
    const item = checkItem(p, 'reason.remaining_access');
    const wording = await item.locator('.suggestion').innerText();

    await item.getByRole('button', { name: 'Insert this wording' }).click();
    await expect.poll(() => f.reason.inputValue()).toContain(wording.trim());
    const text = await f.reason.inputValue();
    expect(text.startsWith(mine)).toBe(true);
    const moved = await h.waitForBadge(f.tabId, higher(badge));
    expect(await checkStatus(p, 'reason.remaining_access')).toBe('pass');
    await expect.poll(() => summaryScore(p)).toBe(moved.text);

    await f.reason.press('Control+z');
    await expect.poll(() => f.reason.inputValue()).toBe(mine);
    await h.waitForBadge(f.tabId, same(badge));
    await expect.poll(() => checkStatus(p, 'reason.remaining_access')).toBe('fail');
  });

  it("shows a box's full text, ticks it on a click, and unticks it with Undo", async () => {
    const { f, p, badge } = await formAndPanel();
    const item = checkItem(p, 'coc.checked');
    expect(await item.locator('.suggestion').innerText()).toBe(COC);
    const box = f.scope.getByLabel(COC);
    expect(await box.isChecked()).toBe(false);

    await item.getByRole('button', { name: 'I agree — tick this box' }).click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await h.waitForBadge(f.tabId, higher(badge));
    await expect.poll(() => checkStatus(p, 'coc.checked')).toBe('pass');

    await p.getByRole('button', { name: 'Undo the last change' }).click();
    await expect.poll(() => box.isChecked()).toBe(false);
    await h.waitForBadge(f.tabId, same(badge));
    // The panel's own note follows the page's change; wait for it rather than racing it.
    await expect.poll(() => p.getByText('Undone.').count()).toBe(1);
  });
});

describe('"I\'ve covered this"', () => {
  it('a mark turns the badge green, Undo takes it back, and deleting a sentence of the reason clears it', async () => {
    // Complete except that it never says what access remains: the one thing standing between it and green.
    const sentences = COMPLETE_REASON.split(/(?<=\.) /);
    const withoutAccess = sentences.filter((s) => !/still know my password/.test(s));
    expect(withoutAccess).toHaveLength(sentences.length - 1);
    const reason = withoutAccess.join(' ');
    const { f, p, badge } = await formAndPanel(async (x) => {
      await x.username.fill('`octo-maintainer`');
      await x.reason.fill(reason);
      for (const option of OPTIONS) await x.scope.getByLabel(option).check();
    });
    expect(isReady(badge)).toBe(false);
    expect(await checkStatus(p, 'reason.remaining_access')).toBe('fail');
    const toggle = checkItem(p, 'reason.remaining_access').getByRole('button', { name: "I've covered this" });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // Not offered on facts.
    expect(await checkItem(p, 'username.format').getByRole('button', { name: "I've covered this" }).count()).toBe(0);

    // Keyboard: focus the toggle, Space presses it.
    await toggle.focus();
    await p.keyboard.press('Space');
    const green = await h.waitForBadge(f.tabId, isReady);
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await checkItem(p, 'reason.remaining_access').locator('.check__title').innerText()).toContain(
      'Marked by you',
    );
    await expect.poll(() => summaryScore(p)).toBe(green.text);
    expect(await p.locator('.summary__text').innerText()).toContain('(1 of them marked by you)');
    expect(await focused(p)).toMatchObject({ text: "I've covered this" });

    // Undo: the same button again.
    await p.keyboard.press('Space');
    await h.waitForBadge(f.tabId, same(badge));
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');

    // Marked again, then a sentence of the reason goes: the mark goes with it.
    await toggle.click();
    await h.waitForBadge(f.tabId, isReady);
    await f.reason.fill(withoutAccess.slice(0, -1).join(' '));
    await h.waitForBadge(f.tabId, (b) => isScore(b) && !isReady(b));
    await expect.poll(() => checkStatus(p, 'reason.remaining_access')).toBe('fail');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // The same words typed back bring the mark back: it rests on the writer's words, which are there again.
    await f.reason.fill(reason);
    await h.waitForBadge(f.tabId, isReady);
  });
});

describe('keyboard only', () => {
  it('every Tab stop in the panel shows a focus outline, in light and in dark', async () => {
    const { p } = await formAndPanel();
    await p.bringToFront();
    for (const colorScheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme });
      // Open the collapsed help too, so its links and questions are part of the round.
      await p.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        }),
      );
      const stops = await tabRound(p);
      // Fix buttons, the composer's questions, the help sections and their links.
      expect(stops.length).toBeGreaterThan(15);
      expect(stops.filter((s) => !outlineVisible(s)).map((s) => `${s.tag} "${s.text}"`)).toEqual([]);
      await p.evaluate(() =>
        document.querySelectorAll('[data-tab-visited]').forEach((el) => {
          el.removeAttribute('data-tab-visited');
        }),
      );
    }
  });

  it('Tab reaches a fix; Enter applies it, focus moves visibly to Undo, and Space undoes it', async () => {
    const { f, p } = await formAndPanel((x) => x.username.fill('"octo-maintainer"'));
    await p.bringToFront();
    const stops = await tabTo(p, /Change the username to/);
    const onFix = stops.at(-1)!;
    expect(outlineVisible(onFix)).toBe(true);
    // A real colour, not a transparent stand-in.
    expect(onFix.outlineColor).not.toMatch(/rgba\(.*, 0\)|transparent/);

    await p.keyboard.press('Enter');
    await expect.poll(() => f.username.inputValue()).toBe('`octo-maintainer`');
    await expect.poll(() => checkStatus(p, 'username.format')).toBe('pass');
    // The fix button is gone once its check passes; focus went to Undo, not to the top of the page.
    await expect.poll(async () => (await focused(p))?.text).toBe('Undo the last change');
    expect(outlineVisible((await focused(p))!)).toBe(true);

    await p.keyboard.press('Space');
    await expect.poll(() => f.username.inputValue()).toBe('"octo-maintainer"');
  });

  it('Space on the first "tick this box" button reached by Tab ticks that box in the page', async () => {
    const { f, p, badge } = await formAndPanel();
    await p.bringToFront();
    await tabTo(p, /I agree — tick this box/);
    // Confirmations are listed in the form's order: the recovery-codes box comes first.
    const label = await p.evaluate(
      () => document.activeElement?.closest('.fix')?.querySelector('.suggestion')?.textContent ?? '',
    );
    expect(label).toMatch(/^I never generated/);
    await p.keyboard.press('Space');
    await expect.poll(() => f.scope.getByLabel(label).isChecked()).toBe(true);
    await h.waitForBadge(f.tabId, higher(badge));
  });
});
