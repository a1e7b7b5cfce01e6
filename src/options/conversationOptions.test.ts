import { defaultConversationOptions } from '../data';
import { toConversationOptions } from './conversationOptions';
import { defaultOptions } from './defaultOptions';

describe('toConversationOptions', () => {
  it('turns the default panel options into the data core defaults', () => {
    const options = toConversationOptions(defaultOptions.logFormat);
    expect(options.requestIdKeys).toEqual(defaultConversationOptions.requestIdKeys);
    expect(options.conversationIdKeys).toEqual(defaultConversationOptions.conversationIdKeys);
    expect(options.eventKey).toBe(defaultConversationOptions.eventKey);
  });

  it('splits comma-separated key lists and ignores blanks', () => {
    const options = toConversationOptions({ ...defaultOptions.logFormat, conversationIdKeys: ' chat_id, ,thread ' });
    expect(options.conversationIdKeys).toEqual(['chat_id', 'thread']);
  });

  it('leaves blank text options to the data core defaults', () => {
    const options = toConversationOptions({ ...defaultOptions.logFormat, eventKey: '  ', lineField: '' });
    expect(options).not.toHaveProperty('eventKey');
    expect(options).not.toHaveProperty('lineField');
  });
});
