import { buildConversations, lokiFrameFromJsonl } from '../../src/data';
import { generateTraffic } from '../../demo-writer/traffic';

const START_MS = Date.UTC(2026, 11, 1, 9, 0, 0);

function traffic(seed: number, conversations = 300) {
  // Conversations start every 20 s and last up to a few minutes, so several are in flight at once.
  return generateTraffic({ seed, conversations, startMs: START_MS, gapMs: 20000 });
}

function jsonl(lines: string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

function frameOf(lines: string[]) {
  return lokiFrameFromJsonl(jsonl(lines), { labels: { job: 'backend_logs' } });
}

describe('demo writer traffic', () => {
  it('is the same for the same seed and differs for another seed', () => {
    expect(traffic(7, 40)).toEqual(traffic(7, 40));
    expect(traffic(8, 40).entries).not.toEqual(traffic(7, 40).entries);
  });

  it('writes lines in time order', () => {
    const times = traffic(11).entries.map((entry) => entry.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('covers what the dashboard must show: Polish and English chats, streaming, slow and cold calls, failures, personal data, hostile text', () => {
    const { entries, counts } = traffic(21);
    const text = jsonl(entries.map((entry) => entry.line));

    expect(text).toContain('Jesteś asystentem kulinarnym');
    expect(text).toContain('You are FoodSave AI');
    expect(counts.streamedExchanges).toBeGreaterThan(10);
    expect(counts.slowExchanges).toBeGreaterThan(5);
    expect(counts.coldStarts).toBeGreaterThan(3);
    expect(counts.failedExchanges).toBeGreaterThan(5);
    expect(counts.personalDataPrompts).toBeGreaterThan(10);
    expect(counts.hostilePrompts).toBeGreaterThan(5);
    expect(counts.exchanges).toBeGreaterThan(counts.conversations);
    expect(counts.notJsonLines).toBeGreaterThan(5);
    expect(counts.otherEventLines).toBeGreaterThan(5);
    expect(counts.lines).toBe(entries.length);
  });

  it('writes zone-less local times for the plain backend and UTC with Z for instrumented calls', () => {
    const stamps = traffic(5)
      .entries.map((entry) => /"timestamp": "([^"]+)"/.exec(entry.line)?.[1])
      .filter((stamp): stamp is string => stamp !== undefined);
    expect(stamps.some((stamp) => stamp.endsWith('Z'))).toBe(true);
    expect(stamps.some((stamp) => /\d{6}$/.test(stamp))).toBe(true);
  });

  it.each([3, 42, 2026])(
    'reads back through buildConversations with nothing skipped but the deliberate garbage (seed %i)',
    (seed) => {
      const { entries, counts } = traffic(seed);
      const { conversations, account } = buildConversations([frameOf(entries.map((entry) => entry.line))]);

      expect(account.rowsIn).toBe(counts.lines);
      expect(account.skipped).toEqual({
        notJson: counts.notJsonLines,
        notLlmEvent: counts.otherEventLines,
        duplicate: 0,
        unreadable: 0,
      });
      expect(account.rowsUsed).toBe(counts.lines - counts.notJsonLines - counts.otherEventLines);
      // Every prompt and response row ends up in a turn: nothing the writer wrote is lost.
      const exchanges = conversations.flatMap((conversation) => conversation.exchanges);
      expect(new Set(exchanges.flatMap((item) => item.rowIds)).size).toBe(account.rowsUsed);

      // Calls that carry a request id pair exactly even while others are in flight. An error without an id names
      // only the model: with two calls to it in flight, it may fail the wrong one (one pending turn and one
      // answer without its prompt per such error, at most).
      const unpaired = exchanges.filter((item) => item.status === 'pending' || item.promptMissing);
      expect(unpaired.filter((item) => item.ids.requestId !== undefined)).toEqual([]);
      expect(unpaired.length).toBeLessThanOrEqual(2 * counts.failedExchanges);
    }
  );

  it.each([5, 77])('pairs and threads every call exactly when chats do not overlap in time (seed %i)', (seed) => {
    // Six minutes apart: longer than any planned chat, so no two calls to a model are ever in flight at once.
    const { entries, counts } = generateTraffic({ seed, conversations: 120, startMs: START_MS, gapMs: 360000 });
    const { conversations } = buildConversations([frameOf(entries.map((entry) => entry.line))]);
    const exchanges = conversations.flatMap((conversation) => conversation.exchanges);

    expect(conversations).toHaveLength(counts.conversations);
    expect(exchanges).toHaveLength(counts.exchanges);
    expect(exchanges.filter((item) => item.status === 'failed')).toHaveLength(counts.failedExchanges);
    expect(exchanges.filter((item) => item.streamed)).toHaveLength(counts.streamedExchanges);
    expect(exchanges.filter((item) => item.status === 'pending' || item.promptMissing)).toHaveLength(0);
    expect(conversations.some((conversation) => conversation.threadedBy === 'history')).toBe(true);
    expect(conversations.some((conversation) => conversation.threadedBy === 'id')).toBe(true);
    expect(exchanges.filter((item) => item.loadMs !== undefined && item.loadMs > 2000)).toHaveLength(counts.coldStarts);
  });
});
