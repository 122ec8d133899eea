import { MAX_FIELD } from '../protocol/limits';
import type { Snapshot } from '../protocol/types';
import type { DetectedForm } from './detect';
import { USER_LOGIN_META } from './selectors';

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** The signed-in GitHub login, when the page head carries one that looks like a login. */
export function readGithubLogin(doc: Document): string | null {
  const login = doc.querySelector(USER_LOGIN_META)?.getAttribute('content')?.trim() ?? '';
  return LOGIN.test(login) ? login : null;
}

/** A longer field is cut to the message schema's limit rather than dropped, so the badge still updates. */
const text = (el: HTMLInputElement | HTMLTextAreaElement | null): string | null =>
  el === null ? null : el.value.slice(0, MAX_FIELD);

/** What the user has typed and ticked, as the background's engine wants it. */
export function readSnapshot(form: DetectedForm, doc: Document, href: string): Snapshot {
  const c = form.controls;
  return {
    url: href.slice(0, 4096),
    variant: form.variant,
    username: text(c.username),
    reason: text(c.reason),
    recoveryCodes: c.recoveryCodes?.checked ?? null,
    codeOfConduct: c.codeOfConduct?.checked ?? null,
    acknowledgement: c.acknowledgement?.checked ?? null,
    githubLogin: readGithubLogin(doc),
  };
}
