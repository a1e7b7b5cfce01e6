import { conversation, exchange } from '../data/testing/model';
import type { Exchange } from '../data/types';
import { keyCarrier } from './keyCarrier';
import type { ConversationView } from './viewModel';

function view(exchanges: Exchange[]): ConversationView {
  // Without ids a conversation is named after its first turn, as the data core names it.
  const shown = conversation(exchanges, { key: exchanges[0].key });
  return { key: shown.key, conversation: shown, maskedCount: 0, revealed: false };
}

describe('carrying open and revealed conversations into a rebuilt list', () => {
  const [first, second, third] = [exchange(), exchange(), exchange()];
  const other = exchange();

  it('finds a conversation by its newest turn when older turns were read later', () => {
    const partial = [view([second, third]), view([other])];
    const complete = [view([first, second, third]), view([other])];

    const carried = keyCarrier(partial, complete)(new Set([second.key, other.key]));

    expect([...carried].sort()).toEqual([first.key, other.key].sort());
  });

  it('finds a conversation whose newest turn was read only up to its response', () => {
    const responseOnly = exchange({ key: 'row-response', rowIds: ['row-response'] });
    const whole = exchange({ key: 'row-prompt', rowIds: ['row-prompt', 'row-response'] });

    expect([...keyCarrier([view([responseOnly])], [view([whole])])(new Set(['row-response']))]).toEqual(['row-prompt']);
  });

  it('finds a conversation whose first turns left the time range', () => {
    const before = [view([first, second, third])];
    const after = [view([third])];

    expect([...keyCarrier(before, after)(new Set([first.key]))]).toEqual([third.key]);
  });

  it('carries the open and the revealed set with one carrier', () => {
    const carry = keyCarrier([view([second, third]), view([other])], [view([first, second, third]), view([other])]);

    expect([...carry(new Set([second.key]))]).toEqual([first.key]);
    expect([...carry(new Set([other.key, second.key]))].sort()).toEqual([first.key, other.key].sort());
  });

  it('keeps the key of a conversation that is gone, and the same set when every key is still there', () => {
    const before = [view([first]), view([other])];
    const keys = new Set([first.key, other.key]);

    expect(keyCarrier(before, [view([other])])(keys)).toBe(keys);
    expect(keyCarrier(before, before)(keys)).toBe(keys);
  });
});
