import { filterChoices, filterConversations, type ConversationFilters } from './filterConversations';
import { buildSearchIndex } from './search';
import { conversation, exchange } from './testing/fixtures';
import type { ConversationView } from './viewModel';

function view(...args: Parameters<typeof conversation>): ConversationView {
  const shown = conversation(...args);
  return { key: shown.key, conversation: shown, maskedCount: 0, revealed: false };
}

const fast = view([exchange({ model: 'gemma3:12b', durationMs: 900, startMs: 3000 })], { userId: 'u_1' });
const slow = view([exchange({ model: 'bielik:11b', durationMs: 14_902, startMs: 1000 })]);
const failed = view([exchange({ model: 'gemma3:12b', status: 'failed', durationMs: 231, startMs: 2000 })]);
const views = [fast, slow, failed];
const index = buildSearchIndex(views.map((shown) => shown.conversation));

function keys(filters: Partial<ConversationFilters>) {
  return filterConversations(views, index, { query: '', sort: 'recent', ...filters }, 's').views.map(
    (shown) => shown.key
  );
}

describe('filterConversations', () => {
  it('lists newest activity first by default', () => {
    expect(keys({})).toEqual([fast.key, failed.key, slow.key]);
  });

  it('sorts by the slowest turn', () => {
    expect(keys({ sort: 'slowest' })[0]).toBe(slow.key);
  });

  it('filters by model, status and user id', () => {
    expect(keys({ model: 'bielik:11b' })).toEqual([slow.key]);
    expect(keys({ status: 'failed' })).toEqual([failed.key]);
    expect(keys({ userId: 'u_1' })).toEqual([fast.key]);
  });

  it('keeps only conversations at or above the chosen threshold step', () => {
    expect(keys({ slowFrom: 5 })).toEqual([slow.key]);
    expect(keys({ slowFrom: 15 })).toEqual([]);
  });

  it('offers the models and user ids present', () => {
    expect(filterChoices(views)).toEqual({ models: ['bielik:11b', 'gemma3:12b'], userIds: ['u_1'] });
  });
});
