import { useState } from 'preact/hooks';
import { EMPTY_ANSWERS, type Answers } from '../../lib/engine/templates/composer';
import { composerItem } from '../../lib/protocol/storage';
import { useStored } from './use-stored';

/** Answers are kept per tab in storage.session, so closing and reopening the panel keeps them. */
export function useComposerAnswers(tabId: number | null): [Answers, (next: Answers) => void] {
  // Read once, not followed: the panel is the only writer, and an echo of an older keystroke's write
  // must not overwrite newer typing.
  const { value } = useStored(composerItem, tabId, false);
  const [typed, setTyped] = useState<{ tabId: number | null; answers: Answers } | null>(null);
  const answers = typed?.tabId === tabId ? typed.answers : (value ?? EMPTY_ANSWERS);
  const update = (next: Answers) => {
    setTyped({ tabId, answers: next });
    if (tabId !== null)
      void composerItem(tabId)
        .set(next)
        .catch(() => undefined);
  };
  return [answers, update];
}
