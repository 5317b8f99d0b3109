/** The parts of an OpenAPI 3.0 schema object the reference page shows. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  description?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  additionalProperties?: boolean | SchemaObject;
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  allOf?: SchemaObject[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
  example?: unknown;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The anchor of a component schema on the page. */
export function schemaAnchor(name: string): string {
  return `schema-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

function refName(ref: string): string {
  return ref.split("/").at(-1) ?? ref;
}

function constraints(schema: SchemaObject): string[] {
  const notes: string[] = [];
  if (schema.format) notes.push(`format ${schema.format}`);
  if (schema.minimum !== undefined) notes.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) notes.push(`≤ ${schema.maximum}`);
  if (schema.minLength !== undefined) notes.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) notes.push(`at most ${schema.maxLength} characters`);
  if (schema.minItems !== undefined) notes.push(`at least ${schema.minItems} items`);
  if (schema.maxItems !== undefined) notes.push(`at most ${schema.maxItems} items`);
  if (schema.pattern) notes.push(`pattern ${schema.pattern}`);
  return notes;
}

/** A one-line type summary: `integer (≥ -3, ≤ 3)`, `array of Checkin`, `"a" | "b"`, with links. */
export function typeSummary(schema: SchemaObject | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return `<a href="#${schemaAnchor(name)}">${escapeHtml(name)}</a>`;
  }
  const variants = schema.anyOf ?? schema.oneOf;
  let text: string;
  if (variants) text = variants.map(typeSummary).join(" or ");
  else if (schema.allOf) text = schema.allOf.map(typeSummary).join(" and ");
  else if (schema.enum)
    text = schema.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(" | ");
  else if (schema.type === "array") text = `array of ${typeSummary(schema.items)}`;
  else if (
    schema.type === "object" &&
    !schema.properties &&
    typeof schema.additionalProperties === "object"
  ) {
    text = `map of ${typeSummary(schema.additionalProperties)}`;
  } else text = escapeHtml(schema.type ?? "any");
  const notes = constraints(schema);
  if (notes.length) text += ` <span class="constraints">(${escapeHtml(notes.join(", "))})</span>`;
  // An enum that lists null already says so.
  if (schema.nullable && !schema.enum?.includes(null)) text += " or null";
  return text;
}

function objectOf(schema: SchemaObject | undefined): SchemaObject | undefined {
  if (!schema || schema.$ref) return undefined;
  if (schema.type === "object" && schema.properties) return schema;
  if (schema.type === "array") return objectOf(schema.items);
  const variants = schema.anyOf ?? schema.oneOf;
  return variants?.map(objectOf).find(Boolean);
}

/** An object schema as a table of its fields, nested objects as nested tables; other schemas inline. */
export function renderSchema(schema: SchemaObject | undefined, depth = 0): string {
  const object = objectOf(schema);
  if (!object || depth > 4) return `<p class="type">${typeSummary(schema)}</p>`;
  const required = new Set(object.required ?? []);
  const rows = Object.entries(object.properties ?? {}).map(([name, property]) => {
    const nested = objectOf(property) ? renderSchema(property, depth + 1) : "";
    const description = property.description ? `<p>${escapeHtml(property.description)}</p>` : "";
    const example =
      property.example !== undefined
        ? `<p class="example">Example: <code>${escapeHtml(JSON.stringify(property.example))}</code></p>`
        : "";
    return `<tr><th scope="row"><code>${escapeHtml(name)}</code>${required.has(name) ? ' <span class="required">required</span>' : ""}</th><td>${typeSummary(property)}${description}${example}${nested}</td></tr>`;
  });
  const summary = schema === object ? "" : `<p class="type">${typeSummary(schema)}</p>`;
  return `${summary}<table class="fields"><thead><tr><th scope="col">Field</th><th scope="col">Type and meaning</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
