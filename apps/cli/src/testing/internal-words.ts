/**
 * The internal codes, ids and notes that no command may print for people to read (the browser test
 * `apps/web/e2e/words.spec.ts` holds pages to the same list). JSON output is for programs and keeps codes.
 */
const INTERNAL: ReadonlyArray<readonly [what: string, pattern: RegExp]> = [
  ['a credential code', /\b(?:arrt|ardms|nmtcb|armrit|camrt|aha|us-[a-z]{2}|ca-[a-z]{2}|gb|ie|au):[A-Za-z][\w.-]*/],
  ['a procedure code', /\b(?:xr|ct|mr|us|nm|mg|fl|rt|ir):[a-z][a-z-]*/],
  ['a rule id', /\b(?:arrt|ardms|nmtcb|hcpc|coru|mrpba|camrt)\.(?!org\b|com\b)[a-z0-9-]+\.[a-z0-9-]+|\bus-[a-z]{2}\.[a-z][a-z-]*/],
  ['a step id', /\b[a-z]+(?:-[a-z0-9]+){2,}:/],
  ['a jurisdiction code in brackets', /\((?:us|ca)-[a-z]{2}\)/],
  ['a confidence tag in capitals', /\b(?:SECONDARY|UNCONFIRMED|UNRESOLVED)\b/],
  ['a CE topic code', /\b(?:ionizing-radiation|digital-radiography|fluoroscopy-safety|human-trafficking|mri-safety|hiv-aids)\b/],
  ['a research note', /S-GH\d|\bthe notes\b|not in the sources|repository URL|link wrapper|IPEDS-\d/],
];

/** What of the list a text shows, each with the words around it (empty when the text is clean). */
export function internalWords(text: string): string[] {
  // Addresses are cited on purpose; their paths may look like codes.
  const words = text.replace(/https?:\/\/\S+/g, '<url>');
  const found: string[] = [];
  for (const [what, pattern] of INTERNAL) {
    const m = pattern.exec(words);
    if (m !== null) found.push(`${what}: “…${words.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}…”`);
  }
  return found;
}
