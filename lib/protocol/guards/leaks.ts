import { MAX_FIELD } from '../limits';
import type { Leak, LeaksMessage } from '../types';
import { isObject, isText, spansOf } from './shape';

/** The content script's twin of `LeaksMessageSchema`: zod-free, so no page carries zod for it. */

function parseLeak(v: unknown): Leak | null {
  if (!isObject(v) || (v.field !== 'username' && v.field !== 'reason') || !isText(v.text, MAX_FIELD)) return null;
  const spans = spansOf(v.spans);
  if (!spans || !Array.isArray(v.kinds) || v.kinds.length > 20) return null;
  const kinds: string[] = [];
  for (const k of v.kinds as unknown[]) {
    if (!isText(k, 40)) return null;
    kinds.push(k);
  }
  return { field: v.field, text: v.text, spans, kinds };
}

/** The message as LeaksMessageSchema would parse it (unknown keys dropped), or null. */
export function parseLeaksMessage(message: unknown): LeaksMessage | null {
  if (!isObject(message) || message.type !== 'leaks' || !isText(message.checked, 100) || !isText(message.names, 500))
    return null;
  if (!Array.isArray(message.leaks) || message.leaks.length > 2) return null;
  const leaks: Leak[] = [];
  for (const l of message.leaks as unknown[]) {
    const leak = parseLeak(l);
    if (!leak) return null;
    leaks.push(leak);
  }
  return { type: 'leaks', checked: message.checked, names: message.names, leaks };
}
