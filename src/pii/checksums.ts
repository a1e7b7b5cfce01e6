/**
 * Checksums of the identifiers the detectors recognise. A pattern alone cannot tell a PESEL from an
 * order number; the check digit can, so every validator here rejects look-alikes a pattern accepts.
 */

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/** Registered IBAN lengths per country (SWIFT IBAN registry); other countries fall back to 15-34 characters. */
const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 ' +
    'FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 ' +
    'LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 ' +
    'SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))])
);

function digitsOf(value: string): number[] {
  const digits: number[] = [];
  for (const char of value) {
    if (char >= '0' && char <= '9') {
      digits.push(char.charCodeAt(0) - 48);
    }
  }
  return digits;
}

function weightedSum(digits: number[], weights: number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * digits[index], 0);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** PESEL: 11 digits, a real birth date (the month carries the century) and the check digit. */
export function isValidPesel(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length !== 11) {
    return false;
  }
  const check = (10 - (weightedSum(digits, PESEL_WEIGHTS) % 10)) % 10;
  if (check !== digits[10]) {
    return false;
  }
  const encodedMonth = digits[2] * 10 + digits[3];
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(encodedMonth / 20)];
  const month = encodedMonth % 20;
  const year = century + digits[0] * 10 + digits[1];
  const day = digits[4] * 10 + digits[5];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** NIP (Polish tax id): 10 digits whose weighted sum modulo 11 is the last digit. */
export function isValidNip(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length !== 10 || digits[0] === 0) {
    return false;
  }
  const check = weightedSum(digits, NIP_WEIGHTS) % 11;
  return check !== 10 && check === digits[9];
}

/** Luhn check of a payment card number, 13 to 19 digits, separators ignored. */
export function isValidLuhn(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length < 13 || digits.length > 19) {
    return false;
  }
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits[digits.length - 1 - index];
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function mod97(numeric: string): number {
  let remainder = 0;
  for (let index = 0; index < numeric.length; index += 7) {
    remainder = Number(String(remainder) + numeric.slice(index, index + 7)) % 97;
  }
  return remainder;
}

/** The registered length of an IBAN for a country code, when known. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS[country];
}

/** IBAN of any country: the registered length when known (else 15-34) and ISO 13616 mod-97 equal to 1. */
export function isValidIban(value: string): boolean {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) {
    return false;
  }
  const expectedLength = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expectedLength ? compact.length !== expectedLength : compact.length < 15 || compact.length > 34) {
    return false;
  }
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return mod97(numeric) === 1;
}
