import { exchange as modelExchange } from '../data/testing/model';
import type { Conversation, Exchange } from '../data/types';
import { createMasker } from './masker';
import { maskConversation } from './maskConversation';

function exchange(overrides: Partial<Exchange> = {}): Exchange {
  return modelExchange({
    key: 'row-1',
    startMs: 1764525600000,
    startNs: '1764525600000000000',
    durationMs: undefined,
    messages: [
      { role: 'system', content: 'Jesteś asystentem kulinarnym.' },
      { role: 'user', content: 'Mój e-mail to ola@example.com, PESEL 44051401359.', thinking: 'Tel. 600 123 456' },
    ],
    newMessagesFrom: 1,
    response: {
      role: 'assistant',
      content: 'Wyślę przepis na ola@example.com.',
      toolCalls: [{ name: 'send_mail', argumentsJson: '{"to": "ola@example.com"}', id: 'call-1' }],
    },
    ids: { requestId: 'req-7', sessionId: 'ola@example.com', userId: 'u-ola@example.com' },
    labels: { job: 'backend_logs', client_ip: '83.12.45.190' },
    rowIds: ['1764525600000_a1'],
    errorText: 'SMTP refused +48 600 123 456',
    ...overrides,
  });
}

function conversation(): Conversation {
  return {
    key: 'ola@example.com',
    threadedBy: 'id',
    idKey: 'session_id',
    idValue: 'ola@example.com',
    exchanges: [exchange()],
    models: ['gemma3:12b'],
    userId: 'u-ola@example.com',
    startMs: 1764525600000,
    lastActivityMs: 1764525603000,
    status: 'ok',
  };
}

describe('maskConversation', () => {
  const masker = createMasker();

  it('masks message content, thinking, tool calls, the response, error text, labels and ids', () => {
    const { conversation: masked, maskedCount } = maskConversation(conversation(), masker);
    const [turn] = masked.exchanges;
    expect(turn.messages[1]).toEqual({
      role: 'user',
      content: 'Mój e-mail to [email], PESEL [pesel].',
      thinking: 'Tel. [phone]',
    });
    expect(turn.response?.content).toBe('Wyślę przepis na [email].');
    expect(turn.response?.toolCalls?.[0].argumentsJson).toBe('{"to": "[email]"}');
    expect(turn.errorText).toBe('SMTP refused [phone]');
    expect(turn.labels).toEqual({ job: 'backend_logs', client_ip: '[ipv4]' });
    expect(turn.ids.sessionId).toBe('[email]');
    expect(masked.idValue).toBe('[email]');
    // content 2, thinking 1, response 1, tool arguments 1, error 1, label 1, session id 1, id value 1
    expect(maskedCount).toBe(9);
  });

  it('keeps the anonymised user id readable', () => {
    const { conversation: masked } = maskConversation(conversation(), masker);
    expect(masked.userId).toBe('u-ola@example.com');
    expect(masked.exchanges[0].ids.userId).toBe('u-ola@example.com');
  });

  it('leaves no personal value anywhere in the masked conversation', () => {
    const serialised = JSON.stringify(maskConversation(conversation(), masker).conversation).replace(
      /u-ola@example\.com/g,
      ''
    );
    for (const value of ['ola@example.com', '44051401359', '600 123 456', '83.12.45.190']) {
      expect(serialised).not.toContain(value);
    }
  });

  it('keeps keys of different conversations apart after masking, without a hash of the personal value', () => {
    const first = maskConversation(conversation(), masker).conversation;
    const later = conversation();
    later.exchanges = [exchange({ startNs: '1764525900000000000' })];
    const second = maskConversation(later, masker).conversation;
    expect(first.key).toMatch(/^\[email\]#[0-9a-f]{8}$/);
    expect(first.key).not.toBe(second.key);
    expect(first.key).toBe(maskConversation(conversation(), masker).conversation.key);
    // The same start with another address gives the same key: the suffix says nothing about the address.
    expect(maskConversation({ ...conversation(), key: 'ewa@example.com' }, masker).conversation.key).toBe(first.key);
  });

  it('shares the parts without personal data instead of copying them', () => {
    const original = conversation();
    const { conversation: masked } = maskConversation(original, masker);
    expect(masked).not.toBe(original);
    expect(masked.exchanges[0]).not.toBe(original.exchanges[0]);
    expect(masked.exchanges[0].messages[0]).toBe(original.exchanges[0].messages[0]);
    expect(masked.exchanges[0].messages[1]).not.toBe(original.exchanges[0].messages[1]);
  });

  it('masks a history message that later turns repeat once, and counts it on every turn', () => {
    const counting = { mask: jest.fn(createMasker().mask) };
    const question = { role: 'user' as const, content: 'Zadzwoń pod 600 123 456.' };
    const original = conversation();
    original.exchanges = [
      exchange({ messages: [question], response: undefined, errorText: undefined, labels: {}, ids: {} }),
      exchange({ messages: [question], response: undefined, errorText: undefined, labels: {}, ids: {} }),
    ];
    const { conversation: masked, maskedCount } = maskConversation(original, counting);
    const maskedQuestions = masked.exchanges.map((turn) => turn.messages[0]);
    expect(maskedQuestions).toEqual([
      { role: 'user', content: 'Zadzwoń pod [phone].' },
      { role: 'user', content: 'Zadzwoń pod [phone].' },
    ]);
    expect(counting.mask.mock.calls.filter(([text]) => text === question.content)).toHaveLength(1);
    // One phone number per turn, plus the conversation's id value.
    expect(maskedCount).toBe(3);
  });

  it('does not change the conversation it was given', () => {
    const original = conversation();
    const copy = JSON.parse(JSON.stringify(original));
    maskConversation(original, masker);
    expect(original).toEqual(copy);
  });
});
