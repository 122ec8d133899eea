import { defineBackground } from 'wxt/utils/define-background';
import { registerDrafts } from '@/lib/background/drafts';
import { sendLeaks } from '@/lib/background/leak-scan';
import { registerMarks } from '@/lib/background/marks';
import { registerOwnership } from '@/lib/background/ownership';
import { registerReconnect } from '@/lib/background/reconnect';
import { createTabQueue } from '@/lib/background/tab-queue';
import { registerTabStates } from '@/lib/background/tab-state';
import { registerToolbarButton } from '@/lib/background/toolbar';

/** Wiring only: each feature of the background registers its own listeners (lib/background/). */
export default defineBackground(() => {
  // One chain per tab for everything that reads and writes that tab's storage, so a slow write can never
  // land after a newer one.
  const enqueue = createTabQueue((error) => console.warn('PyPI Recovery Assistant: could not update the tab', error));
  const rejudge = registerTabStates(enqueue, [registerDrafts(enqueue), sendLeaks]);
  registerMarks(enqueue, rejudge);
  registerOwnership(enqueue);
  registerReconnect();
  registerToolbarButton();
});
