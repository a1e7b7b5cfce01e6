import { buildSearchIndex, findMatches, foldText, matchConversation } from './search';
import { conversation, exchange } from './testing/fixtures';

describe('search', () => {
  it('folds Polish diacritics and case without changing the length', () => {
    expect(foldText('Ryżu ŁÓDŹ Żółć')).toBe('ryzu lodz zolc');
    expect(foldText('Ryżu ŁÓDŹ Żółć')).toHaveLength('Ryżu ŁÓDŹ Żółć'.length);
  });

  it('finds a query without diacritics inside words with them', () => {
    const text = 'Ugotuj RYŻ, potem dodaj ryżu.';
    const ranges = findMatches(text, foldText('ryz'));
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['RYŻ', 'ryż']);
  });

  it('counts matches only in the messages new to each turn, so history is not counted twice', () => {
    const first = exchange({
      messages: [{ role: 'user', content: 'ryż?' }],
      response: { role: 'assistant', content: 'Tak' },
    });
    const second = exchange({
      messages: [...first.messages, first.response!, { role: 'user', content: 'A bez ryżu?' }],
      newMessagesFrom: 2,
      response: { role: 'assistant', content: 'Kasza.' },
    });
    const thread = conversation([first, second]);
    const matches = matchConversation(thread, buildSearchIndex([thread]), foldText('ryż'));
    expect(matches.matchCount).toBe(2);
    expect(matches.turnKeys).toEqual(new Set([first.key, second.key]));
  });

  it('searches tool call arguments and error text', () => {
    const failed = exchange({
      response: {
        role: 'assistant',
        content: '',
        toolCalls: [{ name: 'find_recipe', argumentsJson: '{"q":"pierogi"}' }],
      },
      errorText: 'Connection refused',
    });
    const thread = conversation([failed]);
    const index = buildSearchIndex([thread]);
    expect(matchConversation(thread, index, foldText('pierogi')).matchCount).toBe(1);
    expect(matchConversation(thread, index, foldText('refused')).matchCount).toBe(1);
  });
});
