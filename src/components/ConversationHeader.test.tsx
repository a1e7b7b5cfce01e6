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

  it('says nothing about masking for a conversation with nothing masked', () => {
    setup(conversation([exchange()]), { maskedCount: 0 });
    expect(screen.queryByTestId('masked-count')).not.toBeInTheDocument();
  });

  it('calls the one duration of a single-turn conversation its duration, not the slowest', () => {
    const header = setup(conversation([exchange({ durationMs: 2800 })]));
    expect(screen.getByTitle('Duration of the turn: 2.8 s')).toHaveTextContent(/^Duration 2\.8 s$/);
    expect(header).not.toHaveTextContent('Slowest');
    expect(screen.queryByTestId('total-duration-badge')).not.toBeInTheDocument();
  });

  it('names the total and slowest durations in words next to their coloured badges', () => {
    const header = setup(conversation([exchange({ durationMs: 1200 }), exchange({ durationMs: 2800 })]));
    expect(screen.getByTitle('Total duration of all turns: 4.0 s')).toHaveTextContent(/^Total 4\.0 s$/);
    expect(screen.getByTitle('Duration of the slowest turn: 2.8 s')).toHaveTextContent(/^Slowest 2\.8 s$/);
    expect(header).toHaveAccessibleName(expect.stringMatching(/Total 4\.0 s.*Slowest 2\.8 s/));
    // The badges themselves still hold only the value, with their threshold colour, for the browser suite.
    expect(screen.getByTestId('total-duration-badge')).toHaveTextContent(/^4\.0 s$/);
    expect(screen.getByTestId('slowest-duration-badge')).toHaveTextContent(/^2\.8 s$/);
    expect(screen.getByTestId('slowest-duration-badge')).toHaveAttribute('data-threshold-color', 'green');
  });
});
