import { createContext, useContext } from 'react';

import type { DisplayOptions, TurnMarkerOptions } from '../types';
import type { DurationFormatter } from './durationDisplay';
import type { QuerySource } from './links';

/** What every turn and message needs from the panel, passed once instead of through each layer. */
export interface PanelContextValue {
  display: DisplayOptions;
  markers: TurnMarkerOptions;
  formatDuration: DurationFormatter;
  /** The search text folded for matching; empty when not searching. */
  foldedQuery: string;
  querySource: QuerySource;
  /** The dashboard's time zone, for every time the panel prints. */
  timeZone: string;
}

export const PanelContext = createContext<PanelContextValue | undefined>(undefined);

export function usePanelContext(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) {
    // A programming error, not a data error: components below the panel are only rendered inside it.
    throw new Error('PanelContext is missing: render inside ConversationsPanel');
  }
  return value;
}
