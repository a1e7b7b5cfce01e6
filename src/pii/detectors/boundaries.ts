import type { DetectionContext } from '../types';

/*
 * RE2 (Alloy) has no look-around, so a boundary is a character matched before the value, outside the capture
 * group, and Alloy keeps it. Lines reach Alloy as raw JSON: after an escape such as `\n` the value starts right
 * after the escape, otherwise the redaction would cut the escape in half and break the JSON.
 */
const RE2_JSON_ESCAPE = String.raw`\\[nrtbf"/\\]|\\u[0-9A-Fa-f]{4}`;

/** A boundary before a token made of the given RE2 class characters (letters, digits...). */
export function re2TokenLead(tokenClass: string): string {
  return String.raw`(?:^|${RE2_JSON_ESCAPE}|[^${tokenClass}\\])`;
}

/**
 * A boundary before a number. Numbers that are JSON or `key=value` values (`"total_duration": 4120000000`) are
 * Ollama's counters, not personal data: redacting them would break the panel's timings, so a number right after
 * `":`, `=` or `": ` is left alone, and so are the digits after a decimal point (`18:10:40.001190`). Personal numbers
 * sit inside strings (`"PESEL: 44051401359"`).
 */
export const RE2_NUMBER_LEAD = String.raw`(?:^|[^0-9:=. ]|[^":= ] +|[^"=]: *)`;
export const RE2_NUMBER_TAIL = String.raw`(?:[^0-9]|$)`;

/**
 * Words after which a number is an order, invoice, product or tracking number, a time stamp, or a timing or counter
 * such as Ollama's `"load_duration": 1021000000` (which happens to pass the NIP checksum).
 */
const NOT_PERSONAL_BEFORE =
  /(?:zamówieni\w*|zam\.|order|faktur\w*|invoice|sku|ean|gtin|kod(?:u)?(?: produktu| kreskowy)?|product code|code|art\.|artykuł\w*|ref\.?|referenc\w*|reference|tracking|śledzeni\w*|paczk\w*|przesyłk\w*|parcel|shipment|timestamp|epoch|unix|transakcj\w*|transaction|partii|batch|lot|seri\w*|serial|isbn|regon|krs|\w*(?:duration|count|tokens|bytes|size|_ns|_ms|_time))(?:\s*(?:nr|no\.?|number|numer|num\.?|id))?[\s:#.="-]*$/iu;

/** Units and currencies after which a number is an amount, not an identifier. */
const NOT_PERSONAL_AFTER = /^\s*(?:zł|pln|eur|euro|usd|gbp|chf|€|\$|złotych|kg|g\b|ml|l\b|szt|sztuk|tys|mln|kcal|%)/iu;

/** True when the words around a number say it is not personal data. */
export function isBusinessNumber({ text, start, end }: DetectionContext): boolean {
  const before = text.slice(Math.max(0, start - 32), start);
  const after = text.slice(end, end + 12);
  return NOT_PERSONAL_BEFORE.test(before) || NOT_PERSONAL_AFTER.test(after);
}

export function digitCount(value: string): number {
  let count = 0;
  for (const char of value) {
    if (char >= '0' && char <= '9') {
      count++;
    }
  }
  return count;
}
