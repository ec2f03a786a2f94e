/**
 * The API's errors: always JSON in the contract's shape `{"error":{"code","message","field?"}}`,
 * never a stack trace.
 */
import type { ApiErrorBody } from '../src/lib/api/schemas'

/** An error the API answers with its own status and code (`throw new ApiError(404, …)`). */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly field: string | undefined
  constructor(status: number, code: string, message: string, field?: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.field = field
  }
}

export function errorBody(code: string, message: string, field?: string): ApiErrorBody {
  return { error: field === undefined ? { code, message } : { code, message, field } }
}

export function errorResponse(status: number, code: string, message: string, field?: string): Response {
  return Response.json(errorBody(code, message, field), { status })
}
