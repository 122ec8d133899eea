import { FACTOR_CONCEPTS, TIMES } from './clause-times';
import type { Concept } from './lexicon';
import { lostAtAPlace } from './loss-place';
import type { Clause } from './tokens';

/**
 * Events a clause tells with the help of its place or of the clause before it (features.ts adds them to the
 * clause's concepts before its features are made):
 * - "I lost my key on a train to Leeds": the place of the loss tells how it went (loss-place.ts);
 * - "The reset wiped its credentials. This was on 2 March.": the time told of the event just before is its time.
 */
export function addLossEvents(clauses: readonly Clause[], concepts: ReadonlyArray<Set<Concept>>): void {
  // Dated back first, on the concepts as the words give them: a place read into one clause dates nothing after it.
  for (let i = 1; i < clauses.length; i++)
    if (datedBack(clauses[i]!.text, concepts[i]!, concepts[i - 1]!)) concepts[i]!.add('event');
  clauses.forEach((c, i) => {
    const found = concepts[i]!;
    if (FACTOR_CONCEPTS.some((f) => found.has(f)) && lostAtAPlace(c.text)) found.add('event');
  });
}

/** A clause that points back at what happened with its time: "This was on 2 March", "It happened last May". */
const POINTS_BACK =
  /^(?:(?:and|but|so) )?(?:this|that|it|all (?:this|that)) (?:all )?(?:was|happened|occurred|took place)\b/;

function datedBack(text: string, found: ReadonlySet<Concept>, before: ReadonlySet<Concept>): boolean {
  if (!POINTS_BACK.test(text) || !TIMES.some((c) => found.has(c))) return false;
  return before.has('event') || (before.has('restate') && FACTOR_CONCEPTS.some((c) => before.has(c)));
}
