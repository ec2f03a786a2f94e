import { NotFound } from '../components/not-found'

/** For unknown routes; the markup lives in components/ so that screens can use it too. */
export function NotFoundPage({ title, body }: { title?: string; body?: string }) {
  return <NotFound title={title} body={body} />
}
