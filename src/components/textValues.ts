/**
 * Values for `t()` that come from log lines. React escapes text when it renders it; letting i18next escape
 * it too would show `&lt;` instead of `<` to the reader.
 */
export function logValues(values: Record<string, unknown>): Record<string, unknown> {
  return { ...values, interpolation: { escapeValue: false } };
}
