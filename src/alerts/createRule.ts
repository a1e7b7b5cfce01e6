import { t } from '@grafana/i18n';
import { getBackendSrv, isFetchError } from '@grafana/runtime';

import { durationSeconds } from './durations';
import { folderUidFor } from './rule';
import { ProvisionedAlertRule } from './types';

/** What happened when the drawer asked Grafana to create a rule. */
export type CreateRuleResult =
  | { ok: true; ruleUid?: string; folderUid: string; folderCreated: boolean; warning?: string }
  | { ok: false; status?: number; message: string };

// Errors are shown in the drawer, next to the button that caused them, instead of Grafana's global toast.
const quiet = { showErrorAlert: false, showSuccessAlert: false };

/** Keeps the rule editable in Grafana's UI: rules created through the provisioning API are locked otherwise. */
export const disableProvenanceHeader = { 'X-Disable-Provenance': 'true' };

interface FolderSummary {
  uid?: unknown;
  title?: unknown;
}

function serverMessage(error: unknown): string {
  if (isFetchError(error)) {
    const data: unknown = error.data;
    if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') {
      return data.message;
    }
    return error.statusText ?? '';
  }
  return error instanceof Error ? error.message : String(error);
}

/** A message a person can act on, for each way Grafana refuses a rule. */
export function describeFailure(error: unknown, step: 'folder' | 'rule'): { status?: number; message: string } {
  const status = isFetchError(error) ? error.status : undefined;
  const detail = serverMessage(error);
  switch (status) {
    case 400:
      return {
        status,
        message: t('alerts.create.error.400', 'Grafana rejected the rule as invalid: {{detail}}', {
          detail,
          interpolation: { escapeValue: false },
        }),
      };
    case 401:
      return {
        status,
        message: t('alerts.create.error.401', 'Your session has expired. Sign in to Grafana again, then retry.'),
      };
    case 403:
      return {
        status,
        message:
          step === 'folder'
            ? t(
                'alerts.create.error.403-folder',
                'You may not create the folder. Ask an administrator to create it, or pick a folder you can edit.'
              )
            : t(
                'alerts.create.error.403',
                'You may not create alert rules in this folder. Ask an administrator for alert rule write access.'
              ),
      };
    case 409:
      return {
        status,
        message: t(
          'alerts.create.error.409',
          'A rule with this name or uid already exists in the folder. Rename the rule, or edit the existing one in Alerting.'
        ),
      };
    default:
      return {
        status,
        message: t('alerts.create.error.other', 'Creating the rule failed: {{detail}}', {
          detail: detail || t('alerts.create.error.no-detail', 'no answer from Grafana'),
          interpolation: { escapeValue: false },
        }),
      };
  }
}

/** The uid of the folder with this title, creating the folder when there is none. */
async function ensureFolder(title: string): Promise<{ uid: string; created: boolean }> {
  const wantedUid = folderUidFor(title);
  const folders: unknown = await getBackendSrv().get('/api/folders', { limit: 1000 }, undefined, quiet);
  const existing = Array.isArray(folders)
    ? folders.find((folder: FolderSummary) => folder.title === title || folder.uid === wantedUid)
    : undefined;
  if (existing && typeof existing.uid === 'string') {
    return { uid: existing.uid, created: false };
  }
  const created: FolderSummary = await getBackendSrv().post('/api/folders', { uid: wantedUid, title }, quiet);
  return { uid: typeof created?.uid === 'string' ? created.uid : wantedUid, created: true };
}

/**
 * The provisioning API puts a new rule into an existing group or creates the group with Grafana's default interval;
 * the interval is a property of the group, so it is set afterwards, and only when it differs.
 */
async function applyGroupInterval(folderUid: string, group: string, interval: string): Promise<string | undefined> {
  const seconds = durationSeconds(interval);
  const url = `/api/v1/provisioning/folder/${encodeURIComponent(folderUid)}/rule-groups/${encodeURIComponent(group)}`;
  try {
    const current: unknown = await getBackendSrv().get(url, undefined, undefined, quiet);
    if (!current || typeof current !== 'object' || !('interval' in current) || current.interval === seconds) {
      return undefined;
    }
    await getBackendSrv().put(url, { ...current, interval: seconds }, { ...quiet, headers: disableProvenanceHeader });
    return undefined;
  } catch (error) {
    return t(
      'alerts.create.interval-warning',
      'The rule was created, but its group keeps its previous evaluation interval: {{detail}}',
      { detail: serverMessage(error), interpolation: { escapeValue: false } }
    );
  }
}

/** Creates the folder when missing, then the rule, then applies the evaluation interval to its group. */
export async function createAlertRule(
  rule: ProvisionedAlertRule,
  folderTitle: string,
  evaluationInterval: string
): Promise<CreateRuleResult> {
  let folder: { uid: string; created: boolean };
  try {
    folder = await ensureFolder(folderTitle.trim());
  } catch (error) {
    return { ok: false, ...describeFailure(error, 'folder') };
  }
  let created: { uid?: unknown };
  try {
    created = await getBackendSrv().post(
      '/api/v1/provisioning/alert-rules',
      { ...rule, folderUID: folder.uid },
      { ...quiet, headers: disableProvenanceHeader }
    );
  } catch (error) {
    return { ok: false, ...describeFailure(error, 'rule') };
  }
  const warning = await applyGroupInterval(folder.uid, rule.ruleGroup, evaluationInterval);
  return {
    ok: true,
    ruleUid: typeof created?.uid === 'string' ? created.uid : undefined,
    folderUid: folder.uid,
    folderCreated: folder.created,
    warning,
  };
}
