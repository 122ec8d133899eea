import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import {
  fillComplete,
  GREEN,
  isReady,
  isScore,
  openForm,
  rerender,
  score,
  snapshotOf,
  VARIANTS,
  type OpenForm,
} from './steps';

let h: Harness;
let form: OpenForm | undefined;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());
afterEach(async () => {
  await form?.page.close();
  form = undefined;
});

describe.each(VARIANTS)('the %s form', (variant) => {
  it('gets a badge on load; an empty form is not ready and not green', async () => {
    form = await openForm(h, variant);
    const badge = await h.waitForBadge(form.tabId, isScore);
    const [n, total] = score(badge);
    expect(n).toBeLessThan(total);
    expect(badge.color).not.toBe(GREEN);
    const state = (await h.tabState(form.tabId)) as {
      status: string;
      snapshot: { variant: string };
      report: { ready: boolean };
    };
    expect(state.status).toBe('form');
    expect(state.snapshot.variant).toBe(variant);
    expect(state.report.ready).toBe(false);
  });

  it('turns green once a specific request is typed and the boxes are ticked', async () => {
    form = await openForm(h, variant);
    const empty = await h.waitForBadge(form.tabId, isScore);
    await fillComplete(form);
    const done = await h.waitForBadge(form.tabId, isReady);
    const [n, total] = score(done);
    expect(n).toBe(total);
    expect(score(empty)[0]).toBeLessThan(n);
  });

  it('inserts wording the panel asks for, keeps it through a re-render, and Ctrl+Z takes it out', async () => {
    form = await openForm(h, variant);
    await form.reason.fill('My phone broke.');
    const result = await h.write(form.tabId, { kind: 'insert', text: 'It happened in [month and year].', at: 'end' });
    expect(result).toEqual({ ok: true, canUndo: true });
    await rerender(form.page);
    const expected = 'My phone broke.\n\nIt happened in [month and year].';
    expect(await form.reason.inputValue()).toBe(expected);
    // The blank is selected, ready to be typed over.
    const selected = await form.reason.evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    );
    expect(selected).toBe('[month and year]');
    await expect.poll(async () => (await snapshotOf(h, form!.tabId))?.reason).toBe(expected);
    await form.reason.press('Control+z');
    await rerender(form.page);
    expect(await form.reason.inputValue()).toBe('My phone broke.');
  });

  it('ticks a box on request, and the extension can undo its own write', async () => {
    form = await openForm(h, variant);
    const box = form.scope.getByLabel('I agree to follow the PSF Code of Conduct');
    expect(await h.write(form.tabId, { kind: 'tick', box: 'codeOfConduct' })).toEqual({ ok: true, canUndo: true });
    await rerender(form.page);
    expect(await box.isChecked()).toBe(true);
    expect(await h.write(form.tabId, { kind: 'undo' })).toEqual({ ok: true, canUndo: false });
    expect(await box.isChecked()).toBe(false);
  });
});

describe('React re-rendering', () => {
  it('a tick lost to a re-render is noticed and clicked again', async () => {
    form = await openForm(h, 'react');
    await form.page.evaluate(() => {
      (window as { __reactMimic?: { loseNextClick: boolean } }).__reactMimic!.loseNextClick = true;
    });
    const result = await h.write(form.tabId, { kind: 'tick', box: 'acknowledgement' });
    expect(result).toMatchObject({ ok: true });
    await rerender(form.page);
    expect(await form.scope.getByLabel(/I understand that it may take/).isChecked()).toBe(true);
    // The first click really was dropped by the page: the retry is what ticked it.
    expect(
      await form.page.evaluate(
        () => (window as { __reactMimic?: { loseNextClick: boolean } }).__reactMimic?.loseNextClick,
      ),
    ).toBe(false);
  });

  it('the fixture behaves like React: a value set without an input event is lost on re-render', async () => {
    form = await openForm(h, 'react');
    await form.reason.evaluate((el: HTMLTextAreaElement) => {
      el.value = "set behind the page's back";
    });
    await rerender(form.page);
    expect(await form.reason.inputValue()).toBe('');
  });

  it('a username replaced by the panel stays after a re-render and moves the badge', async () => {
    form = await openForm(h, 'react');
    const before = await h.waitForBadge(form.tabId, isScore);
    expect(await h.write(form.tabId, { kind: 'username', value: '`octo-maintainer`' })).toMatchObject({ ok: true });
    await rerender(form.page);
    expect(await form.username.inputValue()).toBe('`octo-maintainer`');
    await h.waitForBadge(form.tabId, (b) => score(b)[0] > score(before)[0]);
  });
});
