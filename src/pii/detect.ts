import type { Detection, Detector } from './types';

interface Candidate extends Detection {
  rank: number;
}

/** How many trailing groups a validator may drop from a greedy match (`4111 1111 1111 1111 2024`). */
const MAX_GROUPS_DROPPED = 2;

/**
 * The longest prefix of a match, cut at a space or dash, that the detector accepts; a pattern alone is greedy and
 * may swallow the next group of digits or letters after the real value.
 */
function acceptedEnd(detector: Detector, text: string, start: number, value: string): number | undefined {
  const { validate } = detector;
  if (!validate) {
    return start + value.length;
  }
  let candidate = value;
  for (let dropped = 0; dropped <= MAX_GROUPS_DROPPED; dropped++) {
    if (validate(candidate, { text, start, end: start + candidate.length })) {
      return start + candidate.length;
    }
    const cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('-'));
    if (cut <= 0) {
      return undefined;
    }
    candidate = candidate.slice(0, cut);
  }
  return undefined;
}

function collectCandidates(text: string, detectors: readonly Detector[]): Candidate[] {
  const candidates: Candidate[] = [];
  detectors.forEach((detector, rank) => {
    if (detector.hint && !detector.hint.test(text)) {
      return;
    }
    const pattern = detector.pattern;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index;
      const end = match[0] === '' ? undefined : acceptedEnd(detector, text, start, match[0]);
      if (end === undefined) {
        // A rejected candidate may hide a valid value that starts inside it.
        pattern.lastIndex = start + 1;
        continue;
      }
      candidates.push({ kind: detector.name, start, end, rank });
      pattern.lastIndex = end;
    }
  });
  return candidates;
}

function outranks(challenger: Candidate, holder: Candidate): boolean {
  const lengthDifference = challenger.end - challenger.start - (holder.end - holder.start);
  return lengthDifference > 0 || (lengthDifference === 0 && challenger.rank < holder.rank);
}

/**
 * Overlapping detections become one masked span covering all of them, so no part of any value stays readable; the
 * span takes the kind of its longest detection (ties: the earlier detector in the catalogue).
 */
function mergeOverlaps(candidates: Candidate[]): Detection[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const merged: Detection[] = [];
  let current: Candidate | undefined;
  let currentEnd = 0;
  for (const candidate of sorted) {
    if (current && candidate.start < currentEnd) {
      currentEnd = Math.max(currentEnd, candidate.end);
      if (outranks(candidate, current)) {
        current = candidate;
      }
      continue;
    }
    if (current) {
      merged[merged.length - 1].end = currentEnd;
      merged[merged.length - 1].kind = current.kind;
    }
    current = candidate;
    currentEnd = candidate.end;
    merged.push({ kind: candidate.kind, start: candidate.start, end: candidate.end });
  }
  if (current) {
    merged[merged.length - 1].end = currentEnd;
    merged[merged.length - 1].kind = current.kind;
  }
  return merged;
}

/** Stands in for a found value on later passes: neither a letter, a digit, a space nor punctuation a pattern uses. */
const FOUND = '\u0000';
/** Each pass can only free values next to those found on the previous one; chains longer than this are unheard of. */
const MAX_PASSES = 3;

function blankOut(text: string, detections: Detection[]): string {
  let blanked = '';
  let position = 0;
  for (const { start, end } of detections) {
    blanked += text.slice(position, start) + FOUND.repeat(end - start);
    position = end;
  }
  return blanked + text.slice(position);
}

/**
 * Every value of personal data in a text, left to right, without overlaps. A value whose boundary looked like part
 * of a longer number only because a found value stood next to it (`+48 600 123 456 44051401359`) is found on a
 * further pass over the text with the found values blanked out, so masking never leaves a value for a second run.
 */
export function findPersonalData(text: string, detectors: readonly Detector[]): Detection[] {
  if (text.length < 3) {
    return [];
  }
  const candidates = collectCandidates(text, detectors);
  let detections = mergeOverlaps(candidates);
  for (let pass = 1; pass < MAX_PASSES && detections.length > 0; pass++) {
    const more = collectCandidates(blankOut(text, detections), detectors);
    if (more.length === 0) {
      break;
    }
    candidates.push(...more);
    detections = mergeOverlaps(candidates);
  }
  return detections;
}
