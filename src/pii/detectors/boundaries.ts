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
 * Where a number may start in the panel: not glued to digits, not after a decimal point (`3.14159265358`), not after
 * a lone group of one to three digits (`1 234 567 890` holds no phone number), not after a dash that joins it to a
 * code (`ART-600-123`, `2223-0031-2200`).
 * A longer number before it (`4111 1111 1111 1111 526-025-02-74`) is a neighbour, not a part.
 */
export const NUMBER_START = String.raw`(?<!\d|\d\.|\w-|(?:^|[\s(])\d{1,3} )`;
/** Where a number may end: not before more digits, a decimal part or a dash that continues a code. */
export const NUMBER_END = String.raw`(?!\d|\.\d|-\d)`;

/**
 * Last words before a number that make it an order, invoice, product or tracking number, a registry number, a time
 * stamp, or a timing or counter such as Ollama's `"load_duration": 1021000000` (which passes the NIP checksum).
 */
const NOT_PERSONAL_WORD =
  /^(?:zamówieni\w*|zam|order|faktur\w*|invoice|sku|ean|gtin|kod\w*|code|produktu|kreskowy|art|artykuł\w*|ref|referenc\w*|reference|tracking|śledzeni\w*|paczk\w*|przesyłk\w*|parcel|shipment|timestamp|time|epoch|unix|transakcj\w*|transaction|partii|batch|lot|seri\w*|serial|isbn|regon|krs|\w*duration|\w*count|tokens|bytes|size|\w*_ns|\w*_ms|\w*_time)$/iu;
/** What may stand between that word and the number: `nr`, `no.`, `#`, `:`, quotes. */
const MARK_CHARACTERS = new Set([' ', '\t', '\n', ':', '#', '.', '=', '"', '-']);
const MARK_WORDS = new Set(['nr', 'no', 'number', 'numer', 'num', 'id']);
/** From a string, like the e-mail pattern: a `\p{L}` literal would be expanded into kilobytes of ranges. */
const WORD_CHARACTER = new RegExp(String.raw`[\p{L}\p{N}_]`, 'u');
/** How far back the words are read; numbers are short, and so are the phrases that qualify them. */
const LOOK_BACK = 32;

/** The last word before `start`, skipping marks and one marker word such as `nr`; read by hand, as this runs often. */
function wordBefore(text: string, start: number): string {
  const limit = Math.max(0, start - LOOK_BACK);
  let position = start;
  const readWord = () => {
    while (position > limit && MARK_CHARACTERS.has(text[position - 1])) {
      position--;
    }
    const end = position;
    while (position > limit && WORD_CHARACTER.test(text[position - 1])) {
      position--;
    }
    return text.slice(position, end);
  };
  const word = readWord();
  return MARK_WORDS.has(word.toLowerCase()) ? readWord() : word;
}

/** Units and currencies after which a number is an amount, not an identifier. */
const NOT_PERSONAL_AFTER = /^\s*(?:zł|pln|eur|euro|usd|gbp|chf|€|\$|złotych|kg|g\b|ml|l\b|szt|sztuk|tys|mln|kcal|%)/iu;

/** True when the words around a number say it is not personal data. */
export function isBusinessNumber({ text, start, end }: DetectionContext): boolean {
  return NOT_PERSONAL_WORD.test(wordBefore(text, start)) || NOT_PERSONAL_AFTER.test(text.slice(end, end + 12));
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
