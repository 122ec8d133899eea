import type { Text } from '../engine/checks';
import messages from '../../public/_locales/en/messages.json';

/**
 * The extension's own English messages, for the places that have no `browser.i18n`: the CLI and the
 * Action. Substitutions follow the browser's rules: `$name$` names a placeholder whose content is `$1`…`$9`,
 * and `$$` is a literal dollar sign.
 */
interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES: Readonly<Record<string, Message>> = messages;

export function format(entry: Message, substitutions: readonly string[]): string {
  const byName = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const fill = (content: string) => content.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (whole, name?: string, n?: string) => {
    if (whole === '$$') return '$';
    if (name !== undefined) return fill(byName.get(name.toLowerCase()) ?? '');
    return substitutions[Number(n) - 1] ?? '';
  });
}

/** A message in English; the key itself when there is none, as the panel does. */
export const english: Text = (key, substitutions) => {
  const entry = MESSAGES[key];
  if (!entry) return key;
  return format(
    entry,
    substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions,
  );
};
