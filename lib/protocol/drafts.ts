import { REMOVED } from '../engine/redact';
import type { Snapshot } from './messages';
import type { Draft } from './storage';

/**
 * "No lost text": the last non-empty username and reason of a tab, kept apart from the live state so
 * that a reload (or GitHub discarding the form) cannot overwrite it with empty fields. Pure: the
 * background stores what `nextDraft` returns, the panel asks `restoreOffer` whether to offer it back.
 */

/** A reason counts as lost when it is empty, or under half of a saved one of some length (a partial discard). */
const SUBSTANTIAL = 80;

export function muchShorter(current: string, saved: string): boolean {
  const now = current.trim().length;
  return now === 0 ? saved.trim().length > 0 : saved.length >= SUBSTANTIAL && now * 2 < saved.length;
}

/** The draft after this snapshot, or null when it stays as it is (nothing typed, or nothing new). */
export function nextDraft(previous: Draft | null, snapshot: Snapshot, now: number): Draft | null {
  const username = snapshot.username ?? '';
  const reason = snapshot.reason ?? '';
  const next = {
    username: username.trim() !== '' ? username : (previous?.username ?? ''),
    // A shorter reason that went through the leak guard's "Remove it" is the one to keep: the old one holds the secret.
    reason: previous && muchShorter(reason, previous.reason) && !reason.includes(REMOVED) ? previous.reason : reason,
  };
  if (next.username.trim() === '' && next.reason.trim() === '') return null;
  if (previous && previous.username === next.username && previous.reason === next.reason) return null;
  return { ...next, savedAt: now };
}

export interface RestoreOffer {
  /** What the restore write puts in each field: the saved text where it was lost, the page's elsewhere. */
  username: string;
  reason: string;
  /** The first line of what comes back, for the user to recognise it. */
  preview: string;
}

const PREVIEW = 80;

export function previewLine(text: string): string {
  const line =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  const chars = Array.from(line);
  return chars.length > PREVIEW ? `${chars.slice(0, PREVIEW - 1).join('')}…` : line;
}

/** Offer the draft back when the page lost the reason (empty or much shorter) or an emptied username. */
export function restoreOffer(draft: Draft | null, snapshot: Snapshot | null): RestoreOffer | null {
  if (!draft || !snapshot || snapshot.reason === null) return null;
  const current = { username: snapshot.username ?? '', reason: snapshot.reason };
  const reasonLost = muchShorter(current.reason, draft.reason);
  const usernameLost = snapshot.username !== null && current.username.trim() === '' && draft.username.trim() !== '';
  if (!reasonLost && !usernameLost) return null;
  return {
    username: usernameLost ? draft.username : current.username,
    reason: reasonLost ? draft.reason : current.reason,
    preview: previewLine(reasonLost ? draft.reason : draft.username),
  };
}

/** The page GitHub opens after "Create": the request was submitted, its draft is no longer needed. */
export function isSubmittedIssueUrl(url: string): boolean {
  return /^https:\/\/github\.com\/pypi\/support\/issues\/\d+(?:[/?#]|$)/i.test(url);
}
