/**
 * Code that runs inside the host page. Playwright serialises these functions, so each one stands alone: no
 * imports, no closures over Node values.
 */

export interface PageMarks {
  /** The host has built the frames and is about to hand them to the mounted panel. */
  dataReadyAt?: number;
  /** The first conversation row is in the DOM. */
  listAt?: number;
  /** The frame after that: the list has been painted. */
  listPaintedAt?: number;
  /** The list is complete: the panel shows no build progress (at once when the data was read before it rendered). */
  completeAt?: number;
  /** Every long task (over 50 ms) seen since the data arrived, as start and duration. */
  longTasks: Array<{ start: number; duration: number }>;
}

/** Installed before the page's own scripts, so the marks are set by the page as it runs. */
export function installMarks(): void {
  const marks: PageMarks = { longTasks: [] };
  Object.assign(window, { benchMarks: marks });
  new PerformanceObserver((list) => {
    // Entries arrive after their task ends, when `completeAt` may already be set: sorted out in `readMarks`.
    for (const entry of list.getEntries()) {
      marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask' });
  // The host dispatches this right before it hands the panel its frames; the panel is already mounted then.
  window.addEventListener('host:data', () => {
    // Profiles only what follows the data (a no-op unless the DevTools profiler is on); the lint rule is about
    // stray logging, and this is the DevTools protocol's only way to start a profile from inside the page.
    // eslint-disable-next-line no-console
    console.profile('first-render');
    marks.dataReadyAt = performance.now();
    marks.listAt = undefined;
    marks.listPaintedAt = undefined;
    marks.completeAt = undefined;
    marks.longTasks = [];
  });
  new MutationObserver(() => {
    if (
      marks.dataReadyAt !== undefined &&
      marks.listAt === undefined &&
      document.querySelector('[data-testid="conversation-row"]')
    ) {
      marks.listAt = performance.now();
      requestAnimationFrame(() => {
        marks.listPaintedAt = performance.now();
        // eslint-disable-next-line no-console
        console.profileEnd('first-render');
      });
    }
    if (
      marks.listAt !== undefined &&
      marks.completeAt === undefined &&
      !document.querySelector('[data-testid="build-progress"]')
    ) {
      marks.completeAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The marks, with the long tasks from the first paint until the list was complete: how long the page was held. */
export function readMarks(): PageMarks & { longTasksMs: number[] } {
  const marks = (window as unknown as { benchMarks: PageMarks }).benchMarks;
  const { listPaintedAt, completeAt } = marks;
  const longTasksMs =
    listPaintedAt === undefined || completeAt === undefined
      ? []
      : marks.longTasks
          .filter((task) => task.start >= listPaintedAt && task.start < completeAt)
          .map((task) => task.duration);
  return { ...marks, longTasks: [...marks.longTasks], longTasksMs };
}

export function countDomNodes(): { panel: number; document: number } {
  const root = document.getElementById('host-root');
  return { panel: root ? root.querySelectorAll('*').length : 0, document: document.querySelectorAll('*').length };
}

export interface SearchTiming {
  commitMs: number;
  paintMs: number;
  summary: string;
}

/**
 * Types a query the way React sees typing (native value setter, then an `input` event) and times until the
 * summary line shows the new result, then until the next frame is painted.
 */
export function timeSearch(query: string): Promise<SearchTiming> {
  const input = document.querySelector<HTMLInputElement>('input[data-testid="search-input"]');
  const root = document.getElementById('host-root');
  if (!input || !root) {
    return Promise.reject(new Error('the panel shows no search box'));
  }
  const summaryText = () =>
    (document.querySelector('[data-testid="no-matches"]') ? 'no matches|' : '') +
    (document.querySelector('[data-testid="summary"]')?.textContent ?? '');
  const before = summaryText();
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`search for "${query}" changed nothing within 30 s`));
    }, 30_000);
    const observer = new MutationObserver(() => {
      const summary = summaryText();
      if (summary === before) {
        return;
      }
      const committedAt = performance.now();
      observer.disconnect();
      clearTimeout(timeout);
      requestAnimationFrame(() =>
        resolve({ commitMs: committedAt - start, paintMs: performance.now() - start, summary })
      );
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const start = performance.now();
    setValue?.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export interface OpenTiming {
  commitMs: number;
  paintMs: number;
  turns: number;
  messages: number;
}

/** Clicks the header of the only (or first) listed conversation and times until its turns are in the page. */
export function timeOpenFirstConversation(): Promise<OpenTiming> {
  const row = document.querySelector('[data-testid="conversation-row"]');
  const toggle = row?.querySelector<HTMLButtonElement>('button[aria-expanded]');
  if (!row || !toggle) {
    return Promise.reject(new Error('no conversation row with an expand button'));
  }
  if (toggle.getAttribute('aria-expanded') === 'true') {
    toggle.click();
  }
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('the conversation did not open within 30 s')), 30_000);
    const check = () => {
      const body = document.querySelector('[data-testid="conversation-body"]');
      if (!body) {
        return false;
      }
      const committedAt = performance.now();
      observer.disconnect();
      clearTimeout(timeout);
      requestAnimationFrame(() =>
        resolve({
          commitMs: committedAt - start,
          paintMs: performance.now() - start,
          turns: body.querySelectorAll('[data-testid="turn"]').length,
          messages: body.querySelectorAll('[data-testid="message"]').length,
        })
      );
      return true;
    };
    const observer = new MutationObserver(check);
    observer.observe(document.getElementById('host-root') ?? document.body, { childList: true, subtree: true });
    const start = performance.now();
    const current = document.querySelector('[data-testid="conversation-row"] button[aria-expanded]');
    (current as HTMLButtonElement | null)?.click();
  });
}

/** Closes every open conversation, so the next timing starts from a closed row. */
export function closeConversations(): void {
  document
    .querySelectorAll<HTMLButtonElement>('[data-testid="conversation-row"] button[aria-expanded="true"]')
    .forEach((button) => button.click());
}

/**
 * Re-renders the panel as Grafana does on a dashboard refresh: the host's panel wrapper gets a new field config
 * object with the same content, so its query-runner stand-in applies field overrides again and the panel
 * receives new frames holding the same rows. `kind: 'options'` instead hands it a copy of the same options.
 */
export function triggerRerender(kind: 'frames' | 'options'): boolean {
  const section = document.querySelector('[data-testid="host-panel"]');
  const fiberKey = section ? Object.keys(section).find((key) => key.startsWith('__reactFiber$')) : undefined;
  type Fiber = { memoizedProps?: Record<string, unknown>; child?: Fiber; sibling?: Fiber };
  const start = fiberKey ? ((section as unknown as Record<string, Fiber>)[fiberKey] as Fiber) : undefined;
  const stack: Fiber[] = start ? [start] : [];
  while (stack.length > 0) {
    const fiber = stack.pop() as Fiber;
    const props = fiber.memoizedProps;
    if (props && typeof props.onFieldConfigChange === 'function' && typeof props.onOptionsChange === 'function') {
      if (kind === 'frames') {
        (props.onFieldConfigChange as (value: unknown) => void)({ ...(props.fieldConfig as object) });
      } else {
        (props.onOptionsChange as (value: unknown) => void)({ ...(props.options as object) });
      }
      return true;
    }
    if (fiber.sibling) {
      stack.push(fiber.sibling);
    }
    if (fiber.child) {
      stack.push(fiber.child);
    }
  }
  return false;
}

/** Resolves once the page has rendered two frames and then had an idle moment. */
export function settle(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 10_000 })))
  );
}
