/**
 * Table Schema (Frictionless Data, https://specs.frictionlessdata.io/table-schema/) for the CSV
 * downloads: the column names, types and allowed codes a reader's tools can check a file against.
 * The schemas of estimates.csv and reconciliation.csv are read off the contract's zod schemas, so
 * that the descriptor cannot drift from what the build writes.
 */
import { z } from 'zod';

export interface TableSchemaField {
  name: string;
  type: 'string' | 'number' | 'integer';
  title?: string;
  description?: string;
  constraints?: { required?: boolean; enum?: readonly string[]; minimum?: number };
}

export interface TableSchema {
  fields: TableSchemaField[];
  /** an empty cell is a missing value: the reason, where there is one, stands in its own column */
  missingValues: [''];
  primaryKey?: string[];
}

/** The zod schema of one column, without the `nullable` and `refine` wrappers. */
function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; nullable: boolean } {
  if (schema instanceof z.ZodNullable) return { inner: unwrap(schema.unwrap()).inner, nullable: true };
  if (schema instanceof z.ZodEffects) return unwrap(schema.innerType());
  return { inner: schema, nullable: false };
}

function fieldOf(name: string, schema: z.ZodTypeAny): TableSchemaField {
  const { inner, nullable } = unwrap(schema);
  const description = schema.description ?? inner.description;
  const required = nullable ? {} : { required: true };
  const base = { name, ...(description ? { description } : {}) };
  if (inner instanceof z.ZodEnum) return { ...base, type: 'string', constraints: { ...required, enum: inner.options } };
  if (inner instanceof z.ZodNumber) {
    // Table Schema's minimum is inclusive: an integer above 0 (zod's positive) starts at 1
    const check = inner._def.checks.find((c) => c.kind === 'min');
    const minimum = !check ? undefined : check.inclusive ? check.value : inner.isInt ? check.value + 1 : undefined;
    const constraints = { ...required, ...(minimum === undefined ? {} : { minimum }) };
    return { ...base, type: inner.isInt ? 'integer' : 'number', constraints };
  }
  // an empty cell reads as missing, so a text column is required only where zod refuses an empty string
  if (inner instanceof z.ZodString)
    return { ...base, type: 'string', constraints: (inner.minLength ?? 0) > 0 ? required : {} };
  throw new Error(`tableSchema: column ${name} has a zod type that no Table Schema type matches`);
}

/**
 * The Table Schema of a CSV written from rows of a zod object schema, in the order of `columns`.
 * @throws Error for a column the schema does not have
 */
export function schemaFromZod(
  schema: z.ZodTypeAny,
  columns: readonly string[],
  primaryKey?: readonly string[],
): TableSchema {
  const object = unwrap(schema).inner;
  if (!(object instanceof z.ZodObject)) throw new Error('tableSchema: expected a zod object schema');
  const shape = object.shape as Record<string, z.ZodTypeAny>;
  const fields = columns.map((name) => {
    if (!shape[name]) throw new Error(`tableSchema: no column ${name} in the schema`);
    return fieldOf(name, shape[name]);
  });
  return { fields, missingValues: [''], ...(primaryKey ? { primaryKey: [...primaryKey] } : {}) };
}
