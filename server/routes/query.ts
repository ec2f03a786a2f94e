/** Reading a request's query with a parser of `../params`, refusing repeated parameters. */
import { rejectRepeated } from '../params'

export function queryOf<P>(request: Request, parse: (search: URLSearchParams) => P): P {
  const search = new URL(request.url).searchParams
  rejectRepeated(search)
  return parse(search)
}
