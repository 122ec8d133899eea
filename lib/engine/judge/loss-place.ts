/**
 * Where a thing was lost tells how it went: "I lost my security key on a train to Leeds", "left it in a taxi",
 * "dropped somewhere between the hotel and the airport", "lost on the way back from the conference". The loss
 * word alone restates the loss; with the place it is an event (features.ts adds it).
 */
const LOSS_WORD = /\b(?:lost|left|forgot|dropped|misplaced|mislaid|lose|losing)\b/;

const PLACES =
  'trains?|bus|buses|coach|trams?|ferry|ferries|boat|ship|planes?|flights?|metro|subway|underground|tube|taxis?|cabs?|uber|cars?|car park|parking lot|airports?|stations?|platforms?|hotels?|hostels?|caf[eé]s?|restaurants?|bars?|pubs?|gyms?|beach|pool|park|festival|concert|stadium|market|mall|shop|conference|venue|trip|holiday|vacation|journey|hike|run|ride';

const AT_A_PLACE = new RegExp(
  `\\b(?:on|in|at|inside|from|near|during|under)\\b (?:the |a |an |my |our |his |her |their |that |this )?(?:[\\p{L}'-]+ ){0,2}?(?:${PLACES})\\b|\\bon the way (?:to|back|home|from)\\b|\\bsomewhere (?:between|on|in|at|along)\\b|\\bbetween the \\p{L}+ and the\\b`,
  'u',
);

/** Whether the clause tells the loss with the place it happened. */
export function lostAtAPlace(text: string): boolean {
  const loss = LOSS_WORD.exec(text);
  return loss !== null && AT_A_PLACE.test(text.slice(loss.index));
}
