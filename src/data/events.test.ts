import { createDataFrame, FieldType } from '@grafana/data';

import { buildConversations } from './buildConversations';
import { frameOf, jsonLine, userMessages } from './testing/lines';

const QUESTION = userMessages('Co na obiad?');

describe('reading the variants producers write', () => {
  it('reads a JSON object after a logger prefix (structlog console output)', () => {
    const lines = [
      `2026-11-30 18:00:00 [info     ] ${jsonLine(0, { event: 'ollama_prompt', model: 'm', messages: QUESTION })}`,
      `2026-11-30 18:00:02 [info     ] ${jsonLine(2, { event: 'ollama_response', model: 'm', messages: QUESTION, response: 'Zupa.', duration: 2 })}`,
    ];
    const { conversations, account } = buildConversations(frameOf(lines));

    expect(account.rowsUsed).toBe(2);
    expect(conversations[0].exchanges[0]).toMatchObject({
      status: 'ok',
      durationMs: 2000,
      response: { content: 'Zupa.' },
    });
  });

  it("reads Ollama's thinking, tool calls and an unfinished streamed answer", () => {
    const lines = [
      jsonLine(0, { event: 'ollama_prompt', model: 'qwen3', messages: QUESTION }),
      jsonLine(3, {
        event: 'ollama_response',
        model: 'qwen3',
        messages: QUESTION,
        response: {
          message: {
            role: 'assistant',
            content: '',
            thinking: 'Trzeba sprawdzić lodówkę.',
            tool_calls: [{ function: { name: 'fridge_contents', arguments: { shelf: 2 } } }],
          },
          done: false,
          eval_count: 7,
        },
      }),
    ];
    const [exchange] = buildConversations(frameOf(lines)).conversations[0].exchanges;

    expect(exchange.response).toEqual({
      role: 'assistant',
      content: '',
      thinking: 'Trzeba sprawdzić lodówkę.',
      toolCalls: [{ name: 'fridge_contents', argumentsJson: '{\n  "shelf": 2\n}' }],
    });
    expect(exchange.unfinished).toBe(true);
    expect(exchange.outputTokens).toBe(7);
  });

  it('reads OpenTelemetry GenAI names from a single event that holds input and output', () => {
    const line = jsonLine(0, {
      event: 'gen_ai.client.inference.operation.details',
      'gen_ai.request.model': 'llama3.1:8b',
      'gen_ai.conversation.id': 'conv-1',
      'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'Hej' }] }]),
      'gen_ai.output.messages': [{ role: 'assistant', parts: [{ type: 'text', content: 'Cześć!' }] }],
      'gen_ai.usage.input_tokens': 4,
      'gen_ai.usage.output_tokens': 3,
      'gen_ai.response.finish_reasons': ['stop'],
    });
    const { conversations } = buildConversations(frameOf([line]));

    expect(conversations[0]).toMatchObject({ threadedBy: 'id', idKey: 'gen_ai.conversation.id', idValue: 'conv-1' });
    expect(conversations[0].exchanges[0]).toMatchObject({
      model: 'llama3.1:8b',
      messages: [{ role: 'user', content: 'Hej' }],
      response: { role: 'assistant', content: 'Cześć!' },
      inputTokens: 4,
      outputTokens: 3,
      doneReason: 'stop',
      promptMissing: false,
      status: 'ok',
    });
  });

  it('reads nested OTel attributes as well as flat dotted names', () => {
    const line = jsonLine(0, {
      attributes: { 'gen_ai.response.model': 'gemma3', 'gen_ai.usage.output_tokens': '12' },
      gen_ai: { conversation: { id: 'nested-1' } },
    });
    const { conversations } = buildConversations(frameOf([line]));

    expect(conversations[0]).toMatchObject({ idValue: 'nested-1', models: ['gemma3'] });
    expect(conversations[0].exchanges[0]).toMatchObject({ outputTokens: 12, promptMissing: true });
  });

  it('falls back to the labels `| json` extracted when the line itself is not JSON', () => {
    const frame = createDataFrame({
      refId: 'A',
      meta: { custom: { frameType: 'LabeledTimeValues' } },
      fields: [
        {
          name: 'labels',
          type: FieldType.other,
          values: [
            { event: 'ollama_response', model: 'm', duration_ms: '850', response_message_content: 'Gotowe.' },
            { event: 'ollama_prompt', model: 'm', stream: 'false' },
          ],
        },
        { name: 'Time', type: FieldType.time, values: [2000, 1000] },
        { name: 'Line', type: FieldType.string, values: ['response for m', 'prompt for m'] },
      ],
    });
    const { conversations, account } = buildConversations([frame]);

    expect(account.rowsUsed).toBe(2);
    expect(conversations[0].exchanges[0]).toMatchObject({
      durationMs: 850,
      response: { content: 'Gotowe.' },
      promptMissing: false,
      messages: [],
    });
  });

  it('uses the configured keys and duration unit', () => {
    const lines = [
      jsonLine(0, { msg: 'llm.request', llm: 'phi4', history: QUESTION, conv: 'k1' }),
      jsonLine(1, { msg: 'llm.reply', llm: 'phi4', history: QUESTION, response: 'Tak.', duration: 1200 }),
    ];
    const { conversations } = buildConversations(frameOf(lines), {
      eventKey: 'msg',
      promptEvent: 'llm.request',
      responseEvent: 'llm.reply',
      modelKey: 'llm',
      messagesKey: 'history',
      conversationIdKeys: ['conv'],
      durationUnit: 'ms',
    });

    expect(conversations[0]).toMatchObject({ idKey: 'conv', idValue: 'k1', models: ['phi4'] });
    expect(conversations[0].exchanges[0]).toMatchObject({ durationMs: 1200, messages: QUESTION });
  });

  it('fails a call whose response reports an error', () => {
    const lines = [
      jsonLine(0, { event: 'ollama_prompt', model: 'm', messages: QUESTION }),
      jsonLine(1, { event: 'ollama_response', model: 'm', messages: QUESTION, error: 'model "m" not found' }),
    ];
    const [exchange] = buildConversations(frameOf(lines)).conversations[0].exchanges;

    expect(exchange).toMatchObject({ status: 'failed', errorText: 'model "m" not found' });
  });

  it('counts JSON lines that are no LLM event, and lines that are not JSON', () => {
    const lines = [jsonLine(0, { event: 'startup', level: 'info' }), 'Traceback (most recent call last):', '[1, 2]'];
    const { account } = buildConversations(frameOf(lines));

    expect(account.skipped).toEqual({ notJson: 2, notLlmEvent: 1, duplicate: 0, unreadable: 0 });
    expect(account.observedEvents).toEqual(['startup']);
  });
});
