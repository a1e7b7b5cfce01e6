import type { ConversationView } from './viewModel';

/**
 * Carries keys of open or revealed conversations into a rebuilt list. A conversation threaded without ids is named
 * after its first turn, so its key changes when older turns appear (the complete list after a partial one) or leave
 * the time range (a refresh); it is then found again by the newest of its log rows that is still there. The lookups
 * over the lists are built at most once, and only when some key is missing from the rebuilt list. The returned
 * function gives back the set it was given when nothing had to change, so a caller can skip a state update.
 */
export function keyCarrier(
  before: readonly ConversationView[],
  after: readonly ConversationView[]
): (keys: ReadonlySet<string>) => ReadonlySet<string> {
  let afterKeys: Set<string> | undefined;
  let lookups: { beforeByKey: Map<string, ConversationView>; afterByRow: Map<string, string> } | undefined;
  const buildLookups = () => {
    // By log row, not by turn key: a turn read only up to its response is named after that row, and after its
    // prompt once the prompt is read too.
    const afterByRow = new Map<string, string>();
    for (const view of after) {
      for (const exchange of view.conversation.exchanges) {
        exchange.rowIds.forEach((rowId) => afterByRow.set(rowId, view.key));
      }
    }
    return { beforeByKey: new Map(before.map((view) => [view.key, view])), afterByRow };
  };

  return (keys) => {
    if (keys.size === 0) {
      return keys;
    }
    afterKeys ??= new Set(after.map((view) => view.key));
    const present = afterKeys;
    if ([...keys].every((key) => present.has(key))) {
      return keys;
    }
    lookups ??= buildLookups();
    const { beforeByKey, afterByRow } = lookups;
    const carried = new Set<string>();
    let changed = false;
    for (const key of keys) {
      if (present.has(key)) {
        carried.add(key);
        continue;
      }
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
  };
}
