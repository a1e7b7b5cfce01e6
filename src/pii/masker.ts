import { builtInDetectors } from './catalogue';
import { parseCustomPatterns } from './customPatterns';
import { findPersonalData } from './detect';
import type { Detection, Masker, MaskResult } from './types';

/** Masked texts kept per masker: prompts repeat the whole history on every turn, so most texts come back. */
const CACHE_LIMIT = 20000;

/** Replaces each detection with its kind in brackets, `[email]`. */
export function applyMask(text: string, detections: Detection[]): string {
  let masked = '';
  let position = 0;
  for (const { kind, start, end } of detections) {
    masked += `${text.slice(position, start)}[${kind}]`;
    position = end;
  }
  return masked + text.slice(position);
}

/** A masker for the built-in detectors plus the user's patterns (one per line, `name: regular expression`). */
export function createMasker(customPatterns = ''): Masker {
  const custom = parseCustomPatterns(customPatterns);
  const detectors = [...builtInDetectors, ...custom.detectors];
  const cache = new Map<string, MaskResult>();

  const detect = (text: string) => findPersonalData(text, detectors);

  const mask = (text: string): MaskResult => {
    const known = cache.get(text);
    if (known) {
      return known;
    }
    const detections = detect(text);
    const result = { text: detections.length === 0 ? text : applyMask(text, detections), count: detections.length };
    if (cache.size >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.set(text, result);
    return result;
  };

  return { mask, detect, detectors, errors: custom.errors };
}
