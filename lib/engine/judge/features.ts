import { CUES as ATTEMPT_CUES } from '../text/cues/attempts';
import { CUES as CIRCUMSTANCE_CUES } from '../text/cues/circumstances';
import { CUES as PROOF_CUES } from '../text/cues/ownership-proof';
import { CUES as ACCESS_CUES } from '../text/cues/remaining-access';
import { matchesAny } from '../text/cues/words';
import { normalise } from '../text/normalise';
import {
  aboutProjectsOnly,
  forgetTheLifeAround,
  forgetThePlansTimes,
  TIMES,
  forgetTheProjectsTimes,
  futurePlan,
  type Disclaimer,
  disclaimerOf,
} from './clause-times';
import { conceptsIn } from './concepts';
import { saidApart, tellsALifeAlone, tiedToTheLife } from './life-untied';
import { addLossEvents } from './loss-event';
import type { Concept } from './lexicon';
import { ASKED, GREETING, HEDGED, ISSUE_CLOSED, KEPT_IN, MODAL_QUESTION, TRIED } from './clause-words';
import { type Clause, clausesOf } from './tokens';

/**
 * What the judge sees of a reason: for each clause, the names of its features (model.ts weighs them, and a
 * check passes when some clause is evidence for it).
 *
 * - `c:<concept>`: the concept is in the clause ("loss", "month", "password").
 * - `p:<a>+<b>` / `n:<a>+<b>`: two concepts together, without / with a negation in the clause: "still" with
 *   "password" is access kept, "not" with it is access lost, wherever the words sit.
 * - `l:<concept>`: the concept is in the clause's label ("Tried: …") or in the heading of its block
 *   ("What I still have:" over a list).

 * No feature is a word of the request itself: weights on words learned the writers of the labelled sets;
 * weights on concepts carry over to writers nobody here has read (decided by cross-validation by set).
 * - `cue:<check>`: one of the hand-written cue lists (lib/engine/text/cues/) matches the clause.
 * - `s:<fact>`: a name in backticks, a link, an address; `s:question` a clause that asks ("What do you still
 *   have?") and so states nothing.
 * - `t:event`: an event in a clause that tells an attempt (what was done, not how the factor was lost).
 * - `a:held`: a way into an account said to be still held, in the clause or under its label.
 * - `x:held-no-access`: something said to be still held that is no way into an account ("still have: the
 *   police report and the receipt"), told apart from a password, a mailbox, a token, a session or a repository.
 */
export type ClauseFeatures = readonly string[];

const QUALIFIERS: ReadonlySet<Concept> = new Set<Concept>(['negation']);
/** What is a way into an account (a second factor that still works is one): what remains of access is one of these. */
const ACCESS: readonly Concept[] = ['password', 'email', 'token', 'session', 'repo', 'none', 'twofa'];

/** Each check's own hand-written cues, read clause by clause (the judge learns how far to trust them). */
const CLAUSE_CUES: ReadonlyArray<readonly [string, { test(text: string): boolean }]> = [
  ['cue:circumstances', { test: (t) => matchesAny(t, CIRCUMSTANCE_CUES) }],
  ['cue:attempts', { test: (t) => matchesAny(t, ATTEMPT_CUES) }],
  ['cue:access', { test: (t) => matchesAny(t, ACCESS_CUES) }],
  ['cue:proof', { test: (t) => matchesAny(t, PROOF_CUES) }],
];

/**
 * A reason read clause by clause: each clause's features but the cues, which cost the most, and the cues
 * themselves on demand (model.ts asks for them only where they can change the judge's decision).
 */
export interface ClauseReading {
  /** Each clause's features, the cues left out. */
  base: readonly ClauseFeatures[];
  /** Whether one cue family matches one clause (`cue:access`), read once and then remembered. */
  cue(clause: number, name: string): boolean;
}

