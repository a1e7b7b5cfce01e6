/**
 * Browser APIs that jsdom lacks and real @grafana/ui components use. Import this before rendering the panel.
 * - Combobox measures its labels with a 2D canvas context (the scaffold's setup stubs getContext to return nothing).
 * - Drawer observes its size with ResizeObserver, and parts of it their visibility with IntersectionObserver.
 */
const measuringContext = {
  font: '',
  measureText: (text: string) => ({ width: text.length * 8 }),
} as unknown as CanvasRenderingContext2D;

HTMLCanvasElement.prototype.getContext = (() => measuringContext) as unknown as HTMLCanvasElement['getContext'];

class StillResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = StillResizeObserver;
}

class NeverIntersectingObserver {
  readonly root = null;
  readonly rootMargin = '';
  readonly thresholds = [];
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

if (typeof window.IntersectionObserver === 'undefined') {
  window.IntersectionObserver = NeverIntersectingObserver;
}
