import { useState } from 'react';

/** A function that gives back the first of a run of values with the same JSON. */
function equalJsonKeeper<T>(): (value: T) => T {
  let kept: { value: T; json: string } | undefined;
  return (value) => {
    const json = JSON.stringify(value) ?? '';
    if (kept?.json !== json) {
      kept = { value, json };
    }
    return kept.value;
  };
}

/**
 * The previously returned object for as long as the new one holds the same JSON. Grafana hands the panel a new
 * options object on every change and the panel fills in defaults into new objects too; hooks keyed on the result
 * then only run again when a value really changed.
 */
export function useStableValue<T>(value: T): T {
  // Like a memoize-one cache: an entry kept from a render React throws away is harmless, as equal JSON means an
  // equal value.
  const [keep] = useState(equalJsonKeeper<T>);
  return keep(value);
}
