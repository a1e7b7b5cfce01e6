import { buildConversations } from './buildConversations';
import { frameOf, jsonLine, userMessages } from './testing/lines';

function turn(second: number, messages: unknown, answer: string, extra: Record<string, unknown> = {}): string[] {
  return [
    jsonLine(second, { event: 'ollama_prompt', model: 'gemma3', messages, ...extra }),
    jsonLine(second + 1, { event: 'ollama_response', model: 'gemma3', messages, response: answer, ...extra }),
  ];
}

describe('threading exchanges into conversations', () => {
  it('follows a chat over three turns by its message history, new messages marked per turn', () => {
    const lines = [
      ...turn(0, userMessages('Q1'), 'A1'),
      ...turn(10, userMessages('Q1', 'A1', 'Q2'), 'A2'),
      ...turn(20, userMessages('Q1', 'A1', 'Q2', 'A2', 'Q3'), 'A3'),
      ...turn(30, userMessages('Inny temat'), 'B1'),
    ];
    const { conversations } = buildConversations(frameOf(lines));

    expect(conversations).toHaveLength(2);
    const chat = conversations.find((conversation) => conversation.exchanges.length === 3);
    expect(chat?.threadedBy).toBe('history');
    expect(chat?.exchanges.map((exchange) => [exchange.newMessagesFrom, exchange.historyRewritten])).toEqual([
      [0, false],
      [2, false],
      [4, false],
    ]);
  });

  it('groups by an explicit id and flags a turn whose history was edited', () => {
    const lines = [
      ...turn(0, userMessages('Q1'), 'A1', { session_id: 's1' }),
      ...turn(10, userMessages('Q1 (poprawione)', 'A1', 'Q2'), 'A2', { session_id: 's1' }),
      ...turn(20, userMessages('Q1'), 'A1', { session_id: 's2' }),
    ];
    const { conversations } = buildConversations(frameOf(lines));

    expect(conversations.map((conversation) => [conversation.key, conversation.exchanges.length])).toEqual([
      ['s2', 1],
      ['s1', 2],
    ]);
    const edited = conversations[1].exchanges[1];
    expect(edited).toMatchObject({ historyRewritten: true, newMessagesFrom: 0 });
  });

  it('uses the first id key in the configured order', () => {
    const lines = [
      ...turn(0, userMessages('Q1'), 'A1', { session_id: 's1', trace_id: 't1' }),
      ...turn(10, userMessages('Q9'), 'A9', { session_id: 's1', trace_id: 't2' }),
    ];
    const bySession = buildConversations(frameOf(lines));
    const byTrace = buildConversations(frameOf(lines), { conversationIdKeys: ['trace_id', 'session_id'] });

    expect(bySession.conversations.map((conversation) => conversation.idValue)).toEqual(['s1']);
    expect(byTrace.conversations.map((conversation) => conversation.idValue)).toEqual(['t2', 't1']);
    expect(byTrace.conversations[0].idKey).toBe('trace_id');
  });

  it('continues a chat after a failed turn that the user simply asked again', () => {
    const lines = [
      ...turn(0, userMessages('Q1'), 'A1'),
      jsonLine(10, { event: 'ollama_prompt', model: 'gemma3', messages: userMessages('Q1', 'A1', 'Q2') }),
      jsonLine(11, { event: 'Error in LLM request to gemma3: boom', level: 'error' }),
      ...turn(20, userMessages('Q1', 'A1', 'Q2'), 'A2'),
    ];
    const { conversations } = buildConversations(frameOf(lines));

    expect(conversations).toHaveLength(1);
    expect(conversations[0].status).toBe('failed');
    expect(conversations[0].exchanges.map((exchange) => [exchange.status, exchange.newMessagesFrom])).toEqual([
      ['ok', 0],
      ['failed', 2],
      ['ok', 3],
    ]);
    expect(conversations[0].exchanges[2].historyRewritten).toBe(false);
  });

  it('summarises a conversation: models in order of first use, last activity, durations', () => {
    const lines = [
      jsonLine(0, { event: 'ollama_prompt', model: 'a', messages: userMessages('Q1') }),
      jsonLine(2, { event: 'ollama_response', model: 'a', messages: userMessages('Q1'), response: 'A1', duration: 2 }),
      jsonLine(10, { event: 'ollama_prompt', model: 'b', messages: userMessages('Q1', 'A1', 'Q2') }),
      jsonLine(15, {
        event: 'ollama_response',
        model: 'b',
        messages: userMessages('Q1', 'A1', 'Q2'),
        response: 'A2',
        duration: 5,
      }),
    ];
    const [conversation] = buildConversations(frameOf(lines)).conversations;

    expect(conversation).toMatchObject({
      models: ['a', 'b'],
      totalDurationMs: 7000,
      slowestDurationMs: 5000,
      startMs: Date.UTC(2026, 10, 30, 18, 0, 0),
      lastActivityMs: Date.UTC(2026, 10, 30, 18, 0, 15),
      status: 'ok',
    });
  });
});
