import { FACTOR_CONCEPTS, STANDS_FOR_IT } from './clause-times';
import { conceptsIn } from './concepts';
import type { Concept } from './lexicon';

/**
 * The writer's life told beside the loss and never tied to it. "I had a long illness this year. I don't have the
 * authenticator app any more." says when the writer was ill, not how or when the app went; "We moved to Perth in
 * January. Somewhere in all of that PyPI stopped letting me in" ties the two, and "I packed the key in one of
 * those boxes" tells what happened to the key. features.ts sets aside the times and events of a life left untied.
 */

/**
 * A clause whose subject is the writer or their family: "I had …", "we moved …", "my father died …", after a
 * lead-in or a label ("A bit of context: I'm organising a wedding").
 */
const OF_A_LIFE =
  /^(?:[^,:]{0,40}[,:] )?(?:(?:and|but|so|then) )?(?:i|we|i've|we've|i'm|we're|i'd|he|she|my (?:\p{L}+ )?(?:wife|husband|partner|father|mother|dad|mum|mom|son|daughter|sister|brother|family|parents|grandmother|grandfather|child|kids|children|baby|twins)|our (?:\p{L}+ )?(?:son|daughter|family|baby|child|kids|children|twins))\b/u;
/** Unless a thing is in it, which may be where the factor was: "I left my bag on the train". */
const A_THING =
  /\b(?:bag|backpack|rucksack|pouch|wallet|purse|keys?|keychain|keyring|key ring|lanyard|jacket|coat|car|flat|house|home|apartment|office|desk|drawer|safe|box|boxes|pocket|suitcase|luggage|handbag|belongings|things|stuff|everything|laptop|tablet|sim|number|mailbox|mailboxes|inbox|domain|id|server|notebook|folder|printout|paper)\b/;
/** What a clause names when it is about the account or what was lost. */
const OF_THE_ACCOUNT: readonly Concept[] = [...FACTOR_CONCEPTS, 'login', 'account', 'restate', 'negation'];
/**
 * Words that tie the loss back to a life told before: "since then", "since the move", "since I am back",
 * "somewhere in all of that", "during the trip", "when we unpacked", "together with my wallet".
 */
const TIED_BACK =
  /\b(?:since (?:then|that|this|the \p{L}+|(?:i|we) (?:am|are|came|got|moved|returned|left|arrived|started|changed|switched|joined|went)|i'm back|we're back)|after (?:that|this|the \p{L}+|(?:i|we) (?:came|got|moved|returned|left|arrived))|during (?:that|this|the|all|my|our)|in (?:that|all that|all this|all of (?:that|this)|the (?:chaos|move|confusion|mess|process|middle|upheaval))|somewhere (?:in|along|during)|at the end|afterwards|(?:when|once|as|while) (?:i|we) (?:came|got|moved|returned|left|arrived|unpacked|packed|was|were)|in the middle of|the whole time|all that time|throughout|back then|at (?:that|the) time|that (?:day|night|week|month|morning|evening)|along with|together with|with (?:it|them)|inside)\b/u;
/**
 * A deed in the past in a clause that names what was lost: "I packed my security key in one of those boxes", "the
 * app was on it". Not the words that only name or restate ("the mailbox registered on my account", "I lost it").
 */
const A_DEED =
  /\b(?:was|were|did|went|broke|stole|fell|died|put|left|kept|gave|took|(?!(?:registered|used|saved|stored|misplaced|linked|connected|attached|associated|called|named|locked|blocked|signed|logged|needed|required|asked|tried|checked|searched|looked)\b)\p{L}{3,}ed)\b/u;

/**
 * Whether a clause tells only a life, naming nothing of the account and no thing the factor may have been in;
 * where the writer has said the loss is apart from that life (`apart`), any clause that names nothing of the
 * account ("a fire damaged our home").
 */
export function tellsALifeAlone(text: string, found: ReadonlySet<Concept>, apart: boolean): boolean {
  if (!apart && (STANDS_FOR_IT.test(text) || !OF_A_LIFE.test(text) || A_THING.test(text))) return false;
  return !OF_THE_ACCOUNT.some((c) => found.has(c));
}

/** The writer says the loss had nothing to do with the life told: "Separately from all that, I've lost my key". */
const SAID_UNTIED =
  /\b(?:separately from|(?:quite )?apart from|unrelated to|independently of|(?:had |has )?nothing to do with) (?:all (?:of )?)?(?:that|this|it|the (?:move|fire|flood|illness|trip))\b/;

/** A deed that moves the thing: with one, a clause about it ties it to the life told ("packed the key for the move"). */
const MOVED_IT = /\b(?:put|left|packed|gave|took|dropped|sent|shipped|moved|carried|brought|boxed)\b/;

const EVERY_DEED = new RegExp(A_DEED.source, 'gu');

/**
 * A deed that is an attempt ("I reinstalled it and tried the cloud restore", "I turned the flat upside down")
 * tells what was tried, not what happened: in a clause that also tells an attempt, some deed must be read as no
 * attempt, with the words after it ("I packed the key in a box, and it is not among those I have unpacked").
 */
function someDeedNotTried(text: string): boolean {
  for (const m of text.matchAll(EVERY_DEED)) {
    if (!conceptsIn(text.slice(m.index, m.index + 32)).has('attempt')) return true;
  }
  return false;
}

/** Whether the writer says the loss is apart from the life they tell. */
export const saidApart = (texts: readonly string[]): boolean => texts.some((text) => SAID_UNTIED.test(text));

/** Whether some clause about the account or the lost thing ties it back, or tells a deed done to it. */
export function tiedToTheLife(texts: readonly string[], concepts: ReadonlyArray<ReadonlySet<Concept>>): boolean {
  return texts.some((text, i) => {
    const tied = TIED_BACK.test(text);
    const found = concepts[i]!;
    if (!tied && !(A_DEED.test(text) && (found.has('event') || MOVED_IT.test(text)))) return false;
    if (!OF_THE_ACCOUNT.some((c) => found.has(c)) && !STANDS_FOR_IT.test(text)) return false;
    return tied || !found.has('attempt') || someDeedNotTried(text);
  });
}
