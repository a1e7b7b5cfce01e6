import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import type { Message } from '../data/types';
import { ConversationRow } from './ConversationRow';
import { PanelContext } from './panelContext';
import { conversation, exchange, panelContext } from './testing/fixtures';
import type { ConversationView } from './viewModel';

function setup(view: ConversationView, open = true) {
  return render(
    <PanelContext.Provider value={panelContext()}>
      <ConversationRow
        view={view}
        open={open}
        masking
        canReveal={false}
        onToggle={jest.fn()}
        onRevealChange={jest.fn()}
        onKeyDown={jest.fn()}
        registerButton={jest.fn()}
      />
    </PanelContext.Provider>
  );
}

describe('ConversationRow', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('keeps a rendering failure inside the conversation and names its rows', () => {
    // Text that is not a string breaks rendering, as a model built by a buggy producer might.
    const broken = exchange({
      rowIds: ['row-41', 'row-42'],
      response: { role: 'assistant', content: 42 } as unknown as Message,
    });
    const shown = conversation([broken]);
    setup({ key: shown.key, conversation: shown, maskedCount: 0, revealed: false });
    expect(screen.getByTestId('conversation-error')).toHaveTextContent('row-41, row-42');
  });

  it('renders its turns only while open', () => {
    const shown = conversation([exchange()]);
    setup({ key: shown.key, conversation: shown, maskedCount: 0, revealed: false }, false);
    expect(screen.queryByTestId('turn')).not.toBeInTheDocument();
    expect(screen.getByTestId('conversation-header')).toHaveAttribute('aria-expanded', 'false');
  });

  it('switches a conversation to raw text', () => {
    const shown = conversation([exchange({ response: { role: 'assistant', content: '**Smażony** ryż' } })]);
    setup({ key: shown.key, conversation: shown, maskedCount: 0, revealed: false });
    expect(screen.getByText('Smażony').tagName).toBe('STRONG');
    fireEvent.click(screen.getByRole('radio', { name: 'Raw text' }));
    expect(screen.getByText('**Smażony** ryż')).toBeInTheDocument();
  });
});
