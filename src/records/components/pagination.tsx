/** Paging of the records table: first / previous / page n of m / next / last, and the page size. */
import { useId } from 'react'
import { Link } from 'react-router'
import { formatNumber } from '../../lib/format'
import { useLang, useMessages } from '../../lib/i18n/i18n'
import { recordsMessages } from './records-messages'

export interface PaginationProps {
  page: number
  pageCount: number
  pageSize: number
  /** Page sizes on offer; the current one is added when missing. */
  pageSizes: readonly number[]
  onChange: (change: { page?: number; pageSize?: number }) => void
  /** The address of a page, so page buttons work as links. Optional. */
  pageHref?: ((page: number) => string) | undefined
}

export function Pagination({ page, pageCount, pageSize, pageSizes, onChange, pageHref }: PaginationProps) {
  const m = useMessages(recordsMessages)
  const { lang } = useLang()
  const sizeId = useId()
  const sizes = [...new Set([...pageSizes, pageSize])].toSorted((a, b) => a - b)
  const go = (target: number, label: string, text: string) => {
    const disabled = target < 1 || target > pageCount || target === page
    if (pageHref && !disabled) {
      return (
        <Link className="button button--secondary records__page-button" to={pageHref(target)} aria-label={label} title={label}>
          <span aria-hidden="true">{text}</span>
        </Link>
      )
    }
    return (
      <button
        type="button"
        className="button button--secondary records__page-button"
        disabled={disabled}
        aria-label={label}
        title={label}
        onClick={() => onChange({ page: target })}
      >
        <span aria-hidden="true">{text}</span>
      </button>
    )
  }
  return (
    <nav className="records__pagination" aria-label={m.pagination}>
      <div className="records__pages">
        {go(1, m.first, '«')}
        {go(page - 1, m.previous, '‹')}
        <span className="records__page-of">{m.pageOf(formatNumber(page, lang), formatNumber(Math.max(pageCount, 1), lang))}</span>
        {go(page + 1, m.next, '›')}
        {go(pageCount, m.last, '»')}
      </div>
      <div className="field field--inline">
        <label className="field__label" htmlFor={sizeId}>
          {m.pageSize}
        </label>
        <select id={sizeId} className="select" value={pageSize} onChange={(e) => onChange({ pageSize: Number(e.target.value), page: 1 })}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {formatNumber(size, lang)}
            </option>
          ))}
        </select>
      </div>
    </nav>
  )
}
