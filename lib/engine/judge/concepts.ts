import { CONCEPT_NAMES, CONCEPTS, type Concept } from './lexicon';
import { DAY_AND_MONTH, NUMERIC_DATE, isDate, isYearAfterWord } from './dates';
import { notTheWritersDeed } from './deeds-to-come';
import { deviceToConfirm } from './event-context';
import { takenAway } from './word-context';
import { expand, type Part } from './lexicon-pattern';

/**
 * The lexicon (lexicon.ts) turned once into lookups, and the concepts of a clause read word by word: a map
 * from each whole word to its concepts, stems by their first letters, phrases by their first word, and the
 * Chinese, Japanese and Korean entries as substrings. Linear in the clause, with no regular expression per
 * concept (28 of them over every clause cost a 10 KB request several milliseconds).
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

interface Index {
  words: Map<string, Concept[]>;
  /** Stems by their first two letters (as one number): [stem, letters it must add, concept]. */
  stems: Map<number, Array<[string, number, Concept]>>;
  /** Phrases by their first word: [parts, concept]. */
  phrases: Map<string, Array<[Part[], Concept]>>;
  /** Phrases whose first word is a stem, by its first two letters. */
  stemPhrases: Map<number, Array<[Part[], Concept]>>;
  substrings: Array<[string, Concept]>;
}

/** The first two letters of a word as one number: a key that costs no string. */
const head = (w: string): number => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0);

function build(): Index {
  const index: Index = {
    words: new Map(),
    stems: new Map(),
    phrases: new Map(),
    stemPhrases: new Map(),
    substrings: [],
  };
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const concept of CONCEPT_NAMES) {
    for (const pattern of CONCEPTS[concept] as readonly string[]) {
      for (const parts of expand(pattern)) {
        const first = parts[0];
        if (!first) continue;
        if (CJK.test(first.text)) index.substrings.push([parts.map((p) => p.text).join(''), concept]);
        else if (parts.length > 1 && first.stem)
          add(index.stemPhrases, head(first.text), [parts, concept] as [Part[], Concept]);
        else if (parts.length > 1) add(index.phrases, first.text, [parts, concept] as [Part[], Concept]);
        else if (first.stem)
          add(index.stems, head(first.text), [first.text, first.more, concept] as [string, number, Concept]);
        else add(index.words, first.text, concept);
      }
    }
  }
  return index;
}

let built: Index | null = null;

const partMatches = (part: Part, word: string | undefined): boolean =>
  word !== undefined &&
  (part.stem ? word.startsWith(part.text) && word.length >= part.text.length + part.more : word === part.text);

/** Words as the lexicon spells them: letters, digits, inner apostrophes and hyphens ("don't", "e-mail"). */
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * "reset" names an attempt or the ask, not what happened, in "password reset", "reset my password", "to reset",
 * "a two-factor reset on my account", "a reset of the 2FA", "the reset mail goes to the old mailbox", "the reset
 * works", "after the reset it still asks for the key" (a factory reset names its device, and is kept).
 */
const RESET_AS_ATTEMPT =
  /\b(?:after|since|despite) (?:the|that|a|my) reset\b|\b(?:the|that) reset (?:goes|went|works|worked|sends|sent|asks|asked|only|just|itself|still|succeeded|came)\b|\b(?:password|passwort|pw|2fa|two-factor|mfa|totp) reset\b(?! (?:my|the|it|our)\b)|\b(?:a|the) reset of\b|\breset (?:my |your |the |a |our )?(?:pypi )?(?:password|pw|passwort)|\b(?:to|can|could|will|would|cannot|can't|couldn't|could not) reset\b|\breset (?:e-?mails?|mails?|messages?|links?|forms?|pages?|flow|process|requests?|option|button)\b/;

function addPhrases(
  list: ReadonlyArray<[Part[], Concept]>,
  tokens: readonly string[],
  i: number,
  found: Set<Concept>,
): void {
  for (const [parts, c] of list) {
    let all = true;
    for (let k = 0; k < parts.length && all; k++) all = partMatches(parts[k]!, tokens[i + k]);
    if (all && !(c === 'attempt' && notTheWritersDeed(tokens, i)) && !(c === 'event' && deviceToConfirm(tokens, i)))
      found.add(c);
  }
}

/** The concepts a time word after a hyphen may bring (entryOf). */
const TIMES: ReadonlySet<Concept> = new Set<Concept>(['month', 'season', 'relative', 'occasion']);

/**
 * What one word brings: the concepts it names by itself (whole word or stem), and the phrases it may start, by
 * their second word when it is a whole word ("i" starts dozens of phrases; the next word picks the few to try).
 */
