import { t } from '@grafana/i18n';

import type { SkipReason } from '../data/types';

/** How many rows were skipped for one reason, as a phrase with the count in it. */
export function skipReasonText(reason: SkipReason, count: number): string {
  switch (reason) {
    case 'notJson':
      return t('skip-reason.not-json', '', {
        count,
        defaultValue_one: '{{count, number}} line is not JSON',
        defaultValue_other: '{{count, number}} lines are not JSON',
      });
    case 'notLlmEvent':
      return t('skip-reason.not-llm-event', '', {
        count,
        defaultValue_one: '{{count, number}} line is not a prompt or response event',
        defaultValue_other: '{{count, number}} lines are not a prompt or response event',
      });
    case 'duplicate':
      return t('skip-reason.duplicate', '', {
        count,
        defaultValue_one: '{{count, number}} duplicate line',
        defaultValue_other: '{{count, number}} duplicate lines',
      });
    case 'unreadable':
      return t('skip-reason.unreadable', '', {
        count,
        defaultValue_one: '{{count, number}} row in an unreadable frame or field',
        defaultValue_other: '{{count, number}} rows in unreadable frames or fields',
      });
  }
}
