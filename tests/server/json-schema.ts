/**
 * A minimal JSON Schema (2020-12) check for the OpenAPI test: the keywords zod's conversion
 * writes (type, properties, required, additionalProperties, items, enum, const, anyOf, pattern,
 * minimum, maximum, $ref to components). Returns the places that do not match.
 */
type Schema = Record<string, unknown>

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

export function checkJsonSchema(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Schema)[key], root)
    return checkJsonSchema(target as Schema, value, root, path)
  }
  const problems: string[] = []
  if (Array.isArray(schema.anyOf)) {
    const fits = (schema.anyOf as Schema[]).some((s) => checkJsonSchema(s, value, root, path).length === 0)
    if (!fits) problems.push(`${path}: matches none of anyOf`)
  }
  if (typeof schema.type === 'string') {
    const actual = typeOf(value)
    const ok = schema.type === actual || (schema.type === 'number' && actual === 'integer')
    if (!ok) return [...problems, `${path}: expected ${schema.type}, got ${actual}`]
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in enum`)
  if ('const' in schema && schema.const !== value) problems.push(`${path}: expected ${JSON.stringify(schema.const)}`)
  if (typeof value === 'string' && typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
    problems.push(`${path}: "${value}" does not match ${schema.pattern}`)
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`)
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${path}: above ${schema.maximum}`)
  }
  if (Array.isArray(value) && schema.items && typeof schema.items === 'object') {
    value.forEach((item, i) => problems.push(...checkJsonSchema(schema.items as Schema, item, root, `${path}[${i}]`)))
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>
    const properties = (schema.properties ?? {}) as Record<string, Schema>
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) problems.push(`${path}.${key}: required`)
    for (const [key, item] of Object.entries(object)) {
      const property = properties[key]
      if (property) problems.push(...checkJsonSchema(property, item, root, `${path}.${key}`))
      else if (schema.additionalProperties === false) problems.push(`${path}.${key}: not allowed`)
    }
  }
  return problems
}
