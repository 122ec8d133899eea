import type { Span } from '../form/schema';

/**
 * Email addresses in free text, found by a single pass over the `@` signs.
 *
 * No regular expression runs over the whole text: from each `@` the scan widens left over local-part
 * characters and right over domain characters. Neither class contains `@`, so no character is visited
 * from two different `@` signs and the whole scan is linear in the text.
 */

export interface EmailSpan extends Span {
  address: string;
}

const isLocal = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45;
const isDomain = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
const TLD = /\.[A-Za-z]{2,24}$/;

/**
 * Addresses that belong to no person: PyPI's and GitHub's own. Posting them leaks nothing, and the
 * template itself points people at them.
 */
const PUBLIC_DOMAINS = /(?:^|\.)(?:pypi\.org|python\.org|example\.(?:com|org|net))$/i;
const GIT_REMOTE_USERS = /^(?:git|hg)$/i;
// `logo@2x.png`: retina image names share the shape of an address.
const IMAGE_TLD = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico|tiff?|avif)$/i;

const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

export function findEmails(text: string): EmailSpan[] {
  const found: EmailSpan[] = [];
  let from = 0;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', from)) {
    from = at + 1;
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocal(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 46) start++; // a sentence's full stop is not the address
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomain(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    if (start === at || end === at + 1) continue;
    const domain = text.slice(at + 1, end);
    if (!domain.includes('.') || !TLD.test(domain) || domain.includes('..')) continue;
    if (PUBLIC_DOMAINS.test(domain) || IMAGE_TLD.test(domain)) continue;
    // `git@github.com:owner/repo` is a remote, not a mailbox.
    if (text.charCodeAt(end) === 58 && GIT_REMOTE_USERS.test(text.slice(start, at))) continue;
    // The address is exactly local + '@' + domain: one slice rather than three strings.
    found.push({
      start: markdownLinkStart(text, start),
      end: markdownLinkEnd(text, start, end),
      address: text.slice(start, end),
    });
  }
  return mergeMailtoLinks(found);
}

/** `[shown](mailto:addr)`: the whole link is one address to remove, not two with the brackets left behind. */
function markdownLinkStart(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 58) return start; // no "…:" before the address, the common case
  if (text.slice(Math.max(0, start - 9), start).toLowerCase() !== '](mailto:') return start;
  // Looked for in a bounded window, so that many mailto links cannot make the scan quadratic.
  const from = Math.max(0, start - 300);
  const open = text.slice(from, start - 9).lastIndexOf('[');
  return open === -1 ? start : from + open;
}

function markdownLinkEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(start - 1) !== 58) return end;
  if (text.slice(Math.max(0, start - 7), start).toLowerCase() !== 'mailto:') return end;
  return text.charCodeAt(end) === 41 ? end + 1 : end;
}

/** The address shown inside `[…]` of a mailto link falls inside the link's span; keep the link's. */
function mergeMailtoLinks(found: EmailSpan[]): EmailSpan[] {
  const out: EmailSpan[] = [];
  for (const email of found) {
    while (out.length > 0 && out[out.length - 1]!.start >= email.start && out[out.length - 1]!.end <= email.end)
      out.pop();
    out.push(email);
  }
  return out;
}
