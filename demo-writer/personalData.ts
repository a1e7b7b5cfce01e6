import type { Random } from './random.ts';

/**
 * Fake but well-formed personal data (valid checksums), so the redaction stages and the panel's masking
 * meet what a real user would type. None of it belongs to a real person.
 */

const FIRST_NAMES = ['jan', 'anna', 'piotr', 'katarzyna', 'tomasz', 'magdalena', 'john', 'emily'];
const LAST_NAMES = ['kowalski', 'nowak', 'wisniewska', 'wojcik', 'kaminska', 'smith', 'taylor'];
const MAIL_DOMAINS = ['example.pl', 'example.com', 'poczta.example.org'];

export function fakeEmail(random: Random): string {
  return `${random.pick(FIRST_NAMES)}.${random.pick(LAST_NAMES)}${random.int(1, 99)}@${random.pick(MAIL_DOMAINS)}`;
}

export function fakePolishPhone(random: Random): string {
  const digits = () => String(random.int(0, 999)).padStart(3, '0');
  return random.chance(0.5)
    ? `+48 ${random.int(500, 899)} ${digits()} ${digits()}`
    : `${random.int(500, 899)}-${digits()}-${digits()}`;
}

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** A PESEL number with a valid birth date and check digit. */
export function fakePesel(random: Random): string {
  const year = random.int(1950, 2005);
  const month = random.int(1, 12) + (year >= 2000 ? 20 : 0);
  const day = random.int(1, 28);
  const serial = random.int(0, 9999);
  const body =
    String(year % 100).padStart(2, '0') +
    String(month).padStart(2, '0') +
    String(day).padStart(2, '0') +
    String(serial).padStart(4, '0');
  const sum = body.split('').reduce((total, digit, index) => total + Number(digit) * PESEL_WEIGHTS[index], 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** A Polish IBAN with valid mod-97 check digits, grouped in fours as people write it. */
export function fakePolishIban(random: Random): string {
  let account = '';
  for (let index = 0; index < 24; index++) {
    account += String(random.int(0, 9));
  }
  // Country code PL becomes 2521, check digits 00 are moved to the end for the mod-97 computation.
  const remainder = `${account}252100`.split('').reduce((rest, digit) => (rest * 10 + Number(digit)) % 97, 0);
  const iban = `PL${String(98 - remainder).padStart(2, '0')}${account}`;
  return iban.replace(/(.{4})/g, '$1 ').trim();
}
