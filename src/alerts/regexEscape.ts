// Characters with a meaning in both RE2 and JavaScript regular expressions.
const regexMetacharacters = /[\\^$.|?*+()[\]{}]/g;

/**
 * Escapes a value so RE2 (and JavaScript) match it literally. Kept apart from the LogQL helpers so the panel's turn
 * markers can use it without loading the LogQL grammar, which only the alerts drawer needs.
 */
export function escapeRegex(value: string): string {
  return value.replace(regexMetacharacters, '\\$&');
}
