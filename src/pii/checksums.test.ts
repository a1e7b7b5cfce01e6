import { isValidIban, isValidLuhn, isValidNip, isValidPesel } from './checksums';

describe('PESEL', () => {
  it('accepts a number whose check digit and birth date are right', () => {
    expect(isValidPesel('44051401359')).toBe(true);
    // Born 2012-02-29: the month carries the century (+20) and the leap day exists.
    expect(isValidPesel('12222900002')).toBe(true);
  });

  it('rejects a wrong check digit, an impossible date and a wrong length', () => {
    expect(isValidPesel('44051401358')).toBe(false);
    // Check digit right for the digits, but 31 April does not exist.
    expect(isValidPesel('90043112349')).toBe(false);
    expect(isValidPesel('4405140135')).toBe(false);
  });
});

describe('NIP', () => {
  it('accepts a valid tax id with or without dashes', () => {
    expect(isValidNip('5260250274')).toBe(true);
    expect(isValidNip('526-025-02-74')).toBe(true);
  });

  it('rejects a wrong check digit and a sum whose remainder is 10', () => {
    expect(isValidNip('5260250275')).toBe(false);
    expect(isValidNip('0000000000')).toBe(false);
  });
});

describe('IBAN', () => {
  it.each([
    'PL61109010140000071219812874',
    'PL61 1090 1014 0000 0712 1981 2874',
    'DE89370400440532013000',
    'GB29NWBK60161331926819',
  ])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it('rejects a wrong check number and a length the country does not use', () => {
    expect(isValidIban('PL62109010140000071219812874')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
  });
});

describe('Luhn', () => {
  it('accepts test card numbers with spaces or dashes', () => {
    expect(isValidLuhn('4111 1111 1111 1111')).toBe(true);
    expect(isValidLuhn('3782-822463-10005')).toBe(true);
  });

  it('rejects a wrong last digit and numbers outside 13-19 digits', () => {
    expect(isValidLuhn('4111111111111112')).toBe(false);
    expect(isValidLuhn('424242424242')).toBe(false);
  });
});
