/**
 * A markdown table whose header names what is still held ("| Still have | Lost |"): its cells below that header
 * are what the writer holds, although no cell says "I have". Read from the raw reason, where the pipes are.
 */

const ROW = /^[ \t]*\|(.*)\|?[ \t]*$/;
const SEPARATOR_ROW = /^[\s|:-]+$/;
/** A header over what is held: "Still have", "What we still control", "Remaining access", "Works". */
const HELD_HEADER =
  /\b(?:still (?:have|has|hold|control|own|know|works?|working)|what (?:i|we) (?:still )?(?:have|hold|control)|remaining(?: access)?|(?:still )?(?:available|working|works|in hand|kept))\b/;
const LOST_HEADER = /\b(?:lost|gone|missing|no longer|not|without|broken)\b/;
/** A cell that holds nothing: "-", "none", "nothing", "n/a". */
const EMPTY_CELL = /^(?:[-–—]*|none|nothing|n\/?a|no|—)$/;

const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim().toLowerCase());

/** Whether a table in the reason has a "still have" column with something in it. */
export function heldInATableColumn(raw: string): boolean {
  // Most reasons have no table: one plain look first.
  if (!raw.includes('|')) return false;
  let column = -1;
  for (const line of raw.split('\n')) {
    if (!ROW.test(line)) {
      column = -1;
      continue;
    }
    if (SEPARATOR_ROW.test(line)) continue;
    const cells = cellsOf(line);
    if (column === -1) {
      column = cells.findIndex((c) => HELD_HEADER.test(c) && !LOST_HEADER.test(c));
      // A table with no such header: its next rows are data, and a later header only starts a new table.
      if (column === -1) column = -2;
      continue;
    }
    if (column >= 0 && !EMPTY_CELL.test(cells[column] ?? '')) return true;
  }
  return false;
}
