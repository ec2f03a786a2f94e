/**
 * A month chosen as month + year selects, labelled and formatted in the app's language
 * (a native `<input type="month">` shows the browser's language instead).
 */
import { useId } from 'react'
import { useLang } from '../lib/i18n/i18n'

// Short names: a full "September" does not fit the select at phone width.
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function MonthSelect({
  legend,
  value,
  minYear,
  maxYear,
  onChange,
}: {
  legend: string
  value: string
  minYear: number
  maxYear: number
  /** One select changed: the caller combines it with the latest URL's month (see `update`). */
  onChange: (change: { year: number } | { month: number }) => void
}) {
  const { lang } = useLang()
  const id = useId()
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const years: number[] = []
  for (let y = Math.min(minYear, year); y <= Math.max(maxYear, year); y++) years.push(y)
  return (
    <fieldset className="field month-select">
      <legend className="field__label">{legend}</legend>
      <div className="month-select__controls">
        <label className="visually-hidden" htmlFor={`${id}-m`}>
          {`${legend} – ${lang === 'vi' ? 'tháng' : 'month'}`}
        </label>
        <select id={`${id}-m`} className="select" value={month} onChange={(e) => onChange({ month: Number(e.target.value) })}>
          {EN_MONTHS.map((name, i) => (
            <option key={name} value={i + 1}>
              {lang === 'vi' ? `Tháng ${i + 1}` : name}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-y`}>
          {`${legend} – ${lang === 'vi' ? 'năm' : 'year'}`}
        </label>
        <select id={`${id}-y`} className="select" value={year} onChange={(e) => onChange({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  )
}
