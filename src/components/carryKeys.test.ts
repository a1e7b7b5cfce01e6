import { conversation, exchange } from '../data/testing/model';
import type { Exchange } from '../data/types';
import { carryKeys } from './carryKeys';
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

    const carried = carryKeys(new Set([second.key, other.key]), partial, complete);

    expect([...carried].sort()).toEqual([first.key, other.key].sort());
  });

  it('finds a conversation whose newest turn was read only up to its response', () => {
    const responseOnly = exchange({ key: 'row-response', rowIds: ['row-response'] });
    const whole = exchange({ key: 'row-prompt', rowIds: ['row-prompt', 'row-response'] });

    expect([...carryKeys(new Set(['row-response']), [view([responseOnly])], [view([whole])])]).toEqual(['row-prompt']);
  });

  it('finds a conversation whose first turns left the time range', () => {
    const before = [view([first, second, third])];
    const after = [view([third])];

    expect([...carryKeys(new Set([first.key]), before, after)]).toEqual([third.key]);
  });

  it('keeps the key of a conversation that is gone, and the same set when every key is still there', () => {
    const before = [view([first]), view([other])];
    const keys = new Set([first.key, other.key]);

    expect(carryKeys(keys, before, [view([other])])).toBe(keys);
    expect(carryKeys(keys, before, before)).toBe(keys);
  });
});
