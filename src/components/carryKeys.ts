import type { ConversationView } from './viewModel';

/**
 * The keys of open or revealed conversations, as those conversations are called in a rebuilt list. A conversation
 * threaded without ids is named after its first turn, so its key changes when older turns appear (the complete list
 * after a partial one) or leave the time range (a refresh); it is then found again by the newest of its log rows that
 * is still there. Returns `keys` itself when nothing had to change, so a caller can skip a state update.
 */
export function carryKeys(
  keys: ReadonlySet<string>,
  before: readonly ConversationView[],
  after: readonly ConversationView[]
): ReadonlySet<string> {
  if (keys.size === 0) {
    return keys;
  }
  const afterKeys = new Set(after.map((view) => view.key));
  const lost = [...keys].filter((key) => !afterKeys.has(key));
  if (lost.length === 0) {
    return keys;
  }
  const beforeByKey = new Map(before.map((view) => [view.key, view]));
  // By log row, not by turn key: a turn read only up to its response is named after that row, and after its
  // prompt once the prompt is read too.
  const afterByRow = new Map<string, string>();
  for (const view of after) {
    for (const exchange of view.conversation.exchanges) {
      exchange.rowIds.forEach((rowId) => afterByRow.set(rowId, view.key));
    }
  }
  const carried = new Set([...keys].filter((key) => afterKeys.has(key)));
  let changed = false;
  for (const key of lost) {
    const rowIds = beforeByKey.get(key)?.conversation.exchanges.flatMap((exchange) => exchange.rowIds) ?? [];
    const found = rowIds
      .map((rowId) => afterByRow.get(rowId))
      .reverse()
      .find((afterKey) => afterKey !== undefined);
    // A conversation that is gone keeps its key: it reopens if it comes back, and costs nothing meanwhile.
    carried.add(found ?? key);
    changed ||= found !== undefined;
  }
  return changed ? carried : keys;
}
