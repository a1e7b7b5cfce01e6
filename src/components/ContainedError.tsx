import { t } from '@grafana/i18n';
import { Alert, ErrorBoundary } from '@grafana/ui';
import React from 'react';

import { logValues } from './textValues';

interface Props {
  title: string;
  /** Source rows of what failed to render, so a user can find the lines in Explore. */
  rowIds: string[];
  testId: string;
  children: React.ReactNode;
  /** Values whose change should retry rendering. */
  dependencies?: unknown[];
}

const shownRowIds = 10;

/** Keeps a rendering failure inside its own part of the panel and says which rows it came from. */
export function ContainedError({ title, rowIds, testId, children, dependencies }: Props) {
  return (
    <ErrorBoundary dependencies={dependencies} errorLogger={() => undefined}>
      {({ error }) =>
        error ? (
          <Alert severity="error" title={title} data-testid={testId}>
            <div>{error.message}</div>
            {rowIds.length > 0 && (
              <div>
                {t(
                  'error-boundary.rows',
                  'Rows: {{ids}}',
                  logValues({
                    ids: rowIds.slice(0, shownRowIds).join(', ') + (rowIds.length > shownRowIds ? ', …' : ''),
                  })
                )}
              </div>
            )}
          </Alert>
        ) : (
          children
        )
      }
    </ErrorBoundary>
  );
}
