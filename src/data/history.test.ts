import { historyHash, MessageInterner, prefixHashes } from './history';

describe('MessageInterner', () => {
  it('gives equal messages one id and one shared copy, whatever surrounding whitespace', () => {
    const interner = new MessageInterner();
    const first = [{ role: 'user', content: 'Co na obiad?' }];
    const again = [{ role: 'user', content: ' Co na obiad?\n' }];

    expect(interner.idsOf(first)).toEqual(interner.idsOf(again));
    expect(again[0]).toBe(first[0]);
  });

  it('keeps role and tool calls part of a message identity', () => {
    const interner = new MessageInterner();
    const ids = interner.idsOf([
      { role: 'user', content: 'x' },
      { role: 'assistant', content: 'x' },
      { role: 'assistant', content: 'x', toolCalls: [{ name: 'search', argumentsJson: '{}' }] },
    ]);

    expect(new Set(ids).size).toBe(3);
  });

  it('tells apart long texts of equal length and recognises repeats of them', () => {
    const interner = new MessageInterner();
    const texts = Array.from({ length: 200 }, (_, i) => `${String(i).padStart(5, '0')}${'x'.repeat(20000)}`);
    const ids = texts.map((content) => interner.idOf({ role: 'user', content }));
    const repeated = texts.map((content) => interner.idOf({ role: 'user', content: content.slice(0) }));

    expect(new Set(ids).size).toBe(200);
    expect(repeated).toEqual(ids);
  });
});

describe('history hashes', () => {
  it('hash every prefix, and the whole list the same way as historyHash', () => {
    const hashes = prefixHashes([3, 1, 4]);

    expect(hashes).toHaveLength(4);
    expect(new Set(hashes).size).toBe(4);
    expect(hashes[3]).toBe(historyHash([3, 1, 4]));
    expect(historyHash([3, 1], 4)).toBe(historyHash([3, 1, 4]));
    expect(historyHash([1, 3, 4])).not.toBe(historyHash([3, 1, 4]));
  });
});
