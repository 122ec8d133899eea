import { conceptsIn } from './concepts';
import type { Concept } from './lexicon';

/**
 * Which times and events of a clause may date the loss (features.ts): not those of a plan still to come, nor
 * those told of the projects.
 */

/**
 * A time still to come: "next month", "I will be away", "before then"; or a plan told in the present: "I'm
 * relocating on the 28th", "we are moving house in July", "when I move to Montreal", "I start maternity leave on
 * 1 May", "the wedding is in three weeks", "I'm on leave until September" ("it will not start" is no plan); an
 * undertaking under way ("we're in the middle of relocating", "I'm organising my sister's wedding this month").
 */
const FUTURE_TIME =
  /\b(?:will(?! not| never)|i'll|we'll|going to|next (?:week|month|year|spring|summer|autumn|fall|winter|term|semester)|in the coming|upcoming|before then|(?:i'm|i am|we're|we are) (?:in the middle of |busy |about to )?(?:moving|relocating|leaving|starting|travel+ing|flying|emigrating|getting married|heading|joining|organi[sz]ing|planning|preparing)|(?:when|before|once) (?:i|we) (?:move|leave|start|fly|travel|relocate|begin)|(?:i|we) (?:start|begin) (?:\S+ ){0,2}?(?:leave|job|role|position|studies|school)|(?:is|are|'s) in (?:a|an|one|two|three|four|five|six|a few|a couple of|\d{1,2}) (?:days?|weeks?|months?)|(?:i'm|i am|we're|we are) (?:\S+ ){1,4}?until)\b/;

/**
 * Why the writer needs the account now: "I need to do a release because the API changed and my wedding is in
 * three weeks". What dates or explains the need is not the loss (an event that names a factor still may be);
 * without "because" the need may share its clause with the loss ("since 2022 I can't get in, and I need to
 * publish a fix").
 */
const A_NEED =
  /\b(?:i|we) (?:need|have|must|want) to (?:do |make |cut |push |ship |publish|release|upload)[^.;]{0,60}\bbecause\b/;

/** A plan still to come, with nothing done in the past, or a need told: what it dates or tells is not the loss. */
export const futurePlan = (text: string): boolean =>
  (FUTURE_TIME.test(text) && !PAST_DEED.test(text)) || A_NEED.test(text);

/** The things a clause can tell the loss of: an event beside one of them may still be the loss, whatever comes. */
export const FACTOR_CONCEPTS: readonly Concept[] = [
  'twofa',
  'phone',
  'device',
  'computer',
  'email',
  'password',
  'codes',
];
export const TIMES: readonly Concept[] = ['relative', 'date', 'season', 'occasion', 'month'];
/**
 * Something that happened, in the past tense ("Apple locked my ID on 1 October, and their process will take a
 * month"): then the clause's times may tell when. A wish once held is still a plan ("I had hoped to push a
 * release before the wedding"). Not a participle after "have this", "get it" ("have this
 * sorted out before then").
 */
const PAST_DEED =
  /\b(?:was|were|had(?! (?:hoped|planned|wanted|intended|meant)\b)|did|went|lost|broke|stole|fell|died|(?<!\b(?:have|has|this|it|them|be|been|get|got) )(?!appreciated\b|interested\b|hoped\b|planned\b|wanted\b|intended\b)\p{L}{3,}ed)\b/u;

/** Concepts of a loss or of the things lost: a clause with any of them may date the loss. */
const OF_A_LOSS: readonly Concept[] = ['event', 'restate', 'negation', 'login', 'attempt', ...FACTOR_CONCEPTS];
/** A project named, linked or counted in releases: "a different project" or "our packages" names none. */
const PROJECT_NAMED = /`[^`]{2,80}`|https?:\/\/|\b(?:github|gitlab)\.com\/|\bpypi\.org\/|\breleas\w*|\bversions?\b/;

/** What a clause about the projects loses: its times, its events (the project's), and "since" read as a cause. */
const PROJECT_TIMES: readonly Concept[] = [...TIMES, 'event', 'cause'];

/**
 * The project's own history, told by its maker: "I started `sagaparse` as a student project", "a bit of history: I
 * first published it when I worked for a shop", "it began as a fork". What it dates is the project, unless the
 * clause names something that can be lost or the account ("I uploaded the last release from the laptop that was
 * stolen").
 */
const PROJECT_HISTORY =
  /^(?:[^:]{0,100}: |[^,]{0,40}, )?(?:(?:and|then|so) )?(?:i|we|it|they)(?: first| originally| initially)? (?:started|created|wrote|published|released|forked|began|built|rewrote|launched|uploaded)\b/;

export function aboutProjectsOnly(found: ReadonlySet<Concept>, text: string): boolean {
  // The maker's history may call it only "the project" or "it"; any other clause must name or link the project.
  if (!(found.has('repo') || found.has('project') || PROJECT_NAMED.test(text))) return false;
  // Not when it tells of the account too: "I published `x` in 2020 and then did not use PyPI for five years".
  if (PROJECT_HISTORY.test(text) && !found.has('account') && !OF_A_LOSS.some((c) => c !== 'event' && found.has(c)))
    return true;
  if (!(found.has('repo') || PROJECT_NAMED.test(text))) return false;
  return !OF_A_LOSS.some((c) => found.has(c));
}

/** A plan's times say when it comes, and its event is the plan's, unless it names something that can be lost. */
export function forgetThePlansTimes(found: Set<Concept>): void {
  for (const c of TIMES) found.delete(c);
  if (!FACTOR_CONCEPTS.some((c) => found.has(c))) found.delete('event');
}

/** A clause told of the projects forgets its times and events, and a "since" read as a cause. */
export function forgetTheProjectsTimes(found: Set<Concept>): void {
  for (const c of PROJECT_TIMES) found.delete(c);
}

/**
 * "I can't say when or where I lost it", "no idea how it happened", "I can't say why, or since when": the writer
 * says they cannot tell when or how.
 */
const UNKNOWN_WHEN =
  /\b(?:(?:can't|cannot|can not|couldn't|could not|don't|do not|didn't|did not)(?: even| \p{L}+ly)? (?:know|say|tell(?: you)?|pin ?down|pinpoint|remember|recall|work out|figure out)(?: exactly| for sure)?|no idea|not sure|unsure)(?: of| about)? (?:exactly )?(?:(?:where|why),? (?:or|and) )?(?:since )?(?:when|how(?! to\b)|what happened(?: (?:to|with) (?:it|them|the \p{L}+|my \p{L}+))?|what became (?:of|to) (?:it|them|the \p{L}+|my \p{L}+))\b|\b(?:can't|cannot|can not|couldn't|could not) (?:pin|tie|trace|date|place) (?:it|that|this|the loss)(?: down)? to (?:any|a|one|a single|a particular|a specific|an exact|the exact) (?:point|moment|day|date|time|place|stage|part|leg|week|month)\b/u;

/** The same said the other way round: "When it came off, or where, I can't tell you", "How it went, I don't know." */
const UNKNOWN_WHEN_AFTER =
  /^(?:(?:and|but|so) )?(?:exactly )?(?:when|how|whether)\b.*\b(?:i|we) (?:\p{L}+ly )?(?:can't|cannot|can not|couldn't|could not|don't|do not) (?:say|tell|know|remember|recall)(?: you)?(?: for sure| exactly)?[.!]?$/u;

/**
 * The writer says there is no more to tell of what happened: "I can't say where it went", "I don't have a clear
 * story for you", "I cannot explain better", "I'm not sure there's more I can usefully say", "I'd rather not
 * guess at the details". Then what else they tell of their life does not date the loss.
 */
const NO_STORY =
  /\b(?:(?:can't|cannot|can not|couldn't|could not|don't|do not)(?: really| honestly| \p{L}+ly)? (?:say|tell(?: you)?|know|explain|give(?: you)?|offer(?: you)?|have)\b[^.;]{0,30}?\b(?:where (?:it|they|the \p{L}+|my \p{L}+) (?:went|ended up|has gone|have gone|disappeared)|(?:clear|clearer|better|cleaner|proper|real|full|precise) (?:story|explanation|account)|(?:much )?more (?:to say )?about (?:it|what happened|how))|(?:not sure|don't think|do not think) there(?:'s| is) (?:much |anything )?(?:more|else) (?:i|we) can|(?:can't|cannot|could not|couldn't) explain (?:it |this |that )?(?:better|more|further)|rather not (?:guess|speculate)|no (?:clear |real |good |proper )?(?:story|explanation) (?:of|about|for) (?:how|what))/u;

/**
 * Whether a clause says the writer cannot tell when or how the factor was lost: `after` when it says so after
 * naming what happened ("when it slipped off, I could not say"), so that the event is the unknown too.
 */
export type Disclaimer = 'none' | 'before' | 'after';
export const disclaimerOf = (text: string): Disclaimer =>
  // The anchored form first: it fails at the clause's first word unless that word is "when" or "how".
  UNKNOWN_WHEN_AFTER.test(text) ? 'after' : UNKNOWN_WHEN.test(text) || NO_STORY.test(text) ? 'before' : 'none';

/**
 * A word that may stand for the thing lost, named in another clause: "it was stolen in March" (not the "it" of
 * "it has been a hard year", "it was a stressful time"; "they" is more often people: "they took the bikes").
 */
export const STANDS_FOR_IT =
  /\bit\b(?! (?:has|had) been\b| (?:was|is) an?\b)|\bit's(?! been\b| an?\b)|\b(?:its|them)\b/u;
/**
 * Events that say a thing is gone and nothing of how: with "I can't say when", the loss restated ("gone missing"
 * and "misplaced" are restatements in the lexicon already).
 */
const GONE = /\b(?:disappear\w*|vanish\w*)\b/;

/** A guess, from a writer who has said they cannot tell: "for all I know", "it may have been gone for a while". */
const GUESSED = /\b(?:for all (?:i|we) know|(?:it|they|that|this) (?:may|might|could) (?:well |easily |even )?have)\b/;

/**
 * In a reason whose writer says they cannot tell when or how, a clause that names nothing that can be lost and
 * points back at nothing ("it has been a hard year", "we moved to Munich last spring") tells the life around the
 * loss: its times and events are not the loss's. The clause that says it cannot tell (`disclaims`) loses its
 * times too ("I can't pin down when I last used it" dates nothing).
 */
export function forgetTheLifeAround(found: Set<Concept>, text: string, disclaims: Disclaimer): void {
  // "The key vanished, and I can't pin down when": gone, and nothing of how (unless another word says it).
  if (found.has('event') && GONE.test(text) && !conceptsIn(text.replace(GONE, ' ')).has('event')) found.delete('event');
  if (disclaims !== 'none' || GUESSED.test(text)) {
    for (const c of TIMES) found.delete(c);
    // "When it slipped off, I could not say": the event is the very thing the writer cannot tell; "for all I know
    // it went missing before I left" only guesses it.
    if (disclaims !== 'before') found.delete('event');
    return;
  }
  if (FACTOR_CONCEPTS.some((c) => found.has(c)) || STANDS_FOR_IT.test(text)) return;
  for (const c of TIMES) found.delete(c);
  found.delete('event');
}
