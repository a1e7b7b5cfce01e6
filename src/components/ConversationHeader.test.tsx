import { render, screen } from '@testing-library/react';
import React from 'react';

import type { Conversation } from '../data/types';
import { ConversationHeader } from './ConversationHeader';
import { PanelContext } from './panelContext';
import { conversation, exchange, panelContext } from './testing/fixtures';

function setup(shown: Conversation, overrides: { maskedCount?: number; revealed?: boolean; matchCount?: number } = {}) {
  render(
    <PanelContext.Provider value={panelContext()}>
      <ConversationHeader
        conversation={shown}
        open={false}
        maskedCount={overrides.maskedCount ?? 0}
        masking
        revealed={overrides.revealed ?? false}
        matchCount={overrides.matchCount}
        bodyId="body"
        onToggle={jest.fn()}
        onKeyDown={jest.fn()}
        registerButton={jest.fn()}
      />
    </PanelContext.Provider>
  );
  return screen.getByRole('button');
}

describe('ConversationHeader', () => {
  it('counts one turn, one masked item and one match in the singular', () => {
    setup(conversation([exchange()]), { maskedCount: 1, matchCount: 1 });
    expect(screen.getByText('1 turn')).toBeInTheDocument();
    expect(screen.getByTestId('masked-count')).toHaveTextContent(/^\s*1 masked item$/);
    expect(screen.getByTestId('conversation-matches')).toHaveTextContent(/^1 match$/);
  });

  it('counts several turns, masked items and matches in the plural', () => {
    setup(conversation([exchange(), exchange()]), { maskedCount: 3, matchCount: 2 });
    expect(screen.getByText('2 turns')).toBeInTheDocument();
    expect(screen.getByTestId('masked-count')).toHaveTextContent('3 masked items');
    expect(screen.getByTestId('conversation-matches')).toHaveTextContent('2 matches');
  });

  it('says how many masked items a revealed conversation shows, in the singular too', () => {
    setup(conversation([exchange()]), { maskedCount: 1, revealed: true });
    expect(screen.getByTestId('masked-count')).toHaveTextContent('Revealed: 1 masked item shown');
  });
});
