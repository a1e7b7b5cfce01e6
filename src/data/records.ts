import { DataFrame, Field, FieldType, getFieldDisplayName } from '@grafana/data';

import { lineHash } from './lokiFrame';
import { compareInstants, Instant, instantFromMs, instantFromNs, instantFromTimestamp } from './time';
import { ConversationOptions, FrameAccount } from './types';

/** One log row as read from a frame, before its line is interpreted. */
export interface LogRecord {
  /** Loki's `id`, else a synthetic id made of the frame name, entry time and a fingerprint of the line. */
  rowId: string;
  /** The log line; an object when the data source already delivered parsed JSON. */
  line: string | object | undefined;
  /** Entry time; undefined when the row's time could not be read. */
  instant: Instant | undefined;
  /** Row labels (for Loki: stream labels, structured metadata and `| json` results); values may be anything. */
  labels: Record<string, unknown> | undefined;
}

export interface RecordsResult {
  records: LogRecord[];
  frames: FrameAccount[];
  /** Rows of frames without a line field: counted as unreadable. */
  unreadableRowIds: string[];
}

type RecordOptions = Pick<ConversationOptions, 'lineField' | 'timeField'>;

const LINE_NAMES = ['Line', 'body', 'line', 'message', 'msg'];
const TIME_NAMES = ['Time', 'timestamp', 'time', 'ts'];

/** Reads log rows from every frame (several queries at once), finding fields by name with a type fallback. */
export function readLogRecords(series: DataFrame[], options: RecordOptions): RecordsResult {
  const records: LogRecord[] = [];
  const accounts: FrameAccount[] = [];
  const unreadableRowIds: string[] = [];
  const frames: DataFrame[] = Array.isArray(series) ? series : [];
  frames.forEach((frame, frameIndex) => {
    const account = readFrame(frame, frameIndex, frames, options, records, unreadableRowIds);
    accounts.push(account);
  });
  return { records, frames: accounts, unreadableRowIds };
}

function readFrame(
  frame: DataFrame,
  frameIndex: number,
  series: DataFrame[],
  options: RecordOptions,
  records: LogRecord[],
  unreadableRowIds: string[]
): FrameAccount {
  const fields: Field[] = Array.isArray(frame?.fields) ? frame.fields : [];
  const name = frame?.refId || frame?.name || `frame ${frameIndex + 1}`;
  const rows = frameLength(frame, fields);
  const limit = typeof frame?.meta?.limit === 'number' ? frame.meta.limit : undefined;
  const account: FrameAccount = { name, rows, limit, limitReached: limit !== undefined && limit > 0 && rows >= limit };

  const lineField = findField(fields, { frame, series }, options.lineField, LINE_NAMES, FieldType.string);
  if (!lineField) {
    account.unreadableReason = options.lineField
      ? `no field named "${options.lineField}"`
      : 'no text field with log lines (is this a logs query?)';
    for (let row = 0; row < rows; row++) {
      unreadableRowIds.push(`${name}#${row}`);
    }
    return account;
  }
  const timeField = findField(fields, { frame, series }, options.timeField, TIME_NAMES, FieldType.time);
  const nsField = fields.find((field) => field.name === 'tsNs');
  const idField = fields.find((field) => field.name === 'id' && field.type === FieldType.string);
  const labelsField = fields.find((field) => field.name === 'labels');
  const streamLabels = lineField.labels;

  for (let row = 0; row < rows; row++) {
    const line = lineField.values[row];
    const instant = readInstant(nsField?.values[row], timeField, row);
    const id = idField?.values[row];
    const rowLabels = readLabels(labelsField?.values[row]);
    records.push({
      rowId:
        typeof id === 'string' && id !== '' && id.length <= 512
          ? id
          : `${name}_${instant ? instant.ms : 'x'}_${typeof line === 'string' ? lineHash(line) : row}`,
      line: typeof line === 'string' || (typeof line === 'object' && line !== null) ? line : undefined,
      instant,
      labels: streamLabels && rowLabels ? { ...streamLabels, ...rowLabels } : (rowLabels ?? streamLabels),
    });
  }
  return account;
}

function frameLength(frame: DataFrame, fields: Field[]): number {
  if (typeof frame?.length === 'number' && frame.length >= 0) {
    return frame.length;
  }
  return fields.reduce((longest, field) => Math.max(longest, field.values?.length ?? 0), 0);
}

/** The field the user named, else a known name, else the first field of the right type (never by position). */
function findField(
  fields: Field[],
  context: { frame: DataFrame; series: DataFrame[] },
  chosen: string,
  knownNames: string[],
  type: FieldType
): Field | undefined {
  if (chosen) {
    // The options pane's field picker offers Grafana's display names (which can carry the frame name or labels)
    // besides the fields' own names; either one picks the field.
    return (
      fields.find((field) => field.name === chosen) ??
      fields.find((field) => displayNameOf(field, context.frame, context.series) === chosen)
    );
  }
  for (const knownName of knownNames) {
    const field = fields.find((candidate) => candidate.name === knownName && candidate.type === type);
    if (field) {
      return field;
    }
  }
  return fields.find((field) => field.type === type);
}

function displayNameOf(field: Field, frame: DataFrame, series: DataFrame[]): string | undefined {
  if (typeof field?.config !== 'object' || field.config === null) {
    return undefined;
  }
  try {
    return getFieldDisplayName(field, frame, series);
  } catch {
    // A field too malformed for Grafana to name simply does not match.
    return undefined;
  }
}

function readInstant(tsNs: unknown, timeField: Field | undefined, row: number): Instant | undefined {
  if (typeof tsNs === 'string') {
    const instant = instantFromNs(tsNs);
    if (instant) {
      return instant;
    }
  }
  const value = timeField?.values[row];
  if (typeof value === 'number') {
    return instantFromMs(value, timeField?.nanos?.[row] ?? 0);
  }
  if (value instanceof Date) {
    return instantFromMs(value.getTime());
  }
  return instantFromTimestamp(value);
}

function readLabels(value: unknown): Record<string, unknown> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  // Older Grafana versions sent the labels of each row as JSON text.
  if (typeof value === 'string' && value.charCodeAt(0) === 123) {
    try {
      const parsed = JSON.parse(value);
      return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Oldest first; ties by line text and row id so that identical entries end up next to each other. */
export function sortRecords(records: LogRecord[]): LogRecord[] {
  // Loki sends newest first: reversed, the rows are nearly sorted and the sort runs in about linear time.
  const sorted = records.slice().reverse();
  sorted.sort((a, b) => {
    const aMs = a.instant ? a.instant.ms : Infinity;
    const bMs = b.instant ? b.instant.ms : Infinity;
    return (
      (aMs === bMs ? 0 : aMs < bMs ? -1 : 1) ||
      (a.instant?.subMsNs ?? 0) - (b.instant?.subMsNs ?? 0) ||
      compareText(lineText(a), lineText(b)) ||
      compareText(a.rowId, b.rowId)
    );
  });
  return sorted;
}

function lineText(record: LogRecord): string {
  return typeof record.line === 'string' ? record.line : '';
}

/** The same log entry delivered twice (overlapping queries, a retried shipment): same time and same line. */
export function isSameEntry(a: LogRecord, b: LogRecord): boolean {
  const sameTime = a.instant && b.instant ? compareInstants(a.instant, b.instant) === 0 : a.instant === b.instant;
  return sameTime && typeof a.line === 'string' && a.line === b.line;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
