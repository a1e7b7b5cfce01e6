import { buildConversations } from '../buildConversations';
import { lokiFrameFromLines } from '../lokiFrame';
import { generateCorpus } from './corpus';

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpus({ seed: 7 }).lines).toEqual(generateCorpus({ seed: 7 }).lines);
    expect(generateCorpus({ seed: 7 }).lines).not.toEqual(generateCorpus({ seed: 8 }).lines);
  });

  it.each([
    { seed: 1, ids: 'none' as const },
    { seed: 2, ids: 'session' as const },
    { seed: 3, ids: 'mixed' as const, duplicateRatio: 0.1, streamedRatio: 0.5, failureRatio: 0.5 },
    { seed: 4, ids: 'none' as const, conversations: 60, turns: 6, models: 1, garbageRatio: 1 },
  ])('produces corpora in which buildConversations finds exactly what was written (%p)', (options) => {
    const { lines, expected } = generateCorpus(options);
    const { conversations, account } = buildConversations([lokiFrameFromLines(lines)]);
    const exchanges = conversations.flatMap((conversation) => conversation.exchanges);

    expect(conversations).toHaveLength(expected.conversations);
    expect(exchanges).toHaveLength(expected.exchanges);
    expect(exchanges.filter((exchange) => exchange.status === 'failed')).toHaveLength(expected.failedExchanges);
    expect(exchanges.filter((exchange) => exchange.promptMissing || exchange.status === 'pending')).toEqual([]);
    expect(account.rowsUsed).toBe(expected.llmRows);
    expect(account.skipped).toEqual({
      notJson: expected.notJson,
      notLlmEvent: expected.notLlmEvent,
      duplicate: expected.duplicates,
      unreadable: 0,
    });
  });
});
