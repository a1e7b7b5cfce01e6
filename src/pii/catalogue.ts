import { emailDetector, phoneDetector } from './detectors/contact';
import { cardDetector, ibanDetector, nipDetector, peselDetector } from './detectors/identifiers';
import { ipv4Detector, ipv6Detector } from './detectors/network';
import { apiKeyDetector, jwtDetector } from './detectors/secrets';
import type { Detector } from './types';

/**
 * The shipped detectors. The order breaks ties between overlapping detections of equal length in the panel, and
 * is the order of Alloy's stages: the more specific kinds run first so that a shorter kind never redacts a piece
 * of a longer value (the digits of an e-mail address, a group of an account number).
 */
export const builtInDetectors: readonly Detector[] = [
  jwtDetector,
  apiKeyDetector,
  emailDetector,
  ibanDetector,
  cardDetector,
  peselDetector,
  nipDetector,
  phoneDetector,
  ipv6Detector,
  ipv4Detector,
];

export const builtInKinds = builtInDetectors.map((detector) => detector.name);
