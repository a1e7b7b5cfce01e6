import { OrgRole, ThresholdsMode } from '@grafana/data';
import { config, locationService } from '@grafana/runtime';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import React from 'react';

import './testing/jsdom';

import { defaultOptions } from '../options/defaultOptions';
import { ConversationsPanel } from './ConversationsPanel';
import { durationFieldConfig, foodSaveFrame, jsonlFrame, panelProps } from './testing/fixtures';

// Whole-panel tests render real @grafana/ui comboboxes, tooltips and drawers in jsdom, which takes seconds on a
// busy machine; the limit is about not failing spuriously, not about speed (benchmarks measure that).
jest.setTimeout(20_000);

function setup(...args: Parameters<typeof panelProps>) {
  return render(<ConversationsPanel {...panelProps(...args)} />);
}

function rowFor(text: string): HTMLElement {
  const rows = screen.getAllByTestId('conversation-row');
  const row = rows.find((candidate) => candidate.textContent?.includes(text));
  if (!row) {
    throw new Error(`no conversation row contains ${text}`);
  }
  return row;
}

function openConversation(text: string): HTMLElement {
  const headers = screen.getAllByTestId('conversation-header');
  const index = headers.findIndex((header) => header.textContent?.includes(text));
  fireEvent.click(headers[index]);
  return screen.getAllByTestId('conversation-row')[index];
}

function turnLines(durationSeconds: number, content: string) {
  return [
    {
      event: 'ollama_prompt',
      model: 'bielik:11b',
      messages: [{ role: 'user', content }],
      timestamp: '2026-11-30T10:00:00Z',
    },
    {
      event: 'ollama_response',
      model: 'bielik:11b',
      messages: [{ role: 'user', content }],
      response: 'Gotowe.',
      duration: durationSeconds,
      timestamp: '2026-11-30T10:00:20Z',
    },
  ];
}

