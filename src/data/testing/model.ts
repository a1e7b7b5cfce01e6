import type { Conversation, Exchange } from '../types';

/**
 * Small, valid pieces of the conversation model for tests and benchmarks that start after the data core:
 * every required field has a plausible value, and callers override only what their case is about.
 */
let keySequence = 0;

export function exchange(overrides: Partial<Exchange> = {}): Exchange {
  keySequence++;
  return {
    key: `exchange-${keySequence}`,
    model: 'gemma3:12b',
    status: 'ok',
    startMs: Date.UTC(2026, 10, 30, 18, 0, keySequence),
    startNs: '0',
    durationMs: 1200,
    unfinished: false,
    streamed: false,
    messages: [{ role: 'user', content: 'Co mogę ugotować z ryżu?' }],
    newMessagesFrom: 0,
    historyRewritten: false,
    response: { role: 'assistant', content: 'Smażony ryż z warzywami.' },
    ids: {},
    labels: {},
    promptMissing: false,
    rowIds: [`row-${keySequence}`],
    ...overrides,
  };
}

export function conversation(exchanges: Exchange[], overrides: Partial<Conversation> = {}): Conversation {
  const durations = exchanges.map((turn) => turn.durationMs).filter((ms): ms is number => ms !== undefined);
  return {
    key: exchanges[0].key,
    threadedBy: 'history',
    exchanges,
    models: [...new Set(exchanges.map((turn) => turn.model))],
    startMs: exchanges[0].startMs,
    lastActivityMs: exchanges[exchanges.length - 1].startMs,
    totalDurationMs: durations.reduce((sum, ms) => sum + ms, 0),
    slowestDurationMs: durations.length > 0 ? Math.max(...durations) : undefined,
    status: exchanges.some((turn) => turn.status === 'failed') ? 'failed' : 'ok',
    ...overrides,
  };
}
