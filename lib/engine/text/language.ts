/**
 * Is a text mainly English? Decided without a dictionary download: the share of letters in non-Latin
 * scripts, and for Latin-script text the share of very common English words against common words of
 * the languages PyPI requests most often arrive in. Emails, links and code are removed first.
 */

const ENGLISH = new Set(
  "the a an and or but to of in on at for with my i me is am are was were be been have has had do does did not no can cannot can't could would should will it this that my we our you your please help account access lost lose phone app email password code codes thanks thank from by as so if".split(
    ' ',
  ),
);
const OTHER = new Set(
  (
    'el la los las de del que y en un una por para con mi mis es no se lo le les des et du est je ne pas pour avec mon ma mes une der die das und ich nicht mit ist ein eine mein meine zu den von o os as um uma com não meu minha il di che per sono ho non della mio ve bir bu için ama çok ile da değil ne olarak her ben benim het een ik niet van dat en op saya dan yang tidak ini itu untuk dengan sudah tapi ada bisa masih terima kasih ancora grazie sono anche questo della nel perché nie się że jest mam mój dostępu het een niet heb mijn nog wel tot ook ' +
    // Portuguese, Spanish, German, French and Italian words that are common in any request and never English.
    'foi em ainda tenho tinha minhas meus nao também porque quando já muito obrigado obrigada você fui estou está ' +
    'fue fui tengo tenía todavía también porque cuando ya muy gracias usted estoy está pero sin mis ' +
    'wurde wurden habe hatte noch auch weil wenn schon sehr danke bitte bin ist war mir mich dem des im auf für ' +
    "été était j'ai encore aussi parce quand déjà très merci vous suis mais sans mes votre " +
    'stato era ancora anche perché quando già molto sono mia mie'
  ).split(' '),
);

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

export interface LanguageGuess {
  english: boolean;
  /** The share (0–1) of letters outside the Latin script. */
  nonLatin: number;
}

/** "Mainly" is a property of the start of a text as much as of all of it; sampling keeps 1 MB bodies fast. */
const SAMPLE = 1_000;

/** The form's own option lines: template text, not the writer's language (analysis.ts STOCK_PHRASES). */
const FORM_LINES =
  /^\s*(?:[-*]\s*)?(?:lost 2fa authentication app (?:or|and) security token|lost access to email address|state the reason for your request)\s*$/gim;

export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE).replace(FORM_LINES, ' ');
  const cleaned = (sample.includes('@') ? sample.replace(/[^\s@]+@\S+/g, ' ') : sample)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/`[^`\n]*`/g, ' ');
  let latin = 0;
  let other = 0;
  for (let i = 0; i < cleaned.length; i++) {
    const code = cleaned.charCodeAt(i);
    // ASCII and the Latin-1/Extended blocks are decided by code point; only the rest needs Unicode tables
    // (read by index: a string iterator per character cost more than the counting).
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
      continue;
    }
    const point = cleaned.codePointAt(i)!;
    const ch = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (point < 0x250) {
      if (LETTER.test(ch)) latin++;
    } else if (LATIN.test(ch)) latin++;
    else if (LETTER.test(ch)) other++;
  }
  const letters = latin + other;
  const nonLatin = letters === 0 ? 0 : other / letters;
  if (letters === 0) return { english: true, nonLatin };
  if (nonLatin > 0.4) return { english: false, nonLatin };
  let en = 0;
  let foreign = 0;
  for (const word of cleaned.toLowerCase().split(/[^\p{L}']+/u)) {
    if (ENGLISH.has(word)) en++;
    else if (OTHER.has(word)) foreign++;
  }
  return { english: !(foreign >= 3 && foreign > en * 1.5), nonLatin };
}
