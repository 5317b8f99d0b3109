import { escapeHtml, renderSchema, type SchemaObject, schemaAnchor, typeSummary } from "./render-schema";

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: SchemaObject;
}

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { description?: string; content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: SchemaObject }> }>;
  security?: unknown[];
}

/** The subset of an OpenAPI 3.0 document the page renders. */
export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

const methods = ["get", "post", "put", "patch", "delete"] as const;

function operationAnchor(method: string, path: string): string {
  return `op-${method}-${path.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

function renderParameters(parameters: Parameter[] | undefined): string {
  if (!parameters?.length) return "";
  const rows = parameters.map(
    (p) =>
      `<tr><th scope="row"><code>${escapeHtml(p.name)}</code></th><td>${escapeHtml(p.in)}</td><td>${p.required ? "yes" : "no"}</td><td>${typeSummary(p.schema)}${p.description || p.schema?.description ? `<p>${escapeHtml(p.description ?? p.schema?.description ?? "")}</p>` : ""}</td></tr>`,
  );
  return `<h4>Parameters</h4><table class="params"><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Type</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function renderOperation(method: string, path: string, operation: Operation): string {
  const body = operation.requestBody?.content?.["application/json"]?.schema;
  const responses = Object.entries(operation.responses ?? {}).map(([status, response]) => {
    const schema = response.content?.["application/json"]?.schema;
    return `<dt><span class="status status-${escapeHtml(status[0] ?? "")}">${escapeHtml(status)}</span> ${escapeHtml(response.description ?? "")}</dt><dd>${schema ? typeSummary(schema) : "No body"}</dd>`;
  });
  return `<article class="operation" id="${operationAnchor(method, path)}">
<h3><span class="method method-${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
${operation.summary ? `<p class="summary">${escapeHtml(operation.summary)}</p>` : ""}
${operation.description ? `<p>${escapeHtml(operation.description)}</p>` : ""}
${renderParameters(operation.parameters)}
${body ? `<h4>Request body <span class="media">application/json</span></h4>${renderSchema(body)}` : ""}
<h4>Responses</h4><dl class="responses">${responses.join("")}</dl>
</article>`;
}

/**
 * The API reference as one self-contained HTML page rendered on the server from the OpenAPI
 * document: no script, no external resource, one same-origin stylesheet, so it works offline and
 * under the strict Content-Security-Policy. O(size of the document).
 */
export function renderReference(document: OpenApiDocument, stylesheetHref: string): string {
  const byTag = new Map<string, string[]>();
  const toc = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(method, path, operation)]);
      toc.set(tag, [
        ...(toc.get(tag) ?? []),
        `<li><a href="#${operationAnchor(method, path)}"><span class="method method-${method}">${method.toUpperCase()}</span> ${escapeHtml(path)}</a></li>`,
      ]);
    }
  }
  const tagId = (tag: string) => `tag-${tag.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const sections = [...byTag].map(
    ([tag, operations]) =>
      `<section id="${tagId(tag)}"><h2>${escapeHtml(tag)}</h2>${operations.join("\n")}</section>`,
  );
  const schemas = Object.entries(document.components?.schemas ?? {}).map(
    ([name, schema]) =>
      `<article class="schema" id="${schemaAnchor(name)}"><h3>${escapeHtml(name)}</h3>${schema.description ? `<p>${escapeHtml(schema.description)}</p>` : ""}${renderSchema(schema)}</article>`,
  );
  const nav = [...toc]
    .map(
      ([tag, items]) => `<li><a href="#${tagId(tag)}">${escapeHtml(tag)}</a><ul>${items.join("")}</ul></li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} reference</title>
<link rel="stylesheet" href="${escapeHtml(stylesheetHref)}">
</head>
<body>
<a class="skip" href="#main">Skip to the reference</a>
<header>
<h1>${escapeHtml(document.info.title)} <span class="version">${escapeHtml(document.info.version)}</span></h1>
${document.info.description ? `<p>${escapeHtml(document.info.description)}</p>` : ""}
<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</header>
<nav aria-label="Operations"><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main id="main">
${sections.join("\n")}
<section id="schemas"><h2>Schemas</h2>${schemas.join("\n")}</section>
</main>
</body>
</html>
`;
}
