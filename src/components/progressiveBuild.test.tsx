import { render, screen, waitFor, within } from '@testing-library/react';
import React from 'react';

import './testing/jsdom';

import { buildConversations, ConversationBuildJob, lokiFrameFromLines } from '../data';
import type { Conversation } from '../data/types';
import { defaultOptions } from '../options/defaultOptions';
import { toConversationOptions } from '../options/conversationOptions';
import { generateCorpus } from '../data/testing/corpus';
import { ConversationsPanel } from './ConversationsPanel';
import { panelProps } from './testing/fixtures';
import {
  BuildSlicesContext,
  useConversationBuild,
  type BuildSlices,
  type ConversationBuildState,
} from './useConversationBuild';

jest.setTimeout(20_000);

/** Every build stops after one row and goes on one row per step: the partial states show on any machine. */
const rowByRow: BuildSlices = { firstMs: 0, firstRows: 1, stepMs: 0, progressEveryMs: 0 };

function corpus(seed: number, garbageAtTheEnd = 0) {
  const { lines, expected } = generateCorpus({ conversations: 6, turns: 3, garbageRatio: 0, ids: 'none', seed });
  // Oldest first; lines without a time of their own follow their neighbour, so the garbage is the newest.
  const all = [...lines, ...Array.from({ length: garbageAtTheEnd }, (_, i) => `plain text ${i}`)];
  return { frame: lokiFrameFromLines(all, { refId: 'A' }), expected, rows: all.length };
}

function renderPanel(props: ReturnType<typeof panelProps>) {
  const panel = (next: ReturnType<typeof panelProps>) => (
    <BuildSlicesContext.Provider value={rowByRow}>
      <ConversationsPanel {...next} />
    </BuildSlicesContext.Provider>
  );
  const rendered = render(panel(props));
  return { ...rendered, rerender: (next: ReturnType<typeof panelProps>) => rendered.rerender(panel(next)) };
}

async function waitUntilComplete() {
  await waitFor(() => expect(screen.queryByTestId('build-progress')).not.toBeInTheDocument(), { timeout: 15_000 });
}

afterEach(() => jest.restoreAllMocks());

