import { FieldType, PanelOptionsEditorBuilder, standardEditorsRegistry } from '@grafana/data';

import type { PanelOptions } from '../types';
import { defaultOptions } from './defaultOptions';
import { addPanelOptions } from './panelOptions';

// Grafana registers its option editors at start-up; the builder only needs their ids to exist.
standardEditorsRegistry.setInit(() =>
  ['text', 'radio', 'boolean', 'select', 'number', 'field-name'].map((id) => ({ id, name: id, editor: () => null }))
);

function items() {
  return addPanelOptions(new PanelOptionsEditorBuilder<PanelOptions>()).getItems();
}

function valueAt(path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], defaultOptions);
}

describe('panel options', () => {
  it('gives every option a sentence-case name, a category and a one-line description', () => {
    for (const item of items()) {
      expect(item.name).toMatch(/^[A-Z][^A-Z]*$/);
      expect(item.category?.length).toBe(1);
      expect(item.description).toMatch(/^[^\n]+$/);
    }
  });

  it('takes every default from defaultOptions', () => {
    for (const item of items()) {
      expect({ path: item.path, value: item.defaultValue }).toEqual({ path: item.path, value: valueAt(item.path) });
    }
  });

  it('offers text fields for the line and every field a time can be read from for the time, or Automatic', () => {
    const line = items().find((item) => item.path === 'logFormat.lineField');
    const time = items().find((item) => item.path === 'logFormat.timeField');
    const text = { name: 'payload', type: FieldType.string, config: {}, values: [] };
    const clock = { name: 'Time', type: FieldType.time, config: {}, values: [] };
    const epoch = { name: 'epoch_ms', type: FieldType.number, config: {}, values: [] };
    const flag = { name: 'stream', type: FieldType.boolean, config: {}, values: [] };

    expect([line?.editor, time?.editor]).toEqual([
      standardEditorsRegistry.get('field-name').editor,
      standardEditorsRegistry.get('field-name').editor,
    ]);
    expect([text, clock, epoch, flag].map((field) => line?.settings.filter(field))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    // Timestamps often arrive as text (`@timestamp` in JSON) or epoch numbers, which the panel reads as well.
    expect([text, clock, epoch, flag].map((field) => time?.settings.filter(field))).toEqual([true, true, true, false]);
    expect(line?.settings).toMatchObject({ isClearable: true, placeholderText: 'Automatic' });
  });

  it('masks personal data by default and lets only admins reveal', () => {
    expect(defaultOptions.privacy).toMatchObject({ maskingEnabled: true, revealRole: 'Admin' });
  });
});
