import type { CheckId } from './form/schema';

/**
 * Which checks the writer may mark "I've covered this", and what a mark is. Apart from ./marks.ts so the
 * panel and the message schemas can name them without taking in the rules.
 */

/** Judgement checks only: the boxes, the username, privacy and scope are facts the writer cannot overrule. */
export const MARKABLE = [
  'reason.lost_factor',
  'reason.circumstances',
  'reason.attempts',
  'reason.remaining_access',
  'reason.ownership_proof',
] as const satisfies readonly CheckId[];
export type MarkableId = (typeof MARKABLE)[number];

export const isMarkable = (id: CheckId): id is MarkableId => (MARKABLE as readonly CheckId[]).includes(id);

export interface Mark {
  id: MarkableId;
  /** The reason when the mark was made (its first ANCHOR_CHARS characters). */
  anchor: string;
}

/** The engine judges the first 4 KB of a reason; anchoring twice that covers everything it read. */
export const ANCHOR_CHARS = 8192;
