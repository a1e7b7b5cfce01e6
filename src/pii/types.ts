/** Where a candidate value sits, so a validator can read the words around it. */
export interface DetectionContext {
  text: string;
  start: number;
  end: number;
}

/** One kind of personal data: how to find it on screen and how Alloy finds it before Loki. */
export interface Detector {
  /** The kind shown in place of a masked value, as `[name]`. */
  name: string;
  /** Global JavaScript pattern of candidate values (look-around allowed). */
  pattern: RegExp;
  /**
   * RE2 expression for Alloy's `stage.replace`: every capture group that matches holds a value to redact; text
   * outside the groups (boundaries) is kept. Absent for user-defined detectors, which stay in the panel.
   */
  re2?: string;
  /** Checks a candidate the pattern found (checksum, prefix, surrounding words). */
  validate?: (value: string, context: DetectionContext) => boolean;
  /** A cheap test a text must pass before the pattern runs at all. */
  hint?: RegExp;
  /** True for the shipped catalogue, false for patterns from the panel option. */
  builtIn: boolean;
}

/** A value found in a text: `text.slice(start, end)` is of the kind `kind`. */
export interface Detection {
  kind: string;
  start: number;
  end: number;
}

export interface MaskResult {
  text: string;
  /** How many values were replaced. */
  count: number;
}

export interface Masker {
  mask(text: string): MaskResult;
  /** The values found in a text, in order, overlaps already resolved. */
  detect(text: string): Detection[];
  /** Built-in detectors followed by the user's. */
  detectors: Detector[];
  /** Problems with the user's patterns, in words a user can act on. */
  errors: string[];
}
