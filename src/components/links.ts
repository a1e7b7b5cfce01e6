import { urlUtil, type DataQueryRequest, type UrlQueryMap } from '@grafana/data';

import type { Conversation } from '../data/types';

/** URL parameter that names the conversation to open and scroll to. */
export const conversationUrlParameter = 'ollamaConversation';

export interface QuerySource {
  dataSourceUid?: string;
  dataSourceType?: string;
  refId?: string;
  expr?: string;
  dashboardUid?: string;
}

/** The panel's first query, as far as Explore and the alert templates need it. */
export function querySource(request: DataQueryRequest | undefined): QuerySource {
  const target = request?.targets?.[0];
  if (!target) {
    return { dashboardUid: request?.dashboardUID };
  }
  const expr = 'expr' in target && typeof target.expr === 'string' ? target.expr : undefined;
  return {
    dataSourceUid: target.datasource?.uid,
    dataSourceType: target.datasource?.type,
    refId: target.refId,
    expr,
    dashboardUid: request?.dashboardUID,
  };
}

/** A LogQL string literal for a value logged by someone else: backticks take it verbatim when they can. */
function logqlString(value: string): string {
  return value.includes('`') ? JSON.stringify(value) : `\`${value}\``;
}

const marginMs = 1000;

/** Explore with the panel's query over the conversation's time range, narrowed to its id when it has one. */
export function exploreUrl(
  conversation: Conversation,
  idValue: string | undefined,
  source: QuerySource,
  appSubUrl = ''
): string | undefined {
  if (!source.dataSourceUid || !source.expr) {
    return undefined;
  }
  const expr = idValue ? `${source.expr} |= ${logqlString(idValue)}` : source.expr;
  const pane = {
    datasource: source.dataSourceUid,
    queries: [
      {
        refId: source.refId ?? 'A',
        expr,
        datasource: { uid: source.dataSourceUid, type: source.dataSourceType },
      },
    ],
    range: {
      from: String(conversation.startMs - marginMs),
      to: String(conversation.lastActivityMs + marginMs),
    },
  };
  return urlUtil.renderUrl(`${appSubUrl}/explore`, { schemaVersion: 1, panes: JSON.stringify({ conversation: pane }) });
}

/** The current page with the conversation's time range and a parameter that opens it. */
export function conversationLink(
  key: string,
  conversation: Conversation,
  pathname: string,
  search: UrlQueryMap,
  origin: string
): string {
  const query: UrlQueryMap = {
    ...search,
    from: String(conversation.startMs - marginMs),
    to: String(conversation.lastActivityMs + marginMs),
    [conversationUrlParameter]: key,
  };
  return `${origin}${urlUtil.renderUrl(pathname, query)}`;
}
