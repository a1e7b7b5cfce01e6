import { type Field, FieldType, type PanelOptionsEditorBuilder } from '@grafana/data';
import { t } from '@grafana/i18n';

import type { PanelOptions } from '../types';
import { defaultOptions } from './defaultOptions';

const defaults = defaultOptions.logFormat;

/** Where the panel finds prompts, responses and ids in the log lines. */
const TIME_SOURCE_TYPES = [FieldType.time, FieldType.number, FieldType.string];

export function addLogFormatOptions(builder: PanelOptionsEditorBuilder<PanelOptions>) {
  const category = [t('options.log-format.category', 'Log format')];
  builder
    .addTextInput({
      path: 'logFormat.eventKey',
      name: t('options.log-format.event-key.name', 'Event key'),
      description: t('options.log-format.event-key.description', 'Key of the line that names the event.'),
      category,
      defaultValue: defaults.eventKey,
    })
    .addTextInput({
      path: 'logFormat.promptEvent',
      name: t('options.log-format.prompt-event.name', 'Prompt event'),
      description: t('options.log-format.prompt-event.description', 'Event value of a line logged before a call.'),
      category,
      defaultValue: defaults.promptEvent,
    })
    .addTextInput({
      path: 'logFormat.responseEvent',
      name: t('options.log-format.response-event.name', 'Response event'),
      description: t('options.log-format.response-event.description', 'Event value of a line logged after a call.'),
      category,
      defaultValue: defaults.responseEvent,
    })
    .addTextInput({
      path: 'logFormat.modelKey',
      name: t('options.log-format.model-key.name', 'Model key'),
      description: t('options.log-format.model-key.description', 'Key that holds the model name.'),
      category,
      defaultValue: defaults.modelKey,
    })
    .addTextInput({
      path: 'logFormat.messagesKey',
      name: t('options.log-format.messages-key.name', 'Messages key'),
      description: t('options.log-format.messages-key.description', 'Key that holds the chat history sent.'),
      category,
      defaultValue: defaults.messagesKey,
    })
    .addTextInput({
      path: 'logFormat.requestIdKeys',
      name: t('options.log-format.request-id-keys.name', 'Request id keys'),
      description: t(
        'options.log-format.request-id-keys.description',
        'Comma-separated keys that pair a response with its prompt.'
      ),
      category,
      defaultValue: defaults.requestIdKeys,
    })
    .addTextInput({
      path: 'logFormat.conversationIdKeys',
      name: t('options.log-format.conversation-id-keys.name', 'Conversation id keys'),
      description: t(
        'options.log-format.conversation-id-keys.description',
        'Comma-separated keys that group turns; without them, turns are grouped by history.'
      ),
      category,
      defaultValue: defaults.conversationIdKeys,
    })
    .addTextInput({
      path: 'logFormat.userIdKey',
      name: t('options.log-format.user-id-key.name', 'User id key'),
      description: t('options.log-format.user-id-key.description', 'Key of an anonymised user id.'),
      category,
      defaultValue: defaults.userIdKey,
    })
    .addRadio({
      path: 'logFormat.durationUnit',
      name: t('options.log-format.duration-unit.name', 'Duration unit in logs'),
      description: t(
        'options.log-format.duration-unit.description',
        'Unit of a bare duration value; Auto reads duration as seconds and duration_ms as milliseconds.'
      ),
      category,
      defaultValue: defaults.durationUnit,
      settings: {
        options: [
          { value: 'auto', label: t('options.log-format.duration-unit.auto', 'Auto') },
          { value: 's', label: t('options.log-format.duration-unit.seconds', 'Seconds') },
          { value: 'ms', label: t('options.log-format.duration-unit.milliseconds', 'Milliseconds') },
          { value: 'ns', label: t('options.log-format.duration-unit.nanoseconds', 'Nanoseconds') },
        ],
      },
    })
    .addFieldNamePicker({
      path: 'logFormat.lineField',
      name: t('options.log-format.line-field.name', 'Line field'),
      description: t(
        'options.log-format.line-field.description',
        'Field with the JSON line in non-Loki frames; Automatic takes a Loki-style line field, else the first text field.'
      ),
      category,
      defaultValue: defaults.lineField,
      settings: {
        filter: (field: Field) => field.type === FieldType.string,
        isClearable: true,
        placeholderText: t('options.log-format.line-field.placeholder', 'Automatic'),
        noFieldsMessage: t('options.log-format.line-field.no-fields', 'The query returned no text fields'),
      },
    })
    .addFieldNamePicker({
      path: 'logFormat.timeField',
      name: t('options.log-format.time-field.name', 'Time field'),
      description: t(
        'options.log-format.time-field.description',
        'Field with the entry time in non-Loki frames; Automatic takes a Loki-style time field, else the first time field.'
      ),
      category,
      defaultValue: defaults.timeField,
      settings: {
        // The panel reads times from time fields, epoch numbers and timestamp strings alike (many JSON sources
        // deliver `@timestamp` as text), so the picker offers all three.
        filter: (field: Field) => TIME_SOURCE_TYPES.includes(field.type),
        isClearable: true,
        placeholderText: t('options.log-format.time-field.placeholder', 'Automatic'),
        noFieldsMessage: t(
          'options.log-format.time-field.no-fields',
          'The query returned no time, number or text fields'
        ),
      },
    });
}
