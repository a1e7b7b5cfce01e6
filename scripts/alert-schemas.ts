import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';

/** Grafana's alerting schemas, restated as JSON Schema and kept in `tests/fixtures/schemas/`. */
export const schemaDirectory = resolve(__dirname, '..', 'tests', 'fixtures', 'schemas');

export type AlertSchemaName = 'grafana-provisioned-alert-rule' | 'grafana-alerting-file-provisioning';

const validators = new Map<AlertSchemaName, ValidateFunction>();

/** A validator for one of Grafana's alerting schemas; `errors` on the function says what failed. */
export function alertSchemaValidator(name: AlertSchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(resolve(schemaDirectory, `${name}.schema.json`), 'utf8'));
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    validators.set(name, validate);
  }
  return validate;
}
