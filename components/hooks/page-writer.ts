import { browser } from 'wxt/browser';
import { WriteResultSchema, type PanelToContent, type Write, type WriteResult } from '../../lib/protocol/messages';
import { t } from '../../lib/i18n/translate';

export type WriteFn = (write: Write) => Promise<WriteResult>;

/**
 * Sends one write to the content script of a tab and always resolves with a WriteResult, so views never
 * see a rejected promise: a closed or reloaded tab, or an odd reply, becomes a sentence for the user.
 */
export async function sendWrite(tabId: number | null, write: Write): Promise<WriteResult> {
  if (tabId === null) return { ok: false, error: t('write_error_no_tab'), canUndo: false };
  const message: PanelToContent = { type: 'write', write };
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, message);
  } catch {
    // "Receiving end does not exist" / "No tab with id": the page was closed, reloaded or navigated away.
    return { ok: false, error: t('write_error_tab_gone'), canUndo: false };
  }
  const parsed = WriteResultSchema.safeParse(reply);
  if (!parsed.success) return { ok: false, error: t('write_error_no_answer'), canUndo: false };
  if (!parsed.data.ok && !parsed.data.error) return { ...parsed.data, error: t('write_error_generic') };
  return parsed.data;
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
