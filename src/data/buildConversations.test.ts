import { buildConversations, lokiFrameFromJsonl } from './index';
import { readFixtureText } from './testing/fixtures';
import { Conversation } from './types';

function backendResult() {
  const frame = lokiFrameFromJsonl(readFixtureText('foodsave-logs/backend.jsonl'), {
    refId: 'A',
    labels: { job: 'backend_logs' },
  });
  return buildConversations([frame]);
}

function conversationAsking(conversations: Conversation[], question: string): Conversation {
  const found = conversations.find((conversation) =>
    conversation.exchanges.some((exchange) => exchange.messages.some((message) => message.content.includes(question)))
  );
  if (!found) {
    throw new Error(`no conversation asks "${question}"`);
  }
  return found;
}

describe('buildConversations on the FoodSave backend log', () => {
  it('finds exactly 5 conversations and accounts for every row', () => {
    const { conversations, account } = backendResult();

    expect(conversations).toHaveLength(5);
    expect(account.rowsIn).toBe(13);
    expect(account.rowsUsed).toBe(13);
    expect(account.skipped).toEqual({ notJson: 0, notLlmEvent: 0, duplicate: 0, unreadable: 0 });
    expect(account.frames).toEqual([{ name: 'A', rows: 13, limitReached: false }]);
    // Newest activity first.
    expect(conversations.map((conversation) => conversation.models)).toEqual([
      ['llama3.1:8b'],
      ['gemma3:12b'],
      ['gemma3:12b'],
      ['bielik:11b'],
      ['gemma3:12b'],
    ]);
  });

  it('threads the follow-up question into the first chat by its message history', () => {
    const chat = conversationAsking(backendResult().conversations, 'A ile to ma kalorii');

    expect(chat.threadedBy).toBe('history');
    expect(chat.exchanges).toHaveLength(2);
    const [first, second] = chat.exchanges;
    expect(first.newMessagesFrom).toBe(0);
    expect(second.messages).toHaveLength(4);
    expect(second.newMessagesFrom).toBe(3);
    expect(second.messages.slice(second.newMessagesFrom)).toEqual([
      { role: 'user', content: 'A ile to ma kalorii na porcję?' },
    ]);
    expect(second.historyRewritten).toBe(false);
    expect(first.durationMs).toBe(2841.3);
    expect(second.response?.content).toBe('Około 420 kcal na porcję (przy 2 jajkach i 150 g ryżu).');
    expect(chat.totalDurationMs).toBeCloseTo(4049, 6);
    expect(chat.slowestDurationMs).toBe(2841.3);
    expect(chat.status).toBe('ok');
  });

  it('shows the streamed call, logged with two prompt rows, as one exchange of about 14.9 s', () => {
    const chat = conversationAsking(backendResult().conversations, 'Zaplanuj mi obiady');

    expect(chat.exchanges).toHaveLength(1);
    const [exchange] = chat.exchanges;
    expect(exchange.streamed).toBe(true);
    expect(exchange.rowIds).toHaveLength(3);
    expect(exchange.durationMs).toBe(14902);
    expect(exchange.durationFromTimestamps).toBeUndefined();
    expect(exchange.response).toEqual({
      role: 'assistant',
      content:
        'Dzień 1: kurczak w sosie jogurtowym ze szpinakiem.\nDzień 2: sałatka ze szpinakiem i grillowanym kurczakiem.\nDzień 3: placki szpinakowe z dipem jogurtowym.',
    });
    expect(exchange.startNs).toBe('1796062240000512000');
    expect(exchange.endNs).toBe('1796062254903377000');
  });

  it('marks the call followed by an error event as failed with the error text', () => {
    const chat = conversationAsking(backendResult().conversations, 'Przetłumacz przepis');

    expect(chat.status).toBe('failed');
    const [exchange] = chat.exchanges;
    expect(exchange.status).toBe('failed');
    expect(exchange.errorText).toContain('Connection refused');
    expect(exchange.response).toBeUndefined();
    expect(exchange.rowIds).toHaveLength(2);
    expect(exchange.endMs).toBe(Date.UTC(2026, 10, 30, 18, 20, 0, 731));
  });

  it('keeps the prompt with personal data as it was logged (masking is the panel’s job)', () => {
    const chat = conversationAsking(backendResult().conversations, 'jan.kowalski@example.pl');

    expect(chat.exchanges[0].messages[0].content).toContain('PESEL to 44051401359');
    expect(chat.exchanges[0].durationMs).toBe(931.1);
    expect(chat.exchanges[0].labels).toEqual({ job: 'backend_logs' });
  });

  it("reads Ollama's counters: 21 output tokens at about 20.8 tokens/s after a 1.02 s model load", () => {
    const chat = conversationAsking(backendResult().conversations, 'Ile gotować jajko');

    expect(chat.threadedBy).toBe('id');
    expect(chat.idKey).toBe('session_id');
    expect(chat.idValue).toBe('web-7781');
    expect(chat.key).toBe('web-7781');
    expect(chat.userId).toBe('u_5d41402a');
    const [exchange] = chat.exchanges;
    expect(exchange).toMatchObject({
      model: 'llama3.1:8b',
      status: 'ok',
      durationMs: 2143,
      loadMs: 1021,
      promptEvalMs: 95,
      evalMs: 1010,
      inputTokens: 18,
      outputTokens: 21,
      doneReason: 'stop',
      unfinished: false,
      ids: {
        requestId: '3f1c9a',
        sessionId: 'web-7781',
        userId: 'u_5d41402a',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      },
    });
    expect(exchange.tokensPerSecond).toBeCloseTo(20.79, 2);
  });
});

describe('buildConversations on the Docker json-file log', () => {
  it('unwraps the envelope and pairs the two lines into one exchange', () => {
    const { conversations, account } = buildConversations([
      lokiFrameFromJsonl(readFixtureText('foodsave-logs/backend-docker.jsonl')),
    ]);

    expect(account.rowsUsed).toBe(2);
    expect(conversations).toHaveLength(1);
    const [exchange] = conversations[0].exchanges;
    expect(exchange.status).toBe('ok');
    expect(exchange.durationMs).toBe(2841.3);
    expect(exchange.response?.content).toContain('smażony ryż z warzywami');
    expect(exchange.messages).toHaveLength(2);
  });
});
