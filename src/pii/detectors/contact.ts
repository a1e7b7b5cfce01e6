import type { Detector } from '../types';
import {
  NUMBER_END,
  NUMBER_START,
  RE2_NUMBER_LEAD,
  RE2_NUMBER_TAIL,
  digitCount,
  isBusinessNumber,
  re2TokenLead,
} from './boundaries';

/** `logo@2x.png`: an image name, not an address; none of these extensions is a top-level domain. */
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|pdf|js|jsx|ts|tsx|css|scss|html?|json|txt|csv|ya?ml)$/i;

/**
 * Kept as a string and compiled at run time: the build targets ES2015, where a `\p{L}` literal is rewritten into
 * explicit Unicode ranges of several kilobytes each.
 */
const EMAIL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])`;

export const emailDetector: Detector = {
  name: 'email',
  pattern: new RegExp(EMAIL, 'gu'),
  re2: re2TokenLead(String.raw`\pL\pN._%+\-`) + String.raw`([\pL\pN._%+\-]+@[\pL\pN\-]+(?:\.[\pL\pN\-]+)*\.\pL{2,})`,
  validate: (value) => !FILE_EXTENSION.test(value),
  hint: /@/,
  builtIn: true,
};

/** Polish numbers: mobile 3-3-3, landline (area code) 3-2-2, or nine digits in a row. */
const POLISH_NATIONAL = String.raw`\d{3}[ -]\d{3}[ -]\d{3}|\(\d{2}\) ?\d{3}[ -]?\d{2}[ -]?\d{2}|\d{2}[ -]\d{3}[ -]\d{2}[ -]\d{2}|\d{9}`;
const POLISH_PREFIX = String.raw`(?:(?:\+|00)48[ -]?|\(\+48\) ?)`;
/** E.164 written with `+` (or `00`) and the country code, digits in groups. */
const INTERNATIONAL = String.raw`(?:\+|00)[1-9]\d{0,2}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,5})){1,5}`;

/** First two digits of Polish mobile ranges and landline area codes. */
const POLISH_LEADING_DIGITS = new Set(
  (
    '12 13 14 15 16 17 18 22 23 24 25 29 32 33 34 41 42 43 44 45 46 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 ' +
    '65 66 67 68 69 71 72 73 74 75 76 77 78 79 81 82 83 84 85 86 87 88 89 91 94 95'
  ).split(' ')
);

function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (/^(?:\+|00|\(\+)/.test(value)) {
    const international = digits.replace(/^00/, '');
    if (international.startsWith('48')) {
      return international.length === 11 && POLISH_LEADING_DIGITS.has(international.slice(2, 4));
    }
    return international.length >= 8 && international.length <= 15;
  }
  return digits.length === 9 && POLISH_LEADING_DIGITS.has(digits.slice(0, 2));
}

export const phoneDetector: Detector = {
  name: 'phone',
  pattern: new RegExp(
    String.raw`(?<![\w+])${NUMBER_START}(?:${POLISH_PREFIX}(?:${POLISH_NATIONAL})|${INTERNATIONAL}|(?:${POLISH_NATIONAL}))${NUMBER_END}(?! \d{1,3}(?![\d ]))`,
    'g'
  ),
  re2:
    `${RE2_NUMBER_LEAD}(` +
    String.raw`(?:(?:\+|00)48[ -]?|\(\+48\) ?)?(?:[0-9]{3}[ -][0-9]{3}[ -][0-9]{3}|\([0-9]{2}\) ?[0-9]{3}[ -]?[0-9]{2}[ -]?[0-9]{2}|[0-9]{2}[ -][0-9]{3}[ -][0-9]{2}[ -][0-9]{2}|[1-9][0-9]{8})` +
    String.raw`|\+[1-9][0-9]{0,2}[ .-]?(?:\([0-9]{1,4}\)[ .-]?)?[0-9]{1,5}(?:[ .-]?[0-9]{2,5}){1,4}|00[1-9][0-9]{7,13}` +
    `)${RE2_NUMBER_TAIL}`,
  validate: (value, context) =>
    digitCount(value) >= 8 && isPhoneNumber(value) && (/^\+|^\(\+/.test(value) || !isBusinessNumber(context)),
  hint: /\d{2}/,
  builtIn: true,
};
