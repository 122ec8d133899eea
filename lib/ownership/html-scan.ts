/**
 * A forward-only HTML tokenizer, enough to read a server-rendered page in an MV3 service worker (which
 * has no DOMParser). Every step moves the cursor forward with indexOf or a single character loop, so the
 * cost is linear in the page size whatever the page holds.
 */

export type HtmlToken =
  | { type: 'open'; name: string; attrs: ReadonlyMap<string, string> }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

/** Elements whose content is not markup: skip to their end tag so a `<a>` inside a script is not read. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'template']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  '#39': "'",
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) break;
    out += text.slice(i, amp);
    // Look for the ";" only a few characters ahead, so a text full of "&" stays linear.
    const near = text.slice(amp + 1, amp + 12).indexOf(';');
    const semi = near < 0 ? -1 : amp + 1 + near;
    const body = semi > amp ? text.slice(amp + 1, semi) : '';
    let decoded: string | undefined = NAMED[body];
    if (decoded === undefined && body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
        decoded = String.fromCodePoint(code);
      }
    }
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out + text.slice(i);
}

function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 95 ||
    code === 58
  );
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
}

/** Read attributes from `start` up to the closing `>`; returns the attributes and the index after `>`. */
function readAttributes(html: string, start: number): { attrs: Map<string, string>; end: number } {
  const attrs = new Map<string, string>();
  let i = start;
  while (i < html.length) {
    while (isSpace(html[i]) || html[i] === '/') i++;
    if (i >= html.length) break;
    if (html[i] === '>') return { attrs, end: i + 1 };
    const nameStart = i;
    while (i < html.length && !isSpace(html[i]) && html[i] !== '=' && html[i] !== '>' && html[i] !== '/') i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (isSpace(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close < 0 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    if (name !== '' && !attrs.has(name)) attrs.set(name, decodeEntities(value));
    if (i === nameStart) i++; // never stall on a stray character
  }
  return { attrs, end: html.length };
}

/** Index of `</name` (any case) at or after `from`, or the end of the page. */
function findEndTag(html: string, name: string, from: number): number {
  let pos = html.indexOf('</', from);
  while (pos >= 0) {
    if (html.slice(pos + 2, pos + 2 + name.length).toLowerCase() === name) return pos;
    pos = html.indexOf('</', pos + 2);
  }
  return html.length;
}

/** Walk the page once, handing each tag and text run to `visit`. */
export function scanHtml(html: string, visit: (token: HtmlToken) => void): void {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      visit({ type: 'text', text: decodeEntities(html.slice(i)) });
      return;
    }
    if (lt > i) visit({ type: 'text', text: decodeEntities(html.slice(i, lt)) });
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const closing = html[lt + 1] === '/';
    let j = closing ? lt + 2 : lt + 1;
    const nameStart = j;
    while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
    if (j === nameStart) {
      // "<!DOCTYPE", "<?xml", or a lone "<" in text: skip to the next ">" (or treat "<" as text).
      const gt = html.indexOf('>', lt);
      if (html[lt + 1] === '!' || html[lt + 1] === '?') i = gt < 0 ? html.length : gt + 1;
      else {
        visit({ type: 'text', text: '<' });
        i = lt + 1;
      }
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    if (closing) {
      const gt = html.indexOf('>', j);
      visit({ type: 'close', name });
      i = gt < 0 ? html.length : gt + 1;
      continue;
    }
    const { attrs, end } = readAttributes(html, j);
    visit({ type: 'open', name, attrs });
    i = end;
    if (RAW_TEXT.has(name)) i = findEndTag(html, name, i);
  }
}

export function hasClass(attrs: ReadonlyMap<string, string>, cls: string): boolean {
  const value = attrs.get('class');
  if (value === undefined) return false;
  return value.split(/\s+/).includes(cls);
}