describe('a panel whose rows take longer to read than one step', () => {
  it('shows the newest conversations with a progress bar at once, then all of them', async () => {
    const { frame, expected, rows } = corpus(3);
    renderPanel(panelProps([frame]));

    const progress = screen.getByTestId('build-progress');
    expect(progress).toHaveTextContent(
      `Reading logs: 1 of ${rows} rows · showing the newest conversations until all are read`
    );
    const percent = String(Math.floor(100 / rows));
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('aria-valuenow', percent);
    expect(screen.getAllByTestId('conversation-row')).toHaveLength(1);

    await waitFor(() => expect(screen.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow', percent));
    await waitUntilComplete();

    expect(screen.getByTestId('summary')).toHaveTextContent(`${expected.conversations} conversations`);
    expect(screen.getByTestId('summary')).toHaveTextContent(`${expected.exchanges} turns`);
  });

  it('shows the newest conversations at once also when the panel was waiting for its query before', async () => {
    const { frame, rows } = corpus(3);
    const { rerender } = renderPanel(panelProps([]));

    rerender(panelProps([frame]));

    expect(screen.getByTestId('build-progress')).toHaveTextContent(
      `Reading logs: 1 of ${rows} rows · showing the newest conversations until all are read`
    );
    expect(screen.getAllByTestId('conversation-row')).toHaveLength(1);
    await waitUntilComplete();
  });

  it('opens the newest conversation with all its turns once the build is complete', async () => {
    const { frame } = corpus(3);
    renderPanel(panelProps([frame], { display: { ...panelProps([]).options.display, expandFirst: true } }));
    // One row read (this corpus ends with a response): the newest conversation shows the one turn it has so far.
    expect(screen.getAllByTestId('turn')).toHaveLength(1);

    await waitUntilComplete();

    const open = screen.getAllByTestId('conversation-row').filter((row) => within(row).queryAllByTestId('turn').length);
    expect(open).toHaveLength(1);
    expect(within(open[0]).getAllByTestId('turn')).toHaveLength(3);
  });

  it('keeps a conversation opened in the partial list open, with all its turns, once the build is complete', async () => {
    const { frame } = corpus(3);
    renderPanel(panelProps([frame], { display: { ...panelProps([]).options.display, expandFirst: false } }));
    // Only its newest row is read: the conversation is named after a later turn than in the complete list.
    screen.getByTestId('conversation-header').click();
    await waitFor(() => expect(screen.getAllByTestId('turn')).toHaveLength(1));

    await waitUntilComplete();

    const open = screen.getAllByTestId('conversation-row').filter((row) => within(row).queryAllByTestId('turn').length);
    expect(open).toHaveLength(1);
    expect(within(open[0]).getAllByTestId('turn')).toHaveLength(3);
  });

  it('says it is still reading, not that nothing matched, while the newest rows hold no conversation', async () => {
    const { frame, expected, rows } = corpus(5, 4);
    renderPanel(panelProps([frame]));

    expect(screen.getByTestId('build-progress')).toHaveTextContent(`Reading logs: 1 of ${rows} rows`);
    expect(screen.queryByTestId('no-conversations')).not.toBeInTheDocument();
    // The list shows as soon as a conversation has been read, before the build is complete.
    await waitFor(() => {
      expect(screen.getByTestId('build-progress')).toBeInTheDocument();
      expect(screen.getAllByTestId('conversation-row').length).toBeGreaterThan(0);
    });

    await waitUntilComplete();
    expect(screen.getByTestId('summary')).toHaveTextContent(`${expected.conversations} conversations`);
    expect(screen.getByTestId('skipped-count')).toHaveTextContent('4 rows skipped');
  });

  it('keeps the previous complete list on screen while a refresh with new rows is read', async () => {
    const first = corpus(3);
    const second = corpus(9, 2);
    const { rerender } = renderPanel(panelProps([first.frame]));
    await waitUntilComplete();
    const firstSummary = screen.getByTestId('summary').textContent;

    rerender(panelProps([second.frame]));

    expect(screen.getByTestId('build-progress')).toHaveTextContent(
      `Reading logs: 1 of ${second.rows} rows · showing the previous result until the new one is complete`
    );
    expect(screen.getByTestId('summary').textContent).toBe(firstSummary);
    await waitUntilComplete();
    expect(screen.getByTestId('skipped-count')).toHaveTextContent('2 rows skipped');
  });

  it('drops an unfinished build when new rows arrive, and stops reading when the panel is removed', async () => {
    const run = jest.spyOn(ConversationBuildJob.prototype, 'run');
    const first = corpus(6);
    const second = corpus(7);
    const { rerender, unmount } = renderPanel(panelProps([first.frame]));
    const firstJob = run.mock.contexts[0];

    rerender(panelProps([second.frame]));
    const firstJobRuns = run.mock.contexts.filter((job) => job === firstJob).length;
    await waitUntilComplete();

    expect(run.mock.contexts.filter((job) => job === firstJob)).toHaveLength(firstJobRuns);
    expect(screen.getByTestId('summary')).toHaveTextContent(`${second.expected.conversations} conversations`);

    rerender(panelProps([first.frame]));
    unmount();
    const runsAtUnmount = run.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(run.mock.calls.length).toBe(runsAtUnmount);
  });
});

describe('useConversationBuild with a build that takes several steps', () => {
  function Probe(props: { frame: ReturnType<typeof corpus>['frame']; prepare: (c: Conversation) => void }) {
    rendered.push(useConversationBuild([props.frame], defaultOptions.logFormat, props.prepare));
    return null;
  }
  let rendered: ConversationBuildState[] = [];
  beforeEach(() => {
    rendered = [];
  });

  it('prepares every conversation of the complete build before it shows it', async () => {
    const { frame } = corpus(8);
    const complete = buildConversations([frame], toConversationOptions(defaultOptions.logFormat));
    const preparedWhilePartial: boolean[] = [];
    const prepared: Conversation[] = [];
    const prepare = (conversation: Conversation) => {
      prepared.push(conversation);
      preparedWhilePartial.push(rendered[rendered.length - 1].progress !== undefined);
    };
    render(
      <BuildSlicesContext.Provider value={rowByRow}>
        <Probe frame={frame} prepare={prepare} />
      </BuildSlicesContext.Provider>
    );

    await waitFor(() => expect(rendered[rendered.length - 1].progress).toBeUndefined());

    const shown = rendered[rendered.length - 1].result;
    expect(shown).toEqual(complete);
    expect(prepared).toHaveLength(shown.conversations.length);
    prepared.forEach((conversation, index) => expect(conversation).toBe(shown.conversations[index]));
    expect(preparedWhilePartial.every(Boolean)).toBe(true);
  });

  it('still shows the complete build when preparing a conversation fails', async () => {
    const { frame } = corpus(8);
    const complete = buildConversations([frame], toConversationOptions(defaultOptions.logFormat));
    const prepare = () => {
      throw new Error('masking failed');
    };
    render(
      <BuildSlicesContext.Provider value={rowByRow}>
        <Probe frame={frame} prepare={prepare} />
      </BuildSlicesContext.Provider>
    );

    await waitFor(() => expect(rendered[rendered.length - 1].progress).toBeUndefined());
    expect(rendered[rendered.length - 1].result).toEqual(complete);
  });
});
