import fc from 'fast-check';

import { createMasker } from './masker';

describe('createMasker', () => {
  const masker = createMasker();

  it('replaces each value with its kind and counts them', () => {
    expect(masker.mask('Napisz na jan.kowalski@example.pl lub zadzwoń +48 600 123 456.')).toEqual({
      text: 'Napisz na [email] lub zadzwoń [phone].',
      count: 2,
    });
  });

  it('leaves a text without personal data as it is', () => {
    const text = 'Piecz 45 minut w 180 °C, 500 g mąki, zamówienie nr 600123456, cena 1 234 567 zł.';
    expect(masker.mask(text)).toEqual({ text, count: 0 });
  });

  it('masks a whole value, never a part of it', () => {
    const { text } = masker.mask('Konto PL61 1090 1014 0000 0712 1981 2874, karta 4111-1111-1111-1111.');
    expect(text).toBe('Konto [iban], karta [card].');
    expect(text).not.toMatch(/\d{4}/);
  });

  it('does not mask numbers whose check digit is wrong', () => {
    expect(masker.mask('PESEL 44051401358, NIP 5260250275').count).toBe(0);
  });

  it('covers overlapping detections with one span named after the longest', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    // The bearer-token detector and the JWT detector both find the token: it is masked once, as a JWT.
    expect(masker.mask(`Authorization: Bearer ${jwt}`)).toEqual({ text: 'Authorization: Bearer [jwt]', count: 1 });
    expect(masker.detect(`Bearer ${jwt}`)).toEqual([{ kind: 'jwt', start: 7, end: 7 + jwt.length }]);
  });

  it('adds the user patterns after the built-in ones and reports their errors', () => {
    const custom = createMasker('orderId: ORD-\\d{6}\nbroken: (x');
    expect(custom.mask('Zamówienie ORD-123456 od ola@example.com').text).toBe('Zamówienie [orderId] od [email]');
    expect(custom.errors).toHaveLength(1);
    expect(custom.detectors.at(-1)?.name).toBe('orderId');
  });

  it('gives the same answer for a text it has seen before', () => {
    const text = 'tel. 600 123 456';
    expect(masker.mask(text)).toEqual(masker.mask(text));
    expect(masker.mask(text)).toEqual({ text: 'tel. [phone]', count: 1 });
  });

  it('finds values at the very start and end of a text and across lines', () => {
    expect(masker.mask('ola@example.com\n600 123 456').text).toBe('[email]\n[phone]');
  });
});

describe('masking arbitrary text', () => {
  const masker = createMasker();
  const pieces = [
    'ola@example.com',
    '+48 600 123 456',
    '44051401359',
    '526-025-02-74',
    'PL61 1090 1014 0000 0712 1981 2874',
    '4111 1111 1111 1111',
    '192.168.1.10',
    '2001:db8::1',
    'sk-proj-9fA2kLmQ7xR4tZ8wB1nC5vD3',
    'zamówienie 600123456',
    'v1.2.3.4',
  ];
  // Pieces stand apart as words do; glued together (`a@b.pl+48600123456`) a boundary may only appear once the
  // neighbour is masked.
  const texts = fc
    .array(
      fc.tuple(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), fc.constantFrom(' ', ', ', '\n')),
      {
        maxLength: 12,
      }
    )
    .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

  it('never throws, and finds nothing left to mask in its own output', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = masker.mask(text);
        expect(masker.mask(once.text).count).toBe(0);
      }),
      { numRuns: 500 }
    );
  });
});
