import { builtInDetectors } from '../pii';
import { PatternDetector } from './types';

/**
 * The panel's built-in personal-data detectors in their RE2 form, the same expressions Alloy redacts with, so the
 * alert fires exactly on what the pipeline should have masked. User-defined patterns have no RE2 form and stay in
 * the panel.
 */
export function personalDataDetectors(): PatternDetector[] {
  return builtInDetectors.flatMap((detector) => (detector.re2 ? [{ name: detector.name, pattern: detector.re2 }] : []));
}
