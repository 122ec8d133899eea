import { FORM_URL } from '../lib/engine/form/definition';
import type { Write } from '../lib/protocol/messages';
import { browser } from 'wxt/browser';
import { sendWrite } from './hooks/use-writes';
import { Panel } from './Panel';
import { useComposerAnswers } from './hooks/use-composer-answers';
import { useDraft } from './hooks/use-draft';
import { useMarks } from './hooks/use-marks';
import { useOwnership } from './hooks/use-ownership';
import { useTabId, useTabState } from './hooks/use-tab-state';

/** Wires the panel to the browser: which tab, its stored state, composer answers, writes to the page. */
export function App({ search }: { search: string }) {
  const { tabId, resolved } = useTabId(search);
  const { state, loaded } = useTabState(tabId);
  const [answers, setAnswers] = useComposerAnswers(tabId);
  const ownership = useOwnership(tabId);
  const draft = useDraft(tabId);
  const marks = useMarks(tabId);
  return (
    // Keyed by tab: the outcome of a write (and its Undo) belongs to the tab it was made in.
    <Panel
      key={String(tabId)}
      loading={!resolved || !loaded}
      state={state}
      write={(w: Write) => sendWrite(tabId, w)}
      openForm={() => void openInTab(tabId, FORM_URL).catch(() => undefined)}
      answers={answers}
      onAnswers={setAnswers}
      ownership={ownership}
      draft={draft}
      marks={marks}
    />
  );
}

/** Opens the recovery form in the panel's tab (or a new tab when the panel has none). */
export async function openInTab(tabId: number | null, url: string): Promise<void> {
  try {
    if (tabId !== null) {
      await browser.tabs.update(tabId, { url });
      return;
    }
  } catch {
    // The tab went away meanwhile: fall through to a new one.
  }
  await browser.tabs.create({ url });
}
