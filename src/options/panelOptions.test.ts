import { PanelOptionsEditorBuilder, standardEditorsRegistry } from '@grafana/data';

import type { PanelOptions } from '../types';
import { defaultOptions } from './defaultOptions';
import { addPanelOptions } from './panelOptions';

// Grafana registers its option editors at start-up; the builder only needs their ids to exist.
standardEditorsRegistry.setInit(() =>
  ['text', 'radio', 'boolean', 'select', 'number'].map((id) => ({ id, name: id, editor: () => null }))
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

  it('masks personal data by default and lets only admins reveal', () => {
    expect(defaultOptions.privacy).toMatchObject({ maskingEnabled: true, revealRole: 'Admin' });
  });
});
