import type { Concept } from './lexicon';

/**
 * Which times and events of a clause may date the loss (features.ts): not those of a plan still to come, nor
 * those told of the projects.
 */

/**
 * A time still to come: "next month", "I will be away", "before then"; or a plan told in the present: "I'm
 * relocating on the 28th", "we are moving house in July", "when I move to Montreal", "I start maternity leave on
 * 1 May" ("it will not start" is no plan).
 */
const FUTURE_TIME =
  /\b(?:will(?! not| never)|i'll|we'll|going to|next (?:week|month|year|spring|summer|autumn|fall|winter|term|semester)|in the coming|upcoming|before then|(?:i'm|i am|we're|we are) (?:moving|relocating|leaving|starting|travel+ing|flying|emigrating|getting married|heading|joining)|(?:when|before|once) (?:i|we) (?:move|leave|start|fly|travel|relocate|begin)|(?:i|we) (?:start|begin) (?:\S+ ){0,2}?(?:leave|job|role|position|studies|school))\b/;

/** A plan still to come, with nothing done in the past: what it dates or tells is not the loss. */
export const futurePlan = (text: string): boolean => FUTURE_TIME.test(text) && !PAST_DEED.test(text);

/** The things a clause can tell the loss of: an event beside one of them may still be the loss, whatever comes. */
const FACTOR_CONCEPTS: readonly Concept[] = ['twofa', 'phone', 'device', 'computer', 'email', 'password', 'codes'];
const TIMES: readonly Concept[] = ['relative', 'date', 'season', 'occasion', 'month'];
/**
 * Something that happened, in the past tense ("Apple locked my ID on 1 October, and their process will take a
 * month"): then the clause's times may tell when. Not a participle after "have this", "get it" ("have this
 * sorted out before then").
 */
const PAST_DEED =
  /\b(?:was|were|had|did|went|lost|broke|stole|fell|died|(?<!\b(?:have|has|this|it|them|be|been|get|got) )(?!appreciated\b|interested\b)\p{L}{3,}ed)\b/u;

/** Concepts of a loss or of the things lost: a clause with any of them may date the loss. */
const OF_A_LOSS: readonly Concept[] = [
  'event',
  'restate',
  'negation',
  'twofa',
  'phone',
  'device',
  'computer',
  'email',
  'password',
  'login',
  'attempt',
  'codes',
];
/** A project named, linked or counted in releases: "a different project" or "our packages" names none. */
const PROJECT_NAMED = /`[^`]{2,80}`|https?:\/\/|\b(?:github|gitlab)\.com\/|\bpypi\.org\/|\breleas\w*|\bversions?\b/;

/** What a clause about the projects loses: its times, and "since" read as a cause. */
const PROJECT_TIMES: readonly Concept[] = [...TIMES, 'cause'];

export function aboutProjectsOnly(found: ReadonlySet<Concept>, text: string): boolean {
  if (!(found.has('repo') || PROJECT_NAMED.test(text))) return false;
  return !OF_A_LOSS.some((c) => found.has(c));
}

/** A plan's times say when it comes, and its event is the plan's, unless it names something that can be lost. */
export function forgetThePlansTimes(found: Set<Concept>): void {
  for (const c of TIMES) found.delete(c);
  if (!FACTOR_CONCEPTS.some((c) => found.has(c))) found.delete('event');
}

/** A clause told of the projects forgets its times, and a "since" read as a cause. */
export function forgetTheProjectsTimes(found: Set<Concept>): void {
  for (const c of PROJECT_TIMES) found.delete(c);
}