interface WordEntry {
  concepts: readonly Concept[];
  /** Phrases by their second word. */
  phrases: ReadonlyMap<string, ReadonlyArray<[Part[], Concept]>>;
  /** Phrases whose second word is a stem: tried whatever the next word is. */
  stemmed: ReadonlyArray<[Part[], Concept]>;
}

/**
 * Each word's entry, remembered: the panel reads the whole reason again on every edit, and a reason's words
 * repeat, so most words are looked up once per session. Bounded, and pure.
 */
const entries = new Map<string, WordEntry>();
const REMEMBERED_WORDS = 20_000;

function entryOf(w: string, index: Index): WordEntry {
  const known = entries.get(w);
  if (known) return known;
  const h = head(w);
  const concepts: Concept[] = [...(index.words.get(w) ?? [])];
  for (const [stem, more, c] of index.stems.get(h) ?? [])
    if (w.startsWith(stem) && w.length >= stem.length + more) concepts.push(c);
  // "mid-july", "early-march", "late-autumn": the time after a hyphen is still a time (and only the time:
  // "lost-and-found" is not a loss).
  const dash = w.lastIndexOf('-');
  if (concepts.length === 0 && dash > 0)
    for (const c of entryOf(w.slice(dash + 1), index).concepts) if (TIMES.has(c)) concepts.push(c);
  const phrases = new Map<string, Array<[Part[], Concept]>>();
  const stemmed: Array<[Part[], Concept]> = [];
  for (const phrase of [...(index.phrases.get(w) ?? []), ...(index.stemPhrases.get(h) ?? [])]) {
    const second = phrase[0][1]!;
    if (second.stem) stemmed.push(phrase);
    else {
      const list = phrases.get(second.text);
      if (list) list.push(phrase);
      else phrases.set(second.text, [phrase]);
    }
  }
  if (entries.size >= REMEMBERED_WORDS) entries.clear();
  const entry = { concepts, phrases, stemmed };
  entries.set(w, entry);
  return entry;
}

/** A search noted in an aside, its subject left out: "(went through Drive and 1Password)", "tried: went through …". */
const ASIDE_SEARCH = /[(:;]\s*(?:went|gone) (?:through|thru) (?!a |an |the (?:wash|washing|war|process|motions)\b)/;

const SEARCHED_THINGS: ReadonlySet<string> = new Set(['my', 'our', 'all', 'every', 'both', 'each', 'his', 'her']);

export function conceptsIn(text: string): Set<Concept> {
  built ??= build();
  const { substrings } = built;
  const found = new Set<Concept>();
  // Clauses come in lower case already (tokens.ts); labels and headings too.
  const tokens = text.match(WORDS) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const entry = entryOf(w, built);
    // What the word's neighbours take away from it (word-context.ts): "password manager", "when I try to log in".
    // Asked only of a word that names something: most words name nothing.
    if (entry.concepts.length > 0) {
      const taken = takenAway(tokens, i, entry.concepts);
      if (taken !== 'all') for (const c of entry.concepts) if (!taken.includes(c)) found.add(c);
    }
    if (entry.phrases.size > 0) {
      const next = entry.phrases.get(tokens[i + 1] ?? '');
      if (next) addPhrases(next, tokens, i, found);
    }
    if (entry.stemmed.length > 0) addPhrases(entry.stemmed, tokens, i, found);
    if (w.endsWith("n't") || w.endsWith('n’t')) found.add('negation');
    const c0 = w.charCodeAt(0);
    // Only a word that starts with a digit, "kw" or "cw" can be a date.
    if (((c0 >= 48 && c0 <= 57) || c0 === 107 || c0 === 99) && isDate(w, tokens[i - 1])) found.add('date');
    else if (isYearAfterWord(w)) found.add('date');
  }
  if (NUMERIC_DATE.test(text) || (found.has('month') && DAY_AND_MONTH.test(text))) found.add('date');
  // A note with its subject left out, as in a list or a hurried line: "went through my notes and old laptop".
  // (Through the writer's things: "went through a divorce this year" is a life event.)
  if (
    (tokens[0] === 'went' || tokens[0] === 'gone') &&
    (tokens[1] === 'through' || tokens[1] === 'thru') &&
    SEARCHED_THINGS.has(tokens[2] ?? '')
  )
    found.add('attempt');
  // The same note in brackets or after a colon: "I never saved the codes (went through Drive and 1Password)".
  else if (ASIDE_SEARCH.test(text)) found.add('attempt');
  if (CJK.test(text)) for (const [s, c] of substrings) if (text.includes(s)) found.add(c);
  if (found.has('event') && RESET_AS_ATTEMPT.test(text) && !/\b(?:factory|phone|device|app)\b/.test(text)) {
    // Only "reset" made it an event: look again without it.
    const without = text.replace(/\breset\w*/g, ' ');
    if (!conceptsIn(without).has('event')) found.delete('event');
  }
  return found;
}
