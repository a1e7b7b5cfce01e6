import { Message } from './types';

/**
 * Gives each distinct message (role and trimmed text) a small integer, so message histories can be compared
 * and hashed as integer lists instead of re-reading their text.
 */
export class MessageInterner {
  private readonly ids = new Map<string, number>();

  idOf(message: Message): number {
    const calls = message.toolCalls ? message.toolCalls.map((call) => call.name).join(',') : '';
    const key = `${message.role}\u0000${message.content.trim()}\u0000${calls}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  idsOf(messages: Message[]): number[] {
    const ids = new Array<number>(messages.length);
    for (let i = 0; i < messages.length; i++) {
      ids[i] = this.idOf(messages[i]);
    }
    return ids;
  }
}

/**
 * Hashes of every prefix of a message-id list: entry k identifies the first k messages. Two independent
 * 32-bit hashes plus the length make accidental collisions negligible for log-sized inputs.
 */
export function prefixHashes(ids: number[]): string[] {
  const hashes = new Array<string>(ids.length + 1);
  let first = 0x811c9dc5;
  let second = 0x9747b28c;
  hashes[0] = '0';
  for (let i = 0; i < ids.length; i++) {
    first = Math.imul(first ^ ids[i], 0x01000193) >>> 0;
    second = (Math.imul(second + ids[i] + 1, 0x5bd1e995) ^ (second >>> 15)) >>> 0;
    hashes[i + 1] = `${i + 1}:${first.toString(36)}:${second.toString(36)}`;
  }
  return hashes;
}

/** The hash of `ids` followed by one more id (a turn's history plus its answer). */
export function extendedHash(ids: number[], next: number): string {
  return prefixHashes([...ids, next])[ids.length + 1];
}

/** How many leading entries two lists share. */
export function commonPrefixLength(a: number[], b: number[]): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a[i] === b[i]) {
    i++;
  }
  return i;
}
