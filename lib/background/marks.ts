import { toggleMark } from '../engine/marks';
import { MarkRequestSchema, type MarkRequest } from '../protocol/messages';
import type { MarkReply } from '../protocol/replies';
import { marksItem, tabStateItem } from '../protocol/storage';
import { dropWithDraft } from './drafts';
import { onPanelMessage } from './panel-messages';
import type { Enqueue } from './tab-queue';
import type { Rejudge } from './tab-state';

/**
 * The writer's "I've covered this" marks (lib/engine/marks.ts), kept per tab in storage.session for as long
 * as the tab's draft: dropped when the issue is created or the tab closed. Each change re-judges the tab's
 * last snapshot, so the badge and the panel follow at once.
 */
export function registerMarks(enqueue: Enqueue, rejudge: Rejudge): void {
  const answer = async (request: MarkRequest): Promise<MarkReply> => {
    let ok = false;
    await enqueue(request.tabId, async () => {
      const reason = (await tabStateItem(request.tabId).get())?.snapshot?.reason;
      // No form, or no reason yet: there is nothing the mark could rest on.
      if (reason == null || reason.trim() === '') return;
      const item = marksItem(request.tabId);
      await item.set(toggleMark((await item.get()) ?? [], request.id, request.covered, reason));
      await rejudge(request.tabId);
      ok = true;
    });
    return { ok };
  };

  onPanelMessage(MarkRequestSchema, answer);

  dropWithDraft(enqueue, marksItem);
}
