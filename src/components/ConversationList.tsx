import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { useStyles2 } from '@grafana/ui';
import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Rect } from '@tanstack/react-virtual';
import React, { useCallback, useEffect, useRef, useState } from 'react';

import { ConversationRow } from './ConversationRow';
import type { ConversationView } from './viewModel';

interface Props {
  views: ConversationView[];
  openKeys: ReadonlySet<string>;
  masking: boolean;
  canReveal: boolean;
  onToggle: (key: string) => void;
  onRevealChange: (key: string, revealed: boolean) => void;
  /** Size to assume before the browser has measured the list (and where it never does, as in tests). */
  fallbackRect: Rect;
  /** A conversation to bring into view, for example the one named in the URL. */
  scrollToKey?: string;
}

const estimatedHeaderHeight = 44;

const navigationKeys: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** Conversations in a virtualised list: only the rows on screen exist in the page, however many there are. */
export function ConversationList({ views, openKeys, fallbackRect, scrollToKey, ...rowProps }: Props) {
  const styles = useStyles2(getStyles);
  const scrollRef = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const [pendingFocus, setPendingFocus] = useState<number | undefined>();
  // The row holding keyboard focus stays rendered even when it is scrolled out of the list's window: unmounting it
  // would drop focus to the page, for example when Enter closes a tall conversation read down past its header.
  const focusedIndex = useRef<number | undefined>(undefined);

  // The React Compiler would skip this component because the virtualiser mutates its own object; the panel is not
  // built with the compiler, and rows get only plain values and its stable measureElement callback from it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: views.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedHeaderHeight,
    getItemKey: (index) => views[index].key,
    overscan: 4,
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      const kept = focusedIndex.current;
      if (kept === undefined || kept >= range.count || indexes.includes(kept)) {
        return indexes;
      }
      return [...indexes, kept].sort((a, b) => a - b);
    },
    initialRect: fallbackRect,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : fallbackRect)),
  });

  const virtualItems = virtualizer.getVirtualItems();
  // Focus lands once the row scrolled to has been rendered, which may take a frame or two.
  useEffect(() => {
    if (pendingFocus === undefined) {
      return;
    }
    const button = buttons.current.get(pendingFocus);
    if (button) {
      button.focus();
      setPendingFocus(undefined);
    }
  }, [pendingFocus, virtualItems]);

  // Scroll once per requested key, when it first appears (a large build shows it only once read), and not again on
  // every data refresh.
  const scrolledTo = useRef<string | undefined>(undefined);
  const linkedIndex = scrollToKey ? views.findIndex((view) => view.key === scrollToKey) : -1;
  useEffect(() => {
    if (linkedIndex >= 0 && scrolledTo.current !== scrollToKey) {
      scrolledTo.current = scrollToKey;
      virtualizer.scrollToIndex(linkedIndex, { align: 'start' });
    }
  }, [linkedIndex, scrollToKey, virtualizer]);

  const toggle = (index: number, key: string) => {
    const button = buttons.current.get(index);
    const start = virtualizer.measurementsCache[index]?.start;
    // A header above the visible part comes back into view, so the reader sees what they opened or closed.
    if (start !== undefined && start < (virtualizer.scrollOffset ?? 0)) {
      virtualizer.scrollToIndex(index, { align: 'start' });
    }
    rowProps.onToggle(key);
    if (button && button === document.activeElement) {
      setPendingFocus(index);
    }
  };

  const onKeyDown = useCallback(
    (index: number) => (event: React.KeyboardEvent<HTMLButtonElement>) => {
      const move = navigationKeys[event.key];
      if (!move) {
        return;
      }
      event.preventDefault();
      const next = move(index, views.length);
      virtualizer.scrollToIndex(next);
      setPendingFocus(next);
    },
    [views.length, virtualizer]
  );

  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      data-testid="conversation-list"
      role="list"
      aria-label={t('list.label', 'Conversations')}
    >
      <div className={styles.inner} style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((item) => {
          const view = views[item.index];
          const key = view.key;
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              onFocus={() => (focusedIndex.current = item.index)}
              className={styles.item}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <ConversationRow
                view={view}
                open={openKeys.has(key)}
                masking={rowProps.masking}
                canReveal={rowProps.canReveal}
                onToggle={() => toggle(item.index, key)}
                onRevealChange={(revealed) => rowProps.onRevealChange(key, revealed)}
                onKeyDown={onKeyDown(item.index)}
                registerButton={(element) => {
                  if (element) {
                    buttons.current.set(item.index, element);
                  } else {
                    buttons.current.delete(item.index);
                  }
                }}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

const getStyles = (_theme: GrafanaTheme2) => ({
  scroller: css({ flex: 1, minHeight: 0, overflowY: 'auto', position: 'relative' }),
  inner: css({ position: 'relative', width: '100%' }),
  item: css({ position: 'absolute', top: 0, left: 0, width: '100%' }),
});
