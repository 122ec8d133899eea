import { CODES, DEVICE, EMAIL, PHONE, TWO_FA, followedBy, near, nearInClause, words } from './words';
const FACTOR = `${TWO_FA}|${DEVICE}|${EMAIL}|password|passwd|user ?name|${CODES}|codes?|token|account|key|address(?:es)?|sim|sim card|phone number|sms|verification code|seed|vault|password manager|export|entry|passkey`;
const LOSS =
  "lost|lose|losing|loss|no access|no longer|without access|can't access|cannot access|can not access|unable to access|not able to access|don't have access|do not have access|lost access|broke|broken|stolen|died|dead|wiped|(?:was|were|got|been) (?:completely |all )?cleared|crash\\w*|not working|doesn't work|does not work|don't work|stopped working|won't work|invalid|not showing|not providing|no longer providing|deleted|forgot|forgotten|forget|don't remember|do not remember|can't remember|cannot remember|couldn't remember|could not remember|didn't remember|did not remember|no longer remember|(?:nobody|no one|none of us) remembers|can't find|cannot find|unable to find|could not find|couldn't find|can't locate|not found|misplaced|mislaid|bricked|wasn't found|was not found|never found|never turned up|never arrives|never arrived|never came|never received|doesn't arrive|does not arrive|didn't arrive|did not arrive|not arriving|mistaken\\w*|don't receive|do not receive|not receiving|never receive|has been locked|was locked|is locked|expired|not verified|never verified|unverified|typo|mistake|mistyped|wrong|incorrect|error|hacked|compromised|locked out|undeliverable|bounc\\w*|drowned|damaged|dropped|snapped|cracked|shattered|destroyed|fried|fell|drop|gone|missing|sold|gave away|traded in|wiping|not synced|wasn't synced|not in it|not there|wasn't there|isn't there|cancel+ed|can't get|cannot get|can't receive|cannot receive|disappeared|shut off|shut down|closed|deactivated|disabled|doesn't exist|no longer exists|no longer works|hand back|handed back|had to return|wasn't backed up|not backed up|can't use|cannot use|unable to use|not able to use|can't recover|cannot recover|unable to recover|but not|can't log ?in|cannot log ?in|unable to log ?in|can't login|cannot login|reset|empty|blank|went with (?:it|them)|gone with (?:it|them)|sank|sunk|snatch\\w*|swiped|pickpocket\\w*|(?:slipped|came|fell) out of|washed away|swept away|went overboard|through the ice|(?:not|never) recovered|(?:didn't|did not) (?:bring back|come back|restore)|(?:wasn't|was not|weren't|were not) restored|(?:went|fell|dropped) into the (?:river|sea|lake|ocean|canal|water|toilet|pool)";

/**
 * Words for "it does not let me in" that every request says, whatever was lost: beside "account" or
 * "password reset" they name no factor. Cues made only of these are weak (see WEAK_CUES).
 */
const GENERIC_LOSS =
  "can't get|cannot get|can't log ?in|cannot log ?in|unable to log ?in|can't login|cannot login|locked out|reset|error|wrong|but not|no longer|won't work|not working|doesn't work|does not work";
const GENERIC = new Set(GENERIC_LOSS.split('|'));
// "gone through the reset", "the Forgot password? page", a quoted "forgot password": a path taken, not a loss.
const SPECIFIC_LOSS = LOSS.split('|')
  .filter((w) => !GENERIC.has(w))
  .map((w) =>
    w === 'gone'
      ? 'gone(?! through)'
      : w === 'forgot' || w === 'forgotten'
        ? // Not a feature used: "tried the option of forgot password", "I used forgot password", "I did the forgot
          // password and set a new one".
          `(?<!["“‘']|\\b(?:tried|used|did|ran|followed|via|through|clicked|pressed|option of|option|link of|function of)(?: the)? )${w}(?!\\W{0,2}password\\W{0,4}(?:(?:the |a )?(?:page|link|flow|form|button|option|procedure|process|feature|function|route|steps?|e-?mail|mail|thing|stuff|dance|reset|screen)|and (?:set|chose|picked|made|got|received)\\b))`
        : w === 'dropped'
          ? // "I dropped an email to support": a message sent, not a phone dropped.
            'dropped(?! (?:(?:him|her|them|us|support) )?(?:an?|a quick|a short) (?:e-?mail|line|note|message|mail)\\b)'
          : w === 'missing'
            ? // "to check that nothing went missing": nothing was lost.
              '(?<!\\b(?:nothing|none of it|none of them) (?:had |has |have )?(?:went|gone|go|was|were|is|are) )missing'
            : w,
  )
  .join('|');
