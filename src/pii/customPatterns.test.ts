import { parseCustomPatterns } from './customPatterns';

describe('parseCustomPatterns', () => {
  it('reads one detector per line and skips blank lines and comments', () => {
    const { detectors, errors } = parseCustomPatterns(
      'orderId: ORD-\\d{6}\n\n# loyalty cards\nloyalty: /KL-[a-z]{4}/i'
    );
    expect(errors).toEqual([]);
    expect(detectors.map((detector) => detector.name)).toEqual(['orderId', 'loyalty']);
    expect('ord ORD-123456'.match(detectors[0].pattern)).toEqual(['ORD-123456']);
    expect('kl-ABCD'.match(detectors[1].pattern)).toEqual(['kl-ABCD']);
  });

  it('explains an invalid expression with its line and keeps the valid lines', () => {
    const { detectors, errors } = parseCustomPatterns('broken: (abc\nticket: T-\\d+');
    expect(detectors.map((detector) => detector.name)).toEqual(['ticket']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Line 1 \(broken\): not a valid regular expression/);
    expect(errors[0]).toMatch(/backslash/);
  });

  it('refuses an expression that matches empty text, which would mask nothing', () => {
    const { detectors, errors } = parseCustomPatterns('anything: a*');
    expect(detectors).toEqual([]);
    expect(errors[0]).toMatch(/matches empty text/);
  });

  it('asks for a name and a colon when a line has neither, and for a usable name', () => {
    const { errors } = parseCustomPatterns('ORD-\\d+\nmy name: x+\n: y+');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^Line 1: write a name, a colon and a regular expression/);
    expect(errors[1]).toMatch(/^Line 2: the name "my name" must start with a letter/);
    expect(errors[2]).toMatch(/^Line 3: write a name/);
  });

  it('never throws, whatever the text', () => {
    expect(() => parseCustomPatterns('a: [\nb: (?<=x\nc: \\\n:::\n')).not.toThrow();
  });
});
