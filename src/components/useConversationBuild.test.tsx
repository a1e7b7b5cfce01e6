import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import './testing/jsdom';

import { ConversationBuildJob } from '../data';
import { maskConversation } from '../pii';
import { ConversationsPanel } from './ConversationsPanel';
import { jsonlFrame, panelProps } from './testing/fixtures';

jest.mock('../data', () => {
  const actual = jest.requireActual('../data');
  return {
    ...actual,
    ConversationBuildJob: jest.fn((...args: unknown[]) => new actual.ConversationBuildJob(...args)),
  };
});
jest.mock('../pii', () => {
  const actual = jest.requireActual('../pii');
  return { ...actual, maskConversation: jest.fn(actual.maskConversation) };
});

jest.setTimeout(20_000);

const buildSpy = jest.mocked(ConversationBuildJob);
const maskSpy = jest.mocked(maskConversation);

function turn(content: string, second: number) {
  const timestamp = `2026-11-30T10:00:${String(second).padStart(2, '0')}Z`;
  const messages = [{ role: 'user', content }];
  return [
    { event: 'ollama_prompt', model: 'bielik:11b', messages, timestamp, request_id: `r${second}` },
    {
      event: 'ollama_response',
      model: 'bielik:11b',
      messages,
      response: 'Gotowe.',
      timestamp,
      request_id: `r${second}`,
    },
  ];
}

const firstLines = [...turn('Przepis na pierogi? Napisz na jan.kowalski@example.pl', 1), ...turn('A na żurek?', 20)];

/** New frame objects and a new options object with the same content, as a dashboard refresh delivers them. */
function refreshedProps(lines: object[]) {
  return panelProps([jsonlFrame(lines)]);
}

beforeEach(() => {
  buildSpy.mockClear();
  maskSpy.mockClear();
});

describe('the panel on a refresh', () => {
  it('keeps the conversations it built when a refresh brings new frames with the same rows', () => {
    const { rerender } = render(<ConversationsPanel {...refreshedProps(firstLines)} />);
    expect(buildSpy).toHaveBeenCalledTimes(1);
    const maskedOnFirstRender = maskSpy.mock.calls.length;
    expect(maskedOnFirstRender).toBeGreaterThan(0);

    rerender(<ConversationsPanel {...refreshedProps(firstLines)} />);

    expect(buildSpy).toHaveBeenCalledTimes(1);
    expect(maskSpy).toHaveBeenCalledTimes(maskedOnFirstRender);
    expect(screen.getAllByTestId('conversation-row')).toHaveLength(2);
    expect(screen.queryByText(/jan\.kowalski@example\.pl/)).not.toBeInTheDocument();
  });

  it('builds again when a refresh brings a new turn', () => {
    const { rerender } = render(<ConversationsPanel {...refreshedProps(firstLines)} />);
    expect(screen.getAllByTestId('conversation-row')).toHaveLength(2);

    rerender(<ConversationsPanel {...refreshedProps([...firstLines, ...turn('Co na deser?', 40)])} />);

    expect(buildSpy).toHaveBeenCalledTimes(2);
    expect(screen.getAllByTestId('conversation-row')).toHaveLength(3);
  });

  it('builds again when a refresh replaces a turn between the first and the last, at the same row count', () => {
    const lines = [...firstLines, ...turn('Co na obiad?', 30), ...turn('Co na deser?', 40)];
    const { rerender } = render(<ConversationsPanel {...refreshedProps(lines)} />);

    const replaced = [...firstLines, ...turn('Co na kolację?', 30), ...turn('Co na deser?', 40)];
    rerender(<ConversationsPanel {...refreshedProps(replaced)} />);

    expect(buildSpy).toHaveBeenCalledTimes(2);
    // Newest first: the replaced turn is the second conversation.
    fireEvent.click(screen.getAllByTestId('conversation-header')[1]);
    expect(screen.getByText('Co na kolację?')).toBeInTheDocument();
    expect(screen.queryByText('Co na obiad?')).not.toBeInTheDocument();
  });

  it('builds again when a log format value changes, and not when the options only get copied', () => {
    const props = refreshedProps(firstLines);
    const { rerender } = render(<ConversationsPanel {...props} />);

    rerender(
      <ConversationsPanel {...props} options={{ ...props.options, logFormat: { ...props.options.logFormat } }} />
    );
    expect(buildSpy).toHaveBeenCalledTimes(1);

    const otherEventKey = { ...props.options.logFormat, eventKey: 'kind' };
    rerender(<ConversationsPanel {...props} options={{ ...props.options, logFormat: otherEventKey }} />);
    expect(buildSpy).toHaveBeenCalledTimes(2);
    expect(screen.queryAllByTestId('conversation-row')).toHaveLength(0);
  });
});
