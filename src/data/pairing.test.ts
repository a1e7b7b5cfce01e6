import { buildConversations } from './buildConversations';
import { lokiFrameFromLines } from './lokiFrame';
import { frameOf, jsonLine, userMessages } from './testing/lines';

const ASK_A = userMessages('Przepis na bigos?');
const ASK_B = userMessages('Przepis na pierogi?');

function prompt(second: number, messages: unknown, extra: Record<string, unknown> = {}): string {
  return jsonLine(second, { event: 'ollama_prompt', model: 'gemma3', messages, ...extra });
}

function response(second: number, messages: unknown, text: string, extra: Record<string, unknown> = {}): string {
  return jsonLine(second, { event: 'ollama_response', model: 'gemma3', messages, response: text, ...extra });
}

function exchangesOf(lines: string[]) {
  const result = buildConversations(frameOf(lines));
  return { ...result, exchanges: result.conversations.flatMap((conversation) => conversation.exchanges) };
}

describe('pairing prompts with responses', () => {
  it('pairs overlapping calls by their histories even when answers arrive out of order', () => {
    const { exchanges } = exchangesOf([
      prompt(0, ASK_A),
      prompt(1, ASK_B),
      response(5, ASK_B, 'Ciasto, farsz.'),
      response(9, ASK_A, 'Kapusta, mięso.'),
    ]);

    const byQuestion = new Map(exchanges.map((exchange) => [exchange.messages[0].content, exchange]));
    expect(byQuestion.get('Przepis na bigos?')?.response?.content).toBe('Kapusta, mięso.');
    expect(byQuestion.get('Przepis na pierogi?')?.response?.content).toBe('Ciasto, farsz.');
  });

  it('pairs by request id when the response does not repeat the history', () => {
    const { exchanges } = exchangesOf([
      prompt(0, ASK_A, { request_id: 'r1' }),
      prompt(1, ASK_B, { request_id: 'r2' }),
      jsonLine(2, { event: 'ollama_response', model: 'gemma3', request_id: 'r1', response: 'Dla r1' }),
      jsonLine(3, { event: 'ollama_response', model: 'gemma3', request_id: 'r2', response: 'Dla r2' }),
    ]);

    expect(exchanges.map((exchange) => [exchange.ids.requestId, exchange.response?.content]).sort()).toEqual([
      ['r1', 'Dla r1'],
      ['r2', 'Dla r2'],
    ]);
  });

  it('answers identical prompts in the order they were sent', () => {
    const { exchanges } = exchangesOf([
      prompt(0, ASK_A),
      prompt(1, ASK_A),
      response(2, ASK_A, 'pierwsza'),
      response(3, ASK_A, 'druga'),
    ]);

    expect(exchanges.map((exchange) => [exchange.startMs % 10000, exchange.response?.content]).sort()).toEqual([
      [0, 'pierwsza'],
      [1000, 'druga'],
    ]);
  });

  it('keeps a prompt without a response as pending', () => {
    const { exchanges, account } = exchangesOf([prompt(0, ASK_A)]);

    expect(exchanges[0]).toMatchObject({ status: 'pending', promptMissing: false });
    expect(exchanges[0].endMs).toBeUndefined();
    expect(account.rowsUsed).toBe(1);
  });

  it('shows a response whose prompt was cut off by the line limit, with the history it repeats', () => {
    const lines = [prompt(0, ASK_A), response(2, ASK_A, 'Kapusta.'), prompt(3, ASK_B), response(4, ASK_B, 'Ciasto.')];
    const frame = lokiFrameFromLines(lines, { limit: 3 });
    const { conversations, account } = buildConversations([frame]);

    expect(account.frames[0]).toMatchObject({ rows: 3, limit: 3, limitReached: true });
    const cut = conversations.find((conversation) => conversation.exchanges[0].promptMissing);
    expect(cut?.exchanges[0]).toMatchObject({ status: 'ok', messages: ASK_A, response: { content: 'Kapusta.' } });
  });

  it('pairs a response logged slightly before its prompt (clock skew between writers)', () => {
    const { exchanges } = exchangesOf([response(0, ASK_A, 'Kapusta.'), prompt(1, ASK_A)]);

    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]).toMatchObject({ promptMissing: false, status: 'ok' });
    expect(exchanges[0].rowIds).toHaveLength(2);
  });

  it('fails a call only when the error event for its model comes within the window', () => {
    const error = (second: number) =>
      jsonLine(second, { event: 'Error in LLM request to gemma3: timeout', level: 'error' });
    const soon = exchangesOf([prompt(0, ASK_A), error(30)]);
    const late = exchangesOf([prompt(0, ASK_A), error(90)]);
    const otherModel = exchangesOf([
      prompt(0, ASK_A),
      jsonLine(1, { event: 'Error in LLM request to phi4: x', level: 'error' }),
    ]);

    expect(soon.exchanges[0]).toMatchObject({ status: 'failed', errorText: 'Error in LLM request to gemma3: timeout' });
    expect(late.exchanges[0].status).toBe('pending');
    expect(late.account.skipped.notLlmEvent).toBe(1);
    expect(otherModel.exchanges[0].status).toBe('pending');
  });

  it('does not merge two identical non-streamed prompts into one call', () => {
    const { exchanges } = exchangesOf([prompt(0, ASK_A), prompt(0.5, ASK_A)]);

    expect(exchanges).toHaveLength(2);
  });
});
