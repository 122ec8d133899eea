import { MAX_FIELD } from './limits';
import type { PanelToContent, Write } from './messages';

/**
 * A hand-written twin of `PanelToContentSchema` for the content script: importing zod there would put
 * ~60 kB into every GitHub page this extension runs on. tests/unit/write-guard.test.ts holds the two
 * together (the guard accepts exactly what the schema accepts, on generated messages).
 */

const BOXES = ['recoveryCodes', 'codeOfConduct', 'acknowledgement'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
// Safe integers only, as zod's .int() has it: 2^53 and beyond are not positions in any string.
const index = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function parseWrite(w: unknown): Write | null {
  if (!isObject(w)) return null;
  switch (w.kind) {
    case 'insert': {
      if (!str(w.text, MAX_FIELD)) return null;
      if (w.at === undefined) return { kind: 'insert', text: w.text, at: 'caret' };
      return w.at === 'caret' || w.at === 'end' ? { kind: 'insert', text: w.text, at: w.at } : null;
    }
    case 'username':
      return str(w.value, 1000) ? { kind: 'username', value: w.value } : null;
    case 'tick':
      return BOXES.find((b) => b === w.box) ? { kind: 'tick', box: w.box as (typeof BOXES)[number] } : null;
    case 'redact': {
      if ((w.field !== 'username' && w.field !== 'reason') || !str(w.expected, MAX_FIELD)) return null;
      if (!Array.isArray(w.spans) || w.spans.length > 1000) return null;
      const spans: Array<{ start: number; end: number }> = [];
      for (const s of w.spans as unknown[]) {
        if (!isObject(s) || !index(s.start) || !index(s.end)) return null;
        spans.push({ start: s.start, end: s.end });
      }
      return { kind: 'redact', field: w.field, spans, expected: w.expected };
    }
    case 'restore':
      return str(w.username, 1000) && str(w.reason, MAX_FIELD)
        ? { kind: 'restore', username: w.username, reason: w.reason }
        : null;
    case 'undo':
      return { kind: 'undo' };
    default:
      return null;
  }
}

/** The message as the schema would parse it (defaults filled, unknown keys dropped), or null. */
export function parsePanelToContent(message: unknown): PanelToContent | null {
  if (!isObject(message) || message.type !== 'write') return null;
  const write = parseWrite(message.write);
  return write ? { type: 'write', write } : null;
}
