import { t } from '@grafana/i18n';

import type { SkipReason } from '../data/types';

export function skipReasonText(reason: SkipReason): string {
  switch (reason) {
    case 'notJson':
      return t('skip-reason.not-json', 'not JSON');
    case 'notLlmEvent':
      return t('skip-reason.not-llm-event', 'not a prompt or response event');
    case 'duplicate':
      return t('skip-reason.duplicate', 'duplicate line');
    case 'unreadable':
      return t('skip-reason.unreadable', 'unreadable frame or field');
  }
}