describe('ConversationsPanel', () => {
  it('colours the FoodSave streamed 14.9 s turn with the orange step under the default thresholds', () => {
    setup([foodSaveFrame()]);
    const badge = within(rowFor('bielik:11b')).getByTestId('slowest-duration-badge');
    expect(badge).toHaveTextContent('14.9 s');
    expect(badge).toHaveAttribute('data-threshold-color', 'orange');
  });

  it('colours a 20 s turn with the red step under the default thresholds', () => {
    setup([jsonlFrame(turnLines(20, 'Przepis na pierogi?'))]);
    expect(screen.getByTestId('slowest-duration-badge')).toHaveAttribute('data-threshold-color', 'red');
  });

  it('follows the thresholds set in field config', () => {
    const fieldConfig = durationFieldConfig({
      thresholds: {
        mode: ThresholdsMode.Absolute,
        steps: [
          { value: -Infinity, color: 'blue' },
          { value: 10, color: 'purple' },
          { value: 30, color: 'red' },
        ],
      },
    });
    setup([foodSaveFrame()], {}, fieldConfig);
    const badge = within(rowFor('bielik:11b')).getByTestId('slowest-duration-badge');
    expect(badge).toHaveAttribute('data-threshold-color', 'purple');
    expect(within(rowFor('llama3.1:8b')).getByTestId('slowest-duration-badge')).toHaveAttribute(
      'data-threshold-color',
      'blue'
    );
  });

  it('finds turns that mention "ryżu" and "ryż" when searching "ryż", and highlights them', () => {
    setup([foodSaveFrame()]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Search messages' }), { target: { value: 'ryż' } });
    expect(screen.getAllByTestId('conversation-row')).toHaveLength(1);
    const row = openConversation('gemma3:12b');
    const marks = within(row).getAllByTestId('search-match');
    const markedWords = marks.map((mark) => {
      const after = mark.nextSibling?.textContent ?? '';
      return `${mark.textContent}${after.match(/^\p{L}*/u)?.[0] ?? ''}`.toLowerCase();
    });
    expect(markedWords).toEqual(expect.arrayContaining(['ryżu', 'ryż']));
    expect(screen.getByTestId('match-count')).toHaveTextContent(/matches in 2 turns/);
  });

  it('folds case and Polish diacritics in search', () => {
    setup([foodSaveFrame()]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Search messages' }), { target: { value: 'RYZ' } });
    expect(screen.getAllByTestId('conversation-row')).toHaveLength(1);
    expect(screen.getByTestId('match-count')).not.toHaveTextContent(/^0 matches/);
  });

  it('keeps hostile markup in a message inert', () => {
    const hostile =
      'Hi <img src=x onerror="window.hacked=1"> <script>window.hacked=1</script> [click](javascript:alert(1)) ' +
      '[data](data:text/html,<script>alert(1)</script>) ![pixel](https://tracker.example/p.png) <a href="vbscript:x">v</a>';
    setup([jsonlFrame(turnLines(1, hostile))], { display: { ...panelProps([]).options.display, expandFirst: true } });
    const row = screen.getByTestId('conversation-row');
    expect(row.querySelector('script')).toBeNull();
    expect(row.querySelector('[onerror]')).toBeNull();
    const hrefs = Array.from(row.querySelectorAll('a')).map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => /^(javascript|data|vbscript):/i.test(href))).toEqual([]);
    expect(row.querySelector('img')).toBeNull();
    expect(within(row).getByText('Show image from tracker.example')).toBeInTheDocument();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('loads a remote image only after a click', () => {
    setup([jsonlFrame(turnLines(1, '![pixel](https://tracker.example/p.png)'))], {
      display: { ...panelProps([]).options.display, expandFirst: true },
    });
    fireEvent.click(screen.getByText('Show image from tracker.example'));
    expect(screen.getByRole('img', { name: 'pixel' })).toHaveAttribute('src', 'https://tracker.example/p.png');
  });

  it('explains the missing data with Grafana’s data error view when there are no frames', () => {
    setup([]);
    expect(screen.queryByTestId('conversation-list')).not.toBeInTheDocument();
    expect(screen.getByText(/Unable to render data/)).toBeInTheDocument();
  });

  it('names the keys and event values it found when no line is a prompt or response', () => {
    setup([jsonlFrame([{ msg: 'llm_call', model: 'x', timestamp: '2026-11-30T10:00:00Z' }])]);
    expect(screen.getByTestId('observed-keys')).toHaveTextContent('msg');
    expect(screen.getByText(/change Event key, Prompt event or Response event/)).toBeInTheDocument();
  });

  it('warns when the query hit its line limit', () => {
    const lines = [...turnLines(1, 'A'), ...turnLines(2, 'B')];
    setup([jsonlFrame(lines, 3)]);
    expect(screen.getByTestId('line-limit-warning')).toHaveTextContent('older turns may be missing');
  });

  it('counts skipped rows in the summary, one in the singular', () => {
    setup([jsonlFrame([...turnLines(1, 'A'), { level: 'info', event: 'startup', timestamp: '2026-11-30T09:00:00Z' }])]);
    expect(screen.getByTestId('skipped-count')).toHaveTextContent(/^1 row skipped$/);
    expect(screen.getByTestId('summary')).toHaveTextContent(
      /^1 conversation\s*1 turn\s*1 row skipped\s*0 personal data items masked$/
    );
  });

  it('writes large counts with the thousands separators of the language', async () => {
    const noise = Array.from({ length: 1200 }, (_, worker) => ({
      event: 'startup',
      worker,
      timestamp: '2026-11-30T09:00:00Z',
    }));
    setup([jsonlFrame([...turnLines(1, 'A'), ...noise])]);
    expect(screen.getByTestId('skipped-count')).toHaveTextContent(/^1,200 rows skipped$/);
    fireEvent.mouseEnter(screen.getByTestId('skipped-count'));
    expect(await screen.findByText(/1,200 lines are not a prompt or response event/)).toBeInTheDocument();
  });

  it('lists the reasons for skipped rows on hover', async () => {
    setup([jsonlFrame([...turnLines(1, 'A'), { level: 'info', event: 'startup', timestamp: '2026-11-30T09:00:00Z' }])]);
    fireEvent.mouseEnter(screen.getByTestId('skipped-count'));
    expect(await screen.findByText(/1 line is not a prompt or response event/)).toBeInTheDocument();
  });

  it('shows only conversations at or above the chosen threshold step', async () => {
    setup([foodSaveFrame()]);
    // The option list is virtualised and has no size in jsdom, so pick the first step with the keyboard.
    const slowFilter = screen.getByRole('combobox', { name: 'Show only slow conversations' });
    fireEvent.keyDown(slowFilter, { key: 'ArrowDown' });
    fireEvent.keyDown(slowFilter, { key: 'Enter' });
    await waitFor(() => expect(slowFilter).toHaveValue('Slow: from 5.0 s (orange)'));
    const headers = screen.getAllByTestId('conversation-header');
    expect(headers).toHaveLength(1);
    expect(headers[0]).toHaveTextContent('bielik:11b');
  });

  it('masks personal data by default and shows how many items were masked', () => {
    setup([foodSaveFrame()]);
    const row = openConversation('931');
    expect(row).not.toHaveTextContent('jan.kowalski@example.pl');
    expect(within(row).getByTestId('masked-count')).toHaveTextContent(/[1-9]\d* masked/);
  });

  it('counts the masked items only on the conversation that holds them, and their total in the summary', () => {
    setup([foodSaveFrame()]);
    expect(screen.getAllByTestId('masked-count')).toHaveLength(1);
    expect(within(rowFor('931')).getByTestId('masked-count')).toHaveTextContent('3 masked items');
    expect(screen.getByTestId('masked-total')).toHaveTextContent('3 personal data items masked');
  });

  it('lets an admin reveal one conversation, marks it as revealed and leaves it out of the masked total', () => {
    config.bootData.user.orgRole = OrgRole.Admin;
    setup([foodSaveFrame()]);
    const row = openConversation('931');
    fireEvent.click(within(row).getByTestId('reveal-button'));
    const revealed = rowFor('jan.kowalski@example.pl');
    expect(revealed).toHaveAttribute('data-revealed', 'true');
    expect(within(revealed).getByTestId('masked-count')).toHaveTextContent('Revealed');
    expect(screen.getByTestId('masked-total')).toHaveTextContent('0 personal data items masked');
  });

  it('says nothing about masked items when masking is turned off', () => {
    setup([foodSaveFrame()], { privacy: { ...defaultOptions.privacy, maskingEnabled: false } });
    expect(screen.queryByTestId('masked-total')).not.toBeInTheDocument();
    expect(screen.queryByTestId('masked-count')).not.toBeInTheDocument();
  });

  it('offers no reveal to a viewer when only admins may reveal', () => {
    config.bootData.user.orgRole = OrgRole.Viewer;
    setup([foodSaveFrame()]);
    const row = openConversation('931');
    expect(within(row).queryByTestId('reveal-button')).not.toBeInTheDocument();
  });

  it('moves between conversations with the arrow keys and toggles with Enter', async () => {
    setup([foodSaveFrame()]);
    const headers = screen.getAllByTestId('conversation-header');
    headers[0].focus();
    fireEvent.keyDown(headers[0], { key: 'ArrowDown' });
    await act(async () => {});
    expect(screen.getAllByTestId('conversation-header')[1]).toHaveFocus();
    fireEvent.click(screen.getAllByTestId('conversation-header')[1]);
    expect(screen.getAllByTestId('conversation-header')[1]).toHaveAttribute('aria-expanded', 'true');
  });

  it('copies a conversation as Markdown without the masked personal data', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    setup([foodSaveFrame()]);
    const row = openConversation('931');
    fireEvent.click(within(row).getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const copied: string = writeText.mock.calls[0][0];
    expect(copied).toContain('## Turn 1');
    expect(copied).toContain('[email]');
    expect(copied).not.toContain('jan.kowalski@example.pl');
  });

  it('opens the conversation named in the URL', () => {
    setup([foodSaveFrame()]);
    const key = rowFor('llama3.1:8b').getAttribute('data-conversation-key')!;
    locationService.partial({ ollamaConversation: key });
    try {
      setup([foodSaveFrame()]);
      const rows = screen
        .getAllByTestId('conversation-row')
        .filter((row) => row.getAttribute('data-conversation-key') === key);
      expect(within(rows[rows.length - 1]).getByTestId('conversation-header')).toHaveAttribute('aria-expanded', 'true');
    } finally {
      locationService.partial({ ollamaConversation: null });
    }
  });

  // The drawer renders the whole template form with real @grafana/ui inputs, which takes jsdom several seconds.
  const drawerTimeoutMs = 30_000;

  it(
    'opens the alert templates from the toolbar',
    async () => {
      setup([foodSaveFrame()]);
      fireEvent.click(screen.getByTestId('alerts-button'));
      expect(await screen.findByRole('dialog', {}, { timeout: drawerTimeoutMs })).toBeInTheDocument();
    },
    drawerTimeoutMs
  );

  it('sorts by slowest turn when chosen', () => {
    setup([foodSaveFrame()]);
    fireEvent.click(screen.getByRole('radio', { name: 'Slowest' }));
    expect(screen.getAllByTestId('conversation-header')[0]).toHaveTextContent('bielik:11b');
  });
});
