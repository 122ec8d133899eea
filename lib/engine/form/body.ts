import { CHECKBOX_FIELDS, FORM_FIELDS, NO_RESPONSE, fieldForLabel, type FieldDef, type FieldKey } from './definition';
import type { Request } from './schema';

/**
 * Reads and writes the issue body GitHub composes from the form:
 *
 *   ### PyPI Username\n\n`name`\n\n### Reason for request\n\n…\n\n### Recovery Codes\n\n- [x] …
 *
 * Old bodies differ (2020 template: `## ` and setext headings; 2021–2024: no "Recovery Codes"), users
 * type `###` inside their reason, and some bodies are free text. The parser only splits on headings that
 * name a form field; for the fields after the reason it takes the LAST such heading and for the fields
 * before it the FIRST, so a reason that quotes a heading stays inside the reason and
 * compose → parse gives back what went in.
 */

export type BodyFormat = 'form' | 'free';

export interface ParsedBody {
  request: Request;
  format: BodyFormat;
  /** Text before the first form heading that is not the template's own intro line. */
  preamble: string;
}

interface Heading {
  field: FieldDef;
  /** Index of the heading's first line, and of the first line after the heading. */
  line: number;
  bodyStart: number;
}

const ATX = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const CHECKBOX_LINE = /^\s*[-*+]\s*\[([ xX]?)\]\s*(.*)$/;
const TEMPLATE_INTRO = /^\**request for account recovery\.?\**$/i;

function findHeadings(lines: readonly string[]): Heading[] {
  const found: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 200) continue;
    const atx = ATX.exec(line);
    if (atx) {
      const field = fieldForLabel(atx[1]!);
      if (field) found.push({ field, line: i, bodyStart: i + 1 });
      continue;
    }
    const next = lines[i + 1];
    if (next !== undefined && line.trim() !== '' && SETEXT_UNDERLINE.test(next)) {
      const field = fieldForLabel(line);
      if (field) {
        found.push({ field, line: i, bodyStart: i + 2 });
        i++;
      }
    }
  }
  return found;
}

/** Picks one heading per field, in form order: first for fields up to the reason, last for those after. */
function chooseHeadings(all: readonly Heading[]): Heading[] {
  const chosen: Heading[] = [];
  let after = -1;
  const reasonIndex = FORM_FIELDS.findIndex((f) => f.key === 'reason');
  // Trailing fields first, from the end, so each is the last of its kind and they stay in order.
  const trailing: Heading[] = [];
  let before = Number.POSITIVE_INFINITY;
  for (let f = FORM_FIELDS.length - 1; f > reasonIndex; f--) {
    const key = FORM_FIELDS[f]!.key;
    for (let h = all.length - 1; h >= 0; h--) {
      const heading = all[h]!;
      if (heading.field.key === key && heading.line < before) {
        trailing.unshift(heading);
        before = heading.line;
        break;
      }
    }
  }
  for (let f = 0; f <= reasonIndex; f++) {
    const key = FORM_FIELDS[f]!.key;
    const heading = all.find((h) => h.field.key === key && h.line > after && h.line < before);
    if (heading) {
      chosen.push(heading);
      after = heading.line;
    }
  }
  return [...chosen, ...trailing];
}

const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

function sectionText(lines: readonly string[], from: number, to: number, keepRules: boolean): string {
  let end = to;
  // The 2020 template put a `---` rule between sections; it belongs to neither. The reason keeps a rule
  // typed at its end: it is the user's text, and compose → parse must give it back.
  while (end > from && (lines[end - 1]!.trim() === '' || (!keepRules && THEMATIC_BREAK.test(lines[end - 1]!)))) end--;
  const text = lines.slice(from, end).join('\n').trim();
  return text === NO_RESPONSE ? '' : text;
}

