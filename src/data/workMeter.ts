/**
 * Counts the inner steps of the stages that could grow faster than their input if written carelessly (queue
 * scans, history lookups, key de-duplication), so tests can prove the work stays proportional to the input
 * without timing anything.
 */
export class WorkMeter {
  steps = 0;

  add(count: number): void {
    this.steps += count;
  }
}

/** Hands out a key once: repeats get `~2`, `~3`, ... in constant time each, even for thousands of repeats. */
export class UniqueKeys {
  private readonly next = new Map<string, number>();
  private readonly used = new Set<string>();

  constructor(private readonly meter?: WorkMeter) {}

  take(preferred: string, alternative?: string): string {
    if (!this.used.has(preferred)) {
      this.used.add(preferred);
      return preferred;
    }
    const base = alternative ?? preferred;
    let suffix = this.next.get(base) ?? (base === preferred ? 2 : 1);
    let key = suffix === 1 ? base : `${base}~${suffix}`;
    while (this.used.has(key)) {
      this.meter?.add(1);
      suffix++;
      key = `${base}~${suffix}`;
    }
    this.next.set(base, suffix + 1);
    this.used.add(key);
    return key;
  }
}
