import { isValidIban, isValidLuhn, isValidNip, isValidPesel } from '../checksums';
import type { Detector } from '../types';
import {
  NUMBER_END,
  NUMBER_START,
  RE2_NUMBER_LEAD,
  RE2_NUMBER_TAIL,
  isBusinessNumber,
  re2TokenLead,
} from './boundaries';

const PESEL_RE2 = String.raw`[0-9]{2}(?:[02468][1-9]|[13579][0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{5}`;

export const peselDetector: Detector = {
  name: 'pesel',
  pattern: new RegExp(`${NUMBER_START}\\d{11}${NUMBER_END}`, 'g'),
  re2: `${RE2_NUMBER_LEAD}(${PESEL_RE2})${RE2_NUMBER_TAIL}`,
  validate: (value, context) => isValidPesel(value) && !isBusinessNumber(context),
  hint: /\d{11}/,
  builtIn: true,
};

const NIP_SHAPES = String.raw`\d{10}|\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}|\d{3} \d{3} \d{2} \d{2}`;

export const nipDetector: Detector = {
  name: 'nip',
  pattern: new RegExp(`(?<![A-Za-z])(?:PL)?${NUMBER_START}(?:${NIP_SHAPES})${NUMBER_END}`, 'g'),
  re2: `${RE2_NUMBER_LEAD}((?:PL)?(?:${NIP_SHAPES.replace(/\\d/g, '[0-9]')}))${RE2_NUMBER_TAIL}`,
  validate: (value, context) => isValidNip(value) && !isBusinessNumber(context),
  hint: /\d{3}/,
  builtIn: true,
};

/** An IBAN with its country code, or a Polish account number (NRB) written without `PL`. */
const IBAN_WITH_COUNTRY = String.raw`[A-Z]{2} ?\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?`;
const POLISH_ACCOUNT = String.raw`\d{2}(?: ?\d{4}){6}`;

export const ibanDetector: Detector = {
  name: 'iban',
  pattern: new RegExp(
    `(?<![A-Za-z0-9])${IBAN_WITH_COUNTRY}(?![A-Za-z0-9])|${NUMBER_START}${POLISH_ACCOUNT}${NUMBER_END}`,
    'g'
  ),
  re2:
    `${re2TokenLead('0-9A-Za-z')}(` +
    String.raw`[A-Z]{2} ?[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?` +
    `)|${RE2_NUMBER_LEAD}(` +
    String.raw`[0-9]{2}(?: ?[0-9]{4}){6}` +
    `)${RE2_NUMBER_TAIL}`,
  validate: (value) => isValidIban(/^\d/.test(value) ? `PL${value}` : value),
  hint: /\d{2}/,
  builtIn: true,
};

/** Issuer prefixes of the card networks (Visa, Mastercard, Amex, Diners, Discover, JCB, Maestro, UnionPay). */
const CARD_ISSUER = /^(?:4|5[0-8]|6|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3(?:0[0-5]|[4678]|5(?:2[89]|[3-8])))/;
const CARD_SHAPES = String.raw`\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5}`;

export const cardDetector: Detector = {
  name: 'card',
  pattern: new RegExp(`${NUMBER_START}(?:${CARD_SHAPES})${NUMBER_END}`, 'g'),
  re2:
    `${RE2_NUMBER_LEAD}(` +
    String.raw`[2-6][0-9]{12,18}|[2-6][0-9]{3}(?:[ -][0-9]{4}){2}[ -][0-9]{1,4}(?:[ -][0-9]{1,3})?|3[0-9]{3}[ -][0-9]{6}[ -][0-9]{4,5}` +
    `)${RE2_NUMBER_TAIL}`,
  validate: (value, context) =>
    isValidLuhn(value) && CARD_ISSUER.test(value.replace(/\D/g, '')) && !isBusinessNumber(context),
  hint: /\d{4}/,
  builtIn: true,
};
