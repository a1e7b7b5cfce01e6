import { Message } from './types';
import { WorkMeter } from './workMeter';

/**
 * V8 hashes strings longer than this by their length alone, so a Map keyed on many long texts of equal length
 * degrades to a list (a cheap way for hostile lines to make the panel quadratic). Such texts are keyed on a
 * fingerprint instead, and a hit is confirmed by comparing the texts.
 */
const LONGEST_NATIVELY_HASHED = 16000;

function fingerprint(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 13);
  }
  return `\u0001${text.length}:${(first >>> 0).toString(36)}:${(second >>> 0).toString(36)}`;
}

/**
 * Gives each distinct message (role and trimmed text) a small integer, so message histories can be compared
 * and hashed as integer lists instead of re-reading their text.
 */
export class MessageInterner {
  // Keyed by role, then by the text itself: no key strings are built, and V8 hashes each text once.
  private readonly byRole = new Map<string, Map<string, number>>();
  private readonly canonical: Message[] = [];
  private readonly longTexts = new Map<number, string>();

  constructor(private readonly meter?: WorkMeter) {}

  idOf(message: Message): number {
    let text = message.content.trim();
    if (message.toolCalls) {
      text += `\u0000${message.toolCalls.map((call) => call.name).join(',')}`;
    }
    const long = text.length > LONGEST_NATIVELY_HASHED;
    const key = long ? fingerprint(text) : text;
    let ids = this.byRole.get(message.role);
    if (!ids) {
      ids = new Map();
      this.byRole.set(message.role, ids);
    }
    const known = ids.get(key);
    if (known !== undefined) {
      const longText = this.longTexts.get(known);
      if (longText === undefined || longText === text) {
        return known;
      }
      // A fingerprint collision (crafted or not): a different text gets its own identity, unremembered.
      return this.remember(message, long ? text : undefined);
    }
    const id = this.remember(message, long ? text : undefined);
    ids.set(key, id);
    return id;
  }

  private remember(message: Message, longText: string | undefined): number {
    const id = this.canonical.length;
    this.canonical.push(message);
    if (longText !== undefined) {
      this.longTexts.set(id, longText);
    }
    return id;
  }

  /**
   * Ids of a message list. The list's entries are replaced by the first message seen with the same id, so the
   * histories that every turn repeats share one copy in memory (the result is read-only for its consumers).
   */
  idsOf(messages: Message[]): number[] {
    const ids = new Array<number>(messages.length);
    this.meter?.add(messages.length);
    for (let i = 0; i < messages.length; i++) {
      const id = this.idOf(messages[i]);
      ids[i] = id;
      messages[i] = this.canonical[id];
    }
    return ids;
  }
}

const FIRST_SEED = 0x811c9dc5;
const SECOND_SEED = 0x9747b28c;

/**
 * Hashes of every prefix of a message-id list: entry k identifies the first k messages. Two independent 32-bit
 * hashes are folded into one safe integer (53 bits), so Maps key on numbers and no strings are built per prefix.
 */
export function prefixHashes(ids: number[]): number[] {
  const hashes = new Array<number>(ids.length + 1);
  hashes[0] = 0;
  let first = FIRST_SEED;
  let second = SECOND_SEED;
  for (let i = 0; i < ids.length; i++) {
    first = Math.imul(first ^ ids[i], 0x01000193) >>> 0;
    second = (Math.imul(second + ids[i] + 1, 0x5bd1e995) ^ (second >>> 15)) >>> 0;
    hashes[i + 1] = first * 0x200000 + (second & 0x1fffff);
  }
  return hashes;
}

/** The hash of the whole list (the last entry of `prefixHashes`), optionally followed by one more id. */
export function historyHash(ids: number[], next?: number): number {
  let first = FIRST_SEED;
  let second = SECOND_SEED;
  const length = next === undefined ? ids.length : ids.length + 1;
  if (length === 0) {
    return 0;
  }
  for (let i = 0; i < length; i++) {
    const id = i < ids.length ? ids[i] : (next as number);
    first = Math.imul(first ^ id, 0x01000193) >>> 0;
    second = (Math.imul(second + id + 1, 0x5bd1e995) ^ (second >>> 15)) >>> 0;
  }
  return first * 0x200000 + (second & 0x1fffff);
}
