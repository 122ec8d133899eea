import type { Check, CheckId, Report } from './form/schema';
import { ANCHOR_CHARS, type Mark, type MarkableId } from './markable';
import { verdictOf } from './report';

/**
 * "I've covered this": the writer's last word on the checks that are judgement, not fact. The engine reads
 * a reason clause by clause and can miss a way of saying something; when the writer knows the reason does
 * say it, they mark the check and it counts as passed for the badge and the summary.
 *
 * A mark keeps the reason as it was when it was made (its anchor). We cannot know which sentence the writer
 * meant, so the mark holds only while every sentence of the anchor is still there: adding text or fixing a
 * typo keeps it; deleting or rewriting any sentence of it lets the engine judge again. Pure, like the rest
 * of the engine: the background stores the marks and applies them to each report it builds.
 */

/** Sentences shorter than this many words ("Thanks.", "Hi,") are not what a mark rests on. */
const MIN_WORDS = 3;
/** A sentence is still there when this share of its word pairs is: a fixed typo or a redaction keeps it. */
const KEPT = 0.5;

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(sentence: string): string[] {
  return sentence.toLowerCase().match(WORD) ?? [];
}

function pairsOf(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) pairs.push(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/** Lines, then sentences within them: a bullet list's items count as sentences too. */
function sentencesOf(text: string): string[] {
  return text.split(/\n+|(?<=[.!?;])\s+/u);
}

/** Whether every sentence of the anchor is still (mostly) in the reason. Linear in both texts. */
export function holds(anchor: string, reason: string): boolean {
  const present = new Set(pairsOf(wordsOf(reason.slice(0, ANCHOR_CHARS * 2))));
  let sentences = 0;
  for (const sentence of sentencesOf(anchor)) {
    const words = wordsOf(sentence);
    if (words.length < MIN_WORDS) continue;
    sentences += 1;
    const pairs = pairsOf(words);
    const kept = pairs.filter((p) => present.has(p)).length;
    if (kept < pairs.length * KEPT) return false;
  }
  // A reason with no sentence to anchor on cannot cover anything.
  return sentences > 0;
}

/** A new mark for a check, anchored on the reason as it is now. */
export function markFor(id: MarkableId, reason: string): Mark {
  return { id, anchor: reason.slice(0, ANCHOR_CHARS) };
}

/**
 * The report with the writer's marks applied: each marked check that did not pass, while its mark holds,
 * passes as "marked by you" and keeps the engine's own verdict beside it. Readiness and score follow.
 */
export function applyMarks(report: Report, marks: readonly Mark[], markedMessage: string): Report {
  if (marks.length === 0) return report;
  const holding = new Set<CheckId>(marks.filter((m) => holds(m.anchor, report.fields.reason)).map((m) => m.id));
  if (holding.size === 0) return report;
  const checks: Check[] = report.checks.map((c) =>
    holding.has(c.id) && c.status !== 'pass'
      ? {
          id: c.id,
          status: 'pass',
          message: markedMessage,
          marked: { status: c.status, message: c.message, ...(c.said ? { said: c.said } : {}) },
        }
      : c,
  );
  return { ...report, ...verdictOf(checks), checks };
}

/** Marks after the writer set (`covered`) or undid one: one mark per check, the newest anchor wins. */
export function toggleMark(marks: readonly Mark[], id: MarkableId, covered: boolean, reason: string): Mark[] {
  const others = marks.filter((m) => m.id !== id);
  return covered ? [...others, markFor(id, reason)] : others;
}
