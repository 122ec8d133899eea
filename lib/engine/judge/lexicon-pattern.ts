/**
 * The small pattern language the lexicon is written in (lexicon/index.ts), turned into literals: words with
 * spaces between the words of a phrase, `?` after a character or group, `(?:a|b)` alternatives, `[ab]` classes,
 * and a final `\p{L}*` (or `\p{L}+`) for a stem. concepts.ts indexes what comes out.
 */

/**
 * The most literals one entry may stand for: more are cut, so that a mistyped entry cannot blow up the index (a
 * unit test holds every entry of the lexicon under it, so that none loses its tail unnoticed).
 */
export const MOST_LITERALS = 512;

/** A word of an entry; `stem` when the entry widens it ("authenticat\p{L}*"), with the letters it must add. */
export interface Part {
  text: string;
  stem: boolean;
  more: number;
}

/** Every literal an entry stands for, each as its parts (more than one for a phrase). */
export function expand(pattern: string): Part[][] {
  return expandRaw(pattern).map(textToParts);
}

/** The literals as strings, a stem marked by \uE000 and `*` or `+`, spaces kept where the pattern has them. */
function expandRaw(pattern: string): string[] {
  let variants: string[] = [''];
  let i = 0;
  const read = (): string[] => {
    // One unit: a group, a class, an escape or a character, then an optional `?`.
    let unit: string[];
    const ch = pattern[i]!;
    if (pattern.startsWith('(?:', i)) {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        if (pattern[j] === '(') depth++;
        else if (pattern[j] === ')' && --depth === 0) break;
      }
      const inner = pattern.slice(i + 3, j);
      const options: string[] = [];
      let d = 0;
      let start = 0;
      for (let k = 0; k <= inner.length; k++) {
        const c = inner[k];
        if (c === '(') d++;
        else if (c === ')') d--;
        else if ((c === '|' && d === 0) || k === inner.length) {
          options.push(inner.slice(start, k));
          start = k + 1;
        }
      }
      unit = options.flatMap(expandRaw);
      i = j + 1;
    } else if (ch === '[') {
      const j = pattern.indexOf(']', i);
      unit = [...pattern.slice(i + 1, j)];
      i = j + 1;
    } else if (pattern.startsWith('\\p{L}*', i) || pattern.startsWith('\\p{L}+', i)) {
      unit = [pattern[i + 5] === '+' ? '\uE000+' : '\uE000*'];
      i += 6;
    } else if (ch === '\\') {
      unit = [pattern[i + 1]!];
      i += 2;
    } else {
      unit = [ch];
      i += 1;
    }
    if (pattern[i] === '?') {
      i += 1;
      return ['', ...unit];
    }
    return unit;
  };
  while (i < pattern.length) {
    const unit = read();
    const next: string[] = [];
    for (const v of variants) for (const u of unit) next.push(v + u);
    variants = next.slice(0, MOST_LITERALS);
  }
  return variants;
}

function textToParts(text: string): Part[] {
  return text
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => {
      const stem = w.includes('\uE000');
      return { text: w.replace(/\uE000[*+]/, ''), stem, more: w.includes('\uE000+') ? 1 : 0 };
    });
}
