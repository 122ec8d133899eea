import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EMPTY_ANSWERS, readAnswers, type Answers } from '../../lib/engine/templates/composer';

/** Answers are kept per tab in storage.session, so closing and reopening the panel keeps them. */
export const composerKey = (tabId: number) => `composer:${tabId}`;

export function useComposerAnswers(tabId: number | null): [Answers, (next: Answers) => void] {
  const [answers, setAnswers] = useState<Answers>(EMPTY_ANSWERS);
  // Typing before the stored answers arrive must not be overwritten by them.
  const touched = useRef(false);

  useEffect(() => {
    touched.current = false;
    setAnswers(EMPTY_ANSWERS);
    if (tabId === null) return;
    let live = true;
    const key = composerKey(tabId);
    browser.storage.session
      .get(key)
      .then((stored) => {
        if (live && !touched.current) setAnswers(readAnswers(stored[key]));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tabId]);

  const update = (next: Answers) => {
    touched.current = true;
    setAnswers(next);
    if (tabId !== null) void browser.storage.session.set({ [composerKey(tabId)]: next }).catch(() => undefined);
  };
  return [answers, update];
}
