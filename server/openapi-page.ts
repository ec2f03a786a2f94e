/**
 * A reference page for the API, rendered on the server from the OpenAPI document (so it never
 * disagrees with it): every operation with its parameters, request body and answers. Plain
 * HTML and one stylesheet from the same origin, so the strict CSP needs no exception.
 * Served at `GET /api/v1/docs` (the stylesheet at `/api/v1/docs.css`).
 */

type Json = Record<string, unknown>

function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch)
}

/** A short, readable form of a JSON Schema: `integer ≥ 1`, `one of: year, half`, `array of …`. */
function describeSchema(schema: Json | undefined): string {
  if (!schema) return ''
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').at(-1) ?? ''
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map((v) => String(v)).join(', ')}`
  if (schema.type === 'array') return `list of ${describeSchema(schema.items as Json | undefined)}`
  const parts = [String(schema.type ?? 'value')]
  if (typeof schema.pattern === 'string') parts.push(`matching ${schema.pattern}`)
  if (typeof schema.minimum === 'number') parts.push(`≥ ${schema.minimum}`)
  if (typeof schema.maximum === 'number') parts.push(`≤ ${schema.maximum}`)
  if (schema.default !== undefined) parts.push(`(default ${JSON.stringify(schema.default)})`)
  return parts.join(' ')
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

export function renderApiReference(document: Json, base: string): string {
  const info = (document.info ?? {}) as Json
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>
  const sections: string[] = []
  const toc: string[] = []
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-')
      toc.push(`<li><a href="#${id}"><code>${method.toUpperCase()} ${escapeHtml(path)}</code></a></li>`)
      const params = ((op.parameters ?? []) as Json[])
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td>` +
            `<td>${escapeHtml(describeSchema(p.schema as Json))}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
        )
        .join('')
      const body = op.requestBody as Json | undefined
      const bodySchema = (((body?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema ?? undefined) as Json | undefined
      const answers = Object.entries((op.responses ?? {}) as Record<string, Json>)
        .map(([status, r]) => `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(r.description ?? '')}</li>`)
        .join('')
      sections.push(`<section id="${id}">
<h2><code>${method.toUpperCase()} ${escapeHtml(base + path)}</code></h2>
<p>${escapeHtml(op.summary ?? '')}</p>
${params ? `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Values</th><th scope="col">Meaning</th></tr></thead><tbody>${params}</tbody></table>` : ''}
${bodySchema ? `<p><strong>Body</strong> (JSON): ${escapeHtml(describeSchema(bodySchema))}${body?.description ? ` — ${escapeHtml(body.description)}` : ''}</p>` : ''}
<h3>Answers</h3><ul>${answers}</ul>
</section>`)
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title ?? 'API')} v${escapeHtml(info.version ?? '')} — reference</title>
<link rel="stylesheet" href="${escapeHtml(base)}/docs.css"></head>
<body><main>
<h1>${escapeHtml(info.title ?? 'API')} <small>v${escapeHtml(info.version ?? '')}</small></h1>
<p>${escapeHtml(info.description ?? '')}</p>
<p>Machine-readable: <a href="${escapeHtml(base)}/openapi.json">OpenAPI 3.1 document</a> (JSON Schemas of every body).</p>
<nav aria-label="Operations"><ul>${toc.join('')}</ul></nav>
${sections.join('\n')}
</main></body></html>`
}

export const API_REFERENCE_CSS = `body{font:15px/1.5 system-ui,sans-serif;color:#1b2430;background:#f7f8fa;margin:0}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1 small{font-weight:400;color:#5b6675}
section{background:#fff;border:1px solid #d9dee5;border-radius:6px;padding:0.5rem 1rem 1rem;margin:1rem 0}
h2{font-size:1.1rem}h3{font-size:1rem;margin-bottom:0.25rem}
table{border-collapse:collapse;width:100%;font-size:14px}caption{text-align:left;font-weight:600;padding:0.25rem 0}
th,td{border-top:1px solid #e4e8ee;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}
code{font-family:ui-monospace,monospace;font-size:0.95em}
nav ul{columns:2;padding-left:1.2rem}
@media (max-width:40rem){nav ul{columns:1}table{display:block;overflow-x:auto}}
`
