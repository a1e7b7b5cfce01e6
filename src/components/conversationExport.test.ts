import { conversationToJson, conversationToMarkdown } from './conversationExport';
import { conversation, exchange } from './testing/fixtures';

describe('conversation export', () => {
  const first = exchange({
    messages: [
      { role: 'system', content: 'Jesteś asystentem.' },
      { role: 'user', content: 'Co z ryżu?' },
    ],
    response: { role: 'assistant', content: 'Smażony ryż.' },
    durationMs: 2841.3,
  });
  const second = exchange({
    messages: [...first.messages, first.response!, { role: 'user', content: 'A na słodko?' }],
    newMessagesFrom: 3,
    response: { role: 'assistant', content: 'Ryż na mleku.' },
    doneReason: 'length',
  });
  const thread = conversation([first, second], { userId: 'u_5d41402a' });

  it('writes each turn once as Markdown, with only its new messages', () => {
    const markdown = conversationToMarkdown(thread);
    expect(markdown).toContain('## Turn 1 (gemma3:12b, ok, 2.84 s');
    expect(markdown).toContain('## Turn 2 (gemma3:12b, ok, 1.20 s, done_reason length)');
    expect(markdown.match(/Co z ryżu\?/g)).toHaveLength(1);
    expect(markdown).toContain('**user**:\n\nA na słodko?');
    expect(markdown).toContain('- User: u_5d41402a');
  });

  it('writes the whole conversation as JSON that reads back the same', () => {
    expect(JSON.parse(conversationToJson(thread))).toEqual(thread);
  });
});
