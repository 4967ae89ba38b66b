/**
 * Reads a comma-separated list written across several lines, so long vocabularies stay
 * readable and stable under the formatter. Entries may be phrases ("feel like"); empty entries
 * are dropped.
 */
export function wordList(text: string): readonly string[] {
  return text
    .split(',')
    .map((entry) => entry.trim().replace(/\s+/g, ' '))
    .filter((entry) => entry.length > 0);
}
