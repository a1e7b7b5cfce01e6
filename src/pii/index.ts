export { builtInDetectors, builtInKinds } from './catalogue';
export { isValidIban, isValidLuhn, isValidNip, isValidPesel } from './checksums';
export { parseCustomPatterns, type CustomPatterns } from './customPatterns';
export { findPersonalData } from './detect';
export { applyMask, createMasker } from './masker';
export { maskConversation } from './maskConversation';
export type { Detection, DetectionContext, Detector, Masker, MaskResult } from './types';
