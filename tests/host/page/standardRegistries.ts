import {
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  FieldColorModeId,
  FieldConfigProperty,
  FieldConfigPropertyItem,
  identityOverrideProcessor,
  numberOverrideProcessor,
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  thresholdsOverrideProcessor,
  ThresholdsMode,
  unitOverrideProcessor,
  valueMappingsOverrideProcessor,
} from '@grafana/data';

/** Editor ids the option builders of @grafana/data look up (`addTextInput` asks for `text`, ...). */
const standardEditorIds = [
  'boolean',
  'color',
  'dashboard-uid',
  'field-name',
  'multi-select',
  'number',
  'radio',
  'select',
  'slider',
  'strings',
  'text',
  'timezone',
  'unit',
];

/**
 * Grafana registers its standard option editors and field options (unit, decimals, thresholds, colour, ...) at start-up,
 * and a panel's field config registry is built from them. Outside Grafana that registry is empty, so
 * the host registers the same options with Grafana's own processors and defaults. The host renders no
 * options pane, so the editors are never shown.
 */
const noEditor = () => null;

function option(
  id: string,
  name: string,
  process: FieldConfigPropertyItem['process'],
  defaultValue?: unknown
): FieldConfigPropertyItem {
  return {
    id,
    path: id,
    name,
    editor: noEditor,
    override: noEditor,
    process,
    shouldApply: () => true,
    defaultValue,
    category: ['Standard options'],
  };
}

/** Call once, before the plugin's options or field config registry is first read. */
export function registerStandardRegistries() {
  standardEditorsRegistry.setInit(() => standardEditorIds.map((id) => ({ id, name: id, editor: noEditor })));

  const items = [
    option(FieldConfigProperty.Unit, 'Unit', unitOverrideProcessor),
    option(FieldConfigProperty.Min, 'Min', numberOverrideProcessor),
    option(FieldConfigProperty.Max, 'Max', numberOverrideProcessor),
    option(FieldConfigProperty.Decimals, 'Decimals', numberOverrideProcessor),
    option(FieldConfigProperty.DisplayName, 'Display name', displayNameOverrideProcessor),
    option(FieldConfigProperty.NoValue, 'No value', stringOverrideProcessor),
    option(FieldConfigProperty.Color, 'Color scheme', identityOverrideProcessor, { mode: FieldColorModeId.Thresholds }),
    option(FieldConfigProperty.Thresholds, 'Thresholds', thresholdsOverrideProcessor, {
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'green' },
        { value: 80, color: 'red' },
      ],
    }),
    option(FieldConfigProperty.Mappings, 'Value mappings', valueMappingsOverrideProcessor, []),
    option(FieldConfigProperty.Links, 'Data links', dataLinksOverrideProcessor, []),
  ];
  standardFieldConfigEditorRegistry.setInit(() => items);
}