/** Cues are read clause by clause and only on demand, each clause's text normalised once when first asked. */
export function readClauses(reason: string): ClauseReading {
  const clauses = clausesOf(reason);
  // Which clauses say the writer cannot tell when or how, each read once.
  const disclaims = clauses.map((c) => disclaimerOf(c.text));
  const unknownWhen = disclaims.some((d) => d !== 'none');
  // Each clause's concepts, read once: the life check reads them, then baseFeatures works on them.
  const concepts = clauses.map((c) => conceptsIn(c.text));
  // A loss told with its place, or dated by the clause after it, is an event (loss-event.ts).
  addLossEvents(clauses, concepts);
  // A life told beside the loss and never tied to it dates nothing (life-untied.ts); where the writer says they
  // cannot tell, forgetTheLifeAround sets it aside instead.
  const told = clauses.map((c) => c.text);
  const apart = !unknownWhen && saidApart(told);
  const lives = unknownWhen ? [] : told.map((t, i) => tellsALifeAlone(t, concepts[i]!, apart));
  const untied = lives.some(Boolean) && (apart || !tiedToTheLife(told, concepts));
  const base = clauses.map((c, i) => baseFeatures(c, concepts[i]!, unknownWhen, disclaims[i]!, untied && lives[i]!));
  const families = new Map(CLAUSE_CUES);
  const read = new Map<string, boolean>();
  const texts: string[] = [];
  return {
    base,
    cue(i, name) {
      const family = families.get(name);
      if (!family) return false;
      const key = `${i}|${name}`;
      const known = read.get(key);
      if (known !== undefined) return known;
      texts[i] ??= normalise(clauses[i]!.text);
      // An item under "Tried:", a clause that says it tried or checked something or names support ("opened a
      // ticket with support earlier this year"), tells an attempt
      // ("switched the phone's clock to network time", "checked whether the app had a cloud backup"), and one
      // that asks tells the wish ("please reset the 2FA so I can enrol a new key"), not how the factor was
      // lost, whatever their words: the circumstance cues are not read there.
      const attempt =
        name === 'cue:circumstances' &&
        (base[i]!.includes('l:attempt') ||
          base[i]!.includes('c:support') ||
          TRIED.test(texts[i]!) ||
          ASKED.test(texts[i]!) ||
          MODAL_QUESTION.test(texts[i]!) ||
          ISSUE_CLOSED.test(texts[i]!) ||
          futurePlan(texts[i]!));
      // A writer who says they cannot tell when or how has not told it in the cue's words either ("Lost: my
      // phone. I can't tell you when or where"): there the circumstance cues are not read, only the concepts.
      const hit =
        !attempt && !(name === 'cue:circumstances' && (unknownWhen || (untied && lives[i]!))) && family.test(texts[i]!);
      read.set(key, hit);
      return hit;
    },
  };
}

/** Every feature of every clause, the cues included: what training reads. */
export function clauseFeaturesOf(reason: string): ClauseFeatures[] {
  const reading = readClauses(reason);
  return reading.base.map((f, i) => [...f, ...CUE_NAMES.filter((name) => reading.cue(i, name))]);
}

/** The cue families' feature names (`cue:circumstances`, …). */
export const CUE_NAMES: readonly string[] = CLAUSE_CUES.map(([name]) => name);

/**
 * Feature names, each built once: a report names hundreds of them, and the same string each time also spares
 * the model's look-up from hashing a new one. Concepts are a closed list, so these stay small.
 */
const SINGLES = new Map<string, Map<string, string>>();
const PAIRS = new Map<string, Map<string, Map<string, string>>>();

/** The inner map under `key`, made empty the first time. */
function inner<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  const known = map.get(key);
  if (known !== undefined) return known;
  const made = new Map<string, V>();
  map.set(key, made);
  return made;
}

/** `made`, kept under `key` (asked only when nothing is kept there yet). */
function named(names: Map<string, string>, key: string, made: string): string {
  names.set(key, made);
  return made;
}

function single(kind: string, c: string): string {
  const names = inner(SINGLES, kind);
  return names.get(c) ?? named(names, c, `${kind}:${c}`);
}

function pair(kind: string, a: string, joint: string, b: string): string {
  const names = inner(inner(PAIRS, kind + joint), a);
  return names.get(b) ?? named(names, b, `${kind}:${a}${joint}${b}`);
}

/**
 * `found`: the clause's concepts (worked on here); `unknownWhen`: the writer says somewhere that they cannot tell
 * when or how the factor was lost; `disclaims`: whether this clause says it, and whether it says so after naming
 * what happened; `untiedLife`: the clause tells a life the reason never ties to the loss (life-untied.ts).
 */
