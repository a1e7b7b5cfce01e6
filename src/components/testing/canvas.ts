/**
 * jsdom has no canvas, and the scaffold's setup stubs getContext to return nothing; @grafana/ui's Combobox measures
 * its option labels with a 2D context. This gives it one that measures by character count. Import it before
 * rendering anything that holds a Combobox.
 */
const measuringContext = {
  font: '',
  measureText: (text: string) => ({ width: text.length * 8 }),
} as unknown as CanvasRenderingContext2D;

HTMLCanvasElement.prototype.getContext = (() => measuringContext) as unknown as HTMLCanvasElement['getContext'];
