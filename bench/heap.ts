import v8 from 'node:v8';

export interface Measurement<T> {
  result: T;
  wallMs: number;
  /** User plus system CPU of the whole process (GC helper threads included). */
  cpuMs: number;
  /** Highest heap use during the call, above the heap in use just before it. */
  peakHeapBytes: number;
  /** Heap still held by the result after a full collection, above the same baseline. */
  retainedHeapBytes: number;
}

function collect(): void {
  if (typeof global.gc !== 'function') {
    throw new Error('run with --expose-gc: heap figures need full collections between measurements');
  }
  // Two passes: the first may only schedule finalisation of weak references.
  global.gc();
  global.gc();
}

/**
 * Times a synchronous call and finds its heap high-water mark. Heap use only grows between collections, so the
 * peak is the largest "before" figure the GC profiler saw, or the use at the end when no collection ran later.
 */
export function measure<T>(work: () => T): Measurement<T> {
  collect();
  const baseline = v8.getHeapStatistics().used_heap_size;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const usedAtEnd = v8.getHeapStatistics().used_heap_size;
  const profile = profiler.stop();
  const peak = profile.statistics.reduce(
    (highest, entry) => Math.max(highest, entry.beforeGC.heapStatistics.usedHeapSize),
    usedAtEnd
  );
  collect();
  const retained = v8.getHeapStatistics().used_heap_size;
  return {
    result,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakHeapBytes: Math.max(0, peak - baseline),
    retainedHeapBytes: Math.max(0, retained - baseline),
  };
}