/** The 2020 template's option lines, which the template itself printed under "Reason for request". */
const TEMPLATE_OPTION =
  /^\s*(?:[-*]\s*)?(?:lost 2fa authentication app (?:or|and) security token|lost access to email address)\s*$/i;
/** Its label for the writer's own words: "Reason:" (nothing else on the line). */
const REASON_LABEL = /^\s*reason\s*:\s*$/i;

/**
 * The 2020 template asked for the reason under a "Reason:" label below its own option lines. When nothing
 * follows the label, nothing was written: only template text is left, and the reason is empty.
 */
function unfilledTemplate(reason: string): boolean {
  const lines = reason.split('\n').filter((l) => l.trim() !== '');
  const label = lines.findIndex((l) => REASON_LABEL.test(l));
  return label !== -1 && label === lines.length - 1 && lines.slice(0, label).every((l) => TEMPLATE_OPTION.test(l));
}

function isChecked(section: string, option: string): boolean {
  const wanted = option.toLowerCase().replace(/\W+/g, '');
  let anyChecked = false;
  for (const line of section.split('\n')) {
    const m = CHECKBOX_LINE.exec(line);
    if (!m || (m[1] ?? '').trim() === '') continue;
    anyChecked = true;
    // A box is ticked when its option's line is; a reworded option still counts when it is the only box.
    if ((m[2] ?? '').toLowerCase().replace(/\W+/g, '') === wanted) return true;
  }
  return anyChecked;
}

export function parseBody(raw: string): ParsedBody {
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  const headings = chooseHeadings(findHeadings(lines));
  if (headings.length === 0) {
    const reason = text.trim();
    return {
      format: 'free',
      preamble: '',
      request: {
        username: '',
        reason: reason === NO_RESPONSE ? '' : reason,
        recoveryCodes: false,
        codeOfConduct: false,
        acknowledgement: false,
        missing: ['username', 'recoveryCodes', 'codeOfConduct', 'acknowledgement'],
      },
    };
  }
  const values = new Map<FieldKey, string>();
  headings.forEach((h, i) => {
    const end = i + 1 < headings.length ? headings[i + 1]!.line : lines.length;
    const value = sectionText(lines, h.bodyStart, end, h.field.key === 'reason');
    values.set(h.field.key, h.field.key === 'reason' && unfilledTemplate(value) ? '' : value);
  });
  const preamble = lines
    .slice(0, headings[0]!.line)
    .filter((l) => !TEMPLATE_INTRO.test(l.trim()))
    .join('\n')
    .trim();
  const box = (key: FieldKey, option: string) => {
    const section = values.get(key);
    return section === undefined ? false : isChecked(section, option);
  };
  const [rc, coc, ack] = CHECKBOX_FIELDS;
  return {
    format: 'form',
    preamble,
    request: {
      username: values.get('username') ?? '',
      // Text typed above the first heading is the requester's own words; keep it with the reason.
      reason: [preamble, values.get('reason') ?? ''].filter((s) => s !== '').join('\n\n'),
      recoveryCodes: box('recoveryCodes', rc!.option),
      codeOfConduct: box('codeOfConduct', coc!.option),
      acknowledgement: box('acknowledgement', ack!.option),
      missing: FORM_FIELDS.map((f) => f.key).filter((k) => !values.has(k)),
    },
  };
}

/** The body GitHub would write for these field values (current form, lower-case `x`). */
export function composeBody(request: Omit<Request, 'missing'> & { missing?: Request['missing'] }): string {
  const missing = new Set(request.missing ?? []);
  const parts: string[] = [];
  for (const field of FORM_FIELDS) {
    if (missing.has(field.key)) continue;
    let value: string;
    if (field.type === 'checkboxes') value = `- [${request[field.key] ? 'x' : ' '}] ${field.option}`;
    else value = request[field.key].trim() === '' ? NO_RESPONSE : request[field.key];
    parts.push(`### ${field.label}\n\n${value}`);
  }
  return parts.join('\n\n');
}