function baseFeatures(
  clause: Clause,
  found: Set<Concept>,
  unknownWhen: boolean,
  disclaims: Disclaimer,
  untiedLife: boolean,
): ClauseFeatures {
  const f = new Set<string>();
  // A clause that opens with an ask tells what the writer wants done, not what was done or what happened
  // ("kindly reset the 2FA so I can set it up again"); "I tried everything, please help" still tells an attempt.
  // (Only the clause's opening is searched: an ask further on changes nothing here.)
  const question = MODAL_QUESTION.test(clause.text);
  const asks =
    question ||
    ((found.has('attempt') || found.has('event') || found.has('still')) &&
      (ASKED.exec(clause.text.slice(0, 48))?.index ?? Number.POSITIVE_INFINITY) < 16);
  if (asks) {
    found.delete('attempt');
    found.delete('event');
  }
  if (question) found.delete('retain');
  if (found.has('support') && GREETING.test(clause.text)) found.delete('support');
  // "I start a new job next month", "before my wedding, after which I will be away": a time still to come tells
  // why it is urgent, not when the factor was lost; its event ("I start maternity leave on 1 May") is the plan's
  // unless it names something that can be lost. A clause that tells anything done in the past keeps both.
  if (futurePlan(clause.text)) forgetThePlansTimes(found);
  // "releases since 2021 are at github.com/…", "I created `a` in March 2019": a time of the projects, told as
  // proof of ownership, not when or how the factor was lost.
  if (aboutProjectsOnly(found, clause.text)) forgetTheProjectsTimes(found);
  // The writer cannot tell when or how: a hard year or a move told elsewhere is the life around the loss.
  if (unknownWhen) forgetTheLifeAround(found, clause.text, disclaims);
  if (untiedLife) {
    for (const c of TIMES) found.delete(c);
    found.delete('event');
  }
  const present = Array.from(found);
  // "Lost" turns "password" from something kept into something gone, as "not" does.
  const negated = present.includes('negation') || present.includes('restate');
  const labelText = clause.label ?? clause.heading;
  const labels = labelText !== null ? Array.from(conceptsIn(labelText)) : [];
  // In a clause that tells an attempt, an event is what was done ("installed the app on a new phone and tried
  // restoring"), not how the factor was lost: it is its own feature, paired with nothing.
  const tried = present.includes('attempt') || labels.includes('attempt');
  const main = present.filter((c) => !QUALIFIERS.has(c) && !(tried && c === 'event'));
  for (const c of present) f.add(tried && c === 'event' ? 't:event' : single('c', c));
  const kind = negated ? 'n' : 'p';
  for (let i = 0; i < main.length; i++) {
    if (negated) f.add(single('n', main[i]!));
    for (let j = i + 1; j < main.length; j++) f.add(pair(kind, main[i]!, '+', main[j]!));
  }
  for (const c of labels) {
    f.add(single('l', c));
    for (const m of main) if (m !== c) f.add(pair('l', c, '>', m));
  }
  const held = ['still', 'retain'].some((c) => f.has(`c:${c}`) || f.has(`l:${c}`));
  const access = ACCESS.some((c) => present.includes(c) || labels.includes(c));
  if (held && !negated && !access) f.add('x:held-no-access');
  // A password or mailbox named with its loss and no "still" ("I don't remember my PyPI password, it was saved in
  // Edge"): what went, not what is held.
  if (negated && access && !f.has('c:still') && !f.has('l:still')) f.add('x:access-gone');
  // The same fact however it is laid out ("I still know the password", "Still have: the password", "the
  // address is still mine"): one feature, so that what is learned from one layout carries to the others.
  // A heading or label of what is held, with or without "still" ("What works", "What we have", "Access:").
  const heldLabel = labels.includes('retain') && !labels.includes('negation') && !labels.includes('restate');
  const still = f.has('c:still') || f.has('l:still') || heldLabel;
  // Not in an ask: "please help me update my email so I can continue" wants access, it holds none.
  if ((still || KEPT_IN.test(clause.text)) && !negated && !asks && access && !HEDGED.test(clause.text)) f.add('a:held');
  if (/\?\s*$/.test(clause.text)) f.add('s:question');
  if (/`[^`]{2,80}`/.test(clause.text)) f.add('s:backticks');
  if (/https?:\/\/|\b(?:github|gitlab)\.com\/|\bpypi\.org\//.test(clause.text)) f.add('s:link');
  // Most clauses have no "@": the address pattern, tried at every word, is only run where it can match.
  if (clause.text.includes('@') && /[^\s@]+@[^\s@]+\.[a-z]{2,}/.test(clause.text)) f.add('s:address');
  return [...f];
}
