import { MAX_FIELD } from '../limits';
import type { PanelToContent, Write } from '../types';
import { isObject, isText, spansOf } from './shape';

/**
 * The content script's twin of `PanelToContentSchema`: importing zod there would put ~60 kB into every
 * GitHub page this extension runs on.
 */

const BOXES = ['recoveryCodes', 'codeOfConduct', 'acknowledgement'] as const;

function parseWrite(w: unknown): Write | null {
  if (!isObject(w)) return null;
  switch (w.kind) {
    case 'insert': {
      if (!isText(w.text, MAX_FIELD)) return null;
      if (w.at === undefined) return { kind: 'insert', text: w.text, at: 'caret' };
      return w.at === 'caret' || w.at === 'end' ? { kind: 'insert', text: w.text, at: w.at } : null;
    }
    case 'username':
      return isText(w.value, 1000) ? { kind: 'username', value: w.value } : null;
    case 'tick': {
      const box = BOXES.find((b) => b === w.box);
      return box ? { kind: 'tick', box } : null;
    }
    case 'redact': {
      if ((w.field !== 'username' && w.field !== 'reason') || !isText(w.expected, MAX_FIELD)) return null;
      const spans = spansOf(w.spans);
      return spans ? { kind: 'redact', field: w.field, spans, expected: w.expected } : null;
    }
    case 'restore':
      return isText(w.username, 1000) && isText(w.reason, MAX_FIELD)
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
