/**
 * A questionnaire's answers: the text after a label that asks something ("When: at the airport", "- **What was
 * lost:** my YubiKey", "2) How/when: left it on a tram"), on every line where the label starts the line.
 * The label is a regular-expression source of the ways of asking; the answer is in lower case.
 */
export function answersTo(raw: string, label: RegExp): string[] {
  const line = new RegExp(`^[\\t >#*_-]*(?:\\d{1,2}[.)]\\s*)?(?:${label.source})[*_ \\t]*[:：][*_ \\t]*(.*)$`, 'gim');
  return [...raw.matchAll(line)].map((m) => m[1]!.toLowerCase());
}
