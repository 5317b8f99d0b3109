/** The parts of an OpenAPI 3.0 schema object that Poise's generated document uses. */
interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

/** An OpenAPI document as served by GET /api/openapi.json. */
export interface OpenApiDocumentLike {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseLike> }>>;
  components?: { schemas?: Record<string, unknown> };
}
interface ResponseLike {
  content?: Record<string, { schema?: unknown }>;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function resolve(document: OpenApiDocumentLike, schema: unknown): Schema | null {
  let s = schema as Schema;
  for (let hops = 0; s.$ref; hops += 1) {
    const target = document.components?.schemas?.[s.$ref.replace("#/components/schemas/", "")];
    if (!target || hops > 20) return null;
    s = target as Schema;
  }
  return s;
}

/**
 * Every way `value` breaks `schema` (an OpenAPI 3.0 schema object, `$ref`s resolved in `document`), as
 * "path: problem" lines; empty when it conforms. A small validator for tests, written for the keywords
 * the generated document uses (type, nullable, enum, properties, required, additionalProperties, items,
 * anyOf/oneOf/allOf, numeric and length bounds, pattern), so the served document is checked against the
 * real responses rather than against the Zod schemas it came from. With `closed`, an object's keys that
 * its schema does not declare are problems too, at every depth (the generated document leaves objects
 * open). O(size of value × schema depth).
 */
export function schemaProblems(
  document: OpenApiDocumentLike,
  schema: unknown,
  value: unknown,
  path = "$",
  closed: boolean | "children" = false,
): string[] {
  const inner = closed !== false;
  const s = resolve(document, schema);
  if (!s) return [`${path}: unresolved reference ${(schema as Schema).$ref}`];
  if (value === null) return s.nullable || s.enum?.includes(null) ? [] : [`${path}: null is not allowed`];
  const problems: string[] = [];
  if (s.allOf) {
    // Each part sees only its own properties, so undeclared keys are judged once against all parts.
    for (const part of s.allOf)
      problems.push(...schemaProblems(document, part, value, path, inner && "children"));
    if (closed === true && typeOf(value) === "object") {
      const declared = new Set(
        s.allOf.flatMap((part) => Object.keys(resolve(document, part)?.properties ?? {})),
      );
      for (const name of Object.keys(value as object)) {
        if (!declared.has(name)) problems.push(`${path}.${name}: not declared`);
      }
    }
  }
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    const matching = variants.filter(
      (v) => schemaProblems(document, v, value, path, inner).length === 0,
    ).length;
    if (matching === 0 || (s.oneOf && matching > 1)) {
      problems.push(`${path}: matches ${matching} of the ${variants.length} allowed shapes`);
    }
  }
  const actual = typeOf(value);
  if (s.type && !(s.type === actual || (s.type === "number" && actual === "integer"))) {
    return [...problems, `${path}: expected ${s.type}, got ${actual}`];
  }
  if (s.enum && !s.enum.includes(value))
    problems.push(`${path}: ${JSON.stringify(value)} is not in the enum`);
  if (typeof value === "number") {
    const exclusiveMin = s.exclusiveMinimum === true || typeof s.exclusiveMinimum === "number";
    const min = typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum : s.minimum;
    if (min !== undefined && (exclusiveMin ? value <= min : value < min))
      problems.push(`${path}: below ${min}`);
    const exclusiveMax = s.exclusiveMaximum === true || typeof s.exclusiveMaximum === "number";
    const max = typeof s.exclusiveMaximum === "number" ? s.exclusiveMaximum : s.maximum;
    if (max !== undefined && (exclusiveMax ? value >= max : value > max))
      problems.push(`${path}: above ${max}`);
  }
  if (typeof value === "string") {
    if (s.minLength !== undefined && value.length < s.minLength) problems.push(`${path}: too short`);
    if (s.maxLength !== undefined && value.length > s.maxLength) problems.push(`${path}: too long`);
    if (s.pattern && !new RegExp(s.pattern, "u").test(value))
      problems.push(`${path}: does not match ${s.pattern}`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) problems.push(`${path}: too few items`);
    if (s.maxItems !== undefined && value.length > s.maxItems) problems.push(`${path}: too many items`);
    if (s.items) {
      value.forEach((item, i) => {
        problems.push(...schemaProblems(document, s.items, item, `${path}[${i}]`, inner));
      });
    }
  }
  if (actual === "object") {
    const object = value as Record<string, unknown>;
    for (const name of s.required ?? []) {
      if (!(name in object)) problems.push(`${path}.${name}: required but missing`);
    }
    for (const [name, property] of Object.entries(object)) {
      const declared = s.properties?.[name];
      if (declared) problems.push(...schemaProblems(document, declared, property, `${path}.${name}`, inner));
      else if (typeof s.additionalProperties === "object") {
        problems.push(
          ...schemaProblems(document, s.additionalProperties, property, `${path}.${name}`, inner),
        );
      } else if (
        s.additionalProperties === false ||
        (closed === true && s.additionalProperties !== true && s.properties)
      ) {
        problems.push(`${path}.${name}: not declared`);
      }
    }
  }
  return problems;
}

/**
 * The problems of a real response against what the document declares for `method` `path` (an OpenAPI
 * path template such as "/api/checkins/{date}") and the response's status. An undeclared status or a
 * JSON body where none is declared is a problem too.
 */
export function responseProblems(
  document: OpenApiDocumentLike,
  method: string,
  path: string,
  status: number,
  body: unknown,
): string[] {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${path}: not in the document`];
  const declared = operation.responses?.[String(status)];
  if (!declared) return [`${method} ${path}: status ${status} is not declared`];
  const schema = declared.content?.["application/json"]?.schema;
  if (!schema) return body === undefined ? [] : [`${method} ${path} ${status}: no JSON body is declared`];
  return schemaProblems(document, schema, body, "$", true);
}