// A computer or a password vault is where a factor may have lived, not the factor ("since IT wiped my laptop",
// "the old vault was closed"): weak.
const PLACES = new Set(['account', 'laptop', 'computer', 'tablet', 'ipad', 'vault', 'password manager', 'export']);
// Nor are the recovery codes alone what was lost: "the codes are not in my vault" is the box's own statement.
const CODES_ALONE = new Set([...CODES.split('|'), 'codes?']);
const SPECIFIC_FACTOR = FACTOR.split('|')
  .filter((w) => !PLACES.has(w) && !CODES_ALONE.has(w))
  .join('|');

/** Cues that say what the requester lost or what went wrong, in English and in a few other languages. */
export const CUES: readonly RegExp[] = [
  // One clause: "phone apps, and somewhere in the process something got lost" names no lost thing.
  nearInClause(SPECIFIC_LOSS, SPECIFIC_FACTOR, 8),
  // Codes that exist and fail are what went wrong: "I tried each recovery code and every one is invalid".
  nearInClause(
    "invalid|rejected|refused|not accepted|not working|don't work|doesn't work|does not work|do not work|didn't work|did not work|error",
    CODES,
    8,
  ),
  words('hacked|compromised|attacker|phished'),
  // "left my YubiKey in the hotel": left behind, not left over.
  followedBy('left|leave', `${TWO_FA}|${PHONE}|key`, 3),
  // "my previous YubiKey", "my old company address": the thing is named by what replaced it; not a place searched
  // ("went through my notes and my old phone", "tried my old phone backup").
  new RegExp(
    `(?<!\\b(?:checked|checking|searched|searching|tried|trying|through|looked (?:at|in|into|through)|restored|dug through)\\b[^.;:!?]{0,60})${near('previous|old|former', `${TWO_FA}|${PHONE}`, 1).source}`,
  ),
  /\b(?:previous|old|former) (?:company|employer|work|school|university|job)(?:'s)? (?:e-?mail|address|mailbox|inbox|account|domain)/,
  // Other languages: PyPI support answers in English, but a request in another language still names its loss.
  /丢失|遗失|忘记|不记得|丟失|忘記|紛失|なくし|失くし|忘れ|분실|잃어|потерял|утерян|забыл|сломал|украли|не могу войти|пароль|壊れ|紛失|ログインできな|密码|密碼|邮箱|郵箱|验证|身份验证|認証|\b(?:perd[ií]|perdu|verlor|vergessen|esqueci|olvid|contrase|mot de passe|senha|passwort|hilang|lupa|nie mam dostępu|zepsu|zgubi|kwijt|kapot|pers[oi]\b|dimenticat|smarrit|telefonumu|kaybett|unuttum|bulamıyorum|verloren|perdu|oublié)/,
];

/** "Can't get into my account", "the password reset did not work": a loss, but not of anything named. */
export const WEAK_CUES: readonly RegExp[] = [
  near(LOSS, FACTOR, 8),
  // A changed or reset phone is how most authenticators are lost, but only the text can say that one was on it.
  near('changed|switched|shifted|moved|new|replaced|upgraded|sold|reset|wiped', PHONE, 2),
];

/**
 * The things a recovery request can be about. Naming one is enough for this check (the form's own option
 * line passes), unless the text's main ask is something else: "change my username" names a username
 * without having lost anything.
 */
export const THING = words(
  `${TWO_FA}|${PHONE}|device|e-?mail|mailbox|inbox|password|passwd|pasword|user ?name|${CODES}|codes?|token|sim|sms|verification code|passkey|credentials`,
);
