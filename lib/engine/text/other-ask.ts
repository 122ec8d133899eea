import type { MessageKey } from '../words';
import { near, words } from './cues/words';
import { asksDeletion, asksToDeleteReleases } from './delete-ask';
import { asksOtherProcess } from './other-process';
import {
  AFTERWARDS,
  MAIN_ASK,
  NOT_BACK,
  NOT_BACK_TAIL,
  RECOVERY_ASKED,
  RECOVERY_DEFERRED,
  SAID_BEFORE,
} from './main-ask-words';
import { asksRename } from './rename-ask';

/**
 * What a request asks for when it is not "let me back into my own account": read once per report (the
 * scope rule reports it; the lost-factor rule does not count a factor named by another ask).
 */

/** Moving a project to ANOTHER account of theirs instead of recovering this one ("to recover the account" is none). */
const TO_OTHER_ACCOUNT =
  /\b(?:in)?to (?!(?:recover|regain|restore|access|unlock|reopen|get|log|sign)\b)(?:my |our |a |the |that |this )?(?:\S+ ){0,2}(?:pypi )?(?:account|user|organi[sz]ation|org)\b|\bto (?:me|us)\b|\b(?:in)?to [`'"][\w.-]+[`'"]|\bto (?!e-mail|two-factor|co-)[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?=[\s,.;:!?)]|$)|\bto my (?:personal|current|new|other)\b(?! (?:e-?mail|mail|address|mailbox|inbox|gmail)\b)/;

/**
 * A move the writer tells as done ("in 2023 we moved the project's secrets into a vault", "the repository was
 * transferred to my personal account") is no ask.
 */
const DONE_BY_US = "(?<!\\b(?:i|we|i've|we've|had|have|was|were|been|got)(?: \\S+)? )";
const TRANSFER = near(
  `transfer(?!red)\\w*|${DONE_BY_US}transferred|move|${DONE_BY_US}moved|moving|hand|hand over|${DONE_BY_US}handed over|give|given|giving`,
  'ownership|package|project|projects|name',
  10,
);
/**
 * "move `tiny-orm` and `tiny-orm-cli` into …", "for `a` and `b` to be moved over to …": projects named in
 * backticks, without the word "project".
 */
const TRANSFER_NAMED = new RegExp(
  `\\b(?:transfer\\w*|move|moved|moving|hand|hand over|give|giving)\\b(?: \\S+){0,2}? \`[\\w.-]+\`|\`[\\w.-]+\`(?: \\S+){0,4}? ${DONE_BY_US}(?:moved|transferred|handed(?: over)?)\\b`,
);
/**
 * A name or project given to a new account of theirs: "the name released and attached to my second account",
 * "assign the projects to the new one", "release the name so I can upload it from the new account", "the
 * username released from the old account and given to this one" (the account the writer files from). Only a
 * new or other account: "the username attached to my account" is the writer's own.
 */
const TO_NEW_ACCOUNT =
  /\b(?:to|from) (?:my |our |the |that |this |a )?(?:new|newer|other|second|another|separate|fresh|backup) (?:\S+ )?(?:account|user|one|profile|login)\b|\bto this one\b/;
/** "…to my former colleague at the institute, `mgarcia`", "to our new maintainer": a project for someone else. */
const TO_PERSON =
  /\bto (?:my |our |a |the |his |her |their )?(?:\S+ ){0,2}?(?:colleague|co-?worker|co-?maintainer|maintainer|successor|friend|team ?mate|student|collaborator|co-?author)s?\b|\bto (?:him|her|them)(?: directly)?\b/;
/**
 * The address freed for a fresh account instead of this one recovered: "detach my email from it, so that I can
 * register a fresh account with that address".
 */
const FREE_ADDRESS =
  /\b(?:detach|unlink|disassociate|release|free up|remove)\b(?: \S+){0,2}? (?:e-?mail|address)(?: address)? from\b/;
const NEW_ACCOUNT =
  /\b(?:register|create|make|open|sign up for|set up)\b(?: \S+){0,2}? (?:new|fresh|second|separate) (?:pypi )?account\b/;
const GIVE_NOUN = near(
  'attach\\w*|assign\\w*|reassign\\w*|give|given|released?|transfer\\w*|move|moved|link\\w*|hand over',
  'name|username|project|package|ownership',
  6,
);
/** The project named instead of called one: "please transfer mx-clabe to my new account", "move `kite` to …". */
const GIVE_NAMED =
  /\b(?:transfer\w*|move|moved|give|hand over|assign\w*|reassign\w*) (?:`[\w.-]+`|[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+) (?:to|into|over to)\b/;
const givenToNew = (s: string) => GIVE_NOUN.test(s) || GIVE_NAMED.test(s);
/** The new account as the one to get it: "for my new account `km` to get this username". */
const NEW_ACCOUNT_GETS =
  /\b(?:my|our|the) (?:new|newer|other|second|fresh) (?:pypi )?account\b(?: \S+){0,3}? (?:to |should |could |would |can |will )?(?:get|have|take|receive|inherit|be given) (?:this|the|my|that|our) (?:old )?(?:username|user ?name|name|projects?|packages?)\b/;

/**
 * Asking for someone (another account) to be given a project or organisation: "could you make my colleague the
 * owner", "for `jane` to be made owner of …". Told apart from proof ("I was made owner in 2019") by the ask.
 */
const ROLES = 'owner|maintainer|admin';
const MAKE_SOMEONE_OWNER = new RegExp(
  `\\b(?:to be|be|please|could you|can you|would you|(?:need|want|ask|like) you to|for you to|that you)(?: \\S+){0,4}? (?:made|make|added|add|appointed|appoint|set) (?:\\S+ ){0,7}?(?:as )?(?:an? |the )?(?:new |sole |co-?)?(?:${ROLES})s?\\b|\\band (?:then |just )?make (?:him|her|them|\`[\\w.-]+\`) (?:the |an? )?(?:new |sole |co-?)?(?:${ROLES})s?\\b`,
);
/** The role named at all: most requests never do, and this is cheaper to find than the ask itself. */
const ROLE = new RegExp(`\\b(?:${ROLES})s?\\b`);

/**
 * A handover already made to the writer, told as a story: "she transferred the repository to me", "Felipe handed
 * the account over to us", "the company agreed to transfer the repository to me". Not when the sentence asks ("I'd like it transferred to me", "please move it to us").
 */
const RECEIVED =
  /(?<!\b(?:i|we|you|please|to|be|been|get|got|have|had|it|them) )\b(?:transferred|handed|gave|passed|(?:agreed|offered|decided|arranged) to (?:transfer|hand|give|pass))\b[^.]{0,80}?\bto (?:me|us)\b/;
const ASKING = /\b(?:please|could|would|can|like|want|need|ask|asking|request)\b/;
const receivedAlready = (s: string) => RECEIVED.test(s) && !ASKING.test(s);

/**
 * The account handed to someone who replaces the writer, asked for: "switch the email to Paul's, who is taking
 * over from me", "give `jdoe` owner rights in my place". Not regaining one's own account.
 */
const IN_MY_PLACE =
  /\b(?:in my place|instead of me(?! \w+ing\b)|in place of me|to replace me|tak(?:e|es|ing) over from (?:me|us))\b/;
const ACCOUNT_HANDED = /\b(?:transfer\w*|hand(?:ed)? over|give|pass)\b(?: \S+){0,3}? (?:the|this|my|our) account\b/;
/** What is handed over: a role, the account, its address, a project (not "go to the embassy in my place"). */
const HANDED = /\b(?:owner\w*|maintainer|admin|account|e-?mail|address|project|package|rights|access)\b/;

/** Ownership asked for ("please give me ownership of it"), not given back ("give me back ownership"). */
const OWNERSHIP_TO_ME =
  /\b(?:give|grant|transfer|assign|hand over) (?:me|us) (?:the )?(?:ownership|owner rights|owner role)\b(?! back| again)/;

/** Asks that are not "let me back into my own account". Each has its own process at PyPI. */
const OTHER_ASKS: ReadonlyArray<{ test: (sentence: string) => boolean; what: MessageKey }> = [
  {
    test: asksDeletion,
    what: 'ask_delete',
  },
  {
    test: asksRename,
    what: 'ask_rename',
  },
  // In each pair below the cheaper test runs first: the whole text is read this way once per report.
  {
    test: (s) =>
      (TO_OTHER_ACCOUNT.test(s) || TO_NEW_ACCOUNT.test(s) || TO_PERSON.test(s)) &&
      (TRANSFER.test(s) || TRANSFER_NAMED.test(s)) &&
      !receivedAlready(s),
    what: 'ask_transfer',
  },
  {
    // "make me the owner again" is the writer's own account: that is recovery.
    test: (s) => ROLE.test(s) && !/\b(?:me|myself)\b/.test(MAKE_SOMEONE_OWNER.exec(s)?.[0] ?? ' me '),
    what: 'ask_transfer',
  },
  { test: (s) => (TO_NEW_ACCOUNT.test(s) && givenToNew(s)) || NEW_ACCOUNT_GETS.test(s), what: 'ask_transfer' },
  { test: (s) => FREE_ADDRESS.test(s) && NEW_ACCOUNT.test(s), what: 'ask_transfer' },
  { test: (s) => OWNERSHIP_TO_ME.test(s), what: 'ask_transfer' },
  { test: (s) => IN_MY_PLACE.test(s) && ASKING.test(s) && HANDED.test(s), what: 'ask_transfer' },
  // "please transfer the account to my colleague": the account itself handed to someone else.
  { test: (s) => TO_PERSON.test(s) && ACCOUNT_HANDED.test(s), what: 'ask_transfer' },
  {
    test: asksOtherProcess,
    what: 'ask_other_process',
  },
];

/** Who is in an organisation, asked of the admins: "for `a` to be removed from our organisation and `b` made an owner". */
const ORG_MEMBERSHIP =
  /\b(?:removed|added|made an? (?:owner|admin|member)) (?:\S+ ){0,3}?(?:from|to|of|in) (?:our |the |my |that |this )?(?:\S+ ){0,2}?(?:pypi )?organi[sz]ation/;
const PRONOUN_TO_ME =
  /\b(?:transfer|give|hand over|assign|release) (?:it|them) to (?:me|us|my)\b|\b(?:it|them) (?:transferred|given|handed over|assigned|released) to (?:me|us|my)\b/;
const NAME_NAMED = /\b(?:project|package) name\b|`[\w.-]+`/;

/**
 * Asks that are the request's own only when it says they are its main ask: "please yank 3.4.1 and help me
 * get the account back" is recovery with a clean-up, "please delete those two releases, that's what I need
 * most" is not.
 */
const MAIN_ONLY_ASKS: typeof OTHER_ASKS = [
  { test: asksToDeleteReleases, what: 'ask_delete' },
  { test: (s) => ORG_MEMBERSHIP.test(s), what: 'ask_other_process' },
  // After "what I really need is the project name `x` …": "please transfer it to me".
  { test: (s) => /\bto (?:me|us|my)\b/.test(s) && PRONOUN_TO_ME.test(s) && NAME_NAMED.test(s), what: 'ask_transfer' },
];
const ANY_ASK = [...OTHER_ASKS, ...MAIN_ONLY_ASKS];

/**
 * "… or, if that is not possible, delete it", "I would also like to rename", "if I can recover it, you can delete
 * the other one" and "then delete this account" keep recovery as the main ask.
 */
const SECONDARY = new RegExp(
  `${words('also|if possible|either|is not possible|not possible|otherwise|alternatively|if i can recover|once (?:i|we) (?:have|get|am|are)').source}|\\bor (?:to |just )?(?:delete|revoke|remove|deactivate|close)\\b`,
);
/**
 * A plan of the writer's own, for later: "later this year we want to set up an organisation", "I'll hand the
 * project over myself once I'm back in", "eventually we'll move these into an organisation", "next year our team
 * wants to make an organisation", "once in, I want to set one up". Not asked of support.
 */
const FUTURE_OF_OWN =
  /\b(?:i|we|our (?:team|group|lab|company|club)|the team)(?:'ll| will| wants? to| may| might| plan to| want to| would like to|'d like to| intend to|'m planning to| am planning to|'re planning to| are planning to)\b/;
const LATER =
  /\b(?:later|eventually|next year|in the new year|in the future|at some point|one day|some day|myself|ourselves|once (?:i'm|i am|we're|we are|i can|we can|i get|we get) (?:back )?in|once (?:back )?in)\b/;
const ASKED_HERE = /\b(?:please|could you|can you|would you|need you to)\b/;
const FOR_LATER =
  /\b(?:separate thing|something|that's|that is|which is)(?: \S+){0,3}? for (?:later|another day|after (?:i|we)\b)/;
const ownPlan = (s: string) => FOR_LATER.test(s) || (FUTURE_OF_OWN.test(s) && LATER.test(s) && !ASKED_HERE.test(s));
/** "… so I can delete it", "… and then delete it": what follows is the purpose or the aftermath; the ask comes before. */
// "I'd like the account back to hand the project over properly": the account first, then the writer's own plan.
const PURPOSE = words(
  'so that i can|so i can|so that we can|so we can|in order to|and then|afterwards|after that|account back(?: in order| so as)? to|back in(?: in order| so as)? to',
);

/** A sentence's end, or a line's: paragraphs and list items are joined with a line break (analysis.ts). */
const SENTENCE_OR_LINE = /(?<=[.!?])\s+|\n/;

function sentences(norm: string): string[] {
  return norm.split(SENTENCE_OR_LINE);
}

/** What else the text asks for as its main ask, or null when it is about regaining the account. */
export function otherAsk(norm: string): MessageKey | null {
  // Regaining the account refused outright: whatever else it asks, even in words no list knows, is the ask.
  if (NOT_BACK_TAIL.test(norm) && NOT_BACK.test(norm)) return 'ask_other_process';
  // Most requests name none of these asks; one pass over the whole text settles them.
  if (!ANY_ASK.some((a) => a.test(norm))) return null;
  // Said to be the main ask: what follows the words that say so decides, "also" or not.
  const main = MAIN_ASK.exec(norm);
  if (main) {
    const after = norm.slice(main.index, main.index + 400);
    const ask = ANY_ASK.find((a) => a.test(after));
    if (ask) return ask.what;
  }
  if (RECOVERY_DEFERRED.test(norm)) {
    const ask = ANY_ASK.find((a) => a.test(norm));
    if (ask) return ask.what;
  }
  const all = sentences(norm);
  // Releases deleted, asked where getting back in is never asked: the clean-up is all the text asks of support
  // ("please delete the 2.0.0 release for me, as I cannot log in to do it"); not one put after the recovery
  // ("after recovering I would also like to delete the old pre-releases").
  if (
    !RECOVERY_ASKED.test(norm) &&
    all.some((s) => asksToDeleteReleases(s) && !SECONDARY.test(s) && !AFTERWARDS.test(s) && !ownPlan(s))
  )
    return 'ask_delete';
  for (let i = 0; i < all.length; i++) {
    // Named as the main ask afterwards: the sentence before (or this one) decides, "also" or not.
    if (SAID_BEFORE.test(all[i]!)) {
      const ask = ANY_ASK.find((a) => a.test(`${all[i - 1] ?? ''} ${all[i]}`));
      if (ask) return ask.what;
    }
  }
  for (const whole of all) {
    const purpose = PURPOSE.exec(whole);
    const sentence = purpose ? whole.slice(0, purpose.index) : whole;
    if (SECONDARY.test(sentence) || ownPlan(whole)) continue;
    const ask = OTHER_ASKS.find((a) => a.test(sentence));
    if (ask) return ask.what;
    // A name given away in the sentence's ask, to the new account its purpose names: "release the name so that I
    // can register it from the new account".
    if (purpose && TO_NEW_ACCOUNT.test(whole) && givenToNew(sentence)) return 'ask_transfer';
    if (purpose && FREE_ADDRESS.test(sentence) && NEW_ACCOUNT.test(whole)) return 'ask_transfer';
  }
  return null;
}
