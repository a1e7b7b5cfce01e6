import { act, fireEvent, render, screen } from '@testing-library/react';
import React, { useState } from 'react';

import { ConversationList } from './ConversationList';
import { PanelContext } from './panelContext';
import { conversation, exchange, panelContext } from './testing/fixtures';
import type { ConversationView } from './viewModel';

const closedHeight = 40;
const openHeight = 2000;

/** jsdom lays nothing out: rows get a height from whether they are open, and resizes are reported on demand. */
class ManualResizeObserver {
  static all = new Set<ManualResizeObserver>();
  private readonly elements = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    ManualResizeObserver.all.add(this);
  }
  observe(element: Element) {
    this.elements.add(element);
  }
  unobserve(element: Element) {
    this.elements.delete(element);
  }
  disconnect() {
    this.elements.clear();
  }
  static reportAll() {
    for (const observer of ManualResizeObserver.all) {
      const entries = [...observer.elements].map((target) => ({ target }) as ResizeObserverEntry);
      observer.callback(entries, observer as unknown as ResizeObserver);
    }
  }
}

function rowHeight(element: HTMLElement): number {
  if (element.getAttribute('role') !== 'listitem') {
    return 0;
  }
  return element.querySelector('[data-testid="conversation-body"]') ? openHeight : closedHeight;
}

function views(count: number): ConversationView[] {
  return Array.from({ length: count }, () => {
    const shown = conversation([exchange()]);
    return { key: shown.key, conversation: shown, maskedCount: 0, revealed: false };
  });
}

function Harness({ shown }: { shown: ConversationView[] }) {
  const [openKeys, setOpenKeys] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpenKeys((keys) =>
      keys.has(key) ? new Set([...keys].filter((open) => open !== key)) : new Set([...keys, key])
    );
  return (
    <PanelContext.Provider value={panelContext()}>
      <ConversationList
        views={shown}
        openKeys={openKeys}
        masking={false}
        canReveal={false}
        onToggle={toggle}
        onRevealChange={jest.fn()}
        fallbackRect={{ width: 800, height: 400 }}
      />
    </PanelContext.Provider>
  );
}

describe('ConversationList', () => {
  const originalResizeObserver = window.ResizeObserver;
  const originalOffsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');

  beforeEach(() => {
    window.ResizeObserver = ManualResizeObserver;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return rowHeight(this);
      },
    });
  });

  afterEach(() => {
    ManualResizeObserver.all.clear();
    window.ResizeObserver = originalResizeObserver;
    if (originalOffsetHeight) {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', originalOffsetHeight);
    }
  });

  it('keeps focus on a conversation header closed while its top was scrolled out of view', () => {
    render(<Harness shown={views(30)} />);
    const list = screen.getByTestId('conversation-list');
    const header = screen.getAllByTestId('conversation-header')[2];
    const key = header.closest('[data-conversation-key]')?.getAttribute('data-conversation-key');

    header.focus();
    fireEvent.click(header);
    act(() => ManualResizeObserver.reportAll());
    expect(header).toHaveAttribute('aria-expanded', 'true');

    // Read down the open conversation until its header is far above the visible part of the list.
    act(() => {
      list.scrollTop = 2 * closedHeight + openHeight - 300;
      fireEvent.scroll(list);
    });
    expect(header).toHaveFocus();

    // Enter on a focused button is a click.
    fireEvent.click(header);
    act(() => ManualResizeObserver.reportAll());

    const focused = document.activeElement;
    expect(focused).toHaveAttribute('data-testid', 'conversation-header');
    expect(focused).toHaveAttribute('aria-expanded', 'false');
    expect(focused?.closest('[data-conversation-key]')).toHaveAttribute('data-conversation-key', key);
  });
});
